// What the speakers' side has (`We have another metric for available right in host metrics.`, `We've got basic
// debugging facilities.`, `And then we had baptisms as well.`): `we` with `have` as its main verb states what the
// team, project or congregation holds, a piece of record, unlike the plans, wishes and stories the `we` penalty of a
// plain statement is for. Read from the clause's shape: `have` followed by its object, not by `to` (an obligation), a
// participle (the perfect, `we have now passed…`), or a word of presence (`we have with us…`, `we have here…`), which
// introduce a guest or the talk's own business. English only.

import { IRREGULAR_PARTICIPLE, PAST_VERB } from './pastEvents';

/** Words before the subject: `And then we had…`, `So, yeah, we have…`. */
const LEAD_IN = '(?:(?:and|but|so|then|now|well|okay|ok|yeah|also|actually|basically|um|uh),?\\s+)*';
/** Adverbs around `have`: `we also have…`, `we still have…`, `we have now…`. */
const ADVERB = '(?:also|still|already|now|actually|even|just|really|currently)';
const HAVE = "(?:'ve got|\\s+have got|\\s+have|\\s+had|'ve)";
/** What may follow `have` without it being the main verb with an object, or with one about the talk itself. */
const NOT_AN_OBJECT = `(?:to|not|never|with|here|there|today|tonight|on|in|${ADVERB}|${IRREGULAR_PARTICIPLE}|${PAST_VERB})\\b`;
const OWN_HOLDING = new RegExp(`^${LEAD_IN}we(?:\\s+${ADVERB})*${HAVE}\\s+(?:${ADVERB}\\s+)*(?!${NOT_AN_OBJECT})[a-z0-9]`);

/** True when `sentence` (a matching key from its first letter: lower case) opens with `we have` and its object. */
export function statesOwnHolding(sentence: string): boolean {
  return OWN_HOLDING.test(sentence);
}
