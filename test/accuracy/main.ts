// `npm run accuracy`: scores the analysis against the labelled corpus in test/corpus.
//   (none)              tables per file and per language, genre (format family) and split
//   --json              the figures as JSON
//   --update-baseline   rewrite test/corpus/baseline.json with the current figures
//   --mistakes          list the dev half's window sentences whose claim or kind is wrong (tune on dev only)
//   --sentences         the same for every dev window sentence, right or wrong (gold, predicted, confidence, cues)
//                       each row: file, gold → predicted (confidence), cues, speaker (`≠ gold` when the labels differ), text
//   --topics            list the dev half's topic headings that were missed or wrongly found (tune on dev only)
//   --dev               the tables and the guard for the dev half only (what you may tune on)
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { baselineOf, baselinePath, devLines, groupKeys, regressions, scoreCorpus, type Baseline, type CorpusScore } from './corpus';
import { LabelsError } from './labels';
import { confusionKey, figuresOf, speakerColumn, type Counts } from './score';
import { SENTENCE_LABELS } from './labels';

function repoRoot(): string {
  for (let dir = __dirname; dir !== dirname(dir); dir = dirname(dir)) if (existsSync(join(dir, 'package.json'))) return dir;
  return process.cwd();
}

const percent = (value: number | null): string => (value === null ? '—' : (value * 100).toFixed(1));

const COLUMNS = ['speakers', 'n', 'topP', 'topR', 'topF1', 'clmP', 'clmR', 'clmF1', 'kind', 'sent', 'list', 'n'];

function row(counts: Counts): string[] {
  const f = figuresOf(counts);
  const w = counts.windows;
  return [
    percent(f.speakerAccuracy), String(counts.speakers.total),
    percent(f.topicPrecision), percent(f.topicRecall), percent(f.topicF1),
    percent(f.claimPrecision), percent(f.claimRecall), percent(f.claimF1), percent(f.kindAccuracy), String(w.tp + w.fp + w.fn + w.tn),
    percent(f.claimListRecall), String(counts.claimList.total),
  ];
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const format = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd();
  return [format(header), ...rows.map(format)].join('\n');
}

/** Gold label (rows) × predicted kind (columns) of the window sentences, per half and language. */
function confusionTables(score: CorpusScore, devOnly: boolean): string {
  const keys = [...score.groups.keys()].filter((key) => /^split:[a-z]+(\/language:.*)?$/.test(key) && (!devOnly || isDevGroup(key)));
  const header = ['gold \\ predicted', ...SENTENCE_LABELS];
  const blocks = keys.map((key) => {
    const matrix = score.groups.get(key)!.confusion;
    const rows = SENTENCE_LABELS.map((gold) => [gold, ...SENTENCE_LABELS.map((predicted) => String(matrix[confusionKey(gold, predicted)] ?? 0))]);
    return `${key}\n${table(header, rows)}`;
  });
  return ['Kind confusion over window sentences (rows gold, columns predicted; none = not a claim)', '', blocks.join('\n\n'), ''].join('\n');
}

/** A cue quoting the text across a line break (`money: $2⏎trillion`) would split its row: white space runs fold to one space. */
const oneLine = (text: string): string => text.replace(/\s+/g, ' ');

function mistakes(score: CorpusScore, all = false): string {
  const out: string[] = [];
  for (const file of score.files) {
    if (file.split !== 'dev') continue;
    for (const s of file.sentences) {
      if (s.label === s.predicted && !all) continue;
      out.push(`${file.id}\t${s.label} → ${s.predicted}${s.confidence === null ? '' : ` (${s.confidence})`}\t${oneLine(s.cues.join('; '))}\t${speakerColumn(s)}\t${oneLine(s.text)}`);
    }
  }
  return `${out.join('\n')}\n`;
}

/** The dev half's missed and false topic headings: file, line, outcome, the line's text (cut at 100 characters). */
function topicMistakes(score: CorpusScore): string {
  const out: string[] = [];
  for (const file of score.files) {
    if (file.split !== 'dev') continue;
    for (const m of file.headingMistakes) out.push(`${file.id}\t${m.line}\t${m.outcome}\t${m.text.slice(0, 100)}`);
  }
  return `${out.join('\n')}\n`;
}

/** Groups that only dev files feed: with --dev, mixed groups (`all`, `language:en`) would leak check figures. */
const isDevGroup = (key: string): boolean => key === 'split:dev' || key.startsWith('split:dev/');

