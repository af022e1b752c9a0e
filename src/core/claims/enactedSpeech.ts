// Speech or thought acted out with a quotative `like` (`he's like, okay, employee a, you're in Zone A…`, `you're like,
// oh shit, this is going to take six months`, `…and going to be like, this is not the correct definition`, `so they're
// like, go ahead and pay us`): the speaker performs what someone says or would say, a scene rather than a report.
// A future or a judgement in the performed words is not the speaker's. `He said…` reports and stays a claim; only
// the quotative `be like` before a comma is read so, with a person as its subject (or none, after `going to` or
// `being`), since `it's like, …` and `data that is like, …` compare. English only; ownWords.ts has the speaker's own
// `said`/`thought`.

const PERSON = '(?:i|you|he|she|they|we|people|someone|somebody|everyone|everybody|who)';
const BE = "(?:'m|'re|'s|'ll be|'d be|\\s+(?:am|are|is|was|were|will be|would be|gonna be|going to be))";
const SUBJECTLESS = '(?:going to be|gonna be|being)';
const HEDGES = '(?:\\s+(?:just|all|kind of|sort of|literally|totally))?';
const ENACTED = new RegExp(`\\b(?:${PERSON}${BE}|${SUBJECTLESS})${HEDGES}\\s+like,`);

/** True when `sentence` (a matching key: lower case, apostrophes folded) acts out someone's words with `be like,`. */
export function actsOutSpeech(sentence: string): boolean {
  return sentence.includes(' like,') && ENACTED.test(sentence);
}
