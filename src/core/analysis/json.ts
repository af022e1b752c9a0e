import type { LineIndex, Range } from '../text/positions';
import { topicPathAt } from '../topics/findTopics';
import type { Analysis, Topic } from './model';

/** Version of the public `analyze --json` contract. Add fields freely; never rename or remove one. */
export const ANALYSIS_JSON_VERSION = 1;

export interface TopicJson {
  title: string;
  range: Range;
  children: TopicJson[];
}

export interface AnalysisJson {
  version: number;
  speakers: { name: string; turns: number }[];
  turns: { speaker: string; range: Range; labelRange: Range | null; source: string; topicPath: string[] }[];
  topics: TopicJson[];
  claims: { text: string; range: Range; speaker: string | null; kind: string; cues: string[]; confidence: number; topicPath: string[] }[];
  stageDirections: { range: Range }[];
}

/** The public JSON shape of an analysis, with LSP ranges. */
export function analysisToJson(analysis: Analysis, lines: LineIndex): AnalysisJson {
  const topic = (t: Topic): TopicJson => ({ title: t.title, range: lines.rangeOf(t.span), children: t.children.map(topic) });
  // Titles of the topics an offset falls in, outermost first: how claims and turns hang under topics.
  const topicPath = (offset: number): string[] => topicPathAt(analysis.topics, offset).map((t) => t.title);
  return {
    version: ANALYSIS_JSON_VERSION,
    speakers: analysis.speakers.map((s) => ({ name: s.name, turns: s.turns })),
    turns: analysis.turns.map((t) => ({
      speaker: t.speaker,
      range: lines.rangeOf(t.span),
      labelRange: t.labelSpan ? lines.rangeOf(t.labelSpan) : null,
      source: t.source,
      topicPath: topicPath(t.span.start),
    })),
    topics: analysis.topics.map(topic),
    claims: analysis.claims.map((c) => ({ text: c.text, range: lines.rangeOf(c.span), speaker: c.speaker, kind: c.kind, cues: [...c.cues], confidence: c.confidence, topicPath: topicPath(c.span.start) })),
    stageDirections: analysis.stageDirections.map((d) => ({ range: lines.rangeOf(d.span) })),
  };
}
