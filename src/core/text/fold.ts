import { Trie } from 'opencc-js/core';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TSPhrases from 'opencc-js/dict/TSPhrases';
import { OffsetMap } from './offsetMap';

/** Text folded to Simplified Chinese, with a map back to the original offsets. */
export interface FoldedText {
  readonly text: string;
  readonly map: OffsetMap;
}

let traditionalToSimplified: Trie | undefined;

/** The Traditional→Simplified dictionaries only (about 100 KB), built on first use. */
function foldingTrie(): Trie {
  if (!traditionalToSimplified) {
    traditionalToSimplified = new Trie();
    // loadDictGroup gives the first dictionary priority: phrases before single characters.
    traditionalToSimplified.loadDictGroup([TSPhrases, TSCharacters]);
  }
  return traditionalToSimplified;
}

/** Below this code point nothing is Traditional Chinese, so the trie is skipped (ASCII, Latin, punctuation). */
const FIRST_CJK = 0x2e80;

/**
 * Folds Traditional Chinese to Simplified so that cue words and quotes written once in Simplified match
 * both scripts. Some entries change length (for example characters outside the BMP), so offsets go
 * through `map`.
 */
export function foldToSimplified(text: string): FoldedText {
  const trie = foldingTrie();
  const map = new OffsetMap();
  const parts: string[] = [];
  let copyFrom = 0;
  let targetLength = 0;
  for (let i = 0; i < text.length; ) {
    if (text.charCodeAt(i) < FIRST_CJK) {
      i++;
      continue;
    }
    const match = trie.matchPrefix(text, i);
    if (!match) {
      i++;
      continue;
    }
    if (match.value === text.slice(i, match.end)) {
      i = match.end;
      continue;
    }
    if (copyFrom < i) {
      parts.push(text.slice(copyFrom, i));
      targetLength += i - copyFrom;
    }
    map.add(i, match.end, targetLength, targetLength + match.value.length);
    parts.push(match.value);
    targetLength += match.value.length;
    i = match.end;
    copyFrom = i;
  }
  if (copyFrom === 0) return { text, map };
  parts.push(text.slice(copyFrom));
  return { text: parts.join(''), map };
}
