import search from 'approx-string-match';
import type { AnnotationTarget } from '../sidecar/model';
import { foldToSimplified, type FoldedText } from '../text/fold';
import type { Span } from '../text/positions';
import { ORPHANED, type AnchorResult } from './model';
import { matchCostsByEnd, prefixFit, suffixFit } from './similarity';
import { snapToCodePoints } from './target';
import { TrigramIndex } from './trigramIndex';

/** How far around the expected position the approximate search looks first, in UTF-16 units. */
const APPROXIMATE_WINDOW = 384;

/** An exact occurrence "fits" when its prefix and suffix agree at least this well on average. */
const CONTEXT_FIT = 0.5;

/** Quotes shorter than this are only ever matched exactly: a 3-character near miss means nothing. */
const MIN_APPROXIMATE_LENGTH = 4;

/** An exact quote with no fitting context is still placed (as fuzzy) when it is unique and this long. */
const SPECIFIC_LENGTH = 16;

/** At most this many exact occurrences are weighed (a one-character quote can occur everywhere). */
const MAX_OCCURRENCES = 2000;

/**
 * The strings one search works on: the document's text, or a folded copy of it (or of a window of it),
 * with the target in the same script.
 */
interface SearchSpace {
  readonly text: string;
  readonly exact: string;
  readonly prefix: string;
  readonly suffix: string;
  /** Where the search centres, in this space's offsets. */
  readonly expected: number;
  /** Maps a span found in `text` back to document offsets. */
  readonly toDocument: (span: Span) => Span;
  /** Maps a document offset into `text`. */
  readonly toSpace: (offset: number) => number;
}

interface Candidate {
  readonly span: Span;
  readonly quote: number;
  readonly context: number;
  readonly prefix: number;
  readonly suffix: number;
  readonly distance: number;
}

/**
 * Finds annotation targets again in a changed text. The steps, in order:
 * 1. the exact quote at the expected (or stored) position, as is or once folded, unless its prefix and
 *    suffix contradict it;
 * 2. the exact quote elsewhere: of the occurrences whose prefix and suffix fit best, the nearest;
 * 3. the same on text and target folded Traditional→Simplified, so a converted document keeps its tags;
 * 4. an approximate match (Myers' bit-parallel algorithm, via approx-string-match) in a window around the
 *    expected position, then in the whole text (narrowed by a trigram index), scored on quote, prefix,
 *    suffix and distance, with stricter context demands on short quotes.
 * Steps 1-3 give `anchored`, step 4 `fuzzy`. When unsure the result is an orphan, never a guess.
 *
 * Create one per text: it caches the folded text and the indexes, and `anchorAll` learns from placed
 * annotations how far positions have drifted, so that windows sit where the text moved to.
 */
export class Reanchorer {
  private foldedWhole: FoldedText | undefined;
  /** Trigram indexes of the text and of its folded copy, built on the first whole-text approximate search. */
  private readonly indexes = new Map<string, TrigramIndex>();

  constructor(readonly text: string) {}

