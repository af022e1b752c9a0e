// An analysis as a few typed arrays and string tables, for handing it from a worker to the editor's thread.
// Structured clone of the plain objects costs the receiving thread about 0.5 s at 10 MB (a hundred thousand
// claims, each with a span and a cue list); typed arrays are transferred without a copy and strings are few.
import type { ItemSource } from './blocks';
import { LineIndex, type Span } from '../text/positions';
import { StringTable } from '../text/stringTable';
import { possibleSummaryItemTexts } from '../topics/summaryLinking';
import type { SummaryProfile } from './summaryHorizon';
import type { LabelStateData } from './labelEdits';
import { checkLabelTallyData } from '../turns/scheme';
import type { RegisterCounts } from '../claims/register';
import type { FrameTallyData } from '../turns/frameTally';
import { checkedGutterReading, readLineNumberGutter, withRunsBlanked, type GutterReading } from '../text/lineNumberGutter';
import { inlineLabelCandidates } from '../turns/inlineHandOvers';
import { numberedKeyRepeats } from '../turns/runningHeads';
import { gutterNumberRunsOf, turnsInBlankedGutter } from './analyze';
import type { AnalysisJobResult } from './job';
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
  /**
   * What adopting the analysis as a base for local re-analysis needs besides it, computed where the
   * analysis ran so the receiving thread need not scan the text: every line's start, and the texts of
   * lines that could be summary items (IncrementalAnalyzer's baseline).
   */
  readonly lineStarts?: Int32Array;
  readonly summaryItemTexts?: readonly string[];
  /** How the summary lists search (see summaryHorizon.ts); only when there are summary items. */
  readonly summaryProfile?: SummaryProfile;
  /** What a label rename is re-decided from (see labelEdits.ts). */
  readonly labelState?: LabelStateData;
  /** Whether the lines read as a numbered gutter (the analysis read it already); sent with the line starts. */
  readonly lineNumberGutter?: GutterReading;
  /** Labels written inside lines after a sentence end (turns/inlineHandOvers.ts), which the first edit reads; sent with the line starts. */
  readonly inlineLabelCandidates?: readonly string[];
  /** Subtitles: the register's counts, which an edit changing a line's share reads (a pass over every line). */
  readonly register?: RegisterCounts;
  /** The numbered keys two lines or more hold (turns/runningHeads.ts numberedKeyRepeats), which the first edit of a numbered line reads (a pass over every line); sent with the line starts. */
  readonly numberedRepeats?: readonly (readonly [string, number])[];
  /** The label frames as counted (turns/frameTally.ts), which every edit updates (a pass over every line); sent with the line starts. */
  readonly frames?: FrameTallyData;
  /**
   * A document read with a line-number gutter: (turn index, start) of each turn whose start the analysis moved
   * to its line's number, where it starts in the blanked lines (turnsInBlankedGutter), which edits re-read.
   */
  readonly gutterTurnStarts?: Int32Array;
  /**
   * With gutterTurnStarts, the rest of what the first edit makes the blanked lines' baseline from, so the receiving
   * thread does not read its whole text for them (0.2-0.4 s at 10 MB there): where the numbers are blanked
   * (gutterNumberRuns), and of the blanked lines the texts that could be summary items and the inline label
   * candidates (sent instead of the document's own, which no edit of a gutter document reads).
   */
  readonly gutterNumberRuns?: Int32Array;
  readonly gutterSummaryItemTexts?: readonly string[];
  readonly gutterInlineLabelCandidates?: readonly string[];
}

