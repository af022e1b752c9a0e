import { Trie } from 'opencc-js/core';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TSPhrases from 'opencc-js/dict/TSPhrases';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';
import TWVariantsRevPhrases from 'opencc-js/dict/TWVariantsRevPhrases';
import HKVariantsRev from 'opencc-js/dict/HKVariantsRev';
import HKVariantsRevPhrases from 'opencc-js/dict/HKVariantsRevPhrases';
import TWPhrasesRev from 'opencc-js/dict/TWPhrasesRev';
import HKPhrasesRev from 'opencc-js/dict/HKPhrasesRev';
import { foldChars, foldTables } from './charFold';
import { OffsetMap } from './offsetMap';

/** Text folded to Simplified Chinese, with a map back to the original offsets. */
export interface FoldedText {
  readonly text: string;
  readonly map: OffsetMap;
}

interface PhraseFolding {
  /** Phrases plus the character entries the BMP table cannot hold (those involving surrogate pairs). */
  readonly trie: Trie;
  /** 1 where a BMP code unit can start a trie entry; everything else goes through the character table. */
  readonly starts: Uint8Array;
}

let phraseFolding: PhraseFolding | undefined;

/** Built on first use from the Traditional→Simplified and the regional variants' dictionaries only (about 110 KB). */
function phrases(): PhraseFolding {
  if (!phraseFolding) {
    const trie = new Trie();
    const starts = new Uint8Array(0x10000);
    const irregularCharacters = TSCharacters.split('|').filter((entry) => entry.length !== 3 || entry.indexOf(' ') !== 1);
    // Taiwan's and Hong Kong's standard forms first (`著` is `着` but `著名` stays, `裡`, `綫`), each taken on to Simplified,
    // so a text converted with opencc's `tw` or `hk` folds as its Simplified original does. Variants that are
    // themselves Simplified characters (`么`, `吃`, `台`) are left alone, and with them the phrases that only guard them.
    const regional = regionalVariants(TSCharacters);
    // Phrases take priority over single characters, as in opencc's own dictionary groups.
    for (const entry of [...regional, ...irregularCharacters, ...TSPhrases.split('|')]) {
      const [source, target] = entry.split(' ');
      if (!source || target === undefined) continue;
      trie.addWord(source, target);
      starts[source.charCodeAt(0)] = 1;
    }
    phraseFolding = { trie, starts };
  }
  return phraseFolding;
}

/** `source target` entries of the regional variants' dictionaries worth folding (see phrases()), targets folded to Simplified. */
function regionalVariants(tsCharacters: string): string[] {
  const simplifiedCharacters = new Set<string>();
  for (const entry of tsCharacters.split('|')) for (const target of entry.split(' ').slice(1)) for (const character of target) simplifiedCharacters.add(character);
  const kept = new Set<string>();
  const entries: string[] = [];
  for (const entry of [...TWVariantsRev.split('|'), ...HKVariantsRev.split('|')]) {
    const [source, target] = entry.split(' ');
    if (!source || target === undefined || simplifiedCharacters.has(source)) continue;
    kept.add(source);
    entries.push(`${source} ${foldChars(target)}`);
  }
  const phrases = [...TWVariantsRevPhrases.split('|'), ...HKVariantsRevPhrases.split('|')].flatMap((entry) => {
    const [source, target] = entry.split(' ');
    return source && target !== undefined && [...source].some((character) => kept.has(character)) ? [`${source} ${foldChars(target)}`] : [];
  });
  return [...phrases, ...entries];
}

/** Below this code point nothing is Traditional Chinese, so lookups are skipped (ASCII, Latin, punctuation). */
const FIRST_CJK = 0x2e80;

let utf16: TextDecoder | undefined;

/**
 * Folds Traditional Chinese to Simplified so that cue words and quotes written once in Simplified match
 * both scripts. Single characters go through a table; phrases and the few entries that change length
 * (characters outside the BMP) go through opencc's trie, and offsets go through `map`.
 */
export function foldToSimplified(text: string): FoldedText {
  return foldThrough(text, phrases(), foldTables().fold);
}

let regionalWording: PhraseFolding | undefined;

