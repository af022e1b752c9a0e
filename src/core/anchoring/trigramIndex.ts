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
  private readonly positions = new Map<number, number[]>();

  constructor(readonly text: string) {
    for (let i = 0; i + 3 <= text.length; i++) {
      const key = trigramKey(text, i);
      const list = this.positions.get(key);
      if (list) list.push(i);
      else this.positions.set(key, [i]);
    }
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
      const found = this.positions.get(trigramKey(quote, 3 * k)) ?? [];
      if (found.length > MAX_SEED_OCCURRENCES) continue;
      usablePieces++;
      for (const at of found) {
        const start = at - 3 * k;
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

function trigramKey(text: string, at: number): number {
  return text.charCodeAt(at) * 4294967296 + text.charCodeAt(at + 1) * 65536 + text.charCodeAt(at + 2);
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
