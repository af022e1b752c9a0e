// An edit that renames a speaker label (`王芳：` → `王芬：`) changes that turn's speaker, and possibly every
// reader of names in the document. What each reader needs to stay as it was, checked here so the edit can
// be re-analysed locally (see docs/performance.md, "Label lines").
import type { TextSource } from '../text/chunkedText';
import { ownEntry } from '../text/nameTable';
import type { LineIndex } from '../text/positions';
import { isBlankLine, isColon, LABEL_SCAN_LIMIT, skipSpaces, trimEnd } from '../turns/chars';
import { COLON_BEFORE_QUOTE, inlineQuoteColon, mayHoldFollowUpLabel } from '../turns/findTurns';
import type { LabelMatch } from '../turns/labels';
import { NARRATION_TAIL, recognizeHandOver } from '../turns/narration';
import { LabelSchemeTally, readLabelLine, type LabelLineReading, type LabelTallyData } from '../turns/scheme';
import { endsTurnAsNarration, NARRATION_SCAN, narrationReading } from '../turns/thirdPerson';
import { Kind, scanLines } from '../topics/lineScan';
import { cachedOutline } from '../topics/outline';
import type { BlockList } from './blocks';
import type { Analysis, AnalysisOptions, SpeakerSummary, TranscriptFormat, Turn, TurnSource } from './model';

/** Same as findTurns' hand-over before a quote on the same line, over the same window. */
/** How many turns after a renamed one a follow-up label may look back to it (speakerBeforeLast reads 8). */
const FOLLOW_UP_REACH = 9;
/** A renamed turn longer than this is re-analysed in full (its claims all change speaker). */
export const MAX_RENAMED_TURN = 200_000;
/** Lines read for narration after a renamed label before the next turn; further, the edit falls back. */
const NARRATION_LINES = 2_000;

/** The label scheme's counts for `lines`, as findLabelScheme reads them (code lines left out). */
export function labelTallyOf(lines: LineIndex, format: TranscriptFormat, options: AnalysisOptions): LabelSchemeTally {
  // The analysis of `lines` on this thread (the worker's) counted them already, skipping the same code lines.
  const counted = cachedOutline(lines, format, options)?.takeLabelTally?.();
  if (counted) return counted;
  const context = { extraLabelPatterns: options.extraLabelPatterns };
  // Only Markdown has code lines (fences, front matter): elsewhere the outline's line scan is not needed.
  if (format !== 'markdown') return LabelSchemeTally.of(lines, context, () => false);
  const { kinds } = scanLines(lines, format, options);
  return LabelSchemeTally.of(lines, context, (line) => kinds[line] === Kind.Code);
}

/** The tally a full analysis of `lines` on this thread counted already (none after one elsewhere): costs nothing. */
export function countedLabelTally(lines: LineIndex, format: TranscriptFormat, options: AnalysisOptions): LabelSchemeTally | undefined {
  return cachedOutline(lines, format, options)?.takeLabelTally?.();
}

/**
 * What a rename is re-decided from besides the analysis (the label tally, unresolvedHandOvers, each
 * speaker's first turn), as plain data: computed where the full analysis ran (the worker) and sent with
 * it, so the first rename after adopting it scans nothing on the receiving thread.
 */
export interface LabelStateData {
  readonly tally: LabelTallyData;
  readonly handOvers: readonly string[];
  /** Each speaker's first turn by index, in the order of the analysis's speakers (-1: none). */
  readonly speakerFirsts: Int32Array;
}

/** The label state of `analysis`, the full analysis of `lines` with `options`. */
export function labelStateData(lines: LineIndex, analysis: Analysis, format: TranscriptFormat, options: AnalysisOptions): LabelStateData {
  const firsts = new Map<string, number>();
  const { turns, speakers } = analysis;
  for (let i = 0; i < turns.length && firsts.size < speakers.length; i++) if (!firsts.has(turns[i]!.speaker)) firsts.set(turns[i]!.speaker, i);
  return {
    tally: labelTallyOf(lines, format, options).toData(),
    handOvers: unresolvedHandOvers(lines),
    speakerFirsts: Int32Array.from(speakers, (s) => firsts.get(s.name) ?? -1),
  };
}