/** The parts of an unpacked analysis that IncrementalAnalyzer.adopt reads without building every item. */
export interface PackedParts {
  readonly turns: ItemSource<Turn>;
  readonly stageDirections: ItemSource<StageDirection>;
  readonly claims: ItemSource<Claim>;
  readonly lineStarts: Int32Array | undefined;
  readonly summaryItemTexts: readonly string[] | undefined;
  readonly summaryProfile: SummaryProfile | undefined;
  readonly labelState: LabelStateData | undefined;
  readonly lineNumberGutter: GutterReading | undefined;
  readonly inlineLabelCandidates: readonly string[] | undefined;
  readonly register: RegisterCounts | undefined;
  readonly numberedRepeats: readonly (readonly [string, number])[] | undefined;
  readonly frames: FrameTallyData | undefined;
  readonly gutterTurnStarts: Int32Array | undefined;
  /** With gutterTurnStarts: the turns as found in the blanked lines (those starts applied), built when read. */
  readonly blankedTurns: ItemSource<Turn> | undefined;
  readonly gutterNumberRuns: Int32Array | undefined;
  readonly gutterSummaryItemTexts: readonly string[] | undefined;
  readonly gutterInlineLabelCandidates: readonly string[] | undefined;
}

/** Kept beside the analysis, as query.ts keeps its block lists, so that the analysis stays a plain value. */
const partsOf = new WeakMap<Analysis, PackedParts>();

/** The item sources and line starts behind an analysis from unpackAnalysis; `undefined` for any other analysis. */
export function packedParts(analysis: Analysis): PackedParts | undefined {
  return partsOf.get(analysis);
}

const TURN_FIELDS = 7;
const CLAIM_FIELDS = 5;

/** The buffers of a packed analysis, to transfer rather than copy. */
export function packedBuffers(packed: PackedAnalysis): ArrayBuffer[] {
  const arrays = [packed.turns, packed.stageDirections, packed.claims, packed.confidences, packed.claimTextEnds, packed.cueListStarts, packed.cueStrings];
  if (packed.lineStarts) arrays.push(packed.lineStarts);
  if (packed.summaryProfile) arrays.push(packed.summaryProfile.searchedListEnds, packed.summaryProfile.used);
  if (packed.labelState) arrays.push(packed.labelState.tally.counts, packed.labelState.speakerFirsts);
  if (packed.gutterTurnStarts) arrays.push(packed.gutterTurnStarts);
  if (packed.frames) arrays.push(...frameArrays(packed.frames));
  if (packed.gutterNumberRuns) arrays.push(packed.gutterNumberRuns);
  return arrays.map((array) => array.buffer as ArrayBuffer);
}

/** A finished run's analysis packed with what adopting it needs (the parts the run computed, see AnalysisJobResult). */
export function packJobResult(result: Extract<AnalysisJobResult, { status: 'done' }>): PackedAnalysis {
  return packAnalysis(result.analysis, result.lines, result.summaryProfile, result.labelState, result.register, result.frames);
}

/**
 * `lines`: the index of the analysed text; with it, the result carries what adoption needs (see lineStarts).
 * `summary`: computes the summary lists' profile, called only when the text has summary items.
 * `labelState`: computes the label state, sent with the line starts; `register`, likewise the register's counts;
 * `frames`, likewise the label frames' tally.
 */
