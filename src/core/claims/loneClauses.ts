import { isAsciiLowerLetter } from '../turns/chars';

// A condition or a time clause standing alone as a sentence (`Once we add in the file reading stuff.`, `as long as
// it's going only from visual to that`, `If all of this works out.`): speech cut off before its main clause, or
// tagged on after the one it belongs to. It sets a circumstance and asserts nothing of its own. Read from the
// sentence's shape, a subordinating word opening it and no clause after it, not from its words. English only.
// `Because…` is left out: a reason given alone answers a question and may be a causal claim.

/** Words that may come before the clause: `And once…`, `So, if…`, `Yeah, as long as…`. */
const LEAD_IN = '(?:(?:and|but|so|or|then|yeah|yep|okay|ok|like|now|well|just|um|uh),?\\s+)*';
const OPENS_CONDITION = new RegExp(`^${LEAD_IN}(?:once|if|unless|as long as|until|whenever|whether)\\s`);
/** A main clause would follow a comma, a semicolon, a colon, a dash or `then`. */
const CLAUSE_BREAK = /[,;:—–]|\s-\s|\bthen\b/;
/**
 * Speech often runs the main clause on without a comma (`if we align usage to that value it doesn't make it useful`):
 * a pronoun subject with an auxiliary or a copula after the condition's own subject starts one.
 */
const SUBJECT_AND_VERB =
  /\b(?:i|you|we|they|he|she|it|that|this|there)(?:'s|'re|'ll|'d|'ve|'m|\s+(?:is|are|was|were|will|would|can|could|should|must|do|does|did|have|has|had|doesn't|don't|didn't|won't|can't|isn't|aren't|wasn't)\b)/;

/** True when key[from, to) (a matching key: lower case) is an English condition or time clause with no main clause. */
export function isLoneCondition(key: string, from: number, to: number): boolean {
  let start = from;
  while (start < to && !isAsciiLowerLetter(key.charCodeAt(start))) start++;
  const sentence = key.slice(start, to);
  const opening = OPENS_CONDITION.exec(sentence);
  if (opening === null) return false;
  const condition = sentence.slice(opening[0].length);
  // The condition's own subject is its first word: a second subject with its verb is the main clause.
  const afterSubject = condition.slice(Math.max(0, condition.indexOf(' ')));
  return !CLAUSE_BREAK.test(condition) && !SUBJECT_AND_VERB.test(afterSubject);
}

