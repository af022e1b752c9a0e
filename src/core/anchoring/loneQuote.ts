import type { Span } from '../text/positions';
import type { Candidate, SearchSpace } from './candidates';
import { matchCostsByEnd, reverse } from './similarity';

/**
 * How far from where a tag should be (its stored position, moved by the drift of the tags around it) a short quote
 * found once may stand and still be placed though its context changed, in UTF-16 units: twice the context kept each
 * side, about what rewording its neighbours moves it by. Kept that short because a copy that stood a little further
 * off (past the stored context, so hasTwin cannot see it) may be all that is left.
 */
export const LONE_QUOTE_REACH = 64;

/** A one-character quote found once means nothing. */
const MIN_LONE_LENGTH = 2;

/**
 * A short quote (a name, a figure, `No.`) whose neighbours were edited, so that its context no longer fits: placed
 * when it occurs exactly once in the text and there, near where the tag should be. Several occurrences, or one far
 * away, leave it an orphan; so does a quote that stood twice within its own stored context, since the copy left
 * may be the other one, and one outside where the surviving part of its context puts it (whereContextSays).
 */
export function loneNearQuote(space: SearchSpace, occurrences: readonly Candidate[]): Span | undefined {
  const { exact, prefix, suffix } = space;
  if (occurrences.length !== 1 || [...exact].length < MIN_LONE_LENGTH) return undefined;
  const only = occurrences[0]!;
  if (only.distance > LONE_QUOTE_REACH) return undefined;
  if (hasTwin(prefix + exact + suffix, prefix.length, exact)) return undefined;
  const { after, before } = whereContextSays(space, only.span.start);
  if ((after !== undefined && only.span.start < after - CONTEXT_SLACK) || (before !== undefined && only.span.end > before + CONTEXT_SLACK)) return undefined;
  return only.span;
}

/** A stored prefix (suffix) aligned with at most this share of it in errors says where the quote starts (ends). */
const SURVIVING_CONTEXT_ERRORS = 1 / 3;
/**
 * How far around the quote found once its stored context is looked for, in UTF-16 units: wider than LONE_QUOTE_REACH,
 * since the drift of the tags around it only roughly says where it was.
 */
const CONTEXT_SEARCH_REACH = 4 * LONE_QUOTE_REACH;
/** How far outside that the quote may still start (end), in UTF-16 units. */
const CONTEXT_SLACK = 8;

/**
 * Where the context's surviving part puts the quote, looked for around `near`: after the stored prefix, where it
 * aligns best (or undefined when it is mostly gone), and before the stored suffix. A word corrected away
 * (`the supportive parent` → `the helpful parent`) leaves its context in place around the correction, so a copy
 * of it in the next sentence (`A supportive parent`) lies outside and is not taken for it.
 */
function whereContextSays(space: SearchSpace, near: number): { after?: number; before?: number } {
  const { text, prefix, suffix } = space;
  const from = Math.max(0, near - CONTEXT_SEARCH_REACH - prefix.length);
  const to = Math.min(text.length, near + CONTEXT_SEARCH_REACH + suffix.length);
  const result: { after?: number; before?: number } = {};
  if (prefix.length) {
    const costs = matchCostsByEnd(prefix, text, from, to); // [k] ↔ end from + k
    const best = nearestLeast(costs, near - from);
    if (costs[best]! <= prefix.length * SURVIVING_CONTEXT_ERRORS) result.after = from + best;
  }
  if (suffix.length) {
    const reversed = reverse(text.slice(from, to));
    const costs = matchCostsByEnd(reverse(suffix), reversed, 0, reversed.length); // [k] ↔ start to - k
    const best = nearestLeast(costs, to - near);
    if (costs[best]! <= suffix.length * SURVIVING_CONTEXT_ERRORS) result.before = to - best;
  }
  return result;
}

/** The index of the least cost, the one nearest `near` on a tie. */
function nearestLeast(costs: readonly number[], near: number): number {
  let best = 0;
  for (let k = 1; k < costs.length; k++) {
    if (costs[k]! < costs[best]! || (costs[k] === costs[best] && Math.abs(k - near) < Math.abs(best - near))) best = k;
  }
  return best;
}

/**
 * Whether the quote (at `own` in `around`, its stored prefix + itself + suffix) stands there a second time, also
 * when the context's edge cuts that copy, if at least half of it is left (`… will rise ten per`).
 */
function hasTwin(around: string, own: number, exact: string): boolean {
  const least = Math.max(MIN_LONE_LENGTH, Math.ceil(exact.length / 2));
  for (let at = least - exact.length; at <= around.length - least; at++) {
    if (at === own) continue;
    const from = Math.max(0, at);
    const to = Math.min(around.length, at + exact.length);
    if (around.slice(from, to) === exact.slice(from - at, to - at)) return true;
  }
  return false;
}
