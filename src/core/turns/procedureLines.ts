import type { StageDirection } from '../analysis/model';
import { lineTableOf } from '../analysis/lineTable';
import type { LineIndex } from '../text/positions';
import type { TextSource } from '../text/chunkedText';
import { isRecordFormula } from './recordFormulas';
import { findRecordItems, recordItemNumber } from './recordItems';

/**
 * Procedure lines of court, hearing and legislature records that no one says: a record's note wrapped over lines
 * (`(Deposition Exhibit 12 was marked for` / `identification.)`, `[The prepared statement of Mr. Bejar appears as a` /
 * `submission for the record.]`), and, where the document repeats their shape, an examination heading naming counsel
 * (`BY MR. OKAFOR:`, `Cross-examination by MR CARR (continued)`) and the reporter's account of what the House did
 * (`Question put.`, `Motion agreed to.`, `rose`: recordFormulas.ts), and a record's items numbered across the chair's
 * turns (`二、本院委員…請審議案。`: recordItems.ts). Each line is given as a stage direction of its
 * own, so the scorer, the claims and the turn scan read it as any whole-line aside.
 */
export function findProcedureLines(lines: LineIndex, skipLine: (line: number) => boolean, labelLine: (line: number) => boolean = () => false): StageDirection[] {
  const found = [
    ...findWrappedNotes(lines, skipLine), ...findRepeatedLines(lines, skipLine, isCapitalisedExaminationHeading),
    ...findRepeatedLines(lines, skipLine, isRecordFormula), ...findRecordItems(lines, skipLine, labelLine),
  ];
  return found.sort((a, b) => a.span.start - b.span.start);
}