  /** Places one target; `expectedStart` (default: the stored start) is where the search centres. */
  anchor(target: AnnotationTarget, expectedStart = target.start): AnchorResult {
    const text = this.text;
    const expected = clamp(expectedStart, 0, text.length);
    const raw: SearchSpace = { text, exact: target.exact, prefix: target.prefix, suffix: target.suffix, expected, toDocument: (s) => s, toSpace: (o) => o };

    // 1. The exact text at the expected or the stored position (also once both are folded).
    for (const start of expected === target.start ? [expected] : [expected, target.start]) {
      const here = this.atPosition(target, start);
      if (here) return here;
    }

    // 2. The exact text elsewhere: of the occurrences whose context fits best, the nearest.
    const everywhere = exactCandidates(raw, 0, text.length);
    const exact = bestFitting(everywhere);
    if (exact) return placed('anchored', 'exact', text, exact.span);

    // 3. The same with the text and the target folded to Simplified Chinese.
    const folded = this.foldedSpace(target, expected);
    const foldedEverywhere = folded ? exactCandidates(folded, 0, folded.text.length) : [];
    const foldedExact = bestFitting(foldedEverywhere);
    if (folded && foldedExact) return placed('anchored', 'folded', text, folded.toDocument(foldedExact.span));

    // 4. Approximate: in a window around the expected position, then in the whole text.
    const windowStart = Math.max(0, expected - APPROXIMATE_WINDOW);
    const windowEnd = Math.min(text.length, expected + target.exact.length + APPROXIMATE_WINDOW);
    const near = approximate(raw, [{ start: windowStart, end: windowEnd }], WINDOW_EFFORT);
    if (near) return placed('fuzzy', 'approximate', text, near.span);
    if (folded) {
      const foldedWindow = { start: folded.toSpace(windowStart), end: folded.toSpace(windowEnd) };
      const foldedNear = approximate(folded, [foldedWindow], WINDOW_EFFORT);
      if (foldedNear) return placed('fuzzy', 'approximate', text, foldedNear.span);
    }
    const wholeIsWindow = windowStart === 0 && windowEnd === text.length;
    const far = wholeIsWindow ? undefined : (this.approximateEverywhere(raw) ?? (folded && this.approximateEverywhere(folded)));
    if (far) return placed('fuzzy', 'approximate', text, far.span);

    // A long quote found exactly once, though its context changed: placed, but flagged for review.
    if (everywhere.length === 1 && target.exact.length >= SPECIFIC_LENGTH) return placed('fuzzy', 'exact', text, everywhere[0]!.span);
    if (folded && foldedEverywhere.length === 1 && target.exact.length >= SPECIFIC_LENGTH) {
      return placed('fuzzy', 'folded', text, folded.toDocument(foldedEverywhere[0]!.span));
    }
    return ORPHANED;
  }

  /**
   * Places many targets; results come in the same order. Targets are visited by stored position, and
   * each expected position carries the drift of the nearest target already placed exactly.
   */
  anchorAll(targets: readonly AnnotationTarget[]): AnchorResult[] {
    const order = targets.map((_, i) => i).sort((a, b) => targets[a]!.start - targets[b]!.start);
    const results = new Array<AnchorResult>(targets.length);
    const drift: { oldStart: number; delta: number }[] = [];
    let delta = 0;
    const pending: number[] = [];
    // First pass, cheap: targets found where the running drift (or their stored position) puts them.
    for (const i of order) {
      const target = targets[i]!;
      const here = this.atPosition(target, target.start + delta) ?? (delta ? this.atPosition(target, target.start) : undefined);
      if (here) {
        results[i] = here;
        delta = here.span!.start - target.start;
        drift.push({ oldStart: target.start, delta });
      } else {
        pending.push(i);
      }
    }
    // Second pass: the rest, each centred by the drift of its nearest placed neighbour.
    for (const i of pending) {
      const target = targets[i]!;
      results[i] = this.anchor(target, target.start + nearestDrift(drift, target.start));
    }
    return results;
  }

  /** Step 1: the quote at `start`, exactly or once folded, unless its prefix and suffix contradict it. */
  private atPosition(target: AnnotationTarget, start: number): AnchorResult | undefined {
    const text = this.text;
    if (start < 0 || start > text.length) return undefined;
    if (text.startsWith(target.exact, start)) {
      const fit = (prefixFit(text, start, target.prefix) + suffixFit(text, start + target.exact.length, target.suffix)) / 2;
      return fit >= CONTEXT_FIT ? placed('anchored', 'position', text, { start, end: start + target.exact.length }) : undefined;
    }
    // Folded: compare a stretch around `start` folded with the folded target.
    const exact = foldToSimplified(target.exact).text;
    const from = Math.max(0, start - target.prefix.length);
    const to = Math.min(text.length, start + 2 * target.exact.length + target.suffix.length);
    const piece = foldToSimplified(text.slice(from, to));
    if (piece.text === text.slice(from, to) && exact === target.exact) return undefined;
    const at = piece.map.toTarget(start - from);
    if (!piece.text.startsWith(exact, at)) return undefined;
    const fit = (prefixFit(piece.text, at, foldToSimplified(target.prefix).text) + suffixFit(piece.text, at + exact.length, foldToSimplified(target.suffix).text)) / 2;
    if (fit < CONTEXT_FIT) return undefined;
    const span = piece.map.spanToSource({ start: at, end: at + exact.length });
    return placed('anchored', 'folded', text, { start: from + span.start, end: from + span.end });
  }

