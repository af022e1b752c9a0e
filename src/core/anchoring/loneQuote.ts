import type { Span } from '../text/positions';
import type { Candidate, SearchSpace } from './candidates';

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
 * may be the other one.
 */
export function loneNearQuote(space: SearchSpace, occurrences: readonly Candidate[]): Span | undefined {
  const { exact, prefix, suffix } = space;
  if (occurrences.length !== 1 || [...exact].length < MIN_LONE_LENGTH) return undefined;
  const only = occurrences[0]!;
  if (only.distance > LONE_QUOTE_REACH) return undefined;
  if (hasTwin(prefix + exact + suffix, prefix.length, exact)) return undefined;
  return only.span;
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