/** The label state as IncrementalAnalyzer keeps it, from data checked by unpackAnalysis; `speakers` are the analysis's. */
export function labelStateFrom(data: LabelStateData, speakers: readonly SpeakerSummary[], options: AnalysisOptions): { labelTally: LabelSchemeTally; handOvers: readonly string[]; speakerFirsts: Map<string, number> } {
  const speakerFirsts = new Map<string, number>();
  speakers.forEach((s, i) => {
    if (data.speakerFirsts[i]! >= 0) speakerFirsts.set(s.name, data.speakerFirsts[i]!);
  });
  return { labelTally: LabelSchemeTally.fromData(data.tally, { extraLabelPatterns: options.extraLabelPatterns }), handOvers: data.handOvers, speakerFirsts };
}

/**
 * The text before the verb of every hand-over with neither a subject nor a pronoun (`…趕緊說:`), anywhere
 * in the document: the scan resolves those against the names known so far (lastKnownNameIn), which a new
 * or removed label name may change. A superset: lines the scan reads otherwise are included too.
 */
export function unresolvedHandOvers(lines: LineIndex): string[] {
  const text = lines.text;
  const found: string[] = [];
  for (let line = 0; line < lines.lineCount; line++) readColonEnd(lines, line, found);
  // A colon before a quote: found in the whole text at once, then read per line as the scan reads it.
  const anywhere = new RegExp(COLON_BEFORE_QUOTE.source, 'g');
  let lastLine = -1;
  for (let match = anywhere.exec(text); match; match = anywhere.exec(text)) {
    const line = lines.lineAt(match.index);
    if (line === lastLine) continue;
    lastLine = line;
    readQuoteColon(lines, line, found);
  }
  return found;
}

/** unresolvedHandOvers of lines `from` to `to` alone (COLON_BEFORE_QUOTE matches within a line). */
function handOversOfLines(lines: LineIndex, from: number, to: number): string[] {
  const found: string[] = [];
  for (let line = from; line <= to; line++) {
    readColonEnd(lines, line, found);
    if (COLON_BEFORE_QUOTE.test(lines.lineText(line))) readQuoteColon(lines, line, found);
  }
  return found;
}

/** The hand-over of a line ending in a colon, if it has neither subject nor pronoun. */
function readColonEnd(lines: LineIndex, line: number, found: string[]): void {
  const text = lines.source;
  const end = trimEnd(text, lines.lineStart(line), lines.lineEnd(line));
  if (end > lines.lineStart(line) && isColon(text.charCodeAt(end - 1))) readHandOverText(text, skipSpaces(text, lines.lineStart(line), end), end, found);
}

/** The hand-over before a quote on the line (inlineQuoteColon), if it has neither subject nor pronoun. */
function readQuoteColon(lines: LineIndex, line: number, found: string[]): void {
  const text = lines.source;
  const start = skipSpaces(text, lines.lineStart(line), lines.lineEnd(line));
  const colon = inlineQuoteColon(text, start, trimEnd(text, start, lines.lineEnd(line)));
  if (colon >= 0) readHandOverText(text, start, colon + 1, found);
}

function readHandOverText(text: TextSource, start: number, colonEnd: number, found: string[]): void {
  const tail = text.slice(Math.max(start, colonEnd - NARRATION_TAIL), colonEnd);
  const handOver = recognizeHandOver(tail);
  if (handOver && !handOver.subject && !handOver.pronoun) found.push(tail.slice(0, handOver.verbStart));
}

/**
 * `handOvers` (of the text before an edit) with those of lines `from` to `to` after it added: the texts
 * of lines the edit removed or changed may stay, as the list is a superset (see unresolvedHandOvers).
 */
export function withHandOversOf(handOvers: readonly string[], lines: LineIndex, from: number, to: number): readonly string[] {
  const added = handOversOfLines(lines, from, to).filter((tail) => !handOvers.includes(tail));
  return added.length === 0 ? handOvers : [...handOvers, ...added];
}

/** What an edit keeps of the label state (see LabelStateData); each part is computed again when missing. */
export interface KeptLabelState {
  readonly labelTally?: LabelSchemeTally;
  readonly handOvers?: readonly string[];
  readonly speakerFirsts?: ReadonlyMap<string, number>;
}

/**
 * The label state after a local edit that replaced old lines `first`..`oldLast` (of `old`) by new lines
 * `first`..`newLast` (of `lines`), keeping every turn: the tally trades those lines' readings (and the
 * line above's, which reads whether a list follows it) for the new ones, or is dropped when that could
 * change a decision; the hand-over texts gain the new lines' (a superset stays one); turn indexes are
 * unchanged, and with them each speaker's first turn.
 */