  /** Step 4 on the whole text (raw or folded), narrowed by a trigram index to the stretches that could match. */
  private approximateEverywhere(space: SearchSpace): { span: Span; context: number } | undefined {
    const key = space.text === this.text ? 'raw' : 'folded';
    let index = this.indexes.get(key);
    if (!index || index.text !== space.text) {
      index = new TrigramIndex(space.text);
      this.indexes.set(key, index);
    }
    const maxErrors = Math.floor(space.exact.length * WHOLE_TEXT_EFFORT.errorShare);
    return approximate(space, index.candidateRegions(space.exact, maxErrors, space.expected), WHOLE_TEXT_EFFORT);
  }

  /** The whole text folded (computed once), or undefined when folding changes neither it nor the target. */
  private foldedSpace(target: AnnotationTarget, expected: number): SearchSpace | undefined {
    this.foldedWhole ??= foldToSimplified(this.text);
    return foldedSpace(this.foldedWhole, this.text, 0, target, expected);
  }
}

function foldedSpace(folded: FoldedText, source: string, offset: number, target: AnnotationTarget, expected: number): SearchSpace | undefined {
  const exact = foldToSimplified(target.exact).text;
  if (folded.text === source && exact === target.exact) return undefined;
  const map = folded.map;
  return {
    text: folded.text,
    exact,
    prefix: foldToSimplified(target.prefix).text,
    suffix: foldToSimplified(target.suffix).text,
    expected: map.toTarget(clamp(expected - offset, 0, source.length)),
    toDocument: (span) => {
      const mapped = map.spanToSource(span);
      return { start: mapped.start + offset, end: mapped.end + offset };
    },
    toSpace: (documentOffset) => map.toTarget(clamp(documentOffset - offset, 0, source.length)),
  };
}

/** Re-anchors one target against `text`. For many targets use `new Reanchorer(text).anchorAll(...)`. */
export function reanchor(text: string, target: AnnotationTarget): AnchorResult {
  return new Reanchorer(text).anchor(target);
}

// ------------------------------------------------------------------------------------------ the steps

function placed(status: 'anchored' | 'fuzzy', method: 'position' | 'exact' | 'folded' | 'approximate', text: string, span: Span): AnchorResult {
  return { status, method, span: snapToCodePoints(text, span) };
}

function clamp(value: number, low: number, high: number): number {
  return Math.max(low, Math.min(high, value));
}

function nearestDrift(drift: readonly { oldStart: number; delta: number }[], oldStart: number): number {
  if (!drift.length) return 0;
  let low = 0;
  let high = drift.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (drift[mid]!.oldStart <= oldStart) low = mid;
    else high = mid - 1;
  }
  const before = drift[low]!;
  const after = drift[low + 1];
  if (after && Math.abs(after.oldStart - oldStart) < Math.abs(before.oldStart - oldStart)) return after.delta;
  return before.delta;
}

function exactCandidate(space: SearchSpace, start: number): Candidate {
  const end = start + space.exact.length;
  const prefix = prefixFit(space.text, start, space.prefix);
  const suffix = suffixFit(space.text, end, space.suffix);
  return { span: { start, end }, quote: 1, prefix, suffix, context: (prefix + suffix) / 2, distance: Math.abs(start - space.expected) };
}

