import type { TextSource } from '../text/chunkedText';
import type { LineIndex } from '../text/positions';
import { INTRODUCTION_REACH } from '../topics/outline';
import { boldMarkReading } from '../topics/titles';
import { isBlankLine, isColon, isPlainSubheadingShape, LABEL_SCAN_LIMIT, mayBeQuoteLabelLine, skipSpaces, trimEnd } from '../turns/chars';
import { signatureAtEnd } from '../turns/signatures';
import { parseSpeakerName } from '../turns/speakerName';
import { asideTurnEnd, filledAsideTurnEnd, leavesTurnOpen, type TurnEndMove } from './asideEdits';
import { NARRATION_SCAN, narrationReading } from '../turns/thirdPerson';
import { fillsLineWithDirection, FRONT_MATTER_REACH, hasContentAbove, isInertForSummaries, nameLineStaysUnintroduced, opensFrontMatter, questionLeadInMayFollow, TURN_SCAN, type LineBreakContext, type LineBreakEdit } from './lineBreaks';

/**
 * An edit that only lengthens or shortens the run of blank lines between two lines of text, `above`
 * and `below` (old line numbers; `below` is -1 at the document's end), which keep their texts.
 * `newBelow` is `below`'s number after the edit.
 */
export interface BlankRunEdit {
  readonly above: number;
  readonly below: number;
  readonly newBelow: number;
  /** The turn over `above` that now ends elsewhere: `below` is an aside that it no longer reads, or now reads (asideEdits.ts). */
  readonly turnEnd?: TurnEndMove;
}

/**
 * How many lines below the run must take no part in the outline: a name line on its own is introduced by
 * the lines up to 8 above it (INTRODUCTION_REACH), blank ones included; a margin on top.
 */
const NAME_LINE_REACH = INTRODUCTION_REACH + 2;

/** Where a whole-line stage direction (`（笑）`, `[inaudible]`) may open. */
const DIRECTION_OPENERS = new Set(['(', '（', '[', '【']);

/**
 * The edit as a change of one blank-line run when it is local: Enter at the end of a line of speech (or
 * at the start of one), an empty line typed or deleted between paragraphs, or Backspace joining two
 * paragraphs. Null when anything that reads blank lines could read them differently:
 *
 * - turns skip blank lines, but the line after a run is read as a paragraph's start (narration about the
 *   speaker closes the turn, a signature signs up to a blank line): where a paragraph is split or joined,
 *   `below` must be neither; a stage direction filling `below` is an aside after a blank line, the turn's
 *   end right under speech: asideTurnEnd moves the turn's end where that is all that changes (`turnEnd`);
 * - a colon-ended line hands over to a quote on one of the next 3 lines: `above` must not end in a colon;
 * - titles, headings, lists, rules, captions, name lines and bold question paragraphs read the blank
 *   lines around them: none may read across the run (see quietAround; isInertForSummaries also rules
 *   out a summary item's text);
 * - the document's first content (a headline) and Markdown front matter read the first lines: the run
 *   must have content within NEIGHBOURHOOD lines above it.
 * Summary lists count lines too; the caller checks those with summaryHorizon.ts.
 */
export function blankRunEdit(old: LineIndex, edit: LineBreakEdit, editStart: number, editEnd: number, inserted: string, context: LineBreakContext): BlankRunEdit | null {
  if (!onlyLineBreaks(inserted, 0, inserted.length) || !onlyLineBreaks(old.source, editStart, editEnd)) return null;
  const { lines } = edit;
  // `above`: the last line of text ending at or before the edit. Enter at a line's start leaves it below.
  let above = old.lineAt(editStart);
  if (!isBlankLine(old, above) && old.lineEnd(above) > editStart) {
    if (old.lineStart(above) < editStart || editEnd !== editStart) return null;
    above--;
  }
  while (above >= 0 && isBlankLine(old, above)) above--;
  if (above < 0) return null;
  // `below`: the first line of text starting at or after the edit's end.
  let below = old.lineAt(editEnd);
  if (below === above) below++;
  else if (!isBlankLine(old, below) && old.lineStart(below) !== editEnd) return null;
  while (below < old.lineCount && isBlankLine(old, below)) below++;
  const added = edit.newLast - edit.oldLast;
  let newBelow = -1;
  if (below < old.lineCount) {
    newBelow = below > edit.oldLast ? below + added : edit.newLast;
    if (lines.lineText(newBelow) !== old.lineText(below)) return null;
  } else {
    below = -1;
  }
  if (lines.lineText(above) !== old.lineText(above)) return null;
  const newEnd = newBelow < 0 ? lines.lineCount : newBelow;
  for (let line = above + 1; line < newEnd; line++) if (!isBlankLine(lines, line)) return null;

  if (context.markdown && above < FRONT_MATTER_REACH && opensFrontMatter(old)) return null;
  if (!hasContentAbove(old, above)) return null;
  if (readsBlankLinesAround(old, above, below, context)) return null;
  const aboveEnd = trimEnd(old.source, old.lineStart(above), old.lineEnd(above));
  if (isColon(old.source.charCodeAt(aboveEnd - 1))) return null;
  if (!quietAround(old, above, below, context) || !nameLinesStayUnintroduced(old, lines, below, below < 0 ? 0 : newBelow - below, context)) return null;
  const oldRun = (below < 0 ? old.lineCount : below) - above - 1;
  const newRun = newEnd - above - 1;
  if (below < 0 || (oldRun === 0) === (newRun === 0)) return { above, below, newBelow };
  if (!readsAsParagraphStartAlike(old, below, context)) return null;
  // A stage direction filling `below` is an aside after a blank line, the speaker's right under speech.
  const aside = asideTurnEnd(old, lines, above, below, newBelow, oldRun === 0, context);
  if (!aside) return null;
  return aside.moved ? { above, below, newBelow, turnEnd: aside.moved } : { above, below, newBelow };
}