export function labelStateAcrossLines(state: KeptLabelState, old: LineIndex, lines: LineIndex, first: number, oldLast: number, newLast: number, format: TranscriptFormat): KeptLabelState {
  let labelTally = state.labelTally;
  if (labelTally) {
    const context = labelTally.labelContext;
    const readings = (index: LineIndex, last: number): (LabelLineReading | null)[] => {
      const found: (LabelLineReading | null)[] = [];
      for (let line = Math.max(0, first - 1); line <= last; line++) found.push(readLabelLine(index, line, context));
      return found;
    };
    labelTally = labelTally.replaceLines(readings(old, oldLast), readings(lines, newLast), format !== 'markdown');
  }
  return {
    ...(labelTally ? { labelTally } : {}),
    ...(state.handOvers ? { handOvers: withHandOversOf(state.handOvers, lines, first, newLast) } : {}),
    ...(state.speakerFirsts ? { speakerFirsts: state.speakerFirsts } : {}),
  };
}

/** The index of each speaker's first turn, read in order until every speaker of the summary is found. */
export function firstTurns(turns: BlockList<Turn>, speakers: readonly SpeakerSummary[]): Map<string, number> {
  const firsts = new Map<string, number>();
  if (speakers.length === 0) return firsts;
  turns.forEachUntil((turn, index) => {
    if (!firsts.has(turn.speaker)) firsts.set(turn.speaker, index);
    return firsts.size < speakers.length;
  });
  return firsts;
}

/**
 * The speaker summary after turn `index` changed speaker from `from` to `to`: counts moved, order of first
 * appearance kept. `undefined` when the turn was `from`'s first and `from` speaks again (its next first turn
 * would need a search).
 */
export function renamedSpeakers(speakers: readonly SpeakerSummary[], firsts: ReadonlyMap<string, number>, index: number, from: string, to: string): { speakers: SpeakerSummary[]; firsts: Map<string, number> } | undefined {
  const rows = speakers.map((s) => ({ name: s.name, turns: s.turns, first: firsts.get(s.name) }));
  if (rows.some((r) => r.first === undefined)) return undefined;
  const old = rows.find((r) => r.name === from);
  if (!old || (old.first === index && old.turns > 1)) return undefined;
  old.turns--;
  const target = rows.find((r) => r.name === to);
  if (target) {
    target.turns++;
    target.first = Math.min(target.first!, index);
  } else {
    rows.push({ name: to, turns: 1, first: index });
  }
  const kept = rows.filter((r) => r.turns > 0).sort((a, b) => a.first! - b.first!);
  return { speakers: kept.map((r) => ({ name: r.name, turns: r.turns })), firsts: new Map(kept.map((r) => [r.name, r.first!])) };
}

/**
 * The speaker summary after a turn of `name` was inserted at `index` (a new label splitting the turn
 * before it): later turns' indexes move up by one, `name` gains a turn, the order of first appearance
 * follows. `undefined` when a speaker's first turn is unknown.
 */
export function splitSpeakers(speakers: readonly SpeakerSummary[], firsts: ReadonlyMap<string, number>, index: number, name: string): { speakers: SpeakerSummary[]; firsts: Map<string, number> } | undefined {
  const rows = speakers.map((s) => ({ name: s.name, turns: s.turns, first: firsts.get(s.name) }));
  if (rows.some((r) => r.first === undefined)) return undefined;
  for (const row of rows) if (row.first! >= index) row.first!++;
  const target = rows.find((r) => r.name === name);
  if (target) {
    target.turns++;
    target.first = Math.min(target.first!, index);
  } else {
    rows.push({ name, turns: 1, first: index });
  }
  rows.sort((a, b) => a.first! - b.first!);
  return { speakers: rows.map((r) => ({ name: r.name, turns: r.turns })), firsts: new Map(rows.map((r) => [r.name, r.first!])) };
}

/**
 * The speaker summary after turn `index`, of `name`, joined the turn before it (a label's colon deleted):
 * later turns' indexes move down by one and `name` loses a turn. `undefined` when a speaker's first turn
 * is unknown, or when this was `name`'s first turn and `name` speaks again (as for renamedSpeakers).
 */
