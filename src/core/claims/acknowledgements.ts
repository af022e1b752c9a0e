// A statement after an answer word (`Yeah, it's mostly dogs, and the police dogs go there too.`, `Yes, it's somewhat
// distributed, less at MIT than at other presses.`): `yeah`, `yes` or `yep` agrees with or answers the last turn, and
// what follows is said in its own right. The word is no part of the claim, and not the request or greeting an opening
// word like `let`, `okay` or `oh` starts (a plain statement's IMPERATIVE_START): the rest is read as the statement.
// English only.

/** The answer words, repeated or not (`Yeah, yeah, it's…`), each followed by a comma or a space. */
const ACKNOWLEDGEMENT = /^(?:(?:yeah|yes|yep)\b[,!]?\s+)+/;
/** Longest run of answer words read (`yeah, yeah, yeah, `), so a long sentence is never searched through. */
const MAX_ACKNOWLEDGEMENT_CHARS = 24;

/**
 * Where the statement starts in `key` (a matching key: lower case) when the sentence from `start` (its first letter)
 * opens with answer words: just past them; `start` itself otherwise.
 */
export function afterAcknowledgement(key: string, start: number, to: number): number {
  const code = key.charCodeAt(start);
  if (code !== 121 /* y */) return start;
  const match = ACKNOWLEDGEMENT.exec(key.slice(start, Math.min(to, start + MAX_ACKNOWLEDGEMENT_CHARS)));
  return match === null ? start : start + match[0].length;
}
