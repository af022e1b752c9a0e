import type { LineIndex, Range } from '../text/positions';
import { topicPathAt } from '../topics/findTopics';
import type { Analysis, Claim, Topic, Turn } from './model';

/** Version of the public `analyze --json` contract. Add fields freely; never rename or remove one. */
export const ANALYSIS_JSON_VERSION = 1;

export interface TopicJson {
  title: string;
  range: Range;
  children: TopicJson[];
}

export type SpeakerJson = { name: string; turns: number };
export type TurnJson = { speaker: string; range: Range; labelRange: Range | null; source: string; topicPath: string[] };
export type ClaimJson = { text: string; range: Range; speaker: string | null; kind: string; cues: string[]; confidence: number; topicPath: string[] };
export type StageDirectionJson = { range: Range };

export interface AnalysisJson {
  version: number;
  speakers: SpeakerJson[];
  turns: TurnJson[];
  topics: TopicJson[];
  claims: ClaimJson[];
  stageDirections: StageDirectionJson[];
}

/** Builds each part of the JSON shape; shared by the whole document and the streamed forms. */
function jsonBuilders(analysis: Analysis, lines: LineIndex) {
  // Titles of the topics an offset falls in, outermost first: how claims and turns hang under topics.
  const topicPath = (offset: number): string[] => topicPathAt(analysis.topics, offset).map((t) => t.title);
  const topic = (t: Topic): TopicJson => ({ title: t.title, range: lines.rangeOf(t.span), children: t.children.map(topic) });
  return {
    topic,
    speaker: (s: { name: string; turns: number }): SpeakerJson => ({ name: s.name, turns: s.turns }),
    turn: (t: Turn): TurnJson => ({
      speaker: t.speaker,
      range: lines.rangeOf(t.span),
      labelRange: t.labelSpan ? lines.rangeOf(t.labelSpan) : null,
      source: t.source,
      topicPath: topicPath(t.span.start),
    }),
    claim: (c: Claim): ClaimJson => ({ text: c.text, range: lines.rangeOf(c.span), speaker: c.speaker, kind: c.kind, cues: [...c.cues], confidence: c.confidence, topicPath: topicPath(c.span.start) }),
    stageDirection: (d: { span: { start: number; end: number } }): StageDirectionJson => ({ range: lines.rangeOf(d.span) }),
  };
}

/** The public JSON shape of an analysis, with LSP ranges. */
export function analysisToJson(analysis: Analysis, lines: LineIndex): AnalysisJson {
  const build = jsonBuilders(analysis, lines);
  return {
    version: ANALYSIS_JSON_VERSION,
    speakers: analysis.speakers.map(build.speaker),
    turns: analysis.turns.map(build.turn),
    topics: analysis.topics.map(build.topic),
    claims: analysis.claims.map(build.claim),
    stageDirections: analysis.stageDirections.map(build.stageDirection),
  };
}

/**
 * The same document as `analysisToJson`, as text chunks to write one after another: each array element on
 * its own line, so the whole never has to be in memory as objects or as one string (a 10 MB transcript
 * gives over 100 MB of indented JSON).
 */
export function* analysisJsonChunks(analysis: Analysis, lines: LineIndex): Generator<string> {
  const build = jsonBuilders(analysis, lines);
  yield `{\n  "version": ${ANALYSIS_JSON_VERSION}`;
  function* array<T, J>(name: string, items: readonly T[], toJson: (item: T) => J): Generator<string> {
    if (!items.length) {
      yield `,\n  ${JSON.stringify(name)}: []`;
      return;
    }
    yield `,\n  ${JSON.stringify(name)}: [`;
    for (let i = 0; i < items.length; i++) yield `${i ? ',' : ''}\n    ${JSON.stringify(toJson(items[i]!))}`;
    yield '\n  ]';
  }
  yield* array('speakers', analysis.speakers, build.speaker);
  yield* array('turns', analysis.turns, build.turn);
  yield* array('topics', analysis.topics, build.topic);
  yield* array('claims', analysis.claims, build.claim);
  yield* array('stageDirections', analysis.stageDirections, build.stageDirection);
  yield '\n}\n';
}

/**
 * The analysis as newline-delimited JSON: a header line `{"type":"analysis","version":1}`, then one line per
 * speaker, topic (flattened, with the titles of its parents in `path`), turn, claim and stage direction,
 * each with a `type` and otherwise the fields of the JSON document.
 */
export function* analysisNdjsonLines(analysis: Analysis, lines: LineIndex): Generator<string> {
  const build = jsonBuilders(analysis, lines);
  const line = (type: string, fields: object): string => `${JSON.stringify({ type, ...fields })}\n`;
  yield line('analysis', { version: ANALYSIS_JSON_VERSION });
  for (const s of analysis.speakers) yield line('speaker', build.speaker(s));
  function* topics(list: readonly Topic[], path: string[]): Generator<string> {
    for (const t of list) {
      yield line('topic', { title: t.title, range: lines.rangeOf(t.span), path });
      yield* topics(t.children, [...path, t.title]);
    }
  }
  yield* topics(analysis.topics, []);
  for (const t of analysis.turns) yield line('turn', build.turn(t));
  for (const c of analysis.claims) yield line('claim', build.claim(c));
  for (const d of analysis.stageDirections) yield line('stageDirection', build.stageDirection(d));
}