/**
 * Lines whose turn reads the blank lines next to them (findTurns): a label line that is wholly a quote ends its turn at
 * the quote only over a blank line (isQuoteParagraph); a plain sub-heading inside a handed-over speech is no one's only
 * set apart by blank lines (isPlainSubheading).
 */
function readsBlankLinesAround(old: LineIndex, above: number, below: number, context: LineBreakContext, filled?: string): boolean {
  const aboveHead = lineHeadText(old, above);
  if (mayBeQuoteLabelLine(aboveHead)) return true;
  const shaped = isPlainSubheadingShape(aboveHead) || (below >= 0 && isPlainSubheadingShape(lineHeadText(old, below))) || (filled !== undefined && isPlainSubheadingShape(filled));
  if (!shaped) return false;
  // Only a speech handed over without a label skips a sub-heading: one must run over the lines around.
  const start = old.lineStart(above);
  const end = below >= 0 ? old.lineEnd(below) : old.source.length;
  return context.turnsNear(start, end).some((turn) => turn.source === 'narration' && turn.labelSpan === null);
}

/** The start of a line, long enough for a label's colon or a sub-heading's whole text. */
function lineHeadText(lines: LineIndex, line: number): string {
  const start = lines.lineStart(line);
  return lines.source.slice(start, Math.min(lines.lineEnd(line), start + LABEL_SCAN_LIMIT));
}

function onlyLineBreaks(text: TextSource, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code !== 10 && code !== 13) return false;
  }
  return true;
}

/**
 * Whether nothing in the outline reads across the run. A title, list item, caption or heading reads its
 * neighbours only up to the first line of text (across at most 4 blank lines), so only `above` and
 * `below` themselves read across it; a bold question paragraph and a signed block read their paragraph,
 * which the edit may split or join (name lines, which read the lines above them, blank or not: see
 * nameLinesStayUnintroduced).
 */
function quietAround(lines: LineIndex, above: number, below: number, context: LineBreakContext): boolean {
  if (!isQuietTextLine(lines, above, context) || (below >= 0 && !isQuietTextLine(lines, below, context))) return false;
  for (let line = above, seen = 0; line >= 0 && !isBlankLine(lines, line); line--, seen++) if (seen > TURN_SCAN || hasBoldMarks(lines, line)) return false;
  if (below < 0) return true;
  for (let line = below, seen = 0; line < lines.lineCount && !isBlankLine(lines, line); line++, seen++) if (seen > TURN_SCAN || hasBoldMarks(lines, line)) return false;
  return true;
}

/**
 * A name line on its own is introduced by the lines up to INTRODUCTION_REACH above it, blank or not, which
 * the edit moves or fills: each below `below` within reach must read alike in `old` and `lines` (the text
 * after the edit, where it is `moved` lines further down).
 */
function nameLinesStayUnintroduced(old: LineIndex, lines: LineIndex, below: number, moved: number, context: LineBreakContext): boolean {
  if (below < 0) return true;
  for (let line = below + 1; line < old.lineCount && line <= below + NAME_LINE_REACH; line++) {
    if (!nameLineStaysUnintroduced(old, lines, line, moved, context)) return false;
  }
  return true;
}

function hasBoldMarks(lines: LineIndex, line: number): boolean {
  const text = lines.source;
  const start = skipSpaces(text, lines.lineStart(line), lines.lineEnd(line));
  return boldMarkReading(text, start, trimEnd(text, start, lines.lineEnd(line))) !== '';
}

/** A line of text no title, list, heading, rule, summary item or bold paragraph reading can involve. */
function isQuietTextLine(lines: LineIndex, line: number, context: LineBreakContext): boolean {
  return isInertForSummaries(lines, line, context.summaryItemTexts) && !hasBoldMarks(lines, line);
}

/**
 * Whether `line` reads the same whether a blank line is above it or not: no narration about the speaker
 * (which closes the turn after a blank line), no stage direction that may fill the line (an aside after
 * one), and no signature in its paragraph (a signed block reaches up to a blank line).
 */
