import { isAsciiLowerLetter } from '../turns/chars';

// A worked example set up by the speaker (`Picture a thousand women and suppose that 1% of them have breast cancer.`,
// `So say, for like, turbine applications, … only 500 C melting point`): the figures in it are made up for the
// example, so nothing in the sentence is reported. Read from the sentence's opening verb, a supposition in the
// imperative, not from the words of the example. English only. `Let's say` opening the sentence sets one up too
// (`And let's say they all undergo a screening`); inside the sentence it is a filler (`it's, let's say, more
// memory`), which the cue list ignores (notCues) and OWN_NEXT_MOVE in classify.ts does not take for a proposal.

/** Words that may come before the supposition: `And then suppose…`, `So say, …`, `Now imagine…`. */
const LEAD_IN = '(?:(?:and|but|so|then|now|well|okay|ok|like|just|yeah|um|uh),?\\s+)*';
// `picture` and `say` are verbs here only before what they introduce: `Picture quality rose` is no setup.
const SUPPOSITION = new RegExp(
  `^${LEAD_IN}(?:suppose|supposing|imagine|let(?:'s| us) say\\b|picture\\s+(?:a|an|that|this|these|those|yourself|some|\\d)\\b|say(?:,|\\s+(?:that|you|we|there)\\b))`,
);
/** How much of the sentence's start is read: the lead-in words and the supposition. */
const HEAD_LENGTH = 48;

/**
 * True when key[from, to) (a matching key: lower case) opens with a supposition in the imperative: a worked
 * example, not a report.
 */
export function opensSupposition(key: string, from: number, to: number): boolean {
  let start = from;
  while (start < to && !isAsciiLowerLetter(key.charCodeAt(start))) start++;
  return SUPPOSITION.test(key.slice(start, Math.min(to, start + HEAD_LENGTH)));
}

