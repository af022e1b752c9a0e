/**
 * Levenshtein distance between two short strings (prefixes, suffixes, quotes), in UTF-16 units.
 * O(a·b) with one row of memory; callers keep both under a few hundred units.
 */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (!a.length) return b.length;
  if (!b.length) return a.length;
  let row = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) row[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const next = new Array<number>(b.length + 1);
    next[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const substitution = row[j - 1]! + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      next[j] = Math.min(substitution, row[j]! + 1, next[j - 1]! + 1);
    }
    row = next;
  }
  return row[b.length]!;
}

/** 1 for equal strings, 0 for nothing in common. */
export function similarity(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  return longest === 0 ? 1 : 1 - editDistance(a, b) / longest;
}

/**
 * How well the stored prefix fits the text just before `start` (compared right-aligned, since the
 * characters nearest the quote matter most). An empty stored prefix means the quote began the text.
 */
export function prefixFit(text: string, start: number, storedPrefix: string): number {
  if (!storedPrefix.length) return start === 0 ? 1 : 0.5;
  const actual = text.slice(Math.max(0, start - storedPrefix.length), start);
  return similarity(storedPrefix, actual);
}

/** Like prefixFit for the text just after `end`. */
export function suffixFit(text: string, end: number, storedSuffix: string): number {
  if (!storedSuffix.length) return end === text.length ? 1 : 0.5;
  const actual = text.slice(end, end + storedSuffix.length);
  return similarity(storedSuffix, actual);
}

/**
 * For each end offset j in [from, to], the fewest edits that turn `pattern` into some stretch of
 * `text` that starts at or after `from` and ends at j (Sellers' algorithm: the start is free).
 */
export function matchCostsByEnd(pattern: string, text: string, from: number, to: number): number[] {
  const m = pattern.length;
  // Two columns swapped in turn: refining a match's ends calls this often, and a fresh array per character showed.
  let column = new Int32Array(m + 1);
  let next = new Int32Array(m + 1);
  for (let i = 0; i <= m; i++) column[i] = i;
  const costs = [m];
  for (let j = from; j < to; j++) {
    next[0] = 0;
    const c = text.charCodeAt(j);
    for (let i = 1; i <= m; i++) {
      next[i] = Math.min(column[i - 1]! + (pattern.charCodeAt(i - 1) === c ? 0 : 1), column[i]! + 1, next[i - 1]! + 1);
    }
    [column, next] = [next, column];
    costs.push(column[m]!);
  }
  return costs;
}

/** The string backwards, by UTF-16 unit (to align a context from its far end with matchCostsByEnd). */
export function reverse(value: string): string {
  return value.split('').reverse().join('');
}
