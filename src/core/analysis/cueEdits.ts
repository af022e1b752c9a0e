// Whole cues of an SRT or WebVTT file deleted or pasted (number, timing, text and blank lines) between the
// blocks of other cues: which lines went or came, and how many cues with speech (labelsOwnTheirCueOnly's share).

import { CLOSING_QUOTES, isBlankLine, OPENING_QUOTES, skipSpaces } from '../turns/chars';
import { marksUnnamedSpeaker, mayHoldFollowUpLabel } from '../turns/findTurns';
import { findStageDirections } from '../turns/stageDirections';
import type { LabelContext } from '../turns/labels';
import { readLabelLine } from '../turns/scheme';
import { classifySubtitleLines, CueLine, endsSentence, findVoiceTags, isBlankCueLine, opensInSentence } from '../turns/subtitles';
import { LineIndex } from '../text/positions';
import type { AnalysisOptions } from './model';
import { isPlainCueLine, type SubtitleEdit } from './subtitleEdits';

/** Lines deleted or pasted at once that are checked here; more fall back. */
const MAX_CUE_EDIT_LINES = 256;

/** Whole lines of the old text removed (`oldStart` to `oldEnd`), or pasted at `oldStart` (= `oldEnd`). */
export interface CueEdit {
  readonly oldStart: number;
  readonly oldEnd: number;
  /** Cues with speech pasted (positive) or deleted (negative). */
  readonly speechCues: number;
  /**
   * Whether a cue of the run, or the cue right after it, opens inside a sentence: where labels name their own
   * cue, such a cue may go on with the turn of the cue before it (scanSubtitles in findTurns).
   */
  readonly opensInSentence: boolean;
  /**
   * Unlabelled cues going on with an open sentence (countLabelledCues' third count) pasted (positive) or deleted
   * (negative); undefined when the run does not show it (runGoingOnCues).
   */
  readonly goingOnCues: number | undefined;
  /**
   * Deleted cues holding a label reading, voice tag or dialogue dash: for each, those lines (old line numbers).
   * Empty for plain cues; pasted cues must be plain.
   */
  readonly labelled: readonly (readonly number[])[];
}

/**
 * The edit as whole lines deleted or pasted, when those lines are whole cue blocks and blank lines that
 * leave every other block as it was (no two blocks joined), hold no header or NOTE block, and whose text
 * lines are plain (isPlainCueLine: no label reading, voice tag, dash, quote mark or stage direction: the
 * label scheme and every turn's opening stay). Undefined for any other edit.
 */
export function wholeCueEdit(old: LineIndex, lines: LineIndex, edit: SubtitleEdit, options: AnalysisOptions): CueEdit | undefined {
  const oldCount = edit.oldLast - edit.line + 1;
  const newCount = edit.newLast - edit.line + 1;
  const removal = oldCount > newCount;
  const run = Math.abs(oldCount - newCount);
  if (run === 0 || run > MAX_CUE_EDIT_LINES) return undefined;
  // The text holding the run, and the one without it.
  const [longer, shorter] = removal ? [old, lines] : [lines, old];
  const kept = Math.min(oldCount, newCount);
  const first = edit.line;
  let prefix = 0;
  while (prefix < kept && lineWithBreak(longer, first + prefix) === lineWithBreak(shorter, first + prefix)) prefix++;
  let suffix = 0;
  const longerLast = first + kept + run - 1;
  const shorterLast = first + kept - 1;
  while (suffix < kept && lineWithBreak(longer, longerLast - suffix) === lineWithBreak(shorter, shorterLast - suffix)) suffix++;
  // The run may start after any of `kept - suffix` to `prefix` shared lines: the first whose blocks stay.
  for (let shared = kept - suffix; shared <= prefix; shared++) {
    const start = first + shared;
    const speech = cueRunSpeech(longer, start, start + run, options);
    if (speech === undefined || (!removal && speech.labelled.length > 0)) continue;
    const { speechCues, labelled } = speech;
    // The line above reads whether a list item follows it.
    const context = { extraLabelPatterns: options.extraLabelPatterns, allowDialogueDash: true };
    if (JSON.stringify(readLabelLine(old, start - 1, context)) !== JSON.stringify(readLabelLine(lines, start - 1, context))) return undefined;
    const at = old.lineStart(start);
    const opens = cueOpensInSentence(longer, start, start + run) || cueOpensInSentence(longer, start + run, nextBlockEnd(longer, start + run));
    const goingOn = runGoingOnCues(longer, start, start + run, context);
    const goingOnCues = goingOn === undefined ? undefined : removal ? -goingOn : goingOn;
    return removal ? { oldStart: at, oldEnd: old.lineStart(start + run), speechCues: -speechCues, opensInSentence: opens, goingOnCues, labelled } : { oldStart: at, oldEnd: at, speechCues, opensInSentence: opens, goingOnCues, labelled };
  }
  return undefined;
}

/**
 * The cues with speech among lines `start` to `end` (exclusive) of `lines`, when they are whole blocks and
 * blank lines, inside the text, whose removal joins no two blocks, and hold only cue numbers, timings and
 * plain or labelled text lines (isLabelledCueLine), with the labelled lines of each cue holding some.
 * Undefined otherwise.
 */