/** Exact occurrences of the quote that lie within [from, to). */
function exactCandidates(space: SearchSpace, from: number, to: number): Candidate[] {
  const { text, exact } = space;
  // Search a slice when it is a window: indexOf on the whole text would scan on past `to`.
  const haystack = from === 0 && to === text.length ? text : text.slice(from, to);
  const found: Candidate[] = [];
  for (let at = haystack.indexOf(exact); at >= 0 && found.length < MAX_OCCURRENCES; at = haystack.indexOf(exact, at + 1)) {
    found.push(exactCandidate(space, from + at));
  }
  return found;
}

/** Among candidates whose context fits, those close to the best fit, and of those the nearest. */
function bestFitting(candidates: readonly Candidate[]): Candidate | undefined {
  const fitting = candidates.filter((c) => c.context >= CONTEXT_FIT);
  if (!fitting.length) return undefined;
  const bestContext = Math.max(...fitting.map((c) => c.context));
  return fitting.filter((c) => c.context >= bestContext - 0.25).reduce((a, b) => (b.distance < a.distance ? b : a));
}

/** How hard `approximate` looks: errors allowed per quote unit, how many searches, and whether to search again around rejected matches. */
interface Effort {
  readonly errorShare: number;
  readonly searches: number;
  readonly resplit: boolean;
}

/** In a window: up to half the quote in errors, as Hypothesis allows (`acceptable` then judges). */
const WINDOW_EFFORT: Effort = { errorShare: 1 / 2, searches: 8, resplit: true };

/**
 * In the whole text: a quote that moved far and also changed a little. At most a quarter in errors, so
 * that the trigram index can narrow the search to a few stretches.
 */
const WHOLE_TEXT_EFFORT: Effort = { errorShare: 1 / 4, searches: 64, resplit: false };

/**
 * Whether an approximate candidate is trustworthy. Short quotes (a 4-character Chinese quote with one
 * character changed) need their context on both sides or a near-perfect one; the more a long quote
 * changed, the better its context must fit.
 */
function acceptable(candidate: Candidate, quoteLength: number): boolean {
  const { quote, prefix, suffix, context } = candidate;
  if (quoteLength <= 12) return quote >= 0.7 && ((prefix >= 0.6 && suffix >= 0.6) || Math.max(prefix, suffix) >= 0.85);
  if (quote >= 0.85) return context >= 0.3;
  if (quote >= 0.67) return context >= 0.5;
  return quote >= 0.5 && prefix >= 0.7 && suffix >= 0.7;
}

/**
 * The best acceptable approximate match within [from, to) of the space's text, in document offsets.
 * approx-string-match reports only the matches with the fewest errors, so when none of those is
 * acceptable (an unchanged look-alike nearby, say), the stretches between them are searched again.
 */
function approximate(space: SearchSpace, regions: readonly Span[], effort: Effort): { span: Span; context: number } | undefined {
  const { text, exact } = space;
  if (exact.length < MIN_APPROXIMATE_LENGTH) return undefined;
  const maxErrors = Math.floor(exact.length * effort.errorShare);
  const minimumLength = exact.length - maxErrors;
  const segments: [number, number][] = regions.map((r) => [r.start, r.end]);
  let best: { span: Span; score: number; context: number } | undefined;
  for (let searches = 0; segments.length && searches < effort.searches && !best; searches++) {
    const [segmentStart, segmentEnd] = segments.shift()!;
    const matches = search(text.slice(segmentStart, segmentEnd), exact, maxErrors);
    let rest = segmentStart;
    for (const match of matches) {
      const span = { start: segmentStart + match.start, end: segmentStart + match.end };
      if (effort.resplit && span.start - rest >= minimumLength) segments.push([rest, span.start]);
      rest = Math.max(rest, span.end);
      const prefix = prefixFit(text, span.start, space.prefix);
      const suffix = suffixFit(text, span.end, space.suffix);
      const quote = 1 - match.errors / exact.length;
      const candidate: Candidate = { span, quote, prefix, suffix, context: (prefix + suffix) / 2, distance: Math.abs(span.start - space.expected) };
      if (!acceptable(candidate, exact.length)) continue;
      // Quote first, context next; distance only breaks near-ties.
      const score = 2 * quote + candidate.context - Math.min(0.1, candidate.distance / (10 * Math.max(1, text.length)));
      if (!best || score > best.score) best = { span, score, context: candidate.context };
    }
    if (effort.resplit && matches.length && segmentEnd - rest >= minimumLength) segments.push([rest, segmentEnd]);
  }
  return best && { span: space.toDocument(refineBoundaries(space, best.span)), context: best.context };
}

