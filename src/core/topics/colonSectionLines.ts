/**
 * `Prepared Remarks:` or `Questions & Answers:` alone between blank lines, right over a speaker's label or name
 * line: an earnings call's (or a hearing's) section line. It has the shape of a label with nothing said after it,
 * but it opens no turn: the next speaker's label follows at once. A document's labels recur with names; this
 * line is not one of them (the scheme did not take it), and its words are a title's (each word capitalised, short
 * joining words between). Read from the line, its blank neighbour above and the line under it, so it needs no
 * document-wide count; the labels it stands over are the scheme's.
 */

import { isLabelShapedLine } from './sentenceCaseTitles';

const MAX_TITLE_LENGTH = 48;
/** A name line under the section line (`Operator`, `Mira Okafor -- Head of Investor Relations`) is at most this long. */
const MAX_NAME_LINE_LENGTH = 80;
const MAX_WORDS = 5;
/** Blank lines allowed between the section line and the label under it. */
const MAX_BLANKS_UNDER = 1;
/** How far an edit may be from such a line and change its reading: the line, the blank above, the blanks and label under. */
export const COLON_SECTION_REACH = MAX_BLANKS_UNDER + 2;

/** Joining words a title keeps in lower case between its capitalised words. */
const JOINING_WORDS = new Set(['&', 'and', 'of', 'the', 'to', 'for', 'with', 'on', 'in', 'from', 'by', 'a', 'an', 'or']);

/** `Prepared Remarks:`, `Question-and-Answer Session:`: title-case words, nothing after the colon. */
export function isColonSectionText(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed.length < 3 || trimmed.length > MAX_TITLE_LENGTH || !trimmed.endsWith(':')) return false;
  const words = trimmed.slice(0, -1).trim().split(/\s+/);
  if (words.length === 0 || words.length > MAX_WORDS || words[0] === '') return false;
  if (!/^\p{Lu}/u.test(words[0]!) || !/^\p{Lu}/u.test(words[words.length - 1]!)) return false;
  // Two words at least: a lone capitalised word over a label is as often a name written as a label (`Operator:`).
  if (words.length < 2) return false;
  return words.every((word) => JOINING_WORDS.has(word) || /^\p{Lu}[\p{L}&'’]*(?:-[\p{L}]+)*$/u.test(word));
}

const isBlank = (text: string): boolean => text.trim().length === 0;

/**
 * What a line that opens a turn must look like by its own text: a label's shape, or a short line with no sentence's
 * or clause's end (a name line). The document decides which of them open turns; speech (`Dr. Chen:` over a
 * paragraph) has neither shape under it.
 */
export function mayOpenTurn(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed.length === 0) return false;
  if (trimmed.length <= MAX_NAME_LINE_LENGTH && !/[.?!。？！,;:，；：…]["'”’)）]?$/.test(trimmed)) return true;
  return isLabelShapedLine(text);
}

/**
 * Whether `line` is such a section line, reading lines through `lineAt` and whether a line opens a turn (a label,
 * or a name line the document repeats) through `opensTurn`.
 */
export function isColonSectionAt(lineCount: number, lineAt: (line: number) => string, opensTurn: (line: number) => boolean, line: number): boolean {
  if (line > 0 && !isBlank(lineAt(line - 1))) return false;
  if (!isColonSectionText(lineAt(line))) return false;
  let under = line + 1;
  while (under < lineCount && under <= line + 1 + MAX_BLANKS_UNDER && isBlank(lineAt(under))) under++;
  return under < lineCount && under <= line + 1 + MAX_BLANKS_UNDER && opensTurn(under) && mayOpenTurn(lineAt(under));
}

/** Every such section line of a document; `isLabel` (the scheme's label lines) are never section lines. */
export function colonSectionLines(lineCount: number, lineAt: (line: number) => string, isLabel: (line: number) => boolean, opensTurn: (line: number) => boolean): Set<number> {
  const found = new Set<number>();
  for (let line = 0; line < lineCount; line++) {
    const text = lineAt(line);
    // The cheap test first: most lines are long or do not end with a colon.
    if (text.length > MAX_TITLE_LENGTH + 8 || !text.trimEnd().endsWith(':')) continue;
    if (!isLabel(line) && isColonSectionAt(lineCount, lineAt, opensTurn, line)) found.add(line);
  }
  return found;
}

/**
 * Whether an edit of lines `first`..`last` may change what colonSectionLines reads: a line within reach reads as
 * such a section line with every line shaped to open a turn counted as opening one (more than the document's, so
 * never fewer). Asked of the text before the edit and after it.
 */
export function colonSectionWithinReach(lineCount: number, lineAt: (line: number) => string, first: number, last: number): boolean {
  const from = Math.max(0, first - COLON_SECTION_REACH);
  const to = Math.min(lineCount - 1, last + COLON_SECTION_REACH);
  for (let line = from; line <= to; line++) {
    const text = lineAt(line);
    if (text.length <= MAX_TITLE_LENGTH + 8 && isColonSectionAt(lineCount, lineAt, () => true, line)) return true;
  }
  return false;
}
