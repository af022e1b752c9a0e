// Captions published in upper case (broadcast and legislature closed captions: `THE FIRST IS SB 27, WHICH`) carry no
// letter case, so every cue that reads a capital (a sentence's start, a name, a dateline) must not read one there.

/** Whether text[start, end) has capitals (two or more) and no lower-case letter: upper-case captions, a title, a dateline. */
export function isCaseless(text: { charCodeAt(index: number): number }, start: number, end: number): boolean {
  let capitals = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code >= 97 && code <= 122) return false;
    if (code >= 65 && code <= 90) capitals++;
  }
  return capitals > 1;
}

/**
 * Closed-class English words (articles, auxiliaries, pronouns, prepositions, conjunctions): a dateline or a header
 * (`WASHINGTON, D.C. — 2:05 P.M. EDT`, `OPENING STATEMENT OF SENATOR X`) has few of them, a sentence of speech many.
 */
const GRAMMAR_WORDS = new Set([
  'the', 'a', 'an', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'do', 'does', 'did',
  'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'it', 'they', 'we', 'he', 'she', 'you', 'i',
  'that', 'this', 'these', 'those', 'who', 'which', 'what', 'to', 'in', 'on', 'at', 'for', 'with', 'from', 'by',
  'and', 'but', 'or', 'not', 'so', 'if', 'because', 'than', 'there', 'their', 'our', 'its', 'his', 'her',
  "it's", "that's", "there's", "they're", "we're", "you're", "i'm", "he's", "she's", "don't", "doesn't", "didn't",
  "isn't", "aren't", "wasn't", "can't", "won't",
]);

/** Whether key[from, to) (lower-cased) has at least `wanted` closed-class words: a sentence, not a header, when read without case. */
export function hasGrammarWords(key: string, from: number, to: number, wanted: number): boolean {
  let words = 0;
  let start = -1;
  for (let i = from; i <= to; i++) {
    const code = i < to ? key.charCodeAt(i) : 32;
    const letter = (code >= 97 && code <= 122) || code === 39 || code === 0x2019;
    if (letter) {
      if (start < 0) start = i;
      continue;
    }
    if (start >= 0 && GRAMMAR_WORDS.has(key.slice(start, i)) && ++words >= wanted) return true;
    start = -1;
  }
  return false;
}
