// Edits inside one line of an SRT or WebVTT file that keep every line's part in turns and stage directions
// (see findTurns' scanSubtitles), and the lines whose sentences such an edit may change.

import { isCjk, isWhitespace } from '../claims/sentenceBreaks';
import { CUE_GAP_LINES, isSubtitleSpeechLine } from '../claims/sentences';
import type { LineIndex } from '../text/positions';
import { isBlankLine, skipSpaces } from '../turns/chars';
import { marksUnnamedSpeaker } from '../turns/findTurns';
import { readLabelLine, type LabelLineReading } from '../turns/scheme';
import { classifySubtitleLines, CueLine, findVoiceTags, isBlankCueLine } from '../turns/subtitles';
import { sameStageDirections } from './lineBreaks';
import type { LineEdit } from './lineEdit';
import type { AnalysisOptions } from './model';

/** Lines of a cue's block compared before and after an edit; a longer block (no blank lines) falls back. */
const MAX_BLOCK_LINES = 64;
/** How far from the edited line the claims' window looks for a line no sentence runs into. */
const MAX_WINDOW_REACH = 200;

/**
 * Whether an edit inside line `edit.line` (`old` → `lines`, the same line count) leaves every line's part
 * in turns and stage directions as it was: the kinds of its block's lines (cue number, timing, text…) and,
 * on a text line, its label reading (the scheme reads nothing else of it), whether speech follows the
 * label, voice tags, a dialogue dash or chevrons, whole-line and inline stage directions, and blankness.
 * Which speakers' cues are labelled is then unchanged too (labelsOwnTheirCueOnly).
 */
export function subtitleEditKeepsParts(old: LineIndex, lines: LineIndex, edit: LineEdit, options: AnalysisOptions): boolean {
  const { line } = edit;
  let from = line;
  while (from > 0 && !isBlankCueLine(old, from - 1) && line - from < MAX_BLOCK_LINES) from--;
  let to = line + 1;
  while (to < old.lineCount && !isBlankCueLine(old, to) && to - line < MAX_BLOCK_LINES) to++;
  if ((from > 0 && !isBlankCueLine(old, from - 1)) || (to < old.lineCount && !isBlankCueLine(old, to))) return false;
  const before = classifySubtitleLines(old, from, to);
  const after = classifySubtitleLines(lines, from, to);
  for (let i = 0; i < before.length; i++) if (before[i] !== after[i]) return false;
  if (before[line - from] !== CueLine.Text) return true;
  if (isBlankLine(old, line) !== isBlankLine(lines, line)) return false;

  const context = { extraLabelPatterns: options.extraLabelPatterns, allowDialogueDash: true };
  const oldReading = readLabelLine(old, line, context);
  const newReading = readLabelLine(lines, line, context);
  if (JSON.stringify(oldReading) !== JSON.stringify(newReading)) return false;
  if (speechFollows(oldReading, edit.lineStart, edit.oldTrimEnd) !== speechFollows(newReading, edit.lineStart, edit.newTrimEnd)) return false;
  const oldLine = old.source.slice(edit.lineStart, edit.oldLineEnd);
  const newLine = lines.source.slice(edit.lineStart, edit.newLineEnd);
  if (JSON.stringify(findVoiceTags(oldLine)) !== JSON.stringify(findVoiceTags(newLine))) return false;
  const oldStart = skipSpaces(old.source, edit.lineStart, edit.oldLineEnd);
  if (oldStart !== skipSpaces(lines.source, edit.lineStart, edit.newLineEnd)) return false;
  if (marksUnnamedSpeaker(old.source, oldStart) !== marksUnnamedSpeaker(lines.source, oldStart)) return false;
  return sameStageDirections(oldLine, newLine, edit.editStart - edit.lineStart, edit.editEnd - edit.lineStart, edit.delta, false);
}

/** Whether speech follows the line's label or candidate (a label alone opens a `block` turn). */
function speechFollows(reading: LabelLineReading | null, lineStart: number, trimEnd: number): string {
  if (!reading) return '';
  const follows = (head: { readonly textStart: number } | null): boolean => head !== null && lineStart + head.textStart < trimEnd;
  return `${follows(reading.known)}/${follows(reading.candidate)}`;
}

/**
 * Lines `from` to `to` (exclusive) around an edit of line `line` whose sentences are found again: no
 * sentence runs into line `from` or line `to` (a subtitle sentence may go on over a cue boundary, see
 * sentences.ts), before or after the edit. Undefined when no such lines are near.
 */
export function subtitleClaimWindow(old: LineIndex, lines: LineIndex, line: number, vtt: boolean): { from: number; to: number } | undefined {
  let from = line;
  // The edited line opens the window only when it holds speech before and after (a sentence above may run into it).
  while (from > 0 && !(isSubtitleSpeechLine(lines, from) && (from !== line || isSubtitleSpeechLine(old, from)) && nothingRunsInto(lines, from, vtt))) {
    if (line - from >= MAX_WINDOW_REACH) return undefined;
    from--;
  }
  let to = line + 1;
  while (to < lines.lineCount && !(isSubtitleSpeechLine(lines, to) && nothingRunsInto(lines, to, vtt) && nothingRunsInto(old, to, vtt))) {
    if (to - line >= MAX_WINDOW_REACH) return undefined;
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
function nothingRunsInto(lines: LineIndex, line: number, vtt: boolean): boolean {
  if (vtt && inCommentBlock(lines, line)) return false;
  for (let l = line - 1; l >= 0 && l >= line - CUE_GAP_LINES; l--) {
    if (!isSubtitleSpeechLine(lines, l)) continue;
    const text = lines.source;
    let end = lines.lineEnd(l);
    while (end > lines.lineStart(l) && isWhitespace(text.charCodeAt(end - 1))) end--;
    return !mayGoOnAfter(text.charCodeAt(end - 1));
  }
  return true;
}

function mayGoOnAfter(code: number): boolean {
  const ascii = (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return ascii || isCjk(code) || MAY_GO_ON.has(code);
}

/** Marks a sentence may go on after (carriesOn), and line ends that hide where the speech ends (`</i>`, `[name=…]`). */
const MAY_GO_ON = new Set([...',;，、；>]'].map((c) => c.charCodeAt(0)));

/** A WebVTT NOTE, STYLE or REGION word on a line above `line` in its run of non-blank lines (the scan may read it as a comment block that runs on). */
function inCommentBlock(lines: LineIndex, line: number): boolean {
  for (let l = line - 1; l >= 0 && !isBlankLine(lines, l); l--) {
    if (line - l > MAX_BLOCK_LINES || COMMENT_WORD.test(lines.lineText(l))) return true;
  }
  return false;
}

const COMMENT_WORD = /(?:NOTE|STYLE|REGION)(?:\s|$)/;
