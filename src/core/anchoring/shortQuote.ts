import type { Span } from '../text/positions';
import { CONTEXT_FIT, type Candidate, type SearchSpace } from './candidates';

/** Quotes shorter than this (names, figures, `No.`) recur by chance, so one side of context cannot pick a copy. */
export const SHORT_QUOTE = 16;

/**
 * How far from where the tag should be (its stored position moved by the drift of the tags around it) an occurrence
 * still counts as in its place, in UTF-16 units: about what rewording a word or two beside it changes lengths by.
 */
const IN_PLACE = 16;

/** Two occurrences whose context fits within this of each other are equally likely: neither is taken. */
const AS_GOOD = 0.1;

/**
 * Of the exact occurrences of a short quote, the one that is its own: in its place with fitting context (unless a
 * copy stood within its stored context, which may be the one left), else the one whose prefix
 * and suffix both fit, when no other fits about as well. One side alone is not enough: a deleted `Smith` in
 * `**Tim Smith:**` has the same `**Tim ` before every other line Tim speaks.
 */
export function bestShortFitting(candidates: readonly Candidate[], space: SearchSpace, document: string): Candidate | undefined {
  const { prefix, exact, suffix } = space;
  if (!prefix.includes(exact) && !suffix.includes(exact)) {
    const inPlace = candidates.filter((c) => c.distance <= IN_PLACE && c.context >= CONTEXT_FIT);
    if (inPlace.length) return inPlace.reduce((a, b) => (b.distance < a.distance ? b : a));
  }
  const bothSides = candidates.filter((c) => Math.min(c.prefix, c.suffix) >= CONTEXT_FIT);
  if (!bothSides.length) return undefined;
  const best = bothSides.reduce((a, b) => (b.context > a.context ? b : a));
  // Another occurrence whose context fits about as well, on one side or both, makes it a guess, unless each stands on
  // the same line again: rolling captions repeat a line in the next cue, and either copy is the same speech.
  const rivals = candidates.filter((c) => c !== best && c.context >= CONTEXT_FIT && c.context >= best.context - AS_GOOD);
  if (!rivals.length) return best;
  // Lines of the document: a space whose typography was folded has none.
  const line = lineAround(document, space.toDocument(best.span));
  if (!rivals.every((c) => lineAround(document, space.toDocument(c.span)) === line)) return undefined;
  return rivals.reduce((a, b) => (b.distance < a.distance ? b : a), best);
}

/** The whole line of `text` that `span` stands on. */
function lineAround(text: string, span: Span): string {
  const end = text.indexOf('\n', span.end);
  return text.slice(text.lastIndexOf('\n', span.start - 1) + 1, end < 0 ? text.length : end);
}
