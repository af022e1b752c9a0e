import { matchingKey } from '../core/text/charFold';

/** Between the opener and the closer of a two-part cue (`据…报道`). */
const GAP = '…';

/**
 * The claim detector quotes cue words folded to Simplified Chinese (`我认为` for `我認為`). This shows each
 * reason's quoted words as the sentence writes them: the fold maps one character to one, so the folded
 * word's place in the folded sentence is its place in the sentence. A word not found is left as it is.
 */
export function cuesAsWritten(sentence: string, cues: readonly string[]): string[] {
  let key: string | undefined;
  return cues.map((reason) => {
    const colon = reason.indexOf(': ');
    if (colon < 0) return reason;
    key ??= matchingKey(sentence);
    const quoted = reason.slice(colon + 2);
    let from = 0;
    const parts = quoted.split(GAP).map((part) => {
      const found = part ? key!.indexOf(matchingKey(part), from) : -1;
      if (found < 0) return part;
      from = found + part.length;
      return sentence.slice(found, found + part.length);
    });
    return `${reason.slice(0, colon + 2)}${parts.join(GAP)}`;
  });
}
