// Judgements an English plain statement makes without a cue word, read from its predicate. Works on the matching key
// (lower case). Kind rules only: nothing here decides whether a sentence is a claim.

/**
 * A noun that judges what its subject is, as the predicate of a copula (`Most productivity metrics are a lie.`,
 * `This is a bit of a problem`, `it is a challenge to distribute the key`): saying that something is a problem, a
 * mistake or a myth is an assessment, as `is clear` is; so is calling it a pain or a waste (`This test is a real
 * pain to write`), or an indication or a testament of something, which infers (`it's really an indication of their
 * commitment…`). `There is a problem with…` reports that one exists, and a relative clause (`…tracks more witnesses
 * than X, which is a problem for larger wallets`) comments on what the main clause states: both are left out.
 */
const JUDGING_NOUN_PREDICATE =
  /(?<!\b(?:there|which|that|who)\s)\b(?:is|are|was|were|['’]s|['’]re|be|been|becomes?|became|remains?)\s+(?:not\s+)?(?:(?:just|really|still|actually|also|always|often|kind of|sort of)\s+)?(?:(?:a|an|the)\s+)?(?:(?:little\s+)?bit\s+of\s+a\s+|(?:big|real|huge|major|serious|massive|total|complete)\s+)?(problem|challenge|lie|fraud|mistake|disaster|failure|myth|joke|shame|threat|scandal|pain|hassle|nightmare|mess|waste|indication|testament)s?\b/;

/** The judging nouns alone: most sentences have none, and this is cheaper to rule out than the copula before them. */
const JUDGING_NOUN = /\b(?:problem|challenge|lie|fraud|mistake|disaster|failure|myth|joke|shame|threat|scandal|pain|hassle|nightmare|mess|waste|indication|testament)s?\b/;

/** The judging noun a copula predicates in key[from, to) (`problem`, `lie`), or null. */
export function judgingNounPredicate(key: string, from: number, to: number): string | null {
  const sentence = key.slice(from, to);
  if (!JUDGING_NOUN.test(sentence)) return null;
  const match = JUDGING_NOUN_PREDICATE.exec(sentence);
  return match === null ? null : (match[1] as string);
}

/**
 * A comparison graded by the speaker (`Basically, it's much more accurate.`, `…has a much more troubled history of…`,
 * `it's much more work`): `much` or `far` before `more` or `less` in a predicate (after a copula) or in a noun phrase
 * (after `a`) weighs one thing against another without a figure; the weighing is the speaker's. Not a quantity
 * (`gave me so much more confidence`, `…and much more.`: no copula or article before it) nor `more than`.
 */
const GRADED_COMPARISON =
  /\b(?:is|are|was|were|['’]s|['’]re|be|been|seems?|looks?|feels?|gets?|got|becomes?|became|remains?|a|an)\s+(?:(?:so|just|really|actually|still|also|even)\s+)?((?:much|far)\s+(?:more|less))\s+(?!(?:than|of|to|and|or|about)\b)[a-z]/;

/** The graded comparison (`much more`, `far less`) a predicate or noun phrase of key[from, to) makes, or null. */
export function gradedComparison(key: string, from: number, to: number): string | null {
  const sentence = key.slice(from, to);
  if (!sentence.includes(' more ') && !sentence.includes(' less ')) return null;
  const match = GRADED_COMPARISON.exec(sentence);
  return match === null ? null : (match[1] as string);
}
