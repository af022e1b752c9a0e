// A first-person belief whose object is the speakers' own past doings or the words just said (`I think we've done it
// in the past.`, `I think I showed Monica this`, `And I think we talked about this in our own discussions…`, `Because
// yeah, I think that's a big question.`, `…and I think that's ok.`): the speaker hedges a recollection of the
// conversation's own business or reacts to the last turn, which is no claim about the world. Read from the shape,
// `I think` (`believe`, `guess`, `suppose`) over `I` or `we` with a verb in the past tense or perfect, or over a
// `that` pointing back, not from the words thought. What the speakers have or will do now (`I think we have a lot of
// bugs…`, `I think we're going to have to spend a long time…`) is left to the other rules: a team's state or plan may
// be a claim. English only; the caller applies it when the belief is the sentence's only cue.

import { anyOf } from '../text/anyOf';
import { IRREGULAR_PARTICIPLE, PAST_VERB } from './pastEvents';

const OWN_PAST = `(?:i|we)(?:(?:'ve|\\s+have)\\s+(?:${PAST_VERB}|${IRREGULAR_PARTICIPLE})|\\s+${PAST_VERB})`;
const NEAR_BELIEF = new RegExp(`(?:^|[^a-z'])(?:i|we) (?:do )?(?:think|believe|guess|suppose),?\\s+(?:that\\s+)?(?:that's|that is|that was|${OWN_PAST})`);

// Every match holds one of these: a cheap test before the expression.
const ANCHORS = anyOf(['think', 'believe', 'guess', 'suppose']);

/** True when `sentence` (a matching key: lower case) holds a first-person belief about the speakers or the last words. */
export function holdsNearBelief(sentence: string): boolean {
  return ANCHORS.test(sentence) && NEAR_BELIEF.test(sentence);
}
