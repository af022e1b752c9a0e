// Summary lists: bullet lists at the top of an article whose items repeat later section titles.
import { detached } from '../text/detached';

/** A later heading or title-shaped line, which an item may name loosely (prefix, shared character pairs). */
export interface LinkCandidate {
  readonly line: number;
  readonly key: string;
}

/**
 * Work left for matching summary lists, shared by all lists of a document and counted in lines visited
 * and comparisons made, so that a document full of lists stays linear.
 */
export interface WorkBudget {
  left: number;
}

/** Item keys at least this long may match a title loosely. */
const MIN_LOOSE_KEY = 2;
/** Share of a title's character pairs that must appear in the item for a loose match. */
const MIN_PAIR_SHARE = 0.6;

/**
 * Completes `exact` (item index → line whose text equals the item) with loose matches of the remaining
 * items against later headings and title-shaped lines (see titleKey). A line is linked once.
 */
export function linkItems(
  itemKeys: readonly string[],
  exact: Map<number, number>,
  looseCandidates: () => readonly LinkCandidate[],
  budget: WorkBudget,
): Map<number, number> {
  const links = new Map(exact);
  if (links.size === itemKeys.length) return links;
  const used = new Set(links.values());
  const loose = looseCandidates();
  itemKeys.forEach((key, index) => {
    if (links.has(index) || key.length < MIN_LOOSE_KEY) return;
    const match = loose.find((c) => budget.left-- > 0 && !used.has(c.line) && looselyNames(key, c.key));
    if (match) {
      links.set(index, match.line);
      used.add(match.line);
    }
  });
  return links;
}

/** `出口管制是國家安全的支柱之一` names `出口管制`; `新款RTX PRO GPU…光追能力超強` names `新款RTX PRO的關鍵是光追`. */
export function looselyNames(itemKey: string, titleKey: string): boolean {
  if (titleKey.length < MIN_LOOSE_KEY) return false;
  if (itemKey.startsWith(titleKey) || (itemKey.length >= 4 && titleKey.startsWith(itemKey))) return true;
  const titlePairs = pairs(titleKey);
  if (titlePairs.length < 3) return false;
  return sharedCount(titlePairs, pairs(itemKey)) >= titlePairs.length * MIN_PAIR_SHARE;
}

/**
 * Character pairs by key, as a sorted list of distinct codes (first unit × 65536 + second): an item is
 * compared with up to MAX_LOOSE_CANDIDATES titles and a title with the items of every list before it, so each
 * key's pairs are built once, and two lists are compared by one merge with no string hashing. Bounded, and
 * keyed by copies (see detached) so that it keeps no document alive.
 */
const pairsByKey = new Map<string, Float64Array>();
const PAIRS_CACHE_SIZE = 4096;

function pairs(key: string): Float64Array {
  let found = pairsByKey.get(key);
  if (found === undefined) {
    const codes = new Float64Array(Math.max(0, key.length - 1));
    for (let i = 0; i + 1 < key.length; i++) codes[i] = key.charCodeAt(i) * 65536 + key.charCodeAt(i + 1);
    codes.sort();
    let distinct = 0;
    for (let i = 0; i < codes.length; i++) if (i === 0 || codes[i] !== codes[i - 1]) codes[distinct++] = codes[i]!;
    if (pairsByKey.size >= PAIRS_CACHE_SIZE) pairsByKey.clear();
    pairsByKey.set(detached(key), (found = codes.slice(0, distinct)));
  }
  return found;
}

/** How many codes two sorted lists of distinct codes have in common. */
function sharedCount(a: Float64Array, b: Float64Array): number {
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i]! < b[j]!) i++;
    else if (a[i]! > b[j]!) j++;
    else {
      shared++;
      i++;
      j++;
    }
  }
  return shared;
}

/** A list is a summary when at least two items, and at least half of them, name later sections. */
export function isSummary(itemCount: number, linked: number): boolean {
  return linked >= 2 && linked * 2 >= itemCount;
}
