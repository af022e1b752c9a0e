import { findClaims } from '../claims/findClaims';
import { assScriptView } from '../text/assScript';
import { delimitedTranscriptView } from '../text/delimitedTranscript';
import { gutterNumberEnd, gutterNumberRuns, gutterNumberStart, readLineNumberGutter, withRunsBlanked } from '../text/lineNumberGutter';
import { LineIndex, type Span } from '../text/positions';
import { findTopics } from '../topics/findTopics';
import { findTurns } from '../turns/findTurns';
import { detectFormat } from './format';
import type { Analysis, AnalysisOptions, SpeakerSummary, Topic, Turn } from './model';

/** Analyses a whole transcript. `text` is the document text as VS Code holds it (no BOM). */
export function analyze(text: string, options: AnalysisOptions = {}, fileName = ''): Analysis {
  return analyzeIndexed(new LineIndex(text), options, fileName);
}

/**
 * analyze() on a document already split into lines. `key` is matchingKey(lines.source) when the caller
 * keeps it (the incremental analyzer does); computing it here is the default. `betweenStages` runs
 * between turns, topics and claims (a cancellable job throws from it to stop early).
 */
export function analyzeIndexed(indexed: LineIndex, options: AnalysisOptions, fileName: string, key?: string, betweenStages?: () => void): Analysis {
  const format = options.format ?? detectFormat(fileName, indexed.text);
  // An ASS/SSA script's fields and markup, a CSV/TSV export's cells around the name and the text, and a
  // stenographic record's line numbers, are layout: the stages read the lines without them (same offsets).
  const script = format === 'srt' || format === 'vtt' ? null : (assScriptView(indexed, fileName) ?? delimitedTranscriptView(indexed));
  const gutterRuns = script !== null || format === 'srt' || format === 'vtt' || !readLineNumberGutter(indexed).hasGutter ? null : gutterNumberRuns(indexed);
  const masked = script ?? (gutterRuns === null ? null : withRunsBlanked(indexed.source, gutterRuns));
  const lines = masked === null ? indexed : new LineIndex(masked);
  if (masked !== null) key = undefined;
  const found = findTurns(lines, format, options);
  const stageDirections = found.stageDirections;
  // A turn opening on a numbered line starts at its line number, as every later line of it does; one opening
  // on a script's cue at the cue line's start.
  const turns = script !== null ? fromScriptLines(indexed, found.turns) : masked !== null ? found.turns.map((turn) => fromGutter(indexed, turn)) : found.turns;
  betweenStages?.();
  const topics = findTopics(lines, format, options);
  betweenStages?.();
  // Headings, title lines, summary items that repeat them, and stage directions are never claims.
  const skipSpans = [...headingSpans(topics), ...stageDirections.map((d) => d.span)];
  const claimsFound = findClaims(lines, turns, options, { skipSpans, format, indentIsLayout: masked !== null, ...(key === undefined ? {} : { key }) });
  // A script's blanked override blocks and `\N` breaks, and a table's blanked quotes, leave runs of spaces inside a sentence.
  const claims = script === null ? claimsFound : claimsFound.map((claim) => ({ ...claim, text: claim.text.replace(/ {2,}/g, ' ') }));
  const analysis = { speakers: summarizeSpeakers(turns), turns, stageDirections, topics, claims };
  if (gutterRuns !== null) gutterReadings.set(analysis, { turns: found.turns, runs: gutterRuns });
  return analysis;
}

/** Of a gutter document's analysis: the turns as found in its blanked lines, before fromGutter, and where the numbers were blanked. */
const gutterReadings = new WeakMap<Analysis, { readonly turns: readonly Turn[]; readonly runs: Int32Array }>();

/**
 * For an analysis of a document read with a line-number gutter: its turns as found in the lines with the numbers
 * blanked, before a turn opening on a numbered line was moved to the number (the incremental analyzer edits
 * those lines); `undefined` for any other analysis.
 */
export function turnsInBlankedGutter(analysis: Analysis): readonly Turn[] | undefined {
  return gutterReadings.get(analysis)?.turns;
}

/** For an analysis of a document read with a line-number gutter: where it blanked the numbers (gutterNumberRuns); `undefined` for any other. */
export function gutterNumberRunsOf(analysis: Analysis): Int32Array | undefined {
  return gutterReadings.get(analysis)?.runs;
}

/** Turns found in a script's view, each opening at its cue line's start unless the turn before runs over it. */
function fromScriptLines(lines: LineIndex, turns: readonly Turn[]): Turn[] {
  return turns.map((turn, i) => {
    const start = lines.lineStart(lines.lineAt(turn.span.start));
    const before = turns[i - 1];
    return before !== undefined && before.span.end > start ? turn : { ...turn, span: { start, end: turn.span.end } };
  });
}

/** A turn found in a gutter document's blanked lines as the analysis gives it: opening on its line's number when only space is between. */
export function fromGutter(lines: LineIndex, turn: Turn): Turn {
  const lineStart = lines.lineStart(lines.lineAt(turn.span.start));
  const numberEnd = gutterNumberEnd(lines.source, lineStart, turn.span.start);
  if (numberEnd < 0 || lines.source.slice(numberEnd, turn.span.start).trim() !== '') return turn;
  return { ...turn, span: { start: gutterNumberStart(lines.source, lineStart, numberEnd), end: turn.span.end } };
}

/** Speakers in order of first appearance, with their turn counts. */
export function summarizeSpeakers(turns: readonly Turn[]): SpeakerSummary[] {
  const counts = new Map<string, number>();
  for (const turn of turns) counts.set(turn.speaker, (counts.get(turn.speaker) ?? 0) + 1);
  return [...counts].map(([name, count]) => ({ name, turns: count }));
}

export function headingSpans(topics: readonly Topic[]): Span[] {
  return topics.flatMap((t) => [t.headingSpan, ...t.summaryLinks, ...headingSpans(t.children)]);
}
