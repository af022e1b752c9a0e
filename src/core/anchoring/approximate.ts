import search from 'approx-string-match';
import type { Span } from '../text/positions';
import type { Candidate, SearchSpace } from './candidates';
import { matchCostsByEnd, prefixFit, reverse, similarity, suffixFit } from './similarity';

/** Quotes shorter than this are only ever matched exactly: a 3-character near miss means nothing. */
const MIN_APPROXIMATE_LENGTH = 4;

/**
 * A quote without a letter (a timecode, a number) is only ever matched exactly: a near miss of digits is another
 * time or another figure (`00:00:12,230 --> 00:00:12,240` is not `00:00:12,240 --> 00:00:17,550`).
 */
export const HAS_LETTER = /\p{L}/u;

/** How hard `approximate` looks: errors allowed per quote unit, how many searches, and whether to search again around rejected matches. */
export interface Effort {
  readonly errorShare: number;
  readonly searches: number;
  readonly resplit: boolean;
}

/** In a window: up to half the quote in errors, as Hypothesis allows (`acceptable` then judges). */
export const WINDOW_EFFORT: Effort = { errorShare: 1 / 2, searches: 8, resplit: true };

/**
 * In the whole text: a quote that moved far and also changed a little. At most a quarter in errors, so
 * that the trigram index can narrow the search to a few stretches.
 */
export const WHOLE_TEXT_EFFORT: Effort = { errorShare: 1 / 4, searches: 64, resplit: false };

/** From this length (UTF-16 units), a quote with at most a tenth changed needs no context. */
const SELF_EVIDENT_LENGTH = 16;

/** A near match of a quote of at most 12 units must resemble it this much (edit similarity). */
const SHORT_MATCH_QUOTE = 0.7;

/**
 * Whether an approximate candidate is trustworthy. Short quotes (a 4-character Chinese quote with one
 * character changed) need their context on both sides or a near-perfect one; the more a long quote
 * changed, the better its context must fit.
 */
function acceptable(candidate: Candidate, quoteLength: number): boolean {
  const { quote, prefix, suffix, context } = candidate;
  // A long quote that barely changed identifies itself, even where its surroundings changed (a moved paragraph).
  if (quoteLength >= SELF_EVIDENT_LENGTH && quote >= 0.9) return true;
  if (quoteLength <= 12) return quote >= SHORT_MATCH_QUOTE && ((prefix >= 0.6 && suffix >= 0.6) || Math.max(prefix, suffix) >= 0.85);
  if (quote >= 0.85) return context >= 0.3;
  if (quote >= 0.67) return context >= 0.5;
  return quote >= 0.5 && prefix >= 0.7 && suffix >= 0.7;
}

/**
 * The best acceptable approximate match within `regions` of the space's text, in document offsets.
 * approx-string-match reports only the matches with the fewest errors, so when none of those is
 * acceptable (an unchanged look-alike nearby, say), the stretches between them are searched again.
 */
export function approximate(space: SearchSpace, regions: readonly Span[], effort: Effort): { span: Span; context: number } | undefined {
  const { text, exact } = space;
  if (exact.length < MIN_APPROXIMATE_LENGTH || !HAS_LETTER.test(exact)) return undefined;
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
  return best && { span: space.toDocument(refinedOrMatched(space, best.span)), context: best.context };
}

/**
 * The match's ends settled by refineBoundaries, unless that leaves a short quote's span too unlike the quote to be
 * accepted as its match: a timestamp added before a line (`[00:55:30] 晚安 玛尔戈 喔`) aligns with the stored prefix
 * (`…229\n`) about as well as `晚安 ` did, and a two-character head weighs too little to hold the start.
 */
function refinedOrMatched(space: SearchSpace, matched: Span): Span {
  const refined = refineBoundaries(space, matched);
  if (space.exact.length > 12 || refined === matched) return refined;
  return similarity(space.text.slice(refined.start, refined.end), space.exact) >= SHORT_MATCH_QUOTE ? refined : matched;
}

