// How things go when you do something: a `will` in the consequence of a condition addressed to a generic `you`
// (`So if you don't exit out of the debug session, you will still be in the debug session.`, `if you rely on the
// available, it will just lie on the 99%`) states what happens every time, as Chinese `如果…就会` does (a regularity),
// not what is going to happen. Works on the matching key (lower case). A kind rule only: the sentence is a claim or not
// as before. Conditions on anyone else (`If the bill fails, prices will rise`) are left to the forecasts.

import { lastConditionStart } from './conditionals';

/** `if you`, `unless you`, `whenever you` opening a condition, with the word before it (to tell an indirect question). */
const GENERIC_CONDITION = /(?:^|[^a-z'’])(?:([a-z'’]+)\s+)?(?:if|unless|whenever)\s+you\s/g;
/** What closes the condition before its consequence. */
const CONDITION_END = /,|\bthen\b/;
/** A future inside the condition: `if you will` (so to speak), `if you're going to…` (an intention). */
const FUTURE_IN_CONDITION = /\bwill\b|['’]ll\b|\bgoing to\b|\bgonna\b/;
/** A sentence end or a semicolon between the condition and the marker (not the dot of a cue's timing line). */
const BREAK = /[;!?]|\.(?:\s|$)/;
/**
 * `you'll think that HAL 9000 is just around the corner`, `you will see that…`: what the listener will think or notice
 * puts the claim in the clause after it, which this rule does not read.
 */
const PERCEPTION_AFTER = /^\s*(?:(?:just|probably|also|then|still)\s+)?(?:think|see|find|notice|realize|realise|feel|believe|say)\b/;
/** How far before the marker the condition is looked for (caption cues put ids and timings inside a sentence). */
const MAX_CONDITION_CHARS = 320;

/**
 * True when the plain future marker key[at, end) (will, 'll, won't) lies in the consequence of a condition on a
 * generic `you` that opens in the sentence starting at `from`: the condition closes (a comma or `then`) before the
 * marker, holds no future of its own, and the marker is not a verb of thinking or seeing.
 */
export function isConsequenceOfYourAct(key: string, from: number, at: number, end: number): boolean {
  const start = Math.max(from, at - MAX_CONDITION_CHARS);
  const before = key.slice(start, at);
  const conditionStart = lastConditionStart(before, GENERIC_CONDITION);
  if (conditionStart < 0) return false;
  const clauses = before.slice(conditionStart);
  const close = CONDITION_END.exec(clauses);
  if (close === null || FUTURE_IN_CONDITION.test(clauses.slice(0, close.index)) || BREAK.test(clauses)) return false;
  return !PERCEPTION_AFTER.test(key.slice(end, end + 24));
}
