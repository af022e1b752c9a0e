// A stenographic record's line-number gutter: ` 12   pursuant to the New York State`. Court reporters
// number every line of a page (1…24 or 1…25, restarting on each page), so the numbers are layout, not
// speech. The gutter is learned from the document itself: most non-blank lines open with a small number,
// and those numbers run in sequence (each one more than the last, or back to 1 on a new page).
import { LineIndex } from './positions';
import type { TextSource } from './chunkedText';
import { isDigit } from '../turns/chars';

/** Spaces before a gutter number: wider indents are page numbers or centred text. */
const MAX_GUTTER_INDENT = 8;
/** Fewer numbered lines than this are a list or a table, not a gutter. */
const MIN_GUTTER_LINES = 12;
/** Share of the non-blank lines that open with a gutter number. */
const MIN_GUTTER_SHARE = 0.6;
/** Share of consecutive gutter numbers that go up by one or restart at 1. */
const MIN_IN_SEQUENCE = 0.9;

/** How a document's lines read as a gutter, with the counts the incremental analyzer keeps. */
export interface GutterReading {
  /** The document numbers its lines in a gutter. */
  readonly hasGutter: boolean;
  /**
   * Whether an edit that neither adds, removes nor changes a line opening with a gutter number leaves
   * `hasGutter` as it is: the decision then depends on no other line (only the share test could move,
   * and it is already decided by the count or the sequence).
   */
  readonly stableWithoutNumberedLines: boolean;
}

/**
 * The gutter number opening `text[lineStart, lineEnd)`: where its digits end, or -1. A number followed by
 * two or more spaces (or a tab) and text, or alone on the line, within MAX_GUTTER_INDENT spaces of the start,
 * with its page before it or not (`00012:03`, see pagePrefixEnd).
 */
export function gutterNumberEnd(text: TextSource, lineStart: number, lineEnd: number): number {
  let at = lineStart;
  while (at < lineEnd && at - lineStart <= MAX_GUTTER_INDENT && (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9)) at++;
  if (at - lineStart > MAX_GUTTER_INDENT) return -1;
  const digitsStart = pagePrefixEnd(text, at, lineEnd);
  at = digitsStart;
  while (at < lineEnd && at - digitsStart < 3 && isDigit(text.charCodeAt(at))) at++;
  const digits = at - digitsStart;
  if (digits === 0 || digits > 2 || (at < lineEnd && isDigit(text.charCodeAt(at)))) return -1;
  let spaces = 0;
  let tab = false;
  while (at < lineEnd && (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9 || text.charCodeAt(at) === 13)) {
    if (text.charCodeAt(at) === 9) tab = true;
    spaces++;
    at++;
  }
  if (at < lineEnd && spaces < 2 && !tab) return -1;
  return digitsStart + digits;
}

/** Digits of a page number before a line's: zero-padded to four or five, as no clock time is (`0034`, `00034`). */
const MIN_PAGE_DIGITS = 4;
const MAX_PAGE_DIGITS = 5;

/**
 * `00012:03`: the ASCII depositions litigation tools load (Summation's and Amicus' format) put the page, zero-padded
 * to four or five digits, and a colon before the line's number, on a page's first line or on every line. Where
 * text[at…] opens so, where the line's number starts; `at` otherwise.
 */
function pagePrefixEnd(text: TextSource, at: number, lineEnd: number): number {
  let end = at;
  while (end < lineEnd && end - at <= MAX_PAGE_DIGITS && isDigit(text.charCodeAt(end))) end++;
  const digits = end - at;
  const pageDigits = digits >= MIN_PAGE_DIGITS && digits <= MAX_PAGE_DIGITS;
  return pageDigits && end + 1 < lineEnd && text.charCodeAt(end) === 58 && isDigit(text.charCodeAt(end + 1)) ? end + 1 : at;
}

