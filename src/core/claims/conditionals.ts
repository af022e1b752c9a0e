// A future marker inside the condition of an English `if` or `unless` clause does not predict: there `will` and
// `going to` say what someone intends or is willing to do (`And if you're going to use it in the data center, you
// better pay attention…`, `…if that's not going to be the way we actually are storing them`). The idiom `if you
// will` (so to speak) is no condition and is left as it was.
// After `know if`, `sure if`, `wonder if`… the clause is an indirect question (`I don't know if they'll sign`),
// which may still be about the future, so it is left alone. The consequence of a condition is not touched either:
// `If the bill fails, prices will rise` is a forecast.

/** `if` or `unless` opening a condition, with the word before it (to tell an indirect question). */
const CONDITION_OPENER = /(?:^|[^a-z'’])(?:([a-z'’]+)\s+)?(?:if|unless)\s/g;
/** Verbs and adjectives after which `if` means whether. */
const WHETHER_HEADS = new Set(['know', 'knows', 'knew', 'sure', 'wonder', 'wondering', 'wondered', 'see', 'ask', 'asked', 'asking', 'check', 'decide', 'tell', 'unclear', 'clear', 'doubt', 'matter', 'matters', 'find', 'out', 'whether']);
/** What closes the condition before the marker: a comma or another clause boundary, or `then`. */
const CLAUSE_BREAK = /[,;:!?—–]|\s-\s|\bthen\b/;
/** How far back from the marker a condition's `if` is looked for. */
const MAX_CONDITION_CHARS = 80;

/**
 * True when the future marker starting at `at` in key (a matching key: lower case) lies inside an `if` or `unless`
 * condition that opens within the same sentence (starting at `from`) and is not closed before the marker.
 */
export function isInCondition(key: string, from: number, at: number): boolean {
  const start = Math.max(from, at - MAX_CONDITION_CHARS);
  const before = key.slice(start, at);
  const conditionEnd = lastConditionStart(before, CONDITION_OPENER);
  if (conditionEnd < 0) return false;
  const condition = before.slice(conditionEnd);
  return !CLAUSE_BREAK.test(condition) && !(condition === 'you ' && key.startsWith('will', at));
}

/**
 * Where the words of the last condition opened in `before` start (just after its opener), or -1 when there is none
 * or the last opener follows a word that makes it an indirect question (`know if`). `opener` is a global expression
 * whose group 1 is the word before the conjunction.
 */
export function lastConditionStart(before: string, opener: RegExp): number {
  let conditionStart = -1;
  opener.lastIndex = 0;
  for (let match = opener.exec(before); match !== null; match = opener.exec(before)) {
    const head = match[1];
    conditionStart = head !== undefined && WHETHER_HEADS.has(head) ? -1 : match.index + match[0].length;
  }
  return conditionStart;
}
