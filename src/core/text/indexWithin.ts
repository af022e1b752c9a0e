import type { TextSource } from './chunkedText';

/**
 * Where `word` first starts in text[from, to - word.length], or -1. The analysis reads sentences out of a key that
 * may be the whole document (the editor's analysis): text.indexOf(word, from) would search on to its end for every
 * sentence without the word, quadratic in the document's length.
 */
export function indexWithin(text: TextSource, word: string, from: number, to: number): number {
  const first = word.charCodeAt(0);
  for (let i = from, last = to - word.length; i <= last; i++) {
    if (text.charCodeAt(i) === first && text.startsWith(word, i)) return i;
  }
  return -1;
}

/** Where the char code `code` first stands in text[from, to), or -1: a one-character indexWithin. */
export function codeIndexWithin(text: TextSource, code: number, from: number, to: number): number {
  for (let at = from; at < to; at++) if (text.charCodeAt(at) === code) return at;
  return -1;
}

/** Where the char code `code` last stands in text[from, to), or -1. */
export function lastCodeIndexWithin(text: TextSource, code: number, from: number, to: number): number {
  for (let at = to - 1; at >= from; at--) if (text.charCodeAt(at) === code) return at;
  return -1;
}