/** Where the gutter number ending at `numberEnd` (gutterNumberEnd) starts: its page with it (`00012:03`). */
export function gutterNumberStart(text: TextSource, lineStart: number, numberEnd: number): number {
  let start = numberEnd;
  while (start > lineStart && isDigit(text.charCodeAt(start - 1))) start--;
  if (start - 1 <= lineStart || text.charCodeAt(start - 1) !== 58) return start;
  let pageStart = start - 1;
  while (pageStart > lineStart && isDigit(text.charCodeAt(pageStart - 1))) pageStart--;
  return pagePrefixEnd(text, pageStart, numberEnd) === start ? pageStart : start;
}

/** Readings by line index (immutable), so the analysis and the packed result it is sent in share one pass. */
const readings = new WeakMap<LineIndex, GutterReading>();

/** Reads the gutter of the whole document. One pass over the lines, each looked at in a bounded prefix; kept per index. */
export function readLineNumberGutter(lines: LineIndex): GutterReading {
  let reading = readings.get(lines);
  if (!reading) {
    reading = scanLineNumberGutter(lines);
    readings.set(lines, reading);
  }
  return reading;
}

/** The reading as received from another thread, checked (a malformed one throws a RangeError) and copied. */
export function checkedGutterReading(value: unknown): GutterReading {
  const { hasGutter, stableWithoutNumberedLines } = (typeof value === 'object' && value !== null ? value : {}) as Partial<GutterReading>;
  // A gutter is decided by the count and the sequence, so it never reads as stable (see readLineNumberGutter).
  if (typeof hasGutter !== 'boolean' || typeof stableWithoutNumberedLines !== 'boolean' || (hasGutter && stableWithoutNumberedLines)) {
    throw new RangeError('malformed line-number gutter reading');
  }
  return { hasGutter, stableWithoutNumberedLines };
}

function scanLineNumberGutter(lines: LineIndex): GutterReading {
  const text = lines.source;
  let nonBlank = 0;
  let numbered = 0;
  let pairs = 0;
  let inSequence = 0;
  let previous = -1;
  for (let line = 0; line < lines.lineCount; line++) {
    const start = lines.lineStart(line);
    const end = lines.lineEnd(line);
    if (isBlank(text, start, end)) continue;
    nonBlank++;
    const numberEnd = gutterNumberEnd(text, start, end);
    if (numberEnd < 0) continue;
    numbered++;
    const value = numberBefore(text, numberEnd);
    if (previous >= 0) {
      pairs++;
      if (value === previous + 1 || value === 1) inSequence++;
    }
    previous = value;
  }
  const enoughLines = numbered >= MIN_GUTTER_LINES;
  const sequential = pairs > 0 && inSequence >= MIN_IN_SEQUENCE * pairs;
  const shareHolds = numbered >= MIN_GUTTER_SHARE * nonBlank;
  return { hasGutter: enoughLines && sequential && shareHolds, stableWithoutNumberedLines: !enoughLines || !sequential };
}

/**
 * The text with every gutter number that stands before text on its line replaced by spaces (same length,
 * same offsets), or `null` when the document has no gutter. A number alone on its line stays: it is an aside.
 */
export function withoutLineNumberGutter(lines: LineIndex): string | null {
  return readLineNumberGutter(lines).hasGutter ? withGutterNumbersBlanked(lines) : null;
}

/** The text with every gutter number that stands before text on its line replaced by spaces, whatever the document's reading. */
export function withGutterNumbersBlanked(lines: LineIndex): string {
  return withRunsBlanked(lines.source, gutterNumberRuns(lines));
}

/**
 * Where withGutterNumbersBlanked blanks: (start, end) of each gutter number standing before text on its line, in
 * order. Small beside the text (8 bytes a numbered line), so a worker sends them rather than the blanked text.
 */
export function gutterNumberRuns(lines: LineIndex): Int32Array {
  const text = lines.source;
  const runs: number[] = [];
  for (let line = 0; line < lines.lineCount; line++) {
    const start = lines.lineStart(line);
    const end = lines.lineEnd(line);
    const numberEnd = gutterNumberEnd(text, start, end);
    if (numberEnd < 0 || isBlank(text, numberEnd, end)) continue;
    runs.push(gutterNumberStart(text, start, numberEnd), numberEnd);
  }
  return Int32Array.from(runs);
}

