import type { FoldedText } from '../text/fold';
import type { Span } from '../text/positions';
import type { FoldedTarget } from './anchoringFold';
import { prefixFit, suffixFit } from './similarity';

/** An exact occurrence "fits" when its prefix and suffix agree at least this well on average. */
export const CONTEXT_FIT = 0.5;

/** Occurrences of an exact quote collected at most, and of those, the nearest scored. */
const MAX_OCCURRENCES = 100_000;
const MAX_WEIGHED = 200;

/** The strings one search works on: the document's text or its folded copy, with the target in the same script. */
export interface SearchSpace {
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
  /** A quick one-sided test that the quote cannot occur in `text` (see GramFilter). */
  readonly mayContain?: (quote: string) => boolean;
}

export interface Candidate {
  readonly span: Span;
  readonly quote: number;
  readonly context: number;
  readonly prefix: number;
  readonly suffix: number;
  readonly distance: number;
}

/**
 * The search space of `folded` (the document's text folded) for a target folded the same way, or undefined
 * when folding changed neither the text nor the target.
 */
export function foldedSpace(folded: FoldedText, source: string, target: FoldedTarget, expected: number): SearchSpace | undefined {
  const { exact, prefix, suffix } = target;
  if (folded.text === source && !target.changed) return undefined;
  const map = folded.map;
  return {
    text: folded.text,
    exact,
    prefix,
    suffix,
    expected: map.toTarget(expected),
    toDocument: (span) => map.spanToSource(span),
    toSpace: (offset) => map.toTarget(offset),
  };
}

export function exactCandidate(space: SearchSpace, start: number): Candidate {
  const end = start + space.exact.length;
  const prefix = prefixFit(space.text, start, space.prefix);
  const suffix = suffixFit(space.text, end, space.suffix);
  return { span: { start, end }, quote: 1, prefix, suffix, context: (prefix + suffix) / 2, distance: Math.abs(start - space.expected) };
}

/**
 * Exact occurrences of the quote in the space's text, the nearest to the expected position first. Only
 * the nearest MAX_WEIGHED are scored: a one-character quote can occur everywhere, and scoring context costs.
 */
export function exactCandidates(space: SearchSpace): Candidate[] {
  const { text, exact } = space;
  if (space.mayContain && !space.mayContain(exact)) return [];
  const positions: number[] = [];
  for (let at = text.indexOf(exact); at >= 0 && positions.length < MAX_OCCURRENCES; at = text.indexOf(exact, at + 1)) positions.push(at);
  if (positions.length > MAX_WEIGHED) positions.sort((a, b) => Math.abs(a - space.expected) - Math.abs(b - space.expected));
  return positions.slice(0, MAX_WEIGHED).map((at) => exactCandidate(space, at));
}

/**
 * Among candidates whose context fits, those close to the best fit, and of those the nearest. Short quotes are
 * judged by bestShortFitting instead (see fittingOccurrence).
 */
export function bestFitting(candidates: readonly Candidate[]): Candidate | undefined {
  const fitting = candidates.filter((c) => c.context >= CONTEXT_FIT);
  if (!fitting.length) return undefined;
  const bestContext = Math.max(...fitting.map((c) => c.context));
  return fitting.filter((c) => c.context >= bestContext - 0.25).reduce((a, b) => (b.distance < a.distance ? b : a));
}
