// Judgements a Chinese plain statement makes without a cue word, read from how the sentence is built. Works on the
// matching key (text folded to Simplified), so Traditional and Simplified read alike. Kind rules only: nothing here
// decides whether a sentence is a claim.

/**
 * Drawing a conclusion from what was seen (`从这事儿就可以看出——…`, `从上述行为可以看出，…`, `也能看出来，这个是…的产品`):
 * what follows is the speaker's inference, as after 这说明. 看出 with nothing after it (`可以看出一个趋势`) is a plain verb.
 */
const SEEN_INFERENCE = /(?:可以|能|就能|才能|不难|便可)看出(?:来)?|看得出(?:来)?/;
/** What may stand between the inference verb and its conclusion: a comma, a colon, a dash, a space. */
const INFERENCE_BREAK = /^[，,：:——\-\s]+/;

/** The inference frame of key[from, to) (`可以看出`), or null: the verb must be followed by a break and then the conclusion. */
export function seenInference(key: string, from: number, to: number): string | null {
  const sentence = key.slice(from, to);
  const match = SEEN_INFERENCE.exec(sentence);
  if (match === null) return null;
  const rest = sentence.slice(match.index + match[0].length);
  const gap = INFERENCE_BREAK.exec(rest);
  return gap !== null && /[\u3400-\u9fffA-Za-z0-9]/.test(rest.slice(gap[0].length)) ? match[0] : null;
}