/** `text` with each of `runs` (gutterNumberRuns) replaced by spaces. */
export function withRunsBlanked(text: TextSource, runs: Int32Array): string {
  const parts: string[] = [];
  let copied = 0;
  for (let at = 0; at < runs.length; at += 2) {
    parts.push(text.slice(copied, runs[at]!), SPACES[runs[at + 1]! - runs[at]!] ?? ' '.repeat(runs[at + 1]! - runs[at]!));
    copied = runs[at + 1]!;
  }
  parts.push(text.slice(copied));
  return parts.join('');
}

/** A gutter number has one or two digits (a page before it, more: `00012:03`). */
const SPACES = ['', ' ', '  '];

/** Whether `runs` (received from another thread) are gutterNumberRuns' shape in a text of `length`: rising, non-empty, within it. */
export function wellFormedRuns(runs: Int32Array, length: number): boolean {
  if (runs.length % 2 !== 0) return false;
  let previous = 0;
  for (let at = 0; at < runs.length; at += 2) {
    if (runs[at]! < previous || runs[at + 1]! <= runs[at]! || runs[at + 1]! > length) return false;
    previous = runs[at + 1]!;
  }
  return true;
}

/** True when some line of `text[start, end)` opens with a gutter number (for edits: the lines they touch). */
export function hasGutterNumberedLine(text: TextSource, start: number, end: number): boolean {
  let lineStart = start;
  while (lineStart <= end) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0 || lineEnd > end) lineEnd = end;
    if (!isBlank(text, lineStart, lineEnd) && gutterNumberEnd(text, lineStart, lineEnd) >= 0) return true;
    lineStart = lineEnd + 1;
  }
  return false;
}

/**
 * What the gutter reads of text[lineStart, lineEnd): `reading` is 'blank', 'plain' (no number), or the number and
 * whether text follows it; `numberEnd` is where the number ends, from the line's start (0 without one). An edit
 * after the number that keeps the reading changes neither the document's gutter nor what it blanks.
 */
export function gutterLineKey(text: TextSource, lineStart: number, lineEnd: number): { readonly reading: string; readonly numberEnd: number } {
  if (isBlank(text, lineStart, lineEnd)) return { reading: 'blank', numberEnd: 0 };
  const numberEnd = gutterNumberEnd(text, lineStart, lineEnd);
  if (numberEnd < 0) return { reading: 'plain', numberEnd: 0 };
  const page = text.slice(gutterNumberStart(text, lineStart, numberEnd), numberEnd).replace(/\d*$/, '');
  return { reading: `${page}${numberBefore(text, numberEnd)}${isBlank(text, numberEnd, lineEnd) ? ' alone' : ' before text'}`, numberEnd: numberEnd - lineStart };
}

function numberBefore(text: TextSource, end: number): number {
  let value = 0;
  let scale = 1;
  for (let at = end - 1; at >= 0 && isDigit(text.charCodeAt(at)); at--) {
    value += (text.charCodeAt(at) - 48) * scale;
    scale *= 10;
  }
  return value;
}

function isBlank(text: TextSource, start: number, end: number): boolean {
  for (let at = start; at < end; at++) {
    const code = text.charCodeAt(at);
    if (code !== 32 && code !== 9 && code !== 13) return false;
  }
  return true;
}

/**
 * The first `count` lines of `text` as their own line index, read as the analysis reads them: without the
 * line numbers of a stenographic record's gutter when `gutter` (analyze.ts). For keys an incremental edit
 * compares before and after, at a cost bounded by `count`.
 */
export function headLinesOf(text: TextSource, count: number, gutter: boolean): LineIndex {
  let end = -1;
  for (let line = 0; line < count; line++) {
    end = text.indexOf('\n', end + 1);
    if (end < 0) break;
  }
  const head = new LineIndex(text.slice(0, end < 0 ? text.length : end));
  return gutter ? new LineIndex(withGutterNumbersBlanked(head)) : head;
}
