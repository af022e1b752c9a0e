import { analyze } from '../../core/analysis/analyze';
import { analysisToJson } from '../../core/analysis/json';
import type { Analysis, Topic } from '../../core/analysis/model';
import { LineIndex } from '../../core/text/positions';
import { parseArgs } from '../args';
import { CliError, EXIT_OK, EXIT_UNUSABLE_INPUT, readTranscript } from '../io';
import type { CliCommand } from './command';

export const analyzeCommand: CliCommand = {
  name: 'analyze',
  usage: 'analyze <file> [--json]   speakers, turns, topics and claims',
  async run(argv, out) {
    const args = parseArgs(argv, ['json']);
    const file = args.positional[0];
    if (!file) throw new CliError('analyze: missing <file>', EXIT_UNUSABLE_INPUT);
    const text = await readTranscript(file);
    const analysis = analyze(text, {}, file);
    const lines = new LineIndex(text);
    if (args.flags.has('json')) out.write(JSON.stringify(analysisToJson(analysis, lines), null, 2) + '\n');
    else out.write(summarize(file, analysis, lines));
    return EXIT_OK;
  },
};

function summarize(file: string, analysis: Analysis, lines: LineIndex): string {
  const out: string[] = [`${file}`];
  out.push(`\nSpeakers (${analysis.speakers.length})`);
  for (const s of analysis.speakers) out.push(`  ${s.name}  ${s.turns} turn${s.turns === 1 ? '' : 's'}`);
  out.push(`\nTopics`);
  const walk = (topics: readonly Topic[], depth: number): void => {
    for (const t of topics) {
      out.push(`${'  '.repeat(depth + 1)}${t.title}  (line ${lines.positionAt(t.span.start).line + 1})`);
      walk(t.children, depth + 1);
    }
  };
  walk(analysis.topics, 0);
  const byKind = { fact: 0, forecast: 0, opinion: 0 };
  for (const c of analysis.claims) byKind[c.kind]++;
  out.push(`\nClaims (${analysis.claims.length}: ${byKind.fact} fact, ${byKind.forecast} forecast, ${byKind.opinion} opinion)`);
  for (const c of analysis.claims) {
    const line = lines.positionAt(c.span.start).line + 1;
    const text = c.text.length > 60 ? `${c.text.slice(0, 59)}…` : c.text;
    out.push(`  ${String(line).padStart(5)}  ${c.kind.padEnd(8)} ${c.speaker ? `[${c.speaker}] ` : ''}${text}`);
    if (c.cues.length) out.push(`         ${''.padEnd(8)} ↳ ${c.cues.join(', ')}`);
  }
  return out.join('\n') + '\n';
}
