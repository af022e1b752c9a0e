// Edits of an SRT or WebVTT file that keep every line's part in turns and stage directions (see findTurns'
// scanSubtitles): inside one line, or line breaks inside one cue's text; and the lines whose sentences they may change.

import { isCjkScript, isWhitespace } from '../claims/sentenceBreaks';
import { CUE_GAP_LINES, isSubtitleSpeechLine } from '../claims/sentences';
import type { TextSource } from '../text/chunkedText';
import { LineIndex } from '../text/positions';
import { CLOSING_QUOTES, isBlankLine, OPENING_QUOTES, skipSpaces } from '../turns/chars';
import type { LabelContext } from '../turns/labels';
import { findStageDirections } from '../turns/stageDirections';
import { marksUnnamedSpeaker } from '../turns/findTurns';
import { readLabelLine, type LabelLineReading } from '../turns/scheme';
import { classifySubtitleLines, CueLine, cueEdgeReading, findVoiceTags, isBlankCueLine } from '../turns/subtitles';
import { cueNameCandidate } from '../turns/cueNameLines';
import { sameStageDirections } from './lineBreaks';
import type { LineEdit } from './lineEdit';
import type { AnalysisOptions } from './model';
import { codesOf } from '../text/codesOf';

/** Lines of a cue's block compared before and after an edit; a longer block (no blank lines) falls back. */
const MAX_BLOCK_LINES = 64;
/** How far from the edited line the claims' window looks for a line no sentence runs into. */
const MAX_WINDOW_REACH = 200;

/** An edit of lines `line` to `oldLast` of the old text, lines `line` to `newLast` after it (LineEdit's offsets over those lines). */
export interface SubtitleEdit extends LineEdit {
  readonly oldLast: number;
  readonly newLast: number;
}

/**
 * Whether an edit (`old` → `lines`) leaves every line's part in turns and stage directions as it was: the
 * kinds of its block's lines (cue number, timing, text…) and, on a text line, its label reading (the scheme
 * reads nothing else of it), whether speech follows the label, voice tags, a dialogue dash or chevrons,
 * whole-line and inline stage directions, and blankness. Which cues are labelled, and which speak, are then
 * unchanged too (labelsOwnTheirCueOnly); and how the cue opens and ends (cueEdgeReading), where `edgesMatter`
 * says it counts (where labels are few: it decides whether they run on, and which cues go on with a turn). An edit that adds or removes line breaks (Enter, joining lines)
 * must stay inside one cue's text, with no label, voice, dash, quote mark or stage direction of its own.
 */
