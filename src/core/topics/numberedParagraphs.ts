// Plain paragraphs numbered 一、二、三… that head a speech's or a report's sections: `一、大机会时代，千万不要机会主义。一定要有
// 战略耐性。` over the section's body. One such line holds sentences, so it is no title by its shape; the document's
// own evidence is the run: two or more short numbered paragraphs, their numbers in order (a new run may restart at
// 一), each over an unnumbered paragraph longer than itself. A numbered list (`一、` over `二、`) or a long numbered
// point is body text.
import type { LineIndex, Span } from '../text/positions';
import { skipSpaces, trimEnd } from '../turns/chars';
import { chineseNumeralValue, isTitleShaped, SECTION_NUMBER } from './titles';

/** A section's numbered line is short: longer numbered paragraphs are the points of a list. */
export const MAX_NUMBERED_SECTION_LINE = 40;
const MIN_SECTIONS = 2;
/** How far from an edit a numbered paragraph's reading may change (its own line, the body line below it). */
export const NUMBERED_PARAGRAPH_REACH = 3;

export interface NumberedSection {
  /** The line's text without surrounding spaces. */
  readonly inner: Span;
  /** Where the number and its mark end. */
  readonly numberEnd: number;
}

/** The number opening a trimmed line (`一、`), its value and length, when the rest is short and holds words. */
function sectionNumberOf(words: string): { value: number; length: number } | null {
  if (words.length > MAX_NUMBERED_SECTION_LINE) return null;
  const number = SECTION_NUMBER.exec(words);
  if (!number || number[0].length >= words.length) return null;
  const value = chineseNumeralValue(number[0].slice(0, number[0].indexOf('、')));
  return value > 0 ? { value, length: number[0].length } : null;
}

/** The next line with text below `line`, or -1. */
function nextTextLine(lines: LineIndex, line: number): number {
  for (let next = line + 1; next < lines.lineCount; next++) if (lines.lineText(next).trim() !== '') return next;
  return -1;
}

/**
 * The numbered section lines of the document whose words are not title-shaped (a title-shaped one is read by
 * the outline's own numbered-section rule, but counts in the run's order). `skip(line)` leaves out labels.
 */
export function numberedSectionParagraphs(lines: LineIndex, candidates: Iterable<number>, skip: (line: number) => boolean): Map<number, NumberedSection> {
  const text = lines.source;
  const found = new Map<number, NumberedSection>();
  let previous = 0;
  let count = 0;
  for (const line of candidates) {
    if (skip(line)) continue;
    const start = skipSpaces(text, lines.lineStart(line), lines.lineEnd(line));
    const end = trimEnd(text, start, lines.lineEnd(line));
    const words = text.slice(start, end);
    const number = sectionNumberOf(words);
    if (!number) continue;
    const below = nextTextLine(lines, line);
    if (below < 0) continue;
    const body = lines.lineText(below).trim();
    if (body.length <= words.length || SECTION_NUMBER.test(body)) continue;
    if (number.value !== previous + 1 && number.value !== 1) return new Map<number, NumberedSection>();
    previous = number.value;
    count++;
    if (!isTitleShaped(words.slice(number.length))) found.set(line, { inner: { start, end }, numberEnd: start + number.length });
  }
  return count >= MIN_SECTIONS ? found : new Map<number, NumberedSection>();
}

/**
 * Whether a short line opening with a section number sits within NUMBERED_PARAGRAPH_REACH lines of the edit, or
 * the edited line opens with one: the run is read across the document. For the incremental analyzer.
 */
export function numberedParagraphWithinReach(lines: LineIndex, first: number, last: number, edited?: string): boolean {
  if (edited !== undefined && SECTION_NUMBER.test(edited.trimStart())) return true;
  const from = Math.max(0, first - NUMBERED_PARAGRAPH_REACH);
  const to = Math.min(lines.lineCount - 1, last + NUMBERED_PARAGRAPH_REACH);
  for (let line = from; line <= to; line++) {
    const start = skipSpaces(lines.source, lines.lineStart(line), lines.lineEnd(line));
    const end = trimEnd(lines.source, start, lines.lineEnd(line));
    // Only a short numbered line may head a section; a longer one is read as body whatever is around it.
    if (end - start <= MAX_NUMBERED_SECTION_LINE && SECTION_NUMBER.test(lines.source.slice(start, Math.min(end, start + 8)))) return true;
  }
  return false;
}