/** How far `refineBoundaries` moves an end, in UTF-16 units, and how much quote and context it aligns. */
const REFINE_REACH = 10;
const REFINE_CONTEXT = 16;
/**
 * Outwards (the start back, the end on), an end may also move as far as the quote is long: a clause inserted near
 * the quote's end leaves the matcher stopping before it (deleting the quote's last words costs less than inserting
 * the clause), and the quote's last words lie past the clause. Bounded by the quote, so the cost stays linear in it.
 * Each unit past REFINE_REACH costs OUTWARD_COST of an error, so that only an end whose words and context align
 * clearly better goes that far (not the same last words again in the next sentence).
 */
const OUTWARD_COST = 1 / 4;
/**
 * The outward search runs only when the best end within REFINE_REACH costs at least this share of a context gone
 * altogether (absentContextCost): most matches end cleanly there, and the wider search costs several alignments more.
 */
const WIDEN_FROM = 1 / 2;
/**
 * The quote's own head and tail count more than the context beyond them: a sentence added right after
 * the quote (`…擴大。` + `所以要及早準備。`) fits the old suffix better than the quote's end fits it, and
 * must still stay outside.
 */
const QUOTE_WEIGHT = 2;

/**
 * Settles the ends of an approximate match, which the matcher leaves vague when an edit touches them
 * (a substitution and a deletion cost the same; a quote cut short costs less than text inserted near
 * its end). Each end goes where the quote's head (tail) and the stored prefix (suffix) together align
 * with the fewest errors, and on a tie, the shorter span: text inserted at a boundary stays outside, text
 * inserted inside stays in, deleted ends stay out.
 */
export function refineBoundaries(space: SearchSpace, span: Span): Span {
  const reach = Math.min(REFINE_CONTEXT, Math.floor(space.exact.length / 2));
  if (reach < 2) return span;
  // Near the matcher's ends first; further out (see OUTWARD_COST) only when no end there fits its context.
  let start = settleStart(space, span, reach, false);
  if (start.cost >= WIDEN_FROM * start.cap) start = settleStart(space, span, reach, true);
  let end = settleEnd(space, span, reach, start.at, false);
  if (end.cost >= WIDEN_FROM * end.cap) end = settleEnd(space, span, reach, start.at, true);
  return end.at > start.at ? { start: start.at, end: end.at } : span;
}

/** Where an end settled, what it cost, and the cost of its context missing altogether. */
interface Settled {
  readonly at: number;
  readonly cost: number;
  readonly cap: number;
}

/** The start: the prefix matched ending at s (free start) plus the head matched starting at s (free end). */
function settleStart(space: SearchSpace, span: Span, reach: number, wide: boolean): Settled {
  const { text, exact } = space;
  const head = reverse(exact.slice(0, reach));
  const prefix = space.prefix.slice(-REFINE_CONTEXT);
  const cap = absentContextCost(prefix.length);
  const lowStart = Math.max(0, span.start - (wide ? Math.max(REFINE_REACH, exact.length) : REFINE_REACH));
  const highStart = Math.min(text.length, span.start + REFINE_REACH);
  const headStretchEnd = Math.min(text.length, highStart + 2 * reach);
  const reversedAfter = reverse(text.slice(lowStart, headStretchEnd));
  const headCosts = (wide ? boundaryCosts : matchCostsByEnd)(head, reversedAfter, 0, reversedAfter.length); // [k] ↔ start headStretchEnd - k
  const prefixStretchStart = Math.max(0, lowStart - 2 * prefix.length);
  const prefixCosts = matchCostsByEnd(prefix, text, prefixStretchStart, highStart); // [k] ↔ start prefixStretchStart + k
  let at = span.start;
  let best = Infinity;
  for (let s = highStart; s >= lowStart; s--) {
    const cost = QUOTE_WEIGHT * headCosts[headStretchEnd - s]! + Math.min(prefixCosts[s - prefixStretchStart]!, cap) + outwardCost(span.start - s);
    if (cost < best) {
      best = cost;
      at = s;
    }
  }
  return { at, cost: best, cap };
}

