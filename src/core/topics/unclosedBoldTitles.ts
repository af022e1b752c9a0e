// Section titles a page wrote as `**Title` and never closed (the UN's noon briefings: `**Lebanon`).

import type { TextSource } from '../text/chunkedText';
import type { Span } from '../text/positions';
import { skipSpaces, trimEnd } from '../turns/chars';
import { Kind, type Scan } from './lineScan';
import { isTitleShaped } from './titles';

/** A document must write this many of them before they read as its section titles, not stray marks. */
const MIN_REPEATS = 2;

/**
 * `**Climate Ambition Summit` with no closing marks anywhere on the line: the title after the marks, when
 * it is title-shaped. `text[start, end)` is the line's content.
 */
export function unclosedBoldTitle(text: TextSource, start: number, end: number): Span | null {
  const first = text.charAt(start);
  if ((first !== '*' && first !== '_') || text.charAt(start + 1) !== first || text.charAt(start + 2) === first) return null;
  const mark = first + first;
  const inner = skipSpaces(text, start + 2, end);
  const innerEnd = trimEnd(text, inner, end);
  if (text.slice(inner, end).includes(mark)) return null;
  return innerEnd > inner && isTitleShaped(text.slice(inner, innerEnd)) ? { start: inner, end: innerEnd } : null;
}

/**
 * Lines that are such a title and a paragraph of their own (blank lines or the document's edges around
 * them), when the document has at least MIN_REPEATS: the shape recurs, so it is how this document marks
 * its sections. The title inside the marks, by line.
 */
export function unclosedBoldTitleLines(scan: Scan): Map<number, Span> {
  const found = new Map<number, Span>();
  const { lines, kinds } = scan;
  const text = lines.text;
  for (let line = 0; line < lines.lineCount; line++) {
    if (kinds[line] !== Kind.Text) continue;
    if ((line > 0 && kinds[line - 1] !== Kind.Blank) || (line + 1 < lines.lineCount && kinds[line + 1] !== Kind.Blank)) continue;
    const title = unclosedBoldTitle(text, scan.table.firsts[line]!, scan.table.lasts[line]!);
    if (title) found.set(line, title);
  }
  return found.size >= MIN_REPEATS ? found : new Map<number, Span>();
}

/** Files the lines of unclosedBoldTitleLines as title-shaped, their titles inside the marks (as a saved page's `<p>` titles). */
export function addUnclosedBoldTitles(scan: Scan): void {
  const titles = unclosedBoldTitleLines(scan);
  if (!titles.size) return;
  for (const [line, span] of titles) {
    scan.kinds[line] = Kind.TitleShaped;
    scan.markupTitles.set(line, span);
    scan.titleShapedLines.push(line);
  }
  scan.titleShapedLines.sort((a, b) => a - b);
}