export function subtitleEditKeepsParts(old: LineIndex, lines: LineIndex, edit: SubtitleEdit, options: AnalysisOptions, edgesMatter: () => boolean): boolean {
  const { line, oldLast, newLast } = edit;
  const added = newLast - oldLast;
  let from = line;
  while (from > 0 && !isBlankCueLine(old, from - 1) && line - from < MAX_BLOCK_LINES) from--;
  let to = oldLast + 1;
  while (to < old.lineCount && !isBlankCueLine(old, to) && to - oldLast < MAX_BLOCK_LINES) to++;
  if ((from > 0 && !isBlankCueLine(old, from - 1)) || (to < old.lineCount && !isBlankCueLine(old, to))) return false;
  const before = classifySubtitleLines(old, from, to);
  const after = classifySubtitleLines(lines, from, to + added);
  for (let l = from; l < to; l++) {
    if (l >= line && l <= oldLast) continue;
    if (before[l - from] !== after[l - from + (l > oldLast ? added : 0)]) return false;
  }
  // Whether the cue opens inside a sentence or ends one decides whether it goes on with the cue before it or
  // the next cue with it (goesOnWithSentence): which cues count together, and which turns go on.
  if (cueEdgeReading(old, before, from) !== cueEdgeReading(lines, after, from) && edgesMatter()) return false;
  const context = { extraLabelPatterns: options.extraLabelPatterns, allowDialogueDash: true };
  if (added !== 0 || oldLast !== line) {
    for (let l = line; l <= oldLast; l++) if (before[l - from] !== CueLine.Text || !isPlainCueLine(old, l, context)) return false;
    for (let l = line; l <= newLast; l++) if (after[l - from] !== CueLine.Text || !isPlainCueLine(lines, l, context)) return false;
    // The line above reads whether a list item follows it.
    if (line > 0 && JSON.stringify(readLabelLine(old, line - 1, context)) !== JSON.stringify(readLabelLine(lines, line - 1, context))) return false;
    return sameStageDirections(old.source.slice(edit.lineStart, edit.oldLineEnd), lines.source.slice(edit.lineStart, edit.newLineEnd), edit.editStart - edit.lineStart, edit.editEnd - edit.lineStart, edit.delta, false);
  }
  if (before[line - from] !== after[line - from]) return false;
  if (before[line - from] !== CueLine.Text) return true;
  if (isBlankLine(old, line) !== isBlankLine(lines, line)) return false;
  const oldReading = readLabelLine(old, line, context);
  const newReading = readLabelLine(lines, line, context);
  if (JSON.stringify(oldReading) !== JSON.stringify(newReading)) return false;
  if (speechFollows(oldReading, edit.lineStart, edit.oldTrimEnd) !== speechFollows(newReading, edit.lineStart, edit.newTrimEnd)) return false;
  const oldLine = old.source.slice(edit.lineStart, edit.oldLineEnd);
  const newLine = lines.source.slice(edit.lineStart, edit.newLineEnd);
  const voices = findVoiceTags(oldLine);
  if (JSON.stringify(voices) !== JSON.stringify(findVoiceTags(newLine))) return false;
  // Typed into a label or voice tag, or right before one, the same reading may be a new label (`<` → `<v Ann>` before `v Ann>`).
  const headsEnd = Math.max(oldReading?.known?.labelEnd ?? -1, oldReading?.candidate?.labelEnd ?? -1, ...voices.map((v) => v.end));
  if (edit.editStart < edit.lineStart + headsEnd) return false;
  const oldStart = skipSpaces(old.source, edit.lineStart, edit.oldLineEnd);
  if (oldStart !== skipSpaces(lines.source, edit.lineStart, edit.newLineEnd)) return false;
  if (marksUnnamedSpeaker(old.source, oldStart) !== marksUnnamedSpeaker(lines.source, oldStart)) return false;
  return sameStageDirections(oldLine, newLine, edit.editStart - edit.lineStart, edit.editEnd - edit.lineStart, edit.delta, false);
}

/**
 * Whether an edit may change which cues open with a name line (cueNameLines.ts), a reading of every cue in the
 * document: it adds or removes lines next to one, touches one, or makes or unmakes one in the blocks around it.
 */
export function touchesCueNameLines(old: LineIndex, lines: LineIndex, edit: SubtitleEdit): boolean {
  const before = cueNamesAround(old, edit.line, edit.oldLast);
  const after = cueNamesAround(lines, edit.line, edit.newLast);
  if (before === null || after === null) return true;
  if (before.length === 0 && after.length === 0) return false;
  if (edit.oldLast !== edit.newLast) return true;
  if (before.some(([line]) => line >= edit.line && line <= edit.oldLast) || after.some(([line]) => line >= edit.line && line <= edit.newLast)) return true;
  return JSON.stringify(before) !== JSON.stringify(after);
}

/** The cue name candidates of the blocks holding lines `first..last`, as [line, name]; null past MAX_BLOCK_LINES. */
function cueNamesAround(lines: LineIndex, first: number, last: number): [number, string][] | null {
  let from = first;
  while (from > 0 && !isBlankCueLine(lines, from - 1)) {
    if (first - from >= MAX_BLOCK_LINES) return null;
    from--;
  }
  let to = last + 1;
  while (to < lines.lineCount && !isBlankCueLine(lines, to)) {
    if (to - last >= MAX_BLOCK_LINES) return null;
    to++;
  }
  const kinds = classifySubtitleLines(lines, from, to);
  const found: [number, string][] = [];
  for (let line = from; line < to; line++) {
    const name = cueNameCandidate(lines, line, (l) => (l >= from && l < to ? kinds[l - from] : undefined));
    if (name !== null) found.push([line, name]);
  }
  return found;
}

/**
 * A cue text line that only goes on with the turn it is in: not blank, no label reading, voice tag, dash or
 * chevrons, quote mark (a verb label's turn ends where its quote closes) or stage direction (a line holding
 * only one does not speak).
 */
export function isPlainCueLine(lines: LineIndex, line: number, context: LabelContext): boolean {
  if (isBlankLine(lines, line) || readLabelLine(lines, line, context)) return false;
  const text = lines.lineText(line);
  if (findVoiceTags(text).length || marksUnnamedSpeaker(text, skipSpaces(text, 0, text.length))) return false;
  for (const ch of text) if (ch === '"' || OPENING_QUOTES.has(ch) || CLOSING_QUOTES.has(ch)) return false;
  return findStageDirections(new LineIndex(text), undefined, false).length === 0;
}

