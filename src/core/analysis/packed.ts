// An analysis as a few typed arrays and string tables, for handing it from a worker to the editor's thread.
// Structured clone of the plain objects costs the receiving thread about 0.5 s at 10 MB (a hundred thousand
// claims, each with a span and a cue list); typed arrays are transferred without a copy and strings are few.
import type { Span } from '../text/positions';
import { CLAIM_KINDS, type Analysis, type Claim, type SpeakerSummary, type StageDirection, type Topic, type Turn, type TurnSource } from './model';

export interface PackedAnalysis {
  /** Speakers, turn sources, timestamps and cues, each once. */
  readonly strings: readonly string[];
  readonly speakers: readonly SpeakerSummary[];
  /** Few enough (one per heading) to travel as they are. */
  readonly topics: readonly Topic[];
  /** TURN_FIELDS per turn: start, end, label start, label end (-1 when unlabelled), speaker, source, timestamp (-1 when none). */
  readonly turns: Int32Array;
  /** Start and end per stage direction. */
  readonly stageDirections: Int32Array;
  /** CLAIM_FIELDS per claim: start, end, speaker (-1 when none), kind, cue list. */
  readonly claims: Int32Array;
  readonly confidences: Float64Array;
  /** Every claim's text, one after another; `claimTextEnds[i]` ends claim i's. */
  readonly claimTexts: string;
  readonly claimTextEnds: Int32Array;
  /** Distinct cue lists: offsets into `cueStrings` (list i is cueStrings[cueListStarts[i]..cueListStarts[i + 1])). */
  readonly cueListStarts: Int32Array;
  readonly cueStrings: Int32Array;
}

const TURN_FIELDS = 7;
const CLAIM_FIELDS = 5;

/** The buffers of a packed analysis, to transfer rather than copy. */
export function packedBuffers(packed: PackedAnalysis): ArrayBuffer[] {
  return [packed.turns, packed.stageDirections, packed.claims, packed.confidences, packed.claimTextEnds, packed.cueListStarts, packed.cueStrings].map(
    (array) => array.buffer as ArrayBuffer,
  );
}

export function packAnalysis(analysis: Analysis): PackedAnalysis {
  const strings: string[] = [];
  const stringIndex = new Map<string, number>();
  const intern = (value: string): number => {
    let index = stringIndex.get(value);
    if (index === undefined) {
      index = strings.length;
      strings.push(value);
      stringIndex.set(value, index);
    }
    return index;
  };

  const turns = new Int32Array(analysis.turns.length * TURN_FIELDS);
  analysis.turns.forEach((turn, i) => {
    const at = i * TURN_FIELDS;
    turns[at] = turn.span.start;
    turns[at + 1] = turn.span.end;
    turns[at + 2] = turn.labelSpan ? turn.labelSpan.start : -1;
    turns[at + 3] = turn.labelSpan ? turn.labelSpan.end : -1;
    turns[at + 4] = intern(turn.speaker);
    turns[at + 5] = intern(turn.source);
    turns[at + 6] = turn.timestamp === undefined ? -1 : intern(turn.timestamp);
  });

  const stageDirections = new Int32Array(analysis.stageDirections.length * 2);
  analysis.stageDirections.forEach((direction, i) => {
    stageDirections[i * 2] = direction.span.start;
    stageDirections[i * 2 + 1] = direction.span.end;
  });

  const claims = new Int32Array(analysis.claims.length * CLAIM_FIELDS);
  const confidences = new Float64Array(analysis.claims.length);
  const claimTextEnds = new Int32Array(analysis.claims.length);
  const texts: string[] = [];
  const cueLists = new Map<string, number>();
  const listStarts: number[] = [];
  const cueStrings: number[] = [];
  let textLength = 0;
  analysis.claims.forEach((claim, i) => {
    const at = i * CLAIM_FIELDS;
    claims[at] = claim.span.start;
    claims[at + 1] = claim.span.end;
    claims[at + 2] = claim.speaker === null ? -1 : intern(claim.speaker);
    claims[at + 3] = CLAIM_KINDS.indexOf(claim.kind);
    const cueIndices = claim.cues.map(intern);
    const listKey = cueIndices.join(',');
    let list = cueLists.get(listKey);
    if (list === undefined) {
      list = listStarts.length;
      cueLists.set(listKey, list);
      listStarts.push(cueStrings.length);
      cueStrings.push(...cueIndices);
    }
    claims[at + 4] = list;
    confidences[i] = claim.confidence;
    texts.push(claim.text);
    textLength += claim.text.length;
    claimTextEnds[i] = textLength;
  });
  listStarts.push(cueStrings.length);

  return {
    strings,
    speakers: analysis.speakers,
    topics: analysis.topics,
    turns,
    stageDirections,
    claims,
    confidences,
    claimTexts: texts.join(''),
    claimTextEnds,
    cueListStarts: Int32Array.from(listStarts),
    cueStrings: Int32Array.from(cueStrings),
  };
}

