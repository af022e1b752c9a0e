/** `…, I'm sure.`, `…a key word I guess.`, `…, I believe...`: a first-person belief closing an English sentence. */
const TAG_HEDGE = /(?:^|[^a-z'’])i(?:'m| am)? (?:think|guess|believe|suppose|sure)[\s.…!"”]*$/;
export const TAG_HEDGE_PENALTY = 0.15;

export function isTagHedged(key: string, from: number, to: number): boolean {
  return TAG_HEDGE.test(key.slice(Math.max(from, to - 20), to));
}