export function mergedSpeakers(speakers: readonly SpeakerSummary[], firsts: ReadonlyMap<string, number>, index: number, name: string): { speakers: SpeakerSummary[]; firsts: Map<string, number> } | undefined {
  const rows = speakers.map((s) => ({ name: s.name, turns: s.turns, first: firsts.get(s.name) }));
  if (rows.some((r) => r.first === undefined)) return undefined;
  const target = rows.find((r) => r.name === name);
  if (!target || (target.first === index && target.turns > 1)) return undefined;
  target.turns--;
  for (const row of rows) if (row.first! > index) row.first!--;
  const kept = rows.filter((r) => r.turns > 0);
  return { speakers: kept.map((r) => ({ name: r.name, turns: r.turns })), firsts: new Map(kept.map((r) => [r.name, r.first!])) };
}

/** The turn a label opens, as openLabelled builds it, on the line starting at `lineStart` whose text ends at `end`. */
export function labelledTurn(label: LabelMatch, lineStart: number, end: number, aliases: AnalysisOptions['speakerAliases']): { speaker: string; labelStart: number; labelEnd: number; source: TurnSource; timestamp: string | null } {
  const speechOnLine = lineStart + label.textStart < end;
  const source: TurnSource = label.source === 'label' && !speechOnLine ? 'block' : label.source;
  return {
    speaker: ownEntry(aliases, label.speaker) ?? label.speaker,
    labelStart: lineStart + label.labelStart,
    labelEnd: lineStart + label.labelEnd,
    source,
    timestamp: label.timestamp,
  };
}

/**
 * Whether a turn renamed from `before` to `after` (written and canonical names) leaves every other reader
 * of names as it was: narration closing the turn (paragraph starts in lines `from` to `to`), follow-up
 * labels up to line `followUpTo` (`追问：` takes the speaker before last, or names nobody and opens no
 * turn), the next turn (a pronoun's hand-over takes the last speaker), `A.` after `Q.`, and hand-overs
 * resolved against known names.
 */
export function namesReadTheSame(
  lines: LineIndex, from: number, to: number, followUpTo: number, before: readonly [string, string], after: readonly [string, string],
  following: readonly Turn[], handOvers: readonly string[], aliases: AnalysisOptions['speakerAliases'],
): boolean {
  if (to - from > NARRATION_LINES || followUpTo - from > NARRATION_LINES) return false;
  const text = lines.source;
  for (let line = from; line <= followUpTo && line < lines.lineCount; line++) {
    const lineStart = lines.lineStart(line);
    if (mayHoldFollowUpLabel(text.slice(lineStart, Math.min(lines.lineEnd(line), lineStart + LABEL_SCAN_LIMIT)))) return false;
  }
  for (let line = from; line <= to && line < lines.lineCount; line++) {
    if (line === 0 || !isBlankLine(lines, line - 1)) continue;
    const start = skipSpaces(text, lines.lineStart(line), lines.lineEnd(line));
    const end = trimEnd(text, start, lines.lineEnd(line));
    if (start === end) continue;
    const reading = narrationReading(text.slice(start, Math.min(end, start + NARRATION_SCAN)));
    if (reading === '') continue;
    const ends = (names: readonly [string, string]): boolean => endsTurnAsNarration(reading, names[0]) || endsTurnAsNarration(reading, names[1]);
    if (ends(before) !== ends(after)) return false;
  }
  // `A.` answers only a `Q.` turn.
  const question = ownEntry(aliases, 'Q') ?? 'Q';
  if (before[1] === question || after[1] === question) return false;
  for (const [i, turn] of following.entries()) {
    const label = turn.labelSpan;
    if (label && mayHoldFollowUpLabel(text.slice(label.start, label.end))) return false;
    // The next turn, when narration hands over to `他說：`, is the last speaker's.
    if (i === 0 && turn.source === 'narration' && !handOverHasSubject(lines, turn)) return false;
  }
  for (const tail of handOvers) if (tail.includes(before[0]) || tail.includes(after[0])) return false;
  return true;
}

/** A narration turn opened by a hand-over that names its subject (`…，王芳回答道:`), as openHandOver reads it. */
function handOverHasSubject(lines: LineIndex, turn: Turn): boolean {
  const label = turn.labelSpan;
  if (!label) return true; // A speech resumed after a sub-heading: its lead-in named the speaker.
  const line = lines.lineAt(label.start);
  const start = skipSpaces(lines.source, lines.lineStart(line), lines.lineEnd(line));
  const tail = lines.source.slice(Math.max(start, label.end - NARRATION_TAIL), label.end);
  return recognizeHandOver(tail)?.subject != null;
}

export { FOLLOW_UP_REACH };
