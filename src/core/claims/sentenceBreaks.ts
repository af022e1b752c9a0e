import type { TextSource } from '../text/chunkedText';
import type { Span } from '../text/positions';
import { isAsciiLetter, isAsciiLetterOrDigit, isAsciiUpperLetter, isDigit } from '../turns/chars';

// Sentence boundaries inside one line or paragraph. A boundary is a terminator run plus any closing
// quotes or brackets right after it, so `他說：「好。」` keeps its `」`.

const CJK_TERMINATOR = 1;
const LATIN_TERMINATOR = 2;
const PERIOD = 4;
const CLOSER = 8;
/** Character classes by UTF-16 unit, so the scan reads one array slot per character. */
const CLASS = new Uint8Array(0x10000);
for (const c of '。！？｡') CLASS[c.charCodeAt(0)] = CJK_TERMINATOR;
for (const c of '!?') CLASS[c.charCodeAt(0)] = LATIN_TERMINATOR;
CLASS[46] = PERIOD;
for (const c of '」』”’）)"\'】》〉]］') CLASS[c.charCodeAt(0)] = CLOSER;
const ENDS_SENTENCE = CJK_TERMINATOR | LATIN_TERMINATOR | PERIOD;

/** Words whose trailing `.` is not a sentence end (titles, `vs.`, months). Lower case. Single letters (U.S., P.M.) never end one either. */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'mt', 'vs', 'fig', 'gen', 'gov', 'sen', 'rep', 'lt', 'col',
  'capt', 'sgt', 'rev', 'hon', 'approx', 'dept', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept',
  'oct', 'nov', 'dec', 'al', 'cf',
]);

/** Abbreviations that also end sentences: they end one only before a capital. */
const SOMETIMES_FINAL = new Set(['inc', 'corp', 'co', 'ltd', 'llc', 'plc', 'bros', 'etc', 'assn', 'univ', 'intl']);

/** Whether text[from, to) holds one of `codes`. */
export function holdsAnyOf(text: TextSource, from: number, to: number, codes: ReadonlySet<number>): boolean {
  for (let i = from; i < to; i++) if (codes.has(text.charCodeAt(i))) return true;
  return false;
}

/** Spaces, tabs, line breaks, the ideographic space, no-break space and a stray BOM (chars.ts isSpace leaves out line breaks). */
export function isWhitespace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0x3000 || code === 0xa0 || code === 0xfeff;
}



/** CJK ideographs, kana and hangul (BMP, not CJK punctuation) plus surrogates, which here are mostly CJK Extension B and up. */
export function isCjkScript(code: number): boolean {
  return (code >= 0x2e80 && code <= 0x2fff) || (code >= 0x3040 && code <= 0x9fff) || (code >= 0xac00 && code <= 0xd7af) || (code >= 0xd800 && code <= 0xdfff) || (code >= 0xf900 && code <= 0xfaff);
}

function skipClosers(text: TextSource, from: number, to: number): number {
  let i = from;
  while (i < to && CLASS[text.charCodeAt(i)] === CLOSER) i++;
  return i;
}

function nextNonSpace(text: TextSource, from: number, to: number): number {
  let i = from;
  while (i < to && isWhitespace(text.charCodeAt(i))) i++;
  return i;
}

/** The letters right before `dot`, lower-cased, e.g. `mr` for `Mr.`; dotted initials give one letter. */
function wordBefore(text: TextSource, dot: number, from: number): string {
  let i = dot;
  while (i > from && isAsciiLetter(text.charCodeAt(i - 1))) i--;
  return text.slice(i, dot).toLowerCase();
}

