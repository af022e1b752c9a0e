// A document's headline on its first line. A press release or a write-up opens with its title, which
// may ask or exclaim (`AI商业趋势有哪些?`, `輝達來了！蔣萬安發表「AI黃金世紀」新願景 拋松機遷移…`): marks that
// make any other short line a sentence. Only the first line of a document is read this way.
import type { LineIndex } from '../text/positions';
import { recognizeMarkedSpeechLead } from '../turns/speechLeads';
import { isCaptionOrByline, isFurnitureOrDateline, isHanNumeralDate } from './titles';

/** A headline runs longer than a section title: two phrases, a name and a quoted slogan. */
export const MAX_HEADLINE_LENGTH = 64;
/** The headline (or the title, documentTitle.ts) is on one of the document's first lines: only blank lines may come before it. */
export const MAX_LEADING_BLANKS = 2;
/** How far below the headline its body is looked for (blank lines between). */
export const HEADLINE_BODY_REACH = 3;

/** A full stop or a clause mark makes a sentence or a label of the line; a question or exclamation does not. */
const NON_HEADLINE_MARKS = /[。；;…，,：:、]/;
const HAN = /\p{Script=Han}/u;

/** Whether `words` (the trimmed line) read as a headline: short, Chinese, no sentence or clause inside it. */
export function readsAsDocumentHeadline(words: string): boolean {
  if (words.length < 2 || words.length > MAX_HEADLINE_LENGTH || !HAN.test(words)) return false;
  if (NON_HEADLINE_MARKS.test(words) || words.includes('://')) return false;
  // `2013年5月15日` over the post's title: a blog's date line dates the page and heads nothing.
  if (isFurnitureOrDateline(words) || isHanNumeralDate(words)) return false;
  return !isCaptionOrByline(words) && !recognizeMarkedSpeechLead(words);
}

/** The line a headline may be on: the first non-blank line, if only a few blank lines come before it; or -1. */
export function headlineCandidateLine(lines: LineIndex): number {
  return openingLine(lines.lineCount, (line) => lines.lineText(line));
}

/** The first non-blank line, if at most MAX_LEADING_BLANKS blank lines come before it; or -1. */
export function openingLine(lineCount: number, lineText: (line: number) => string): number {
  for (let line = 0; line < lineCount && line <= MAX_LEADING_BLANKS; line++) if (lineText(line).trim() !== '') return line;
  return -1;
}

/** The first line when its words read as a headline, whatever the lines around it; or -1. */
function headlineShapedLine(lines: LineIndex): number {
  const line = headlineCandidateLine(lines);
  return line >= 0 && readsAsDocumentHeadline(lines.lineText(line).trim()) ? line : -1;
}

/**
 * Whether an edit from line `first` on may change the headline reading: the first line reads as a headline
 * and the edit reaches it, the blank lines under it or its body's first line. The incremental analyzer
 * falls back then; checked on the lines before the edit and after it.
 */
export function headlineWithinReach(lines: LineIndex, first: number): boolean {
  const line = headlineShapedLine(lines);
  return line >= 0 && first <= line + HEADLINE_BODY_REACH + 2;
}

/** Whether typing on line `line` (now `words`) may make it the document's headline. */
export function mayBecomeHeadline(line: number, words: string): boolean {
  return line <= MAX_LEADING_BLANKS && readsAsDocumentHeadline(words.trim());
}
