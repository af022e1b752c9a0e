// The speaker quoting their own past words or thoughts (`And I said, "Well, money is good."`, `I saw it and I
// thought, "I'm gonna go get every book…"`, `And I thought, boy, must be a pretty exclusive thing`, `I was like,
// oh yeah, that explains a lot`): a story told in scenes, the words those of the speaker then, not a statement
// made now. Read from the shape, a first-person verb of saying or thinking opening a quotation or an interjection,
// not from what is quoted. English only.

import { anyOf } from '../text/anyOf';

// `said`, `thought`, `was like`, `went`, `told myself`: the verbs that open a quoted scene.
const OPENING = "(?: (?:said|thought|told (?:him|her|them|myself|everybody|everyone)|was like|were like|am like|are like|went)|'m like|'re like)";
// A quotation mark, or an interjection that starts the words as spoken (`oh`, `well`, `boy`).
const QUOTED = '(?:["\u201c\u2018]|(?:oh|okay|ok|well|wow|yeah|hey|boy|gosh|man|god|no)\\b)';
const OWN_WORDS = new RegExp(`(?:^|[\\s,;:(\u2014-])(?:i|we)${OPENING},?\\s*${QUOTED}`);

// Every match holds one of these: a cheap test before the expression.
export const OWN_WORDS_ANCHOR_WORDS: readonly string[] = ['said', 'thought', 'told', ' like', 'went'];
const ANCHORS = anyOf(OWN_WORDS_ANCHOR_WORDS);

/** True when `sentence` (a matching key: lower case) quotes the speaker's own past words or thoughts. */
export function quotesOwnWords(sentence: string): boolean {
  return ANCHORS.test(sentence) && OWN_WORDS.test(sentence);
}
