// A Chinese 会 that tells how someone or something behaves (`API 會去算…`, `功能会有一些限制`, `女性会负责家庭支出`)
// rather than what will happen. Works on the matching key (text folded to Simplified).
import { codesOf } from '../text/codesOf';

/**
 * The plain 会 words read here; 就会 and 都会 are read as regularities and habits elsewhere. A negated 不会 is left to
 * the future: it mostly assures (`我们不会失败`, `努力不会停止`), and on the dev half no kind was gained from it.
 */
const PLAIN_HUI = new Set(['会', '也会']);
/** The speaker or the speaker's side before the 会: a promise or a plan (`我们会…`, `我相信也会…`), which predicts. */
const SPEAKER_BEFORE = /我|咱们/;
/**
 * Someone's words or mind before the 会 (`表示，…会`, `声称会`, `希望…会`): a reported promise or an expectation. 说 in
 * `对…来说` (as for), `比如说`, `就是说` quotes no one.
 */
const FRAMED_BEFORE = /表示|声称|宣称|称|(?<![来如是])说|指出|强调|承诺|保证|宣布|透露|相信|希望|担心|担忧|认为|觉得|预料|坚信|期待|盼/;
/**
 * Words in the 会's clause that set it on the way to an outcome: certainty (一定, 终, 注定), repetition or continuation
 * (再, 重新, 继续, 持续, 进一步), change (越来越, 逐渐, 开始, 变, 成为, 起来) or a time after now (以后, 后续, 永远).
 */
const OUTCOME_NEAR = /一定|必|终|注定|肯定|迟早|早晚|到头来|再|重新|继续|持续|进一步|越来越|逐渐|逐步|开始|变|成为|起来|下去|以后|之后|后续|永远|从此|届时|更/;
/**
 * A guess right before the 会 (`应该也会是一个很大趋势`, `大概会…`): the speaker weighs what will come. 可能, 也许, 或许 are
 * likelihood cues of their own, read by the likelihood rules (a hedge on the present when no future is left).
 */
const GUESS_BEFORE = /(?:应该|应当|大概|估计|恐怕)$/;
/** A time after some point anywhere before the 会 (`这次会议之后，公司会扩大投资`): the 会 tells what comes then. */
const LATER_BEFORE = /以后|之后|后续|从此|届时/;
/** Clause and sentence punctuation: the 会's clause runs between two of these (classify.ts's CLAUSE_BREAK holds only commas, semicolons and colons). */
const DISPOSITION_CLAUSE_BREAK = codesOf('，,。．！!？?；;：:、');
/** How far a clause is read on each side of the 会. */
const REACH = 16;
/**
 * How far back the sentence is read for a speaker, a frame, a guess or a later time: far beyond a sentence of speech,
 * and bounded so that a line of thousands of 会 without punctuation costs each hit the same (not the whole line).
 */
const BEFORE_REACH = 200;

function clauseStart(key: string, from: number, at: number): number {
  for (let i = at - 1; i >= Math.max(from, at - REACH); i--) if (DISPOSITION_CLAUSE_BREAK.has(key.charCodeAt(i))) return i + 1;
  return Math.max(from, at - REACH);
}

function clauseEnd(key: string, at: number, to: number): number {
  for (let i = at; i < Math.min(to, at + REACH); i++) if (DISPOSITION_CLAUSE_BREAK.has(key.charCodeAt(i))) return i;
  return Math.min(to, at + REACH);
}

/**
 * True when key[start, end) is a plain 会 that describes a disposition or a habit, not a prediction: no first person
 * before it in the sentence, no verb of saying or believing, and nothing in its clause that points to an outcome
 * (OUTCOME_NEAR). A future time word in the sentence is looked for by the caller.
 */
export function isDispositionalHui(key: string, from: number, to: number, start: number, end: number): boolean {
  if (!PLAIN_HUI.has(key.slice(start, end))) return false;
  const before = key.slice(Math.max(from, start - BEFORE_REACH), start);
  if (SPEAKER_BEFORE.test(before) || FRAMED_BEFORE.test(before) || GUESS_BEFORE.test(before) || LATER_BEFORE.test(before)) return false;
  return !OUTCOME_NEAR.test(key.slice(clauseStart(key, from, start), clauseEnd(key, end, to)));
}
