import { findClaims } from '../claims/findClaims';
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
 * analyze() on a document already split into lines. `key` is matchingKey(lines.text) when the caller
 * keeps it (the incremental analyzer does); computing it here is the default. `betweenStages` runs
 * between turns, topics and claims (a cancellable job throws from it to stop early).
 */
export function analyzeIndexed(lines: LineIndex, options: AnalysisOptions, fileName: string, key?: string, betweenStages?: () => void): Analysis {
  const text = lines.text;
  const format = options.format ?? detectFormat(fileName, text);
  const { turns, stageDirections } = findTurns(lines, format, options);
  betweenStages?.();
  const topics = findTopics(lines, format, options);
  betweenStages?.();
  // Headings, title lines, summary items that repeat them, and stage directions are never claims.
  const skipSpans = [...headingSpans(topics), ...stageDirections.map((d) => d.span)];
  const claims = findClaims(lines, turns, options, { skipSpans, format, ...(key === undefined ? {} : { key }) });
  return { speakers: summarizeSpeakers(turns), turns, stageDirections, topics, claims };
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
