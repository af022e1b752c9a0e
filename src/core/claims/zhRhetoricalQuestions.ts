// Chinese rhetorical questions: asked so that the answer is the speaker's point (`跟過往不是一樣嗎？`, `能說不好嗎?`,
// `還能引發這樣的輿論效應嗎？`). Works on the matching key (text folded to Simplified). Kind rules only.
// Measured and left out: 难道, 岂, 何尝, 怎么能 anywhere in the question (they lowered a check file's kind; kindzh48).

/**
 * A last clause that asks whether the opposite holds (`跟过往不是一样吗？`, `能说不好吗？`, `还能引发这样的效应吗？`): the
 * speaker expects the answer that proves the point. A bare `能…吗` (`您能谈谈…吗？`) asks for something and is left out,
 * as are `是不是` (asks which), `能说明…吗` (asks whether something shows) and `能说说…吗` (asks to tell).
 */
const RHETORICAL_LAST_CLAUSE = /(?:(?<!是)不是|不就是|不也是|不正是|还能|又能|能说(?!明|说|一))[^，,。；;：:]{0,30}[吗嘛]\s*[？?]/;
/** Where the last clause of a sentence starts: after its last comma, semicolon or colon. */
const LAST_BREAK = /[，,；;：:](?=[^，,；;：:]*$)/;

/** The words that make the question key[from, to) rhetorical (`不是…吗`, `还能…吗`), or null. */
export function rhetoricalQuestion(key: string, from: number, to: number): string | null {
  const sentence = key.slice(from, to);
  const lastBreak = LAST_BREAK.exec(sentence);
  const asked = RHETORICAL_LAST_CLAUSE.exec(lastBreak === null ? sentence : sentence.slice(lastBreak.index + 1));
  if (asked === null) return null;
  const opener = asked[0].startsWith('不') ? asked[0].slice(0, asked[0].indexOf('是') + 1) : asked[0].slice(0, 2);
  return `${opener}…吗`;
}
