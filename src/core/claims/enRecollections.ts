// The speaker recalling what was, unsure of a detail: `But the cases that we got came from, I think it was Fort
// Belleville, Maryland.`, `I think that there were some leaks of some of what they were doing before`. A belief before
// a past identification or existence hedges a memory, not a judgement: the statement is a fact, as `I think it was
// 1998` already is. About what is (`I think it's a little bit more rare…`, `I believe that it is`) the speaker judges,
// and is left alone. Works on the matching key (lower case). A kind rule only.

const RECALLED = /\bi (?:think|believe|guess),?\s+(?:that\s+)?(?:it was|there was|there were)\b/;

/** True when key[from, to) hedges a recollection with a first-person belief (I think it was…, I think there were…). */
export function hedgesRecollection(key: string, from: number, to: number): boolean {
  return RECALLED.test(key.slice(from, to));
}
