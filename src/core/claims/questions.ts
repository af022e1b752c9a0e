// Questions: marked, inverted or wh- in English, unmarked in Chinese; and where a tag question (…，对吧？) starts.
import { codesOf } from '../text/codesOf';
import { isCjkIdeograph } from './cjkIdeographs';
import { TRAILING } from './trailingMarks';

const QUESTION_END = codesOf('？?吗么');
const NE = '呢'.charCodeAt(0);
/** Question words before a final 呢; 为何, 如何, 何时 are the written ones, 什幺 and 怎幺 speech-to-text's spellings. */
const QUESTION_WORD = /多少|什么|怎么|为什么|哪|谁|几|是否|是不是|有没有|会不会|为何|如何|何时|什幺|怎幺/;

export function isQuestion(key: string, from: number, to: number): boolean {
  let end = to;
  while (end > from && TRAILING.has(key.charCodeAt(end - 1))) end--;
  if (end === from) return false;
  const last = key.charCodeAt(end - 1);
  // 呢 also ends statements (还早呢); with a question word it ends a question.
  return QUESTION_END.has(last) || (last === NE && QUESTION_WORD.test(key.slice(from, end)));
}

/**
 * `…，對不對？`, `…，是不是？`: a Chinese question tag after a statement, at the end of the sentence. English
 * `, right?` is left alone: in speech it is mostly a filler that checks the listener follows.
 */
const TAG_QUESTION = /[，,]\s*(?:对不对|是不是|对吧|是吧|不是吗|没错吧)[啊呀呢吗]?\s*[？?][\s"'”’」』)）]*$/;
const MAX_TAG_LENGTH = 24;

/** Where a tag question starts in key[from, to), or -1 when the sentence does not end with one. */
export function tagQuestionStart(key: string, from: number, to: number): number {
  const start = Math.max(from, to - MAX_TAG_LENGTH);
  const match = TAG_QUESTION.exec(key.slice(start, to));
  return match ? start + match.index : -1;
}

/** `Again, will this government restore public trust and strike-`: a question cut off before its mark. */
const INVERTED_QUESTION = /^(?:(?:and|but|so|again|then|now|well|mr\. speaker|madam speaker),?\s+)*(?:will|would|can|could|should|does|do|did|is|are|was|were|has|have|shall)\s+(?:this|that|the|he|she|they|you|it|we|there|i|anyone|anybody|any)\b/;

/**
 * `What stage is all this in…`, `What do you guys think of this because…`: a question word, then an auxiliary before its
 * subject, as speech-to-text writes a question without its mark. Only what/which/how take a word or two between
 * (`what stage`, `how many`); `When the deficit was the…` and `What we're talking about is…` keep their subject first.
 */
const WH_QUESTION = /^(?:(?:and|but|so|then|now|well|okay|yeah|like|um|uh),?\s+)*(?:(?:what|which)(?:\s+(?!i\b|we\b|you\b|they\b|he\b|she\b|it\b|the\b|a\b|an\b)[a-z]+){0,2}?|how(?:\s+(?:much|many|long|often|far))?|why|where|when|who)\s+(?:is|are|was|were|do|does|did|can|could|should|would|will|have|has)\s+(?:this|that|the|he|she|they|you|it|we|there|i|all|these|those)\b/;

export function isInvertedQuestion(key: string, from: number, to: number): boolean {
  const first = key.charCodeAt(from);
  // Only English sentences can start this way; most start with another letter.
  if (first < 97 || first > 122) return false;
  const head = key.slice(from, Math.min(to, from + 60));
  return INVERTED_QUESTION.test(head) || WH_QUESTION.test(head);
}
/** `That is why…`, `So that's what server is.`, `That is it in a nutshell`: a comment pointing back at what was said. */
/**
 * `所以这就是我们所说的“手臂农场”`, `這個是他們 github 上的標語`, `那这个是我的一点个人感想`: a demonstrative subject with 是
 * points at what was just said or shown, in Chinese as `that is what…` does in English.
 */
/**
 * `有沒有什麼方法可以辦認出大大`, `这个你们两位怎么看`: a question asked without its `？` (speech-to-text and talk scripts
 * drop it): an A-not-A verb opening the sentence, or a question word ending it (or among its last few characters,
 * UNMARKED_WH_END_ZH), with no full stop.
 */
const UNMARKED_QUESTION_START_ZH = /^(?:那|那么|所以|你|你们|大家|我们)?(?:有没有|是不是|能不能|会不会|要不要|可不可以|对不对)/;
const UNMARKED_QUESTION_END_ZH = /(?:怎么看|怎么办|怎么样|如何)$/;
/**
 * `这个增长主要来自哪个渠道`, `奖品预算是多少`, `流程谁来写`: a question word in the last few characters asks, in speech-to-text
 * without punctuation, as `？` would. Not before 都/也 (`谁都行`, `哪里也不去`: anyone, anywhere) nor 什么 after a negation
 * (`没什么`, `不算什么`).
 */
const UNMARKED_WH_END_ZH = /(?:(?:多少|多久|多长时间|什么时候|为什么|哪(?:个|些|里|儿|位|种|家|天|年)?|谁)(?![个些里儿位种家天年]?[都也])[\u3400-\u9fff]{0,2}|(?<![没不][\u3400-\u9fff]?)什么)$/;
/** How much of a sentence's end UNMARKED_WH_END_ZH reads. */
const WH_END_SCAN = 8;
const WHITE_SPACE = codesOf(' \t\u3000');
/** True for a Chinese sentence that ends without punctuation and reads as a question (UNMARKED_QUESTION_START_ZH, UNMARKED_QUESTION_END_ZH). */
export function isUnmarkedQuestion(key: string, from: number, to: number): boolean {
  let end = to;
  while (end > from && WHITE_SPACE.has(key.charCodeAt(end - 1))) end--;
  // Most sentences end in punctuation or a Latin letter: only an unpunctuated Chinese ending is read further.
  if (end === from || !isCjkIdeograph(key.charCodeAt(end - 1))) return false;
  // Only the first and last few characters are read, so a long unpunctuated line costs no more than a short one.
  return UNMARKED_QUESTION_START_ZH.test(key.slice(from, Math.min(end, from + 8))) || UNMARKED_QUESTION_END_ZH.test(key.slice(Math.max(from, end - 3), end)) ||
    UNMARKED_WH_END_ZH.test(key.slice(Math.max(from, end - WH_END_SCAN), end));
}