function cueRunSpeech(lines: LineIndex, start: number, end: number, options: AnalysisOptions): { speechCues: number; labelled: number[][] } | undefined {
  if (start === 0 || end >= lines.lineCount) return undefined;
  const blankAbove = isBlankCueLine(lines, start - 1);
  const blankBelow = isBlankCueLine(lines, end);
  // A block starts at `start` or after a blank line in the run, ends at `end - 1` or before one, and the
  // lines meeting without the run are not both text of a block.
  if (!(blankAbove || isBlankCueLine(lines, start)) || !(blankBelow || isBlankCueLine(lines, end - 1)) || !(blankAbove || blankBelow)) return undefined;
  const kinds = classifySubtitleLines(lines, start, end);
  const context = { extraLabelPatterns: options.extraLabelPatterns, allowDialogueDash: true };
  let speechCues = 0;
  let speaks = false;
  const labelled: number[][] = [];
  let cueLabelled: number[] = [];
  for (let line = start; line < end; line++) {
    const kind = kinds[line - start];
    if (kind === CueLine.Text) {
      if (!isPlainCueLine(lines, line, context)) {
        if (!isLabelledCueLine(lines, line, context)) return undefined;
        cueLabelled.push(line);
      }
      speaks = true;
      continue;
    }
    if (cueLabelled.length > 0) labelled.push(cueLabelled);
    cueLabelled = [];
    // Blank as the classifier reads it (its first characters) and as the turns do.
    if (kind === CueLine.Blank ? !isBlankLine(lines, line) : kind !== CueLine.Identifier && kind !== CueLine.Timing) return undefined;
    // A cue is a run of text lines (countLabelledCues).
    if (speaks) speechCues++;
    speaks = false;
  }
  if (cueLabelled.length > 0) labelled.push(cueLabelled);
  return { speechCues: speaks ? speechCues + 1 : speechCues, labelled };
}

/**
 * A text line that opens a turn or closes one (a label reading, a voice tag, a dialogue dash) and holds no quote
 * mark, stage direction or follow-up label (whose turn is the speaker's before last): its turns are its cue's alone
 * where labels name their own cue.
 */
function isLabelledCueLine(lines: LineIndex, line: number, context: LabelContext): boolean {
  if (isBlankLine(lines, line)) return false;
  const text = lines.lineText(line);
  if (!readLabelLine(lines, line, context) && !findVoiceTags(text).length && !marksUnnamedSpeaker(text, skipSpaces(text, 0, text.length))) return false;
  for (const ch of text) if (ch === '"' || OPENING_QUOTES.has(ch) || CLOSING_QUOTES.has(ch)) return false;
  return !mayHoldFollowUpLabel(text) && findStageDirections(new LineIndex(text), undefined, false).length === 0;
}

/**
 * The unlabelled cues among whole cues `start` to `end` (exclusive) of `lines` that go on with the sentence the
 * text line before them left open, as countLabelledCues counts them. Undefined when a cue doing so holds a line
 * that is not plain (the label scheme decides whether it is labelled), or when the cue after the run opens inside
 * a sentence and the run changes whether the text line before that cue ends one.
 */
function runGoingOnCues(lines: LineIndex, start: number, end: number, context: LabelContext): number | undefined {
  const before = lastTextLineBefore(lines, start);
  const endsBefore = before < 0 || endsSentence(lines.lineText(before));
  const kinds = classifySubtitleLines(lines, start, end);
  let lastEnds = endsBefore;
  let count = 0;
  for (let line = start; line < end; line++) {
    if (kinds[line - start] !== CueLine.Text) continue;
    if ((line === start || kinds[line - start - 1] !== CueLine.Text) && !lastEnds && opensInSentence(lines.lineText(line))) {
      for (let l = line; l < end && kinds[l - start] === CueLine.Text; l++) if (!isPlainCueLine(lines, l, context)) return undefined;
      count++;
    }
    lastEnds = endsSentence(lines.lineText(line));
  }
  if (lastEnds !== endsBefore && cueOpensInSentence(lines, end, nextBlockEnd(lines, end))) return undefined;
  return count;
}

/** Whether a cue starting in lines `start` to `end` (a block start or after a blank line) opens inside a sentence. */
function cueOpensInSentence(lines: LineIndex, start: number, end: number): boolean {
  const kinds = classifySubtitleLines(lines, start, end);
  for (let line = start; line < end; line++) {
    if (kinds[line - start] !== CueLine.Text || (line > start && kinds[line - start - 1] === CueLine.Text)) continue;
    if (opensInSentence(lines.lineText(line))) return true;
  }
  return false;
}

/** The end (exclusive) of the first block at or after `line`: past blank lines, up to the next blank one. */
export function nextBlockEnd(lines: LineIndex, line: number): number {
  let end = line;
  while (end < lines.lineCount && isBlankCueLine(lines, end)) end++;
  while (end < lines.lineCount && !isBlankCueLine(lines, end)) end++;
  return end;
}

/** The last text line of a cue before line `line` (a block start or a blank line), or -1. */
export function lastTextLineBefore(lines: LineIndex, line: number): number {
  let end = line;
  while (end > 0) {
    while (end > 0 && isBlankCueLine(lines, end - 1)) end--;
    let start = end;
    while (start > 0 && !isBlankCueLine(lines, start - 1)) start--;
    if (start === end) return -1;
    const kinds = classifySubtitleLines(lines, start, end);
    for (let l = end - 1; l >= start; l--) if (kinds[l - start] === CueLine.Text) return l;
    end = start;
  }
  return -1;
}

/** A line with its line break, so that equal lines mean equal text. */
function lineWithBreak(lines: LineIndex, line: number): string {
  const end = line + 1 < lines.lineCount ? lines.lineStart(line + 1) : lines.source.length;
  return lines.source.slice(lines.lineStart(line), end);
}