/**
 * Simplified spellings of Taiwan's and Hong Kong's own words (`线上`, `网路`, `执行`, from opencc's `TWPhrasesRev` and
 * `HKPhrasesRev`, whose `s2twp`/`tw2sp` swap them for the mainland's), each to the mainland word folded to Simplified,
 * so that both wordings fold alike. Built on first use (about 20 KB of dictionary).
 */
function regionalWordingFolding(): PhraseFolding {
  if (!regionalWording) {
    const targets = new Map<string, string>();
    for (const entry of [...TWPhrasesRev.split('|'), ...HKPhrasesRev.split('|')]) {
      const [source, target] = entry.split(' ');
      if (!source || target === undefined) continue;
      const key = foldToSimplified(source).text;
      if (!targets.has(key)) targets.set(key, foldToSimplified(target).text);
    }
    // A mainland word that is itself another entry's regional word is folded on to that entry's end.
    const settled = (word: string): string => {
      let current = word;
      for (let step = 0; step < 4 && targets.has(current) && targets.get(current) !== current; step++) current = targets.get(current)!;
      return current;
    };
    const trie = new Trie();
    const starts = new Uint8Array(0x10000);
    for (const [key, target] of targets) {
      const end = settled(target);
      if (end === key) continue;
      trie.addWord(key, end);
      starts[key.charCodeAt(0)] = 1;
    }
    regionalWording = { trie, starts };
  }
  return regionalWording;
}

/**
 * `foldToSimplified`, then the regions' own words to the mainland's (see regionalWordingFolding), so that a text
 * converted with opencc's `s2twp`/`tw2sp` (or `s2hkp`) folds as its original does. For anchoring only: it merges
 * words (`执行` with `运行`) that cue matching must keep apart.
 */
export function foldToSimplifiedAcrossRegions(text: string): FoldedText {
  const simplified = foldToSimplified(text);
  const worded = foldThrough(simplified.text, regionalWordingFolding());
  if (worded.text === simplified.text) return simplified;
  return { text: worded.text, map: simplified.map.compose(worded.map) };
}

/** Replaces what `trie` matches (longest first) and, with `table`, single BMP characters; offsets through `map`. */
function foldThrough(text: string, { trie, starts }: PhraseFolding, table?: Uint16Array): FoldedText {
  const map = new OffsetMap();
  let codes: Uint16Array | undefined;
  let length = 0;
  const ensureCodes = (upTo: number, extra: number): Uint16Array => {
    if (!codes) {
      codes = new Uint16Array(text.length + 16);
      for (let j = 0; j < upTo; j++) codes[j] = text.charCodeAt(j);
      length = upTo;
    }
    if (length + extra > codes.length) {
      const grown = new Uint16Array(Math.max(codes.length * 2, length + extra));
      grown.set(codes);
      codes = grown;
    }
    return codes;
  };
  for (let i = 0; i < text.length; ) {
    const code = text.charCodeAt(i);
    if (code >= FIRST_CJK && starts[code]) {
      const match = trie.matchPrefix(text, i);
      if (match && match.value !== text.slice(i, match.end)) {
        const out = ensureCodes(i, match.value.length);
        map.add(i, match.end, length, length + match.value.length);
        for (let k = 0; k < match.value.length; k++) out[length++] = match.value.charCodeAt(k);
        i = match.end;
        continue;
      }
      if (match) {
        if (codes) for (let k = i; k < match.end; k++) ensureCodes(k, 1)[length++] = text.charCodeAt(k);
        i = match.end;
        continue;
      }
    }
    const folded = table && code >= FIRST_CJK ? table[code]! : 0;
    if (folded) ensureCodes(i, 1)[length++] = folded;
    else if (codes) ensureCodes(i, 1)[length++] = code;
    i++;
  }
  if (!codes) return { text, map };
  // ignoreBOM: a leading U+FEFF is text here; dropping it would shift every offset after it.
  utf16 ??= new TextDecoder('utf-16le', { ignoreBOM: true });
  return { text: utf16.decode(new Uint8Array(codes.buffer, 0, length * 2)), map };
}