export function packAnalysis(analysis: Analysis, lines?: LineIndex, summary?: () => SummaryProfile, labelState?: () => LabelStateData, register?: () => RegisterCounts, frames?: () => FrameTallyData | undefined): PackedAnalysis {
  const table = new StringTable();
  const { strings } = table;
  const intern = (value: string): number => table.intern(value);

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
  // Claims with the same cues mostly share one array (findClaims' CueLists): an array seen before has its list
  // without interning and joining its cues again.
  const listOfArray = new Map<readonly string[], number>();
  const listStarts: number[] = [];
  const cueStrings: number[] = [];
  let textLength = 0;
  analysis.claims.forEach((claim, i) => {
    const at = i * CLAIM_FIELDS;
    claims[at] = claim.span.start;
    claims[at + 1] = claim.span.end;
    claims[at + 2] = claim.speaker === null ? -1 : intern(claim.speaker);
    claims[at + 3] = CLAIM_KINDS.indexOf(claim.kind);
    let list = listOfArray.get(claim.cues);
    if (list === undefined) {
      const cueIndices = claim.cues.map(intern);
      const listKey = cueIndices.join(',');
      list = cueLists.get(listKey);
      if (list === undefined) {
        list = listStarts.length;
        cueLists.set(listKey, list);
        listStarts.push(cueStrings.length);
        cueStrings.push(...cueIndices);
      }
      listOfArray.set(claim.cues, list);
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
    ...(lines ? adoptionParts(lines, summary, !turnsInBlankedGutter(analysis)) : {}),
    ...(lines ? gutterParts(analysis, lines) : {}),
    ...(lines && labelState ? { labelState: labelState() } : {}),
    ...(lines && register ? { register: register() } : {}),
    ...framesPart(lines && frames?.()),
  };
}

function framesPart(frames: FrameTallyData | undefined): Pick<PackedAnalysis, 'frames'> {
  return frames ? { frames } : {};
}

function frameArrays(frames: FrameTallyData): Int32Array[] {
  return [frames.lines, frames.detailed, frames.spoken, frames.nameEnds, frames.nameCounts, frames.speechEnds, frames.speechCounts, frames.spans];
}

function gutterParts(analysis: Analysis, lines: LineIndex): Pick<PackedAnalysis, 'gutterTurnStarts' | 'gutterNumberRuns' | 'gutterSummaryItemTexts' | 'gutterInlineLabelCandidates'> {
  const blanked = turnsInBlankedGutter(analysis);
  const runs = gutterNumberRunsOf(analysis);
  if (!blanked || !runs) return {};
  const moved: number[] = [];
  blanked.forEach((turn, i) => {
    if (turn.span.start !== analysis.turns[i]!.span.start) moved.push(i, turn.span.start);
  });
  const blankedText = withRunsBlanked(lines.source, runs);
  return {
    gutterTurnStarts: Int32Array.from(moved),
    gutterNumberRuns: runs,
    gutterSummaryItemTexts: [...possibleSummaryItemTexts(LineIndex.fromLineStarts(blankedText, lines.lineStarts()))],
    gutterInlineLabelCandidates: [...inlineLabelCandidates(blankedText)],
  };
}

/** `inlineCandidates`: whether to send the text's inline label candidates (not for a gutter document: see gutterInlineLabelCandidates). */
function adoptionParts(lines: LineIndex, summary: (() => SummaryProfile) | undefined, inlineCandidates: boolean): Pick<PackedAnalysis, 'lineStarts' | 'summaryItemTexts' | 'summaryProfile' | 'lineNumberGutter' | 'inlineLabelCandidates' | 'numberedRepeats'> {
  const summaryItemTexts = [...possibleSummaryItemTexts(lines)];
  return {
    lineStarts: lines.lineStarts(),
    summaryItemTexts,
    ...(summary && summaryItemTexts.length > 0 ? { summaryProfile: summary() } : {}),
    // Kept from the analysis of these lines, so no second pass (subtitles, whose analysis skips it, take one here).
    lineNumberGutter: readLineNumberGutter(lines),
    // A pass over the document's colons that the receiving thread's first edit would otherwise take (87 ms at 10 MB there).
    ...(inlineCandidates ? { inlineLabelCandidates: [...inlineLabelCandidates(lines.source)] } : {}),
    // The running heads' numbered keys as the analysis of these lines counted them (the receiving thread's first edit of a numbered line would count them again).
    numberedRepeats: [...numberedKeyRepeats(lines)],
  };
}

/**
 * The analysis that was packed, equal to it, without building its turns, stage directions and claims:
 * its arrays are built when first read, and IncrementalAnalyzer.adopt and range queries build only the
 * blocks they read (packedParts). Everything in it is checked now to be of the right type and in range,
 * as data from another thread's message deserves (numbers only, no objects built): a malformed one throws.
 */
export function unpackAnalysis(packed: PackedAnalysis): Analysis {
  checkPacked(packed);
  const lineNumberGutter = packed.lineNumberGutter === undefined ? undefined : checkedGutterReading(packed.lineNumberGutter);
  const { strings } = packed;
  const span = (start: number, end: number): Span => ({ start, end });

  const t = packed.turns;
  // The turns from their fields, each starting where `startOf` says (the packed start, or in the blanked lines).
  const turnSource = (startOf: (i: number) => number): ItemSource<Turn> =>
    itemSource<Turn>(
      t.length / TURN_FIELDS,
      (i) => (t[i * TURN_FIELDS + 2]! < 0 ? startOf(i) : Math.min(startOf(i), t[i * TURN_FIELDS + 2]!)),
      (i) => (t[i * TURN_FIELDS + 2]! < 0 ? t[i * TURN_FIELDS + 1]! : Math.max(t[i * TURN_FIELDS + 1]!, t[i * TURN_FIELDS + 3]!)),
      startOf,
      (i) => {
        const at = i * TURN_FIELDS;
        const labelSpan = t[at + 2]! < 0 ? null : span(t[at + 2]!, t[at + 3]!);
        const source = strings[t[at + 5]!] as TurnSource;
        const speaker = strings[t[at + 4]!]!;
        const turnSpan = span(startOf(i), t[at + 1]!);
        return t[at + 6]! < 0 ? { speaker, span: turnSpan, labelSpan, source } : { speaker, span: turnSpan, labelSpan, source, timestamp: strings[t[at + 6]!]! };
      },
    );
  const turns = turnSource((i) => t[i * TURN_FIELDS]!);
  const moved = packed.gutterTurnStarts;
  const blankedTurns = moved && turnSource(blankedStarts(t, moved));

  const d = packed.stageDirections;
  const stageDirections = itemSource<StageDirection>(d.length / 2, (i) => d[i * 2]!, (i) => d[i * 2 + 1]!, (i) => d[i * 2]!, (i) => ({ span: span(d[i * 2]!, d[i * 2 + 1]!) }));

  const cueLists: string[][] = [];
  for (let list = 0; list + 1 < packed.cueListStarts.length; list++) {
    const cues: string[] = [];
    for (let c = packed.cueListStarts[list]!; c < packed.cueListStarts[list + 1]!; c++) cues.push(strings[packed.cueStrings[c]!]!);
    cueLists.push(cues);
  }
  const c = packed.claims;
  const claims = itemSource<Claim>(
    c.length / CLAIM_FIELDS,
    (i) => c[i * CLAIM_FIELDS]!,
    (i) => c[i * CLAIM_FIELDS + 1]!,
    (i) => c[i * CLAIM_FIELDS]!,
    (i) => {
      const at = i * CLAIM_FIELDS;
      return {
        text: packed.claimTexts.slice(i === 0 ? 0 : packed.claimTextEnds[i - 1]!, packed.claimTextEnds[i]!),
        span: span(c[at]!, c[at + 1]!),
        speaker: c[at + 2]! < 0 ? null : strings[c[at + 2]!]!,
        kind: CLAIM_KINDS[c[at + 3]!]!,
        // Claims with the same cues share one (read-only) list.
        cues: cueLists[c[at + 4]!]!,
        confidence: packed.confidences[i]!,
      };
    },
  );

  const analysis: Analysis = {
    speakers: packed.speakers,
    get turns() {
      return turns.items(0, turns.count);
    },
    get stageDirections() {
      return stageDirections.items(0, stageDirections.count);
    },
    topics: packed.topics,
    get claims() {
      return claims.items(0, claims.count);
    },
  };
  partsOf.set(analysis, {
    turns, stageDirections, claims, lineStarts: packed.lineStarts, summaryItemTexts: packed.summaryItemTexts, summaryProfile: packed.summaryProfile, labelState: packed.labelState, lineNumberGutter,
    inlineLabelCandidates: packed.inlineLabelCandidates, register: packed.register, numberedRepeats: packed.numberedRepeats, frames: packed.frames, gutterTurnStarts: moved, blankedTurns,
    gutterNumberRuns: packed.gutterNumberRuns, gutterSummaryItemTexts: packed.gutterSummaryItemTexts, gutterInlineLabelCandidates: packed.gutterInlineLabelCandidates,
  });
  return analysis;
}

/** Each turn's start in a gutter document's blanked lines: the packed one, or the one gutterTurnStarts gives. */
function blankedStarts(t: Int32Array, moved: Int32Array): (i: number) => number {
  const starts = new Int32Array(t.length / TURN_FIELDS);
  for (let i = 0; i < starts.length; i++) starts[i] = t[i * TURN_FIELDS]!;
  for (let at = 0; at < moved.length; at += 2) starts[moved[at]!] = moved[at + 1]!;
  return (i) => starts[i]!;
}

/** Items built by `build` when first read, and kept (shared by every reader: the arrays, blocks, range queries). */
function itemSource<T>(count: number, lowAt: (i: number) => number, highAt: (i: number) => number, startAt: (i: number) => number, build: (i: number) => T): ItemSource<T> {
  const built = new Array<T | undefined>(count).fill(undefined);
  let complete = count === 0;
  return {
    count,
    lowAt,
    highAt,
    startAt,
    items(from, to) {
      if (complete && from === 0 && to === count) return built as T[];
      for (let i = from; i < to; i++) built[i] ??= build(i);
      if (from === 0 && to === count) {
        complete = true;
        return built as T[];
      }
      return built.slice(from, to) as T[];
    },
  };
}

function fail(what: string): never {
  throw new RangeError(`packed analysis: ${what}`);
}

/** Throws a RangeError unless every index in `packed` points at what it should (so that building items cannot fail). */
function checkPacked(packed: PackedAnalysis): void {
  const { strings } = packed;
  if (!strings.every((value) => typeof value === 'string')) fail('a string table entry is not a string');
  const stringCount = strings.length;
  const isString = (index: number): boolean => index >= 0 && index < stringCount;
  if (packed.turns.length % TURN_FIELDS !== 0 || packed.stageDirections.length % 2 !== 0 || packed.claims.length % CLAIM_FIELDS !== 0) fail('truncated arrays');
  const t = packed.turns;
  for (let at = 0; at < t.length; at += TURN_FIELDS) {
    if (!isString(t[at + 4]!) || !isString(t[at + 5]!) || (t[at + 6]! >= 0 && !isString(t[at + 6]!))) fail(`no string for turn ${at / TURN_FIELDS}`);
  }
  const lists = packed.cueListStarts.length - 1;
  for (let list = 0; list < lists; list++) {
    const from = packed.cueListStarts[list]!;
    const to = packed.cueListStarts[list + 1]!;
    if (from < 0 || to < from || to > packed.cueStrings.length) fail(`malformed cue list ${list}`);
  }
  for (let i = 0; i < packed.cueStrings.length; i++) if (!isString(packed.cueStrings[i]!)) fail(`no string for cue ${i}`);
  const c = packed.claims;
  const count = c.length / CLAIM_FIELDS;
  if (packed.confidences.length !== count || packed.claimTextEnds.length !== count) fail('claim arrays of different lengths');
  let textStart = 0;
  for (let i = 0, at = 0; i < count; i++, at += CLAIM_FIELDS) {
    const textEnd = packed.claimTextEnds[i]!;
    const kind = c[at + 3]!;
    const list = c[at + 4]!;
    if (kind < 0 || kind >= CLAIM_KINDS.length || list < 0 || list >= lists || textEnd < textStart || textEnd > packed.claimTexts.length) fail(`malformed claim ${i}`);
    if (c[at + 2]! >= 0 && !isString(c[at + 2]!)) fail(`no string for claim ${i}`);
    textStart = textEnd;
  }
  checkAdoptionParts(packed);
}

/** The parts packed beside the analysis for IncrementalAnalyzer.adopt, each optional. */
function checkAdoptionParts(packed: PackedAnalysis): void {
  const turnCount = packed.turns.length / TURN_FIELDS;
  if (packed.summaryItemTexts && !packed.summaryItemTexts.every((text) => typeof text === 'string')) fail('summary item texts');
  const candidates = packed.inlineLabelCandidates;
  if (candidates !== undefined && !(Array.isArray(candidates) && candidates.every((text) => typeof text === 'string'))) fail('inline label candidates');
  const repeats = packed.numberedRepeats;
  if (repeats !== undefined && !(Array.isArray(repeats) && repeats.every((entry) => Array.isArray(entry) && entry.length === 2 && typeof entry[0] === 'string' && Number.isInteger(entry[1]) && entry[1] >= 2))) fail('numbered repeats');
  const profile = packed.summaryProfile;
  if (profile !== undefined) {
    const wellFormed = profile.searchedListEnds instanceof Int32Array && profile.used instanceof Int32Array && profile.used.length === profile.searchedListEnds.length;
    if (!wellFormed || typeof profile.budgetLeft !== 'number' || Number.isNaN(profile.budgetLeft)) fail('summary profile');
  }
  const labelState = packed.labelState;
  if (labelState !== undefined) {
    if (typeof labelState !== 'object' || labelState === null) fail('label state');
    checkLabelTallyData(labelState.tally);
    if (!Array.isArray(labelState.handOvers) || !labelState.handOvers.every((text) => typeof text === 'string')) fail('hand-overs');
    const firsts = labelState.speakerFirsts;
    if (!(firsts instanceof Int32Array) || firsts.length !== packed.speakers.length || !firsts.every((turn) => turn >= -1 && turn < turnCount)) fail('speakers\' first turns');
  }
  if (packed.frames !== undefined) checkFrameTallyData(packed.frames);
  const moved = packed.gutterTurnStarts;
  if (moved !== undefined) {
    // Turn indexes rising, each start within its turn: at or after the start the turn is given (the analysis moves
    // starts back to the number), at or before its end (a start past it would give a backwards span).
    if (!(moved instanceof Int32Array) || moved.length % 2 !== 0) fail('gutter turn starts');
    for (let at = 0; at < moved.length; at += 2) {
      const turn = moved[at]!;
      if (turn < 0 || turn >= turnCount || (at > 0 && turn <= moved[at - 2]!)) fail('gutter turn starts');
      const start = moved[at + 1]!;
      if (start < packed.turns[turn * TURN_FIELDS]! || start > packed.turns[turn * TURN_FIELDS + 1]!) fail('gutter turn starts');
    }
  }
  // Checked against the text where they are used (wellFormedRuns), whose length is not known here.
  if (packed.gutterNumberRuns !== undefined && !(packed.gutterNumberRuns instanceof Int32Array)) fail('gutter number runs');
  if (packed.gutterSummaryItemTexts && !(Array.isArray(packed.gutterSummaryItemTexts) && packed.gutterSummaryItemTexts.every((text) => typeof text === 'string'))) fail('gutter summary item texts');
  const gutterCandidates = packed.gutterInlineLabelCandidates;
  if (gutterCandidates !== undefined && !(Array.isArray(gutterCandidates) && gutterCandidates.every((text) => typeof text === 'string'))) fail('gutter inline label candidates');
  const register = packed.register;
  if (register !== undefined) {
    const count = (value: unknown): boolean => Number.isInteger(value) && (value as number) >= 0;
    const fields = [register?.cueLines, register?.questionsOrExclamations, register?.short, register?.dialogueDashes];
    if (typeof register !== 'object' || register === null || !fields.every(count)) fail('register');
    if (register.questionsOrExclamations > register.cueLines || register.short > register.cueLines || register.dialogueDashes > register.cueLines) fail('register');
  }
}

/** A frame tally's data (FrameTally.toData): its lists of one length each, every end and index within its list. */
function checkFrameTallyData(data: FrameTallyData): void {
  if (typeof data !== 'object' || data === null || typeof data.exact !== 'boolean') fail('frames');
  const strings = (list: unknown): boolean => Array.isArray(list) && list.every((text) => typeof text === 'string');
  if (!strings(data.keys) || !strings(data.names) || !strings(data.speeches) || !frameArrays(data).every((array) => array instanceof Int32Array)) fail('frames');
  const detailed = data.detailed.length;
  const ends = (list: Int32Array, length: number): boolean => list.length === detailed && list.every((end, i) => end >= (i > 0 ? list[i - 1]! : 0) && end <= length);
  const wellFormed = data.lines.length === data.keys.length && data.spoken.length === detailed && data.nameCounts.length === data.names.length && data.speechCounts.length === data.speeches.length
    && ends(data.nameEnds, data.names.length) && ends(data.speechEnds, data.speeches.length) && data.detailed.every((key) => key >= 0 && key < data.keys.length)
    && data.spans.length === detailed && data.spans.every((filled) => filled >= 0);
  if (!wellFormed) fail('frames');
}