/** Most lines a wrapped note may run over. */
const MAX_NOTE_LINES = 3;
/** Longest wrapped note, brackets aside: a single line's note may be as long (stageDirections.ts). */
const MAX_NOTE_LENGTH = 160;
const CLOSERS: Record<string, string> = { '(': ')', '[': ']' };
/** A note opens a sentence of its own: the bracket, then a capital (a speaker's aside goes on in lower case). */
const NOTE_OPENING = /^[([]\s*\p{Lu}/u;

/**
 * A bracket opening a line with a capital and left open there, closed at the end of one of the next two lines,
 * with no blank line, no other bracket and no label between: the record's note, wrapped. A bracket inside a
 * line of speech, or a note running on after its close (`(As read) the letter says…`), stays speech.
 */
function findWrappedNotes(lines: LineIndex, skipLine: (line: number) => boolean): StageDirection[] {
  const text = lines.source;
  const found: StageDirection[] = [];
  if (text.indexOf('(') < 0 && text.indexOf('[') < 0) return found;
  const { firsts, lasts } = lineTableOf(lines);
  for (let line = 0; line + 1 < lines.lineCount; line++) {
    const end = wrappedNoteEnd(text, firsts, lasts, line, lines.lineCount);
    if (end < 0) continue;
    let skipped = false;
    for (let l = line; l <= end; l++) skipped ||= skipLine(l);
    if (skipped) continue;
    for (let l = line; l <= end; l++) found.push({ span: { start: firsts[l]!, end: lasts[l]! } });
    line = end;
  }
  return found;
}

/** The last line of a wrapped note opening on `line`, or -1. */
function wrappedNoteEnd(text: TextSource, firsts: Int32Array, lasts: Int32Array, line: number, lineCount: number): number {
  const start = firsts[line]!;
  const open = text.charAt(start);
  const close = CLOSERS[open];
  if (close === undefined || !NOTE_OPENING.test(text.slice(start, start + 8))) return -1;
  let length = 0;
  for (let l = line; l < Math.min(lineCount, line + MAX_NOTE_LINES); l++) {
    const first = firsts[l]!;
    const last = lasts[l]!;
    if (first === last) return -1;
    const body = text.slice(l === line ? first + 1 : first, last);
    length += body.length;
    if (length > MAX_NOTE_LENGTH || hasBracket(body, l === line ? -1 : body.length - 1)) return -1;
    if (l > line && body.endsWith(close)) return l;
  }
  return -1;
}

/** Whether `body` holds a round or square bracket anywhere but at `allowed`. */
function hasBracket(body: string, allowed: number): boolean {
  for (let i = 0; i < body.length; i++) {
    const code = body.charCodeAt(i);
    if ((code === 40 || code === 41 || code === 91 || code === 93) && i !== allowed) return true;
  }
  return false;
}

/**
 * `BY MR. OKAFOR:`, `EXAMINATION BY MS. LEE:`, `Cross-examination by MR CARR (continued)`: up to three words, `by`,
 * then counsel's name, which a court record writes in capitals or follows with a colon. A short lower-case
 * bracket after it (`(continued)`) is the record's. `Produced by Jane Doe` (neither) stays a credit.
 */
const EXAMINATION_HEADING = /^(?:[A-Z][A-Za-z-]{0,30}(?:\s+[A-Za-z-]{1,30}){0,2}\s+)?(?:BY|By|by)\s+([A-Z][A-Za-z.'-]{0,30}(?:\s+[A-Z][A-Za-z.'-]{0,30}){0,3})\s*(?:\([a-z][a-z' ]{0,20}\)\s*)?(:)?$/;
/** Longest line read as an examination heading. */
const MAX_HEADING_LINE = 100;

/** An examination heading opening with a capital, as the record writes it (`by Mr Smith:` is prose). */
const isCapitalisedExaminationHeading = (line: string): boolean => /^[A-Z]/.test(line) && isExaminationHeading(line);

/** Whether the trimmed `line` reads as an examination heading (EXAMINATION_HEADING), the name in capitals or a colon after it. */
export function isExaminationHeading(line: string): boolean {
  if (line.length > MAX_HEADING_LINE) return false;
  const match = EXAMINATION_HEADING.exec(line);
  return match !== null && (match[2] !== undefined || !/\p{Ll}/u.test(match[1]!));
}

/**
 * Lines that read as `isShape` (an examination heading, a record formula), where the document writes two or more: one
 * alone may be a byline (`BY THE EDITORS`) or a speaker's short sentence (`Point taken.`).
 */
function findRepeatedLines(lines: LineIndex, skipLine: (line: number) => boolean, isShape: (line: string) => boolean): StageDirection[] {
  const text = lines.source;
  const found: StageDirection[] = [];
  const { firsts, lasts } = lineTableOf(lines);
  for (let line = 0; line < lines.lineCount; line++) {
    const first = firsts[line]!;
    const last = lasts[line]!;
    if (last - first > MAX_HEADING_LINE || last - first < 4) continue;
    const code = text.charCodeAt(first);
    if (code < 65 || code > 122 || (code > 90 && code < 97)) continue;
    if (!isShape(text.slice(first, last)) || skipLine(line)) continue;
    found.push({ span: { start: first, end: last } });
  }
  return found.length >= 2 ? found : [];
}

/**
 * Whether an edit of `lineText` (before or after it) may change the procedure lines: it opens or closes a
 * bracket a wrapped note may span, or reads as an examination heading, a numbered item or (`withFormulas`) a record
 * formula, whose reading hangs on the others.
 * The incremental analyzer reads the edited lines and their neighbours with it and falls back on any.
 */
export function mayBeProcedureLine(lineText: string, withFormulas = true): boolean {
  const trimmed = lineText.trim();
  if (trimmed.length === 0) return false;
  const close = trimmed.charAt(trimmed.length - 1);
  if (leavesBracketOpen(trimmed)) return true;
  if ((close === ')' && trimmed.indexOf('(') < 0) || (close === ']' && trimmed.indexOf('[') < 0)) return true;
  return isExaminationHeading(trimmed) || recordItemNumber(trimmed) > 0 || (withFormulas && isRecordFormula(trimmed));
}

/** Whether `lineText` opens with a bracket it leaves open: a wrapped note may open there, reading the next MAX_NOTE_LINES - 1 lines. */
export function leavesBracketOpen(lineText: string): boolean {
  const trimmed = lineText.trim();
  const open = trimmed.charAt(0);
  return (open === '(' || open === '[') && trimmed.indexOf(CLOSERS[open]!) < 0;
}

/** How many lines above a line a wrapped note may open and still read it. */
export const NOTE_READS_BELOW = MAX_NOTE_LINES - 1;
