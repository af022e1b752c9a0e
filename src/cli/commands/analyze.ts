import { analyzeIndexed } from '../../core/analysis/analyze';
import { analysisJsonChunks, analysisNdjsonLines } from '../../core/analysis/json';
import type { Analysis, Topic } from '../../core/analysis/model';
import { DEFAULT_MINIMUM_CONFIDENCE } from '../../core/claims/classify';
import { LineIndex } from '../../core/text/positions';
import { withConfidentClaims } from '../../presentation/claimConfidence';
import { cuesAsWritten } from '../../presentation/cueDisplay';
import { readableTitle } from '../../presentation/readableTitle';
import { defineCommand, ENCODING_OPTION, fractionFlag, stringFlag } from '../args';
import { CliError, EXIT_OK, EXIT_UNUSABLE_INPUT, readTranscript } from '../io';
import type { Output } from './command';

export const analyzeCommand = defineCommand({
  name: 'analyze',
  summary: 'speakers, turns, topics and claims of a transcript',
  positionals: ['<file>'],
  options: {
    json: { type: 'boolean', description: 'print the analysis as JSON (one array element per line)' },
    ndjson: { type: 'boolean', description: 'print one JSON object per line, each with a "type"' },
    encoding: ENCODING_OPTION,
    'min-confidence': {
      type: 'string',
      value: 'N',
      description: `leave out claims below this confidence, from 0 to 1 (default ${DEFAULT_MINIMUM_CONFIDENCE}, as the editor; 0 lists all)`,
    },
  },
  async execute(args, out) {
    const file = args.positional[0]!;
    if (args.flags.has('json') && args.flags.has('ndjson')) throw new CliError('analyze: choose one of --json and --ndjson', EXIT_UNUSABLE_INPUT);
    const minimumConfidence = fractionFlag(args, 'min-confidence', 'analyze') ?? DEFAULT_MINIMUM_CONFIDENCE;
    const text = await readTranscript(file, { encoding: stringFlag(args, 'encoding') });
    // One line index for the analysis and the positions in the output.
    const lines = new LineIndex(text);
    // No folded key of the whole text up front: the claims stage folds it a window at a time (findClaims.ts).
    // The claims the editor shows with the same threshold, so CI and the editor agree on what was suggested.
    const full = analyzeIndexed(lines, {}, file);
    const analysis = withConfidentClaims(full, minimumConfidence);
    if (args.flags.has('json')) await writeChunks(out, analysisJsonChunks(analysis, lines));
    else if (args.flags.has('ndjson')) await writeChunks(out, analysisNdjsonLines(analysis, lines));
    else await writeChunks(out, summarize(file, analysis, lines, { minimum: minimumConfidence, hidden: full.claims.length - analysis.claims.length }));
    return EXIT_OK;
  },
});

/** Writes chunks in batches, waiting for the reader between them, so a large output is never held whole. */
async function writeChunks(out: Output, chunks: Iterable<string>): Promise<void> {
  let batch = '';
  for (const chunk of chunks) {
    batch += chunk;
    if (batch.length < 64 * 1024) continue;
    out.write(batch);
    batch = '';
    await out.drained?.();
  }
  out.write(batch);
}

/** The readable summary, line by line (for a large transcript it is tens of MB). */
function* summarize(file: string, analysis: Analysis, lines: LineIndex, threshold: { minimum: number; hidden: number }): Generator<string> {
  yield `${file}\n`;
  yield `\nSpeakers (${analysis.speakers.length})\n`;
  for (const s of analysis.speakers) yield `  ${s.name}  ${s.turns} turn${s.turns === 1 ? '' : 's'}\n`;
  yield `\nTopics\n`;
  function* walk(topics: readonly Topic[], depth: number): Generator<string> {
    for (const t of topics) {
      yield `${'  '.repeat(depth + 1)}${readableTitle(t.title)}  (line ${lines.positionAt(t.span.start).line + 1})\n`;
      yield* walk(t.children, depth + 1);
    }
  }
  yield* walk(analysis.topics, 0);
  const byKind = { fact: 0, forecast: 0, opinion: 0 };
  for (const c of analysis.claims) byKind[c.kind]++;
  const hidden = threshold.hidden > 0 ? `; ${threshold.hidden} below confidence ${threshold.minimum} left out (--min-confidence 0 lists them)` : '';
  yield `\nClaims (${analysis.claims.length}: ${byKind.fact} fact, ${byKind.forecast} forecast, ${byKind.opinion} opinion${hidden})\n`;
  for (const c of analysis.claims) {
    const line = lines.positionAt(c.span.start).line + 1;
    const text = c.text.length > 60 ? `${c.text.slice(0, 59)}…` : c.text;
    yield `  ${String(line).padStart(5)}  ${c.kind.padEnd(8)} ${c.speaker ? `[${c.speaker}] ` : ''}${text}\n`;
    // The cue words as the sentence writes them (`預計` in Traditional text; the detector quotes them folded).
    if (c.cues.length) yield `         ${''.padEnd(8)} ↳ ${cuesAsWritten(c.text, c.cues).join(', ')}\n`;
  }
}