function report(score: CorpusScore, devOnly: boolean): string {
  const files = devOnly ? score.files.filter((f) => f.split === 'dev') : score.files;
  const fileRows = files.map((f) => [f.id, f.genre, f.split, ...row(f.counts)]);
  const fileCounts = new Map<string, number>();
  for (const file of files) for (const key of groupKeys(file)) fileCounts.set(key, (fileCounts.get(key) ?? 0) + 1);
  const groups = [...score.groups].filter(([key]) => !devOnly || isDevGroup(key));
  const groupRows = groups.map(([key, counts]) => [key, String(fileCounts.get(key) ?? 0), ...row(counts)]);
  return [
    'Per file (percentages; speakers = attribution accuracy over labelled lines, top = topic headings,',
    'clm = "is a claim" over all-sentence windows, kind = kind accuracy over true positives, sent = window',
    'sentences, list = recall of the labelled claims list)',
    '',
    table(['file', 'genre', 'split', ...COLUMNS], fileRows),
    '',
    table(['group', 'files', ...COLUMNS], groupRows),
    '',
    confusionTables(score, devOnly),
  ].join('\n');
}

/** The options in the comment at the top of this file, and what `--help` prints. */
const OPTIONS = ['--json', '--update-baseline', '--mistakes', '--sentences', '--topics', '--dev'];
const USAGE = `usage: npm run accuracy -- [--dev] [--json] [--mistakes | --sentences | --topics] [--update-baseline]
  (none)              tables per file and per group, both halves
  --dev               the dev half only (what you may tune on)
  --json              the figures as JSON
  --mistakes          the dev half's window sentences whose claim or kind is wrong
  --sentences         every dev window sentence, right or wrong
  --topics            the dev half's topic headings missed or wrongly found
  --update-baseline   rewrite test/corpus/baseline.json (prints no report; add --dev for the dev half's)
`;

function main(): number {
  const args = new Set(process.argv.slice(2));
  // A mistyped or unknown option never falls through to the full report, which shows the check half.
  if (args.has('--help') || args.has('-h')) {
    process.stdout.write(USAGE);
    return 0;
  }
  const unknown = [...args].filter((arg) => !OPTIONS.includes(arg));
  if (unknown.length) {
    process.stderr.write(`accuracy: unknown option ${unknown.join(', ')}\n${USAGE}`);
    return 2;
  }
  const root = repoRoot();
  let score: CorpusScore;
  try {
    score = scoreCorpus(root);
  } catch (error) {
    if (!(error instanceof LabelsError)) throw error;
    process.stderr.write(`accuracy: broken corpus labels:\n${error.message}\n`);
    return 2;
  }
  const current = baselineOf(score);
  if (args.has('--update-baseline')) {
    writeFileSync(baselinePath(root), `${JSON.stringify(current, null, 2)}\n`);
    process.stderr.write(`accuracy: wrote ${baselinePath(root)} (${score.files.length} files)\n`);
    if (!args.has('--dev') && !args.has('--json')) return 0;
  }
  if (args.has('--topics')) {
    process.stdout.write(topicMistakes(score));
    return 0;
  }
  if (args.has('--mistakes') || args.has('--sentences')) {
    process.stdout.write(mistakes(score, args.has('--sentences')));
    return 0;
  }
  if (args.has('--json')) {
    process.stdout.write(`${JSON.stringify({ ...current, counts: Object.fromEntries(score.groups) }, null, 2)}\n`);
  } else {
    const devOnly = args.has('--dev');
    process.stdout.write(report(score, devOnly));
    const byRule = [...new Set(score.files.filter((f) => f.splitByRule).map((f) => `${f.source} → ${f.split}`))];
    if (byRule.length) process.stdout.write(`\nSources not in test/corpus/split.json, assigned by rule (list them there): ${byRule.join(', ')}\n`);
    if (!args.has('--update-baseline') && existsSync(baselinePath(root))) {
      const baseline = JSON.parse(readFileSync(baselinePath(root), 'utf8')) as Baseline;
      const all = regressions(baseline, current);
      const fallen = devOnly ? devLines(score, all) : all;
      if (devOnly) process.stdout.write('\nDev half only: the check half and mixed groups are not shown (the lead compares them at merge).\n');
      process.stdout.write(fallen.length ? `\nBelow the baseline (tolerance ${baseline.tolerance}):\n  ${fallen.join('\n  ')}\n` : `\nNo figure below the baseline (tolerance ${baseline.tolerance}).\n`);
    }
  }
  return 0;
}

process.exitCode = main();
