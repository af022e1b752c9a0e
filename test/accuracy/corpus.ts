// Loads test/corpus: every `<lang>/<id>.labels.json` with its transcript, analysed as the CLI's
// `analyze` does it (format from the file name), and scored. Also reads and writes the baseline.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { analyze } from '../../src/core/analysis/analyze';
import { DEFAULT_MINIMUM_CONFIDENCE } from '../../src/core/claims/classify';
import { withConfidentClaims } from '../../src/presentation/claimConfidence';
import { decodeTranscript } from '../../src/core/text/decode';
import { LineIndex } from '../../src/core/text/positions';
import { LabelsError, parseLabels, type Genre } from './labels';
import { addCounts, emptyCounts, figuresOf, headingMistakes, predictedHeadingLines, scoreTranscript, windowOutcomes, type Counts, type Figures, type HeadingMistake, type SentenceOutcome } from './score';

export const LANGUAGES = ['en', 'zh-Hant', 'zh-Hans'] as const;
export type Split = 'dev' | 'check';

export interface ScoredFile {
  /** `<lang>/<id>`, e.g. `en/whitehouse-briefing-2023-05-01`. */
  readonly id: string;
  readonly language: string;
  readonly genre: Genre;
  readonly source: string;
  readonly split: Split;
  /** True when split.json does not list the source and the rule assigned it. */
  readonly splitByRule: boolean;
  readonly counts: Counts;
  /** Every window sentence with its gold label and the predicted kind. */
  readonly sentences: readonly SentenceOutcome[];
  /** Topic headings missed or wrongly found (`--topics`). */
  readonly headingMistakes: readonly HeadingMistake[];
}

export interface CorpusScore {
  readonly files: readonly ScoredFile[];
  /** `all`, `language:en`, `genre:briefing`, `split:dev`, `split:dev/language:en`, `split:dev/genre:briefing`. */
  readonly groups: ReadonlyMap<string, Counts>;
}

export function corpusDir(repoRoot: string): string {
  return join(repoRoot, 'test', 'corpus');
}

export function labelFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const found: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) found.push(...labelFiles(path));
    else if (name.endsWith('.labels.json')) found.push(path);
  }
  return found;
}

/** `{ dev: [...], check: [...] }` as source → split. */
export function readSplit(dir: string): Map<string, Split> {
  const path = join(dir, 'split.json');
  const split = new Map<string, Split>();
  if (!existsSync(path)) return split;
  const json: unknown = JSON.parse(readFileSync(path, 'utf8'));
  for (const half of ['dev', 'check'] as const) {
    const sources = (json as Record<string, unknown>)[half];
    if (!Array.isArray(sources) || !sources.every((s) => typeof s === 'string')) throw new LabelsError(`split.json: "${half}" must be an array of source ids`);
    for (const source of sources as string[]) {
      if (split.has(source)) throw new LabelsError(`split.json: source ${JSON.stringify(source)} is listed twice`);
      split.set(source, half);
    }
  }
  return split;
}

/** The transcript beside `<id>.labels.json`: the one other file named `<id>.<ext>`. */
export function transcriptFor(labelsPath: string): string {
  const dir = dirname(labelsPath);
  const id = basename(labelsPath, '.labels.json');
  const candidates = readdirSync(dir).filter((name) => name !== basename(labelsPath) && name.startsWith(`${id}.`) && /^[a-z0-9]+$/i.test(name.slice(id.length + 1)));
  if (candidates.length !== 1) throw new LabelsError(`${labelsPath}: expected one transcript named ${id}.<ext> beside it, found ${candidates.length}`);
  return join(dir, candidates[0]!);
}

/**
 * Sources that split.json does not list yet go to a half by rule: sorted by id, alternating dev, check,
 * continuing from the listed halves' sizes so that the halves stay balanced.
 */
export function assignUnlisted(split: ReadonlyMap<string, Split>, sources: Iterable<string>): Map<string, Split> {
  const assigned = new Map(split);
  const unlisted = [...new Set(sources)].filter((s) => !split.has(s)).sort();
  let dev = [...split.values()].filter((h) => h === 'dev').length;
  let check = split.size - dev;
  for (const source of unlisted) {
    const half: Split = dev <= check ? 'dev' : 'check';
    assigned.set(source, half);
    if (half === 'dev') dev++;
    else check++;
  }
  return assigned;
}

export function scoreFile(labelsPath: string, corpusRoot: string, split: ReadonlyMap<string, Split>): ScoredFile {
  const name = relative(corpusRoot, labelsPath);
  const language = name.split(/[\\/]/)[0]!;
  if (!(LANGUAGES as readonly string[]).includes(language)) throw new LabelsError(`${name}: not under ${LANGUAGES.join(', ')}/`);
  const transcriptPath = transcriptFor(labelsPath);
  const decoded = decodeTranscript(readFileSync(transcriptPath));
  if (!decoded.ok) throw new LabelsError(`${relative(corpusRoot, transcriptPath)}: ${decoded.reason}`);
  const lines = new LineIndex(decoded.text);
  const lineTexts = Array.from({ length: lines.lineCount }, (_, l) => lines.lineText(l));
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(labelsPath, 'utf8'));
  } catch (error) {
    throw new LabelsError(`${name}: ${(error as Error).message}`);
  }
  const labels = parseLabels(json, lineTexts, name);
  // Scored as the editor shows it: claims below the default minimumConfidence setting are hidden there.
  const analysis = withConfidentClaims(analyze(decoded.text, {}, basename(transcriptPath)), minimumConfidence());
  return {
    id: `${language}/${basename(labelsPath, '.labels.json')}`,
    language,
    genre: labels.genre,
    source: labels.source,
    split: split.get(labels.source) ?? 'dev',
    splitByRule: !split.has(labels.source),
    counts: scoreTranscript(labels, analysis, lines, name),
    sentences: windowOutcomes(labels, analysis, lines, name),
    headingMistakes: headingMistakes(labels.headings, predictedHeadingLines(analysis.topics, lines), lines),
  };
}