/** Whether speech follows the line's label or candidate (a label alone opens a `block` turn). */
function speechFollows(reading: LabelLineReading | null, lineStart: number, trimEnd: number): string {
  if (!reading) return '';
  const follows = (head: { readonly textStart: number } | null): boolean => head !== null && lineStart + head.textStart < trimEnd;
  return `${follows(reading.known)}/${follows(reading.candidate)}`;
}

/**
 * Lines `from` to `to` (exclusive, new line numbers) around an edit whose sentences are found again: no
 * sentence runs into line `from` or line `to` (a subtitle sentence may go on over a cue boundary, see
 * sentences.ts), before or after the edit. Undefined when no such lines are near.
 */
export function subtitleClaimWindow(old: LineIndex, lines: LineIndex, edit: SubtitleEdit, vtt: boolean): { from: number; to: number } | undefined {
  const { line, oldLast, newLast } = edit;
  let from = line;
  // The edited line opens the window only when it holds speech before and after (a sentence above may run into it).
  while (from > 0 && !(isSubtitleSpeechLine(lines, from) && (from !== line || isSubtitleSpeechLine(old, from)) && nothingRunsInto(lines, from, vtt))) {
    if (line - from >= MAX_WINDOW_REACH) return undefined;
    from--;
  }
  // Lines below the edit: `to` after it, `to - added` before it.
  const added = newLast - oldLast;
  let to = newLast + 1;
  while (to < lines.lineCount && !(isSubtitleSpeechLine(lines, to) && nothingRunsInto(lines, to, vtt) && nothingRunsInto(old, to - added, vtt))) {
    if (to - newLast >= MAX_WINDOW_REACH) return undefined;
    to++;
  }
  return { from, to };
}

/**
 * Whether the sentence scan reaches speech line `line` with nothing carried over: the speech line before it
 * (within a cue gap: only there may a sentence go on) ends on a character after which no sentence goes on
 * (carriesOn: a letter, digit, comma or semicolon, Chinese character or clause mark may go on; markup or
 * a signature at the end hides the real end), and in WebVTT no comment block is open above it.
 */
function nothingRunsInto(lines: LineIndex, line: number, vtt: boolean, depth = 0): boolean {
  if (vtt && inCommentBlock(lines, line)) return false;
  for (let l = line - 1; l >= 0 && l >= line - CUE_GAP_LINES; l--) {
    if (!isSubtitleSpeechLine(lines, l)) continue;
    const text = lines.source;
    const start = lines.lineStart(l);
    let end = lines.lineEnd(l);
    while (end > start && isWhitespace(text.charCodeAt(end - 1))) end--;
    const last = text.charCodeAt(end - 1);
    // After a Chinese character a sentence goes on only when it has a clause mark (unpunctuated Whisper
    // lines never join): none on a line nothing runs into means none in its last sentence.
    if (isCjkScript(last) && !MAY_GO_ON.has(last)) return depth < MAX_CHAIN && !hasClauseMark(text, start, end) && nothingRunsInto(lines, l, vtt, depth + 1);
    return !mayGoOnAfter(last);
  }
  return true;
}

/** Lines of unpunctuated Chinese followed up to a line nothing runs into; past this many, the line may be run into. */
const MAX_CHAIN = 16;

function mayGoOnAfter(code: number): boolean {
  const ascii = (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return ascii || isCjkScript(code) || MAY_GO_ON.has(code);
}

/** The clause marks after which a Chinese sentence goes on (sentences.ts CJK_CLAUSE_END). */
const CLAUSE_MARKS = codesOf(',;，、；');

function hasClauseMark(text: TextSource, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (CLAUSE_MARKS.has(text.charCodeAt(i))) return true;
  return false;
}

/** Marks a sentence may go on after (carriesOn), and line ends that hide where the speech ends (`</i>`, `[name=…]`). */
const MAY_GO_ON = codesOf(',;，、；>]');

/** A WebVTT header (WEBVTT) or NOTE, STYLE or REGION word on a line above `line` in its run of non-blank lines (the scan may read it as a comment block that runs on). */
function inCommentBlock(lines: LineIndex, line: number): boolean {
  for (let l = line - 1; l >= 0 && !isBlankLine(lines, l); l--) {
    if (line - l > MAX_BLOCK_LINES || COMMENT_WORD.test(lines.lineText(l))) return true;
  }
  return false;
}

const COMMENT_WORD = /(?:WEBVTT|NOTE|STYLE|REGION)(?:\s|$)/;
