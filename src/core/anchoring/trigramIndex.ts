import type { Span } from '../text/positions';

/** Seeds that occur more often than this say little about where a quote is, so they are skipped. */
const MAX_SEED_OCCURRENCES = 400;

/** With fewer selective seeds than this, the whole text is searched. */
const MIN_USABLE_PIECES = 2;

/**
 * Where every 3-unit substring of a text occurs, built once per text. It narrows a whole-text approximate
 * search to the stretches that share a seed with the quote: a quote of n units with at most n/4 errors
 * keeps at least one of its n/3 non-overlapping trigrams intact (pigeonhole). Trigrams found everywhere
 * are skipped, which gives up that guarantee for speed: a match missed this way becomes an orphan, never
 * a wrong placement.
 */
export class TrigramIndex {
  /** For each position, its trigram's hash and the position packed into one number, sorted: compact and fast to build. */
  private readonly entries: Float64Array;

  constructor(readonly text: string) {
    const count = Math.max(0, Math.min(text.length - 2, POSITION_LIMIT));
    const entries = new Float64Array(count);
    for (let i = 0; i < count; i++) entries[i] = trigramHash(text, i) * POSITION_LIMIT + i;
    this.entries = entries.sort();
  }

  /** Positions whose trigram hashes like `quote`'s at `at` (a hash collision only adds a stretch to search). */
  private occurrences(quote: string, at: number): Float64Array {
    const low = trigramHash(quote, at) * POSITION_LIMIT;
    const from = lowerBound(this.entries, low);
    const to = lowerBound(this.entries, low + POSITION_LIMIT);
    return this.entries.subarray(from, to);
  }

  /**
   * Stretches of the text where `quote` could match with at most `maxErrors` errors, nearest `expected`
   * first; the whole text when the quote is too short or its trigrams too common to narrow anything.
   */
  candidateRegions(quote: string, maxErrors: number, expected: number): Span[] {
    const whole = [{ start: 0, end: this.text.length }];
    const pieces = Math.floor(quote.length / 3);
    if (pieces <= maxErrors) return whole;
    const regions: Span[] = [];
    let usablePieces = 0;
    for (let k = 0; k < pieces; k++) {
      const found = this.occurrences(quote, 3 * k);
      if (found.length > MAX_SEED_OCCURRENCES) continue;
      usablePieces++;
      for (const entry of found) {
        const start = (entry % POSITION_LIMIT) - 3 * k;
        regions.push({ start: Math.max(0, start - maxErrors), end: Math.min(this.text.length, start + quote.length + maxErrors) });
      }
    }
    if (usablePieces < MIN_USABLE_PIECES) return whole;
    const merged = mergeSpans(regions);
    const covered = merged.reduce((sum, s) => sum + s.end - s.start, 0);
    if (covered > this.text.length / 2) return whole;
    const distance = (s: Span): number => (expected < s.start ? s.start - expected : expected > s.end ? expected - s.end : 0);
    return merged.sort((a, b) => distance(a) - distance(b));
  }
}

/** Positions are packed below this (2^25, beyond the largest transcript the tools accept); hashes above it. */
const POSITION_LIMIT = 2 ** 25;

/** A 28-bit hash of the trigram at `at`, so that hash · 2^25 + position stays an exact double. */
function trigramHash(text: string, at: number): number {
  let h = Math.imul(text.charCodeAt(at), 0x9e3779b1);
  h = Math.imul(h ^ text.charCodeAt(at + 1), 0x85ebca77);
  h = Math.imul(h ^ text.charCodeAt(at + 2), 0xc2b2ae3d);
  return (h ^ (h >>> 16)) >>> 4;
}

function lowerBound(sorted: Float64Array, value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid]! < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

function mergeSpans(spans: Span[]): Span[] {
  spans.sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, span.end) };
    else merged.push({ ...span });
  }
  return merged;
}