/**
 * The analysis that was packed, equal to it. Everything in it is checked to be of the right type and in
 * range, as data from another thread's message deserves: a malformed one throws.
 */
export function unpackAnalysis(packed: PackedAnalysis): Analysis {
  const { strings } = packed;
  const string = (index: number): string => {
    const value = strings[index];
    if (typeof value !== 'string') throw new RangeError(`packed analysis: no string ${index}`);
    return value;
  };
  const span = (start: number, end: number): Span => ({ start, end });

  const turns: Turn[] = new Array<Turn>(packed.turns.length / TURN_FIELDS);
  for (let i = 0, at = 0; i < turns.length; i++, at += TURN_FIELDS) {
    const t = packed.turns;
    const labelSpan = t[at + 2]! < 0 ? null : span(t[at + 2]!, t[at + 3]!);
    const source = string(t[at + 5]!) as TurnSource;
    const speaker = string(t[at + 4]!);
    const turnSpan = span(t[at]!, t[at + 1]!);
    turns[i] = t[at + 6]! < 0 ? { speaker, span: turnSpan, labelSpan, source } : { speaker, span: turnSpan, labelSpan, source, timestamp: string(t[at + 6]!) };
  }

  const stageDirections: StageDirection[] = new Array<StageDirection>(packed.stageDirections.length / 2);
  for (let i = 0; i < stageDirections.length; i++) stageDirections[i] = { span: span(packed.stageDirections[i * 2]!, packed.stageDirections[i * 2 + 1]!) };

  const cueLists: string[][] = [];
  for (let list = 0; list + 1 < packed.cueListStarts.length; list++) {
    const cues: string[] = [];
    for (let c = packed.cueListStarts[list]!; c < packed.cueListStarts[list + 1]!; c++) cues.push(string(packed.cueStrings[c]!));
    cueLists.push(cues);
  }
  const claims: Claim[] = new Array<Claim>(packed.claims.length / CLAIM_FIELDS);
  let textStart = 0;
  for (let i = 0, at = 0; i < claims.length; i++, at += CLAIM_FIELDS) {
    const c = packed.claims;
    const kind = CLAIM_KINDS[c[at + 3]!];
    const cues = cueLists[c[at + 4]!];
    const textEnd = packed.claimTextEnds[i]!;
    if (!kind || !cues || textEnd < textStart || textEnd > packed.claimTexts.length) throw new RangeError(`packed analysis: malformed claim ${i}`);
    claims[i] = {
      text: packed.claimTexts.slice(textStart, textEnd),
      span: span(c[at]!, c[at + 1]!),
      speaker: c[at + 2]! < 0 ? null : string(c[at + 2]!),
      kind,
      // Claims with the same cues share one (read-only) list.
      cues,
      confidence: packed.confidences[i]!,
    };
    textStart = textEnd;
  }
  return { speakers: packed.speakers, turns, stageDirections, topics: packed.topics, claims };
}