/** How far `refineBoundaries` moves an end, in UTF-16 units, and how much quote and context it aligns. */
const REFINE_REACH = 10;
const REFINE_CONTEXT = 16;

/**
 * Settles the ends of an approximate match, which the matcher leaves vague when an edit touches them
 * (a substitution and a deletion cost the same; a quote cut short costs less than text inserted near
 * its end). Each end goes where the quote's head (tail) and the stored prefix (suffix) together align
 * with the fewest errors, and on a tie, the shorter span: text inserted at a boundary stays outside, text
 * inserted inside stays in, deleted ends stay out.
 */
function refineBoundaries(space: SearchSpace, span: Span): Span {
  const { text, exact } = space;
  const reach = Math.min(REFINE_CONTEXT, Math.floor(exact.length / 2));
  if (reach < 2) return span;

  // Start: the prefix matched ending at s (free start) plus the head matched starting at s (free end).
  const head = reverse(exact.slice(0, reach));
  const prefix = space.prefix.slice(-REFINE_CONTEXT);
  const lowStart = Math.max(0, span.start - REFINE_REACH);
  const highStart = Math.min(text.length, span.start + REFINE_REACH);
  const headStretchEnd = Math.min(text.length, highStart + 2 * reach);
  const reversedAfter = reverse(text.slice(lowStart, headStretchEnd));
  const headCosts = matchCostsByEnd(head, reversedAfter, 0, reversedAfter.length); // [k] ↔ start headStretchEnd - k
  const prefixStretchStart = Math.max(0, lowStart - 2 * prefix.length);
  const prefixCosts = matchCostsByEnd(prefix, text, prefixStretchStart, highStart); // [k] ↔ start prefixStretchStart + k
  let start = span.start;
  let bestCost = Infinity;
  for (let s = highStart; s >= lowStart; s--) {
    const cost = headCosts[headStretchEnd - s]! + prefixCosts[s - prefixStretchStart]!;
    if (cost < bestCost) {
      bestCost = cost;
      start = s;
    }
  }

  // End: the tail matched ending at e (free start) plus the suffix matched starting at e (free end).
  const tail = exact.slice(exact.length - reach);
  const suffix = reverse(space.suffix.slice(0, REFINE_CONTEXT));
  const lowEnd = Math.max(start + 1, span.end - REFINE_REACH);
  const highEnd = Math.min(text.length, span.end + REFINE_REACH);
  const tailStretchStart = Math.max(start, lowEnd - 2 * reach);
  const tailCosts = matchCostsByEnd(tail, text, tailStretchStart, highEnd); // [k] ↔ end tailStretchStart + k
  const suffixStretchEnd = Math.min(text.length, highEnd + 2 * suffix.length);
  const reversedSuffixStretch = reverse(text.slice(lowEnd, suffixStretchEnd));
  const suffixCosts = matchCostsByEnd(suffix, reversedSuffixStretch, 0, reversedSuffixStretch.length); // [k] ↔ end suffixStretchEnd - k
  let end = span.end;
  bestCost = Infinity;
  for (let e = lowEnd; e <= highEnd; e++) {
    const cost = tailCosts[e - tailStretchStart]! + suffixCosts[suffixStretchEnd - e]!;
    if (cost < bestCost) {
      bestCost = cost;
      end = e;
    }
  }
  return end > start ? { start, end } : span;
}

function reverse(value: string): string {
  return value.split('').reverse().join('');
}
