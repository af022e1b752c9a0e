// The text a sentence's classification is given: the sentence and what its readers may look at around it.
//
// classifyRange's readers look a little outside the sentence: the word before a figure (figures.ts
// followsNamingNoun, a naming noun of up to 9 letters and a space), the few characters a figure's or a web
// address's pattern reads past the sentence's end (figures.ts, callsToAction.ts), spaces after a figure
// (figures.ts namesCentury), the rest of the sentence's line and the line above it when the sentence fills its
// line (zhNoise.ts isListedFieldValue). Both the full analysis (findClaims) and the editor's re-classification
// (incremental.ts reclaim) give classifyRange only this context, so a sentence's classification is a function of
// its context's text: the editor keeps it while an edit leaves the context as it was (docs/performance.md,
// session 39). A reader that looks further sees the context's edge; the reach test
// (test/unit/core/claims/classifyReach.test.ts) fails when that changes a classification.

import type { TextSource } from '../text/chunkedText';
import { splitsSurrogatePair } from '../text/positions';
import { isWhitespace } from './sentenceBreaks';

/** Characters before the sentence its readers may look at (a naming noun and its space before a figure: 10). */
export const REACH_BEFORE = 16;
/** Characters after the sentence its readers may look at (a figure's or a web address's pattern reading on). */
export const REACH_AFTER = 16;
/** Of the line above a sentence that fills its line, the characters before its end read (a field name alone: 20 at most). */
export const LINE_ABOVE_REACH = 64;

/** A context: text[start, end) holds the sentence and its reach. */
export interface ClassificationContext {
  start: number;
  end: number;
}

/**
 * The context of the sentence text[from, to), written into `context`: REACH_BEFORE and REACH_AFTER characters on
 * each side, widened over a run of whitespace at either edge to the first character past it (readers skip spaces),
 * and, when only whitespace is before the sentence on its line, back over blank lines to the last LINE_ABOVE_REACH
 * characters of the line above. Never splits a surrogate pair.
 */
export function classificationContext(text: TextSource, from: number, to: number, context: ClassificationContext): ClassificationContext {
  let start = Math.max(0, from - REACH_BEFORE);
  while (start > 0 && isWhitespace(text.charCodeAt(start - 1))) start--;
  if (start > 0) start--;
  let lineStart = from;
  while (lineStart > 0 && text.charCodeAt(lineStart - 1) !== LINE_FEED && isWhitespace(text.charCodeAt(lineStart - 1))) lineStart--;
  if (lineStart > 0 && text.charCodeAt(lineStart - 1) === LINE_FEED) {
    let above = lineStart - 1;
    while (above > 0 && isWhitespace(text.charCodeAt(above - 1))) above--;
    const aboveFrom = Math.max(0, above - LINE_ABOVE_REACH);
    let aboveStart = above;
    while (aboveStart > aboveFrom && text.charCodeAt(aboveStart - 1) !== LINE_FEED) aboveStart--;
    // The line break before the line above, when within reach: the line is then read whole.
    if (aboveStart > 0 && text.charCodeAt(aboveStart - 1) === LINE_FEED) aboveStart--;
    start = Math.min(start, aboveStart);
  }
  let end = Math.min(text.length, to + REACH_AFTER);
  while (end < text.length && isWhitespace(text.charCodeAt(end))) end++;
  if (end < text.length) end++;
  if (splitsSurrogatePair(text, start)) start--;
  if (splitsSurrogatePair(text, end)) end++;
  context.start = start;
  context.end = end;
  return context;
}

const LINE_FEED = 10;
