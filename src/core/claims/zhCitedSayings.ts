// A Chinese sentence that opens by siding with words said before (`正如中国网友所言，…`, `就像我们常说的那样，…`): the
// speaker invokes a saying or an authority to back what follows, which is taking a stance, not reporting the words.
// Works on the matching key (text folded to Simplified). Kind only: nothing here decides whether a sentence is a claim.

/**
 * 正如 / 就像 / 如同 / 一如, then who said it (up to 60 characters, no clause break), then the saying verb in its cited form:
 * 所言, 所说(的), 所讲, 所指出的, 所解释的, 所述, 说的那样, 讲过的… What follows the comma is what the speaker backs.
 * A simile (`就像疫苗会…一样`) names no saying and is left alone.
 */
const CITED_SAYING = /^(?:正如|就像|如同|一如)[^，,。；;：:！!？?]{0,60}?(?:所(?:言|说|讲|述|指出|解释|提到|强调)|(?:说|讲)(?:过)?(?:的)?那样)(?:的|过的)?(?:那样|一样)?[，,]/;

/** Fillers and marks a sentence may open with before the frame (`而且正如…`, `**正如…`). */
const OPENING = /^[\s*_“"「『（(【]*(?:而且|并且|但是|但|而|所以|因此|可是|其实)?/;

/** `正如…所言` when key[from, to) opens with a cited saying and goes on after it; null otherwise. */
export function citedSaying(key: string, from: number, to: number): string | null {
  const sentence = key.slice(from, to);
  const rest = sentence.slice(OPENING.exec(sentence)![0].length);
  const match = CITED_SAYING.exec(rest);
  if (match === null) return null;
  // The frame must lead into what it backs: `正如你刚才所说。` alone agrees and claims nothing of its own.
  if (!/[\u3400-\u9fffA-Za-z0-9]/.test(rest.slice(match[0].length))) return null;
  const opener = match[0].slice(0, 2);
  return match[0].includes('所') ? `${opener}…所言` : `${opener}…说的那样`;
}
