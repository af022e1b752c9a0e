// `I had a great time.`, `There's some great behind the scenes conversations … where I get to interview hosts`, `it is
// my great pleasure to be your master of ceremonies today`: a word of mild praise (great, awesome, nice…) in a sentence
// about the people talking is enthusiasm in the conversation, not a judgement anyone checks. Beside a judging word
// (`important`, `unfair`, `historic`), or with nobody of the conversation in it (`The new bridge is a great design.`),
// the sentence is read as before. English only; works on the matching key (lower case).

/** Words of liking and praise that judge little on their own. */
const MILD_PRAISE = new Set(['great', 'awesome', 'cool', 'nice', 'wonderful', 'fun', 'amazing', 'lovely', 'fantastic', 'terrific']);
/** I, we or you in any form: the sentence is about the people in the conversation. */
const SPEAKERS = /(?:^|[^a-z'’])(?:i|i'm|i’m|i've|i’ve|i'd|i’d|me|my|we|we're|we’re|us|our|you|you're|you’re|your)(?![a-z'’])/;
const EVALUATION = 'evaluation: ';
/** Reasons that may stand beside the praise: an intensifier (`really great`) or the speaker's `I think`. */
const BESIDE_PRAISE = ['intensifier: ', 'first-person belief: '];

/** How much lower such a sentence ranks: under the default threshold from a plain evaluation's 0.5–0.55. */
export const MILD_PRAISE_PENALTY = 0.1;

/** True when every opinion reason is mild praise or stands beside it, and `sentence` (key) speaks of I, we or you. */
export function isMildPraiseAmongSpeakers(opinion: readonly string[], sentence: string): boolean {
  let praised = false;
  for (const reason of opinion) {
    if (reason.startsWith(EVALUATION)) {
      if (!MILD_PRAISE.has(reason.slice(EVALUATION.length).toLowerCase())) return false;
      praised = true;
    } else if (!BESIDE_PRAISE.some((prefix) => reason.startsWith(prefix))) return false;
  }
  return praised && SPEAKERS.test(sentence);
}
