// The speaker telling a past event of their own with a verb of record (`I was drafted into the military and got into
// the U.S. Army.`, `I worked at LastPass…`, `We got someone who wants to buy TinyBox Pros too.`): a piece of record,
// checkable when it names someone or something, unlike the present-tense talk about oneself (`I can plot`, `I'm the
// one…`) that the first-person penalty of a plain statement is for. Read from the clause's shape, a first-person
// subject followed by a verb in the past tense, not from what the event is. English only.

/** Past forms that do not end in -ed: English's irregular verbs (a closed class of the grammar, not a list of topics). */
const IRREGULAR_PAST =
  'was|were|had|did|went|got|made|took|came|saw|found|wrote|built|told|gave|left|ran|began|brought|bought|became|knew|met|sent|spent|lost|won|kept|held|paid|sold|taught|caught|fought|grew|drew|flew|drove|rode|broke|chose|spoke|fell|led|heard|hid|rose|sat|shot|stood|struck|swore|understood|forgot';
/** Adverbs that may stand between the subject and its verb: `I also worked…`, `we finally shipped…`. */
const ADVERBS = '(?:(?:just|also|actually|then|never|already|finally|eventually|even|first|originally|recently|once|later)\\s+)*';
/** A main clause's start: the sentence's, after a comma or semicolon, or after `and`, `so`, `then`, `but` (not `when I was…`, a background). */
const CLAUSE_START = '(?:^|[,;]\\s*|\\b(?:and|so|then|but)\\s+)';
/** A first-person subject: `I`, `we`, or a noun phrase of theirs (`my boss`, `our team`). */
const FIRST_PERSON_SUBJECT = "(?:i|we|(?:my|our) [a-z]+)";
/** A verb in the past tense, after any adverbs: for expressions that read a past event (here and nearBeliefs.ts). */
export const PAST_VERB = `${ADVERBS}(?:[a-z]+ed|${IRREGULAR_PAST})\\b`;
/** Past participles that do not end in -ed (the perfect, `we've done it`): here for nearBeliefs.ts and ownHoldings.ts. */
export const IRREGULAR_PARTICIPLE = '(?:done|been|seen|gone|taken|given|written|shown|known|spoken|broken|chosen|begun)\\b';
const PAST_EVENT = new RegExp(`${CLAUSE_START}${FIRST_PERSON_SUBJECT}\\s+${PAST_VERB}`);

/** True when `sentence` (a matching key: lower case) tells a past event of the speaker's own in the past tense. */
export function narratesOwnPastEvent(sentence: string): boolean {
  return PAST_EVENT.test(sentence);
}