function startsParagraphQuietly(lines: LineIndex, line: number, context: LineBreakContext): boolean {
  const start = skipSpaces(lines.source, lines.lineStart(line), lines.lineEnd(line));
  // Markup filling the line (`<figure …>`) is a stage direction too.
  return !DIRECTION_OPENERS.has(lines.source.charAt(start)) && !fillsLineWithDirection(lines, line) && readsAsParagraphStartAlike(lines, line, context);
}

/** startsParagraphQuietly but for a stage direction filling the line, which asideTurnEnd reads. */
function readsAsParagraphStartAlike(lines: LineIndex, line: number, context: LineBreakContext): boolean {
  const text = lines.source;
  const lineStart = lines.lineStart(line);
  const lineEnd = lines.lineEnd(line);
  const start = skipSpaces(text, lineStart, lineEnd);
  // The turn scan reads narration only in a line that opens no turn by a label or a hand-over before that;
  // whether one does, the scheme and the turns above decide, which the edit leaves as they were.
  const opensTurn = context.turnsNear(lineStart, lineEnd).some((t) => t.labelSpan !== null && t.span.start >= lineStart && t.labelSpan.start >= lineStart && t.labelSpan.end <= lineEnd);
  if (!opensTurn && narrationReading(text.slice(start, Math.min(trimEnd(text, start, lineEnd), start + NARRATION_SCAN))) !== '') return false;
  for (let l = line; l < lines.lineCount && !isBlankLine(lines, l); l++) {
    if (l > line + TURN_SCAN) return false;
    if (signatureAtEnd(lines.lineText(l))) return false;
  }
  return true;
}

/** The lines of text around a blank line that gains its first character or loses its last one. */
export interface FilledLine {
  readonly above: number;
  /** -1 at the document's end. */
  readonly below: number;
  /** The turn over `above` that now ends elsewhere: `below`, right under the line, is a direction it reads or no longer reads. */
  readonly turnEnd?: TurnEndMove;
}

/**
 * The inverse of blankRunEdit: blank line `line` gets its first character (`李` typed on an empty line
 * between paragraphs), or a line loses its last one, and no line is added or removed. The line joins or
 * leaves the paragraphs around it, so the checks are blankRunEdit's on `above` and `below`, with the
 * line itself a quiet paragraph start (its own role, label and title readings are checkLineRole's).
 * `old` is the text before the edit, `lines` after it; null when anything may read them differently.
 */
export function filledBlankLine(old: LineIndex, lines: LineIndex, line: number, context: LineBreakContext): FilledLine | null {
  const filled = isBlankLine(old, line);
  if (filled === isBlankLine(lines, line)) return null;
  const withText = filled ? lines : old;
  let above = line - 1;
  while (above >= 0 && isBlankLine(old, above)) above--;
  if (above < 0) return null;
  let below = line + 1;
  while (below < old.lineCount && isBlankLine(old, below)) below++;
  if (below >= old.lineCount) below = -1;

  if (context.markdown && line < FRONT_MATTER_REACH && (opensFrontMatter(old) || opensFrontMatter(lines))) return null;
  if (!hasContentAbove(old, above)) return null;
  if (readsBlankLinesAround(old, above, below, context, lineHeadText(withText, line))) return null;
  const aboveEnd = trimEnd(old.source, old.lineStart(above), old.lineEnd(above));
  if (isColon(old.source.charCodeAt(aboveEnd - 1))) return null;
  // In the text's version the paragraphs around the line include it: their bold marks and signatures are read there.
  if (!quietAround(withText, above, below, context) || !isQuietTextLine(withText, line, context)) return null;
  if (!nameLinesStayUnintroduced(old, lines, below, 0, context)) return null;
  // The line's text joins the turn over `above` only where that turn is still open after it.
  if (filled && !leavesTurnOpen(old, above)) return null;
  // `above` a direction set apart by a blank line: the turn skips it as an aside, and only the line's text, read
  // after it, carried the turn over it; with the line emptied the turn ends above the blank line, not on `above`.
  if (!filled && above > 0 && isBlankLine(old, above - 1) && fillsLineWithDirection(old, above)) return null;
  // The line's text read into the turn gives it content, which a `…question:` line below asks for.
  if (questionLeadInMayFollow(old, line, context.turnsNear, context.markdown)) return null;
  if (parseSpeakerName(withText.lineText(line).trim()) !== null) return null;
  // The line starts a paragraph or continues one; read it as a start, narration included (it opens no turn).
  if (!startsParagraphQuietly(withText, line, { ...context, turnsNear: () => [] })) return null;
  if (below !== line + 1) return { above, below };
  // `below` starts a paragraph with the line blank, not with it joined to it (the baseline's turns are old's);
  // a stage direction filling it is an aside then, the speaker's under the line's text (filledAsideTurnEnd).
  if (!readsAsParagraphStartAlike(old, below, context)) return null;
  const aside = filledAsideTurnEnd(old, lines, line, above, below, context);
  if (!aside) return null;
  return aside.moved ? { above, below, turnEnd: aside.moved } : { above, below };
}
