import type { TextSource } from '../text/chunkedText';
import type { Span } from '../text/positions';
import { isHan } from '../turns/chars';
import { codesOf } from '../text/codesOf';
import { holdsAnyOf, isWhitespace } from './sentenceBreaks';

// Speech recognisers (Whisper, meeting apps, video-site captions) often write Chinese with no punctuation and a
// space where the speaker paused: `那今天我就把它試著串起來的 我待會分享一下熒幕看看`. Read as one sentence, the
// whole segment took the kind of whichever clause held the strongest cue. A sentence holding no punctuation at all
// is cut at such spaces, so each clause is read on its own.

/** Any sentence or clause mark: a sentence holding one was punctuated by its writer, and its spaces are layout. */
const PUNCTUATION = codesOf(',.;:?!，。；：？！、…．｡');

/**
 * Cuts each sentence in `sentences` from index `from` on that holds no punctuation at a run of spaces between two
 * Han characters, in place. Pieces are trimmed; the list stays sorted.
 */
export function splitAtPauses(text: TextSource, sentences: Span[], from: number): void {
  for (let i = from; i < sentences.length; i++) {
    const pieces = pausePieces(text, sentences[i]!);
    if (pieces.length < 2) continue;
    sentences.splice(i, 1, ...pieces);
    i += pieces.length - 1;
  }
}

/** The clauses of an unpunctuated sentence between its pauses; the sentence alone when it has none. */
export function pausePieces(text: TextSource, sentence: Span): Span[] {
  const { start, end } = sentence;
  if (end - start < MIN_SEGMENT) return [sentence];
  if (holdsAnyOf(text, start, end, PUNCTUATION)) return [sentence];
  const pieces: Span[] = [];
  let pieceStart = start;
  for (let i = start + 1; i < end - 1; i++) {
    if (!isWhitespace(text.charCodeAt(i)) || !isHan(text.charCodeAt(i - 1))) continue;
    let after = i;
    while (after < end && isWhitespace(text.charCodeAt(after))) after++;
    // A line break is where the layout wrapped, not a pause the recogniser marked.
    if (after < end && isHan(text.charCodeAt(after)) && !holdsAnyOf(text, i, after, LINE_BREAKS) && i - pieceStart >= MIN_CLAUSE && end - after >= MIN_CLAUSE) {
      pieces.push({ start: pieceStart, end: i });
      pieceStart = after;
    }
    i = after - 1;
  }
  if (!pieces.length) return [sentence];
  pieces.push({ start: pieceStart, end });
  return pieces;
}

/**
 * A recogniser marks breaths as well as clause ends: a piece shorter than this (`好`, `然後 所以`) stays with the
 * words after it rather than standing as a sentence.
 */
const MIN_CLAUSE = 6;
/**
 * A recogniser's segment runs on for a breath or several; a shorter unpunctuated line with spaces in it is a title,
 * a byline or a list of names (`林金龍 蔡文益 林成功`), whose spaces part items, not clauses.
 */
const MIN_SEGMENT = 40;
const LINE_BREAKS = codesOf('\n\r');