/** The end: the tail matched ending at e (free start) plus the suffix matched starting at e (free end). */
function settleEnd(space: SearchSpace, span: Span, reach: number, start: number, wide: boolean): Settled {
  const { text, exact } = space;
  const tail = exact.slice(exact.length - reach);
  const suffix = reverse(space.suffix.slice(0, REFINE_CONTEXT));
  const cap = absentContextCost(suffix.length);
  const lowEnd = Math.max(start + 1, span.end - REFINE_REACH);
  const highEnd = Math.min(text.length, span.end + (wide ? Math.max(REFINE_REACH, exact.length) : REFINE_REACH));
  const tailStretchStart = Math.max(start, lowEnd - 2 * reach);
  const tailCosts = (wide ? boundaryCosts : matchCostsByEnd)(tail, text, tailStretchStart, highEnd); // [k] ↔ end tailStretchStart + k
  const suffixStretchEnd = Math.min(text.length, highEnd + 2 * suffix.length);
  const reversedSuffixStretch = reverse(text.slice(lowEnd, suffixStretchEnd));
  const suffixCosts = matchCostsByEnd(suffix, reversedSuffixStretch, 0, reversedSuffixStretch.length); // [k] ↔ end suffixStretchEnd - k
  let at = span.end;
  let best = Infinity;
  for (let e = lowEnd; e <= highEnd; e++) {
    const cost = QUOTE_WEIGHT * tailCosts[e - tailStretchStart]! + Math.min(suffixCosts[suffixStretchEnd - e]!, cap) + outwardCost(e - span.end);
    if (cost < best) {
      best = cost;
      at = e;
    }
  }
  return { at, cost: best, cap };
}

/** The shortest piece of the quote's head or tail `boundaryCosts` aligns on its own, and what the gap before it costs. */
const MIN_BOUNDARY_PIECE = 3;
const GAP_COST = 2;

/**
 * matchCostsByEnd of `pattern` (the quote's tail, or its head reversed), where the pattern may also be split once by a
 * gap of any length at a cost of GAP_COST: its last half or quarter aligned ending at the end, the rest ending anywhere
 * before. So the quote's last words still count when a clause was inserted just before them (`兩座` +
 * `位於台南科學園區的先進封裝` + `工廠。`), which the whole tail, straddling the clause, cannot see; and a repeated
 * last word (`build his his`) cannot end the quote early, since the rest must align before it too.
 */
function boundaryCosts(pattern: string, text: string, from: number, to: number): number[] {
  const costs = matchCostsByEnd(pattern, text, from, to); // [k] ↔ end from + k
  for (let length = Math.ceil(pattern.length / 2); length >= MIN_BOUNDARY_PIECE && length < pattern.length; length = Math.ceil(length / 2)) {
    const piece = matchCostsByEnd(pattern.slice(-length), text, from, to);
    const rest = matchCostsByEnd(pattern.slice(0, -length), text, from, to);
    let restBefore = Infinity;
    for (let k = 0; k < costs.length; k++) {
      if (k >= length) restBefore = Math.min(restBefore, rest[k - length]!);
      costs[k] = Math.min(costs[k]!, piece[k]! + restBefore + GAP_COST);
    }
    if (length === MIN_BOUNDARY_PIECE) break;
  }
  return costs;
}

/** What moving an end `by` units outwards costs beyond REFINE_REACH (see OUTWARD_COST). */
function outwardCost(by: number): number {
  return by > REFINE_REACH ? (by - REFINE_REACH) * OUTWARD_COST : 0;
}

/** The share of a context's characters in errors from which it counts as not there at all (absentContextCost). */
const ABSENT_CONTEXT_ERROR_SHARE = 0.75;

/**
 * Context that aligns worse than this (ABSENT_CONTEXT_ERROR_SHARE of it in errors) is not there at all (captions
 * unrolled, so what followed the quote now comes cues later): its cost is capped, so chance matches in the unrelated
 * text there (a cue number, a timecode) cannot pull an end into it, and the shorter span wins the tie.
 */
function absentContextCost(length: number): number {
  return Math.ceil(ABSENT_CONTEXT_ERROR_SHARE * length);
}