export function groupKeys(file: ScoredFile): string[] {
  return [
    'all',
    `language:${file.language}`,
    `genre:${file.genre}`,
    `split:${file.split}`,
    `split:${file.split}/language:${file.language}`,
    `split:${file.split}/genre:${file.genre}`,
  ];
}

export function groupCounts(files: readonly ScoredFile[]): Map<string, Counts> {
  const groups = new Map<string, Counts>();
  for (const file of files) {
    for (const key of groupKeys(file)) {
      const counts = groups.get(key) ?? emptyCounts();
      addCounts(counts, file.counts);
      groups.set(key, counts);
    }
  }
  return new Map([...groups].sort(([a], [b]) => (a === 'all' ? -1 : b === 'all' ? 1 : a.localeCompare(b))));
}

/** Scores every labelled transcript. Throws one LabelsError listing every broken file. */
export function scoreCorpus(repoRoot: string): CorpusScore {
  const root = corpusDir(repoRoot);
  const split = readSplit(root);
  const files: ScoredFile[] = [];
  const problems: string[] = [];
  const paths = labelFiles(root);
  const sources: string[] = [];
  for (const path of paths) {
    try {
      const source = (JSON.parse(readFileSync(path, 'utf8')) as { source?: unknown }).source;
      if (typeof source === 'string') sources.push(source);
    } catch {
      // Reported with the file's name when it is scored.
    }
  }
  const halves = assignUnlisted(split, sources);
  for (const path of paths) {
    try {
      const scored = scoreFile(path, root, halves);
      files.push({ ...scored, splitByRule: !split.has(scored.source) });
    } catch (error) {
      if (!(error instanceof LabelsError)) throw error;
      problems.push(error.message);
    }
  }
  if (problems.length) throw new LabelsError(problems.join('\n'));
  return { files, groups: groupCounts(files) };
}

export interface Baseline {
  readonly tolerance: number;
  readonly groups: Record<string, Figures>;
  readonly files: Record<string, Figures>;
}

export const BASELINE_TOLERANCE = 0.01;

function rounded(figures: Figures): Figures {
  const out = {} as Figures;
  for (const [name, value] of Object.entries(figures)) out[name as keyof Figures] = value === null ? null : Math.round(value * 10000) / 10000;
  return out;
}

export function baselineOf(score: CorpusScore): Baseline {
  return {
    tolerance: BASELINE_TOLERANCE,
    groups: Object.fromEntries([...score.groups].map(([key, counts]) => [key, rounded(figuresOf(counts))])),
    files: Object.fromEntries(score.files.map((f) => [f.id, rounded(figuresOf(f.counts))])),
  };
}

export function baselinePath(repoRoot: string): string {
  return join(corpusDir(repoRoot), 'baseline.json');
}

/**
 * Every figure of `current` that fell below `baseline` by more than the tolerance, every baseline file
 * or group that is gone, and every file not in the baseline yet (its figures must be recorded).
 */
export function regressions(baseline: Baseline, current: Baseline): string[] {
  const found: string[] = [];
  const compare = (kind: string, recorded: Record<string, Figures>, now: Record<string, Figures>): void => {
    for (const [key, figures] of Object.entries(recorded)) {
      const nowFigures = now[key];
      if (!nowFigures) {
        found.push(`${kind} ${key}: in the baseline but no longer scored`);
        continue;
      }
      for (const [name, value] of Object.entries(figures)) {
        if (value === null) continue;
        const nowValue = nowFigures[name as keyof Figures];
        if (nowValue === null || nowValue === undefined) found.push(`${kind} ${key}: ${name} was ${value}, now not measurable`);
        else if (nowValue < value - baseline.tolerance) found.push(`${kind} ${key}: ${name} fell from ${value} to ${nowValue}`);
      }
    }
    for (const key of Object.keys(now)) if (!recorded[key]) found.push(`${kind} ${key}: not in the baseline (run npm run accuracy -- --update-baseline)`);
  };
  compare('file', baseline.files, current.files);
  compare('group', baseline.groups, current.groups);
  return found;
}

/** The guard's lines about dev files and dev-only groups: what an engineer tuning rules may read. */
export function devLines(score: CorpusScore, lines: readonly string[]): string[] {
  const devIds = new Set(score.files.filter((f) => f.split === 'dev').map((f) => f.id));
  return lines.filter((line) => /^group split:dev[/:]/.test(line) || devIds.has(/^file (.+?): /.exec(line)?.[1] ?? ''));
}

/** ACCURACY_MIN_CONFIDENCE=0.3 scores another threshold (to trace precision against recall); the default otherwise. */
function minimumConfidence(): number {
  const value = Number(process.env['ACCURACY_MIN_CONFIDENCE']);
  return process.env['ACCURACY_MIN_CONFIDENCE'] !== undefined && Number.isFinite(value) ? value : DEFAULT_MINIMUM_CONFIDENCE;
}
