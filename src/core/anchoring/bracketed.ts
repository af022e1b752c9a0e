import type { Candidate, SearchSpace } from './candidates';
import { matchCostsByEnd, prefixFit, similarity, suffixFit } from './similarity';

/** Both sides of the stored context must still fit this well for the stretch between them to be the tag's own place. */
const BRACKET_FIT = 0.75;

/**
 * The quote must still resemble what now stands between its context this much (edit similarity), and be about as long
 * (within this ratio): rolling captions merged into cues put whole new words between a line's old neighbours.
 */
const BRACKET_QUOTE = 0.6;
const BRACKET_LENGTH = 1.5;

/** Context shorter than this on either side says too little about where it stands. */
const MIN_CONTEXT = 8;

/** Places where the stored prefix ends, at most this many, the nearest first. */
const MAX_PLACES = 4;

/**
 * The tag's own place, its text edited there: where the stored prefix ends and the stored suffix begins, both fitting
 * on either side of a stretch that still resembles the quote, within `from`..`to` of the space's text. A speaker
 * renamed (`[Speaker 1] [05:47] You're there.` → `[Adam] [05:47] You're there.`) or a line re-timed leaves its line
 * between its old neighbours, while the approximate matcher, which reports only the matches with the fewest errors,
 * finds the next line (`[Speaker 3] [05:47] You're there.`) one character off.
 */
export function bracketed(space: SearchSpace, from: number, to: number): Candidate | undefined {
  const { text, exact, prefix, suffix } = space;
  // A quote without a letter (a timecode) is only ever found exactly, as in `approximate`.
  if (prefix.length < MIN_CONTEXT || suffix.length < MIN_CONTEXT || !/\p{L}/u.test(exact)) return undefined;
  // Ends of the prefix: the local minima of its alignment cost within a quarter of its length in errors.
  const low = Math.max(0, from - prefix.length);
  const costs = matchCostsByEnd(prefix, text, low, to); // [k] ↔ end low + k
  const allowed = Math.floor(prefix.length * (1 - BRACKET_FIT));
  const ends: number[] = [];
  for (let k = 1; k < costs.length; k++) {
    const cost = costs[k]!;
    if (cost <= allowed && cost < costs[k - 1]! && (k + 1 >= costs.length || cost <= costs[k + 1]!)) ends.push(low + k);
  }
  ends.sort((a, b) => Math.abs(a - space.expected) - Math.abs(b - space.expected));
  let best: Candidate | undefined;
  for (const start of ends.slice(0, MAX_PLACES)) {
    const before = prefixFit(text, start, prefix);
    if (before < BRACKET_FIT) continue;
    // Where the suffix fits best after a stretch about the quote's length.
    let end = -1;
    let after = 0;
    const last = Math.min(text.length, start + Math.floor(exact.length * BRACKET_LENGTH));
    for (let e = start + Math.ceil(exact.length / BRACKET_LENGTH); e <= last; e++) {
      const fit = suffixFit(text, e, suffix);
      if (fit > after || (fit === after && Math.abs(e - start - exact.length) < Math.abs(end - start - exact.length))) {
        after = fit;
        end = e;
      }
    }
    if (end < 0 || after < BRACKET_FIT) continue;
    const quote = similarity(text.slice(start, end), exact);
    if (quote < BRACKET_QUOTE) continue;
    const candidate: Candidate = { span: { start, end }, quote, prefix: before, suffix: after, context: (before + after) / 2, distance: Math.abs(start - space.expected) };
    if (!best || 2 * quote + candidate.context > 2 * best.quote + best.context) best = candidate;
  }
  return best;
}