/** Where a sentence ending at a `.` at `i` stops, or -1 when this `.` ends nothing (3.5, Mr., U.S., 2:05 P.M., a.com). */
function periodEnd(text: TextSource, i: number, from: number, to: number): number {
  // The rest of a run of dots was decided at its first dot.
  if (i > from && text.charCodeAt(i - 1) === 46) return -1;
  let j = i;
  while (j < to && text.charCodeAt(j) === 46) j++;
  const end = skipClosers(text, j, to);
  if (end >= to) return end;
  const next = text.charCodeAt(end);
  const before = i > from ? text.charCodeAt(i - 1) : 0;
  if (j - i >= 2) {
    // An ellipsis ends a sentence only when a new one visibly starts after it.
    if (!isWhitespace(next)) return -1;
    const k = nextNonSpace(text, end, to);
    return k >= to || isAsciiUpperLetter(text.charCodeAt(k)) || isCjkScript(text.charCodeAt(k)) ? end : -1;
  }
  if (isCjkScript(next)) return isCjkScript(before) ? end : -1;
  if (!isWhitespace(next)) return -1;
  const word = wordBefore(text, i, from);
  if (ABBREVIATIONS.has(word)) return -1;
  // `9 a.m.  I think…`: after an initial, only a typist's two spaces before a capital end the sentence.
  if (word.length === 1 && !isContractionEnd(text, i - 1, from)) return isSpacedSentenceStart(text, end, to) ? end : -1;
  // `Apple Inc. reported…` goes on; `…shares of Apple Inc. The company…` ends.
  if (SOMETIMES_FINAL.has(word) && !isAsciiUpperLetter(text.charCodeAt(nextNonSpace(text, end, to)))) return -1;
  // `No. 5` but `I said no.`
  if (word === 'no' && isDigit(text.charCodeAt(nextNonSpace(text, end, to)))) return -1;
  return end;
}

/** Two spaces or more, then a capital letter: where a typist who spaces sentences twice starts the next one. */
function isSpacedSentenceStart(text: TextSource, end: number, to: number): boolean {
  if (end + 2 >= to || text.charCodeAt(end) !== 32 || text.charCodeAt(end + 1) !== 32) return false;
  return isAsciiUpperLetter(text.charCodeAt(nextNonSpace(text, end, to)));
}

/** `don't.`, `I can't.`: the letter before the dot ends a contraction (n't, 's), not an initial like U.S. or P.M. */
function isContractionEnd(text: TextSource, letter: number, from: number): boolean {
  if (letter - 2 < from) return false;
  const apostrophe = text.charCodeAt(letter - 1);
  return (apostrophe === 39 || apostrophe === 0x2019) && isAsciiLetter(text.charCodeAt(letter - 2));
}

/** Where a sentence ending at `i` stops (after its terminators and closing quotes), or -1 when `i` ends nothing. */
function sentenceEndAt(text: TextSource, i: number, from: number, to: number): number {
  const kind = CLASS[text.charCodeAt(i)]!;
  if (kind === PERIOD) return periodEnd(text, i, from, to);
  let j = i + 1;
  while (j < to && CLASS[text.charCodeAt(j)]! & ENDS_SENTENCE) j++;
  const end = skipClosers(text, j, to);
  // `?` and `!` glued to letters are URLs or names (`?q=1`, `Yahoo!Japan`), not sentence ends.
  if (kind === LATIN_TERMINATOR && end < to) {
    const next = text.charCodeAt(end);
    if (isAsciiLetterOrDigit(next) || next === 61 /* = */ || next === 38 /* & */) return -1;
  }
  return end;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function hasWordCharacter(text: TextSource, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (isAsciiLetterOrDigit(code) || isCjkScript(code)) return true;
  }
  return LETTER_OR_DIGIT.test(text.slice(start, end));
}

/** Trims whitespace and drops pieces that are only punctuation. */
function pushTrimmed(spans: Span[], text: TextSource, start: number, end: number): void {
  let s = start;
  let e = end;
  while (s < e && isWhitespace(text.charCodeAt(s))) s++;
  while (e > s && isWhitespace(text.charCodeAt(e - 1))) e--;
  if (s < e && hasWordCharacter(text, s, e)) spans.push({ start: s, end: e });
}

/** Sentence spans within text[from, to), trimmed, appended to `spans`. Linear in the length of the range. */
export function sentenceSpans(text: TextSource, from = 0, to = text.length, spans: Span[] = []): Span[] {
  let start = from;
  for (let i = from; i < to; i++) {
    if (!(CLASS[text.charCodeAt(i)]! & ENDS_SENTENCE)) continue;
    const end = sentenceEndAt(text, i, from, to);
    if (end < 0) continue;
    pushTrimmed(spans, text, start, end);
    start = end;
    i = end - 1;
  }
  pushTrimmed(spans, text, start, to);
  return spans;
}

/** True when the span ends with a sentence terminator (possibly followed by closing quotes). */
export function endsWithTerminator(text: TextSource, span: Span): boolean {
  let i = span.end;
  while (i > span.start && CLASS[text.charCodeAt(i - 1)] === CLOSER) i--;
  return i > span.start && (CLASS[text.charCodeAt(i - 1)]! & ENDS_SENTENCE) !== 0;
}

