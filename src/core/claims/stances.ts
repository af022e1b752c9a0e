// Stances a sentence is built on (只有…才, 才是, 是…的, a judging predicate, a rebuttal…), given as reasons.
import { judgingPredicate, rebuttal, stanceFrame } from './zhKindStructure';
import { causedFeeling, degreePredicate, exclamation, excessPredicate, generalisation, weighingWord, likening, seenInference, sufficiency, totalNegation } from './zhJudgements';
import { citedSaying } from './zhCitedSayings';
import { gradedComparison, judgingNounPredicate } from './enJudgements';
import { indexWithin } from '../text/indexWithin';
import { DE } from './cueFiltersZh';
import { TRAILING } from './trailingMarks';

/** `只有全球人民齐心努力，才能对抗病毒`: only if… then…, a necessary condition the speaker asserts. */
const ONLY_IF_THEN = /只有[^。！？!?；;]{1,40}?才/;
/** `言之有物的观点碰撞，才是这些谈话的精髓`, `这才是…的真正意图`: 才是 singles out what truly is. */
const TRULY_IS = /才是/;
export const ONLY_IF_REASON = 'necessity: 只有…才';
const TRULY_IS_REASON = 'necessity: 才是';
export const ONLY_IF_CUES: readonly string[] = [ONLY_IF_REASON];
export const TRULY_IS_CUES: readonly string[] = [TRULY_IS_REASON];

/**
 * The reason when key[from, to) asserts a necessary condition (只有…才) or singles something out as what truly is
 * (才是): the speaker's judgement of how things must be or really are, whatever the topic. Null otherwise.
 */
export function necessityFrame(key: string, from: number, to: number): string | null {
  if (indexWithin(key, '才', from, to) < 0) return null;
  const sentence = key.slice(from, to);
  return ONLY_IF_THEN.test(sentence) ? ONLY_IF_REASON : TRULY_IS.test(sentence) ? TRULY_IS_REASON : null;
}

const judgingReasons = new Map<string, string>();

/** The reason when key[from, to) has a predicate that judges (符合…利益, 有…空间: judgingPredicate); null otherwise. */
export function judgingPredicateReason(key: string, from: number, to: number): string | null {
  const words = judgingPredicate(key, from, to);
  if (words === null) return null;
  let reason = judgingReasons.get(words);
  if (reason === undefined) judgingReasons.set(words, (reason = `evaluation: ${words}`));
  return reason;
}

export const SHI_DE_REASON = 'evaluation: 是…的';
export const SHI_DE_CUES: readonly string[] = [SHI_DE_REASON];
const REBUTTAL_PREFIX = 'rebuttal: ';
const STANCE_FRAME_PREFIX = 'stance frame: ';
const INFERENCE_PREFIX = 'inference: ';
const EVALUATION_PREFIX = 'evaluation: ';
const EXCLAMATION_PREFIX = 'exclamation: ';
const GENERALISATION_PREFIX = 'generalisation: ';

/**
 * The reason a plain Chinese statement takes a stance (zhKindStructure.ts, zhJudgements.ts): a rebuttal, a frame such
 * as 总的来看, a conclusion drawn from what was seen (可以看出), too much or not enough (压力太大, 不够好), or
 * what suffices (足以成为…), a generalisation over many cases (往往, 一般来说), or an exclamation (`…肯定是不正常滴！`); or null.
 */
export function zhStanceReason(key: string, from: number, to: number): string | null {
  const rejected = rebuttal(key, from, to);
  if (rejected !== null) return REBUTTAL_PREFIX + rejected;
  const built = zhBuiltStance(key, from, to);
  if (built !== null) return built;
  // Plain statements only: beside a regularity (`…往往把责任推给…，…就会…`) it says how a process goes, a fact.
  const general = generalisation(key, from, to);
  if (general !== null) return GENERALISATION_PREFIX + general;
  const graded = degreePredicate(key, from, to);
  if (graded !== null) return EVALUATION_PREFIX + graded;
  const weighed = weighingWord(key, from, to);
  if (weighed !== null) return EVALUATION_PREFIX + weighed;
  const exclaimed = exclamation(key, from, to);
  return exclaimed === null ? null : EXCLAMATION_PREFIX + exclaimed;
}

/**
 * The stance a Chinese sentence is built on, whatever its cue words: a frame such as 总的来看 or 当然, a saying cited to
 * back what follows (正如…所言), a conclusion drawn
 * from what was seen (可以看出), too much or not enough (太少, 不够好), what suffices (足以), a negation that leaves
 * nothing (一点…都没有, 毫无), a likening (有点像) or a contrast with what is plain (明明); or null. Rebuttals and
 * exclamations are read only in plain statements (zhStanceReason): beside a regularity `而不是` states an outcome
 * (`我们就会长出脂肪细胞而不是肌肉`), not a rejected reading.
 */
export function zhBuiltStance(key: string, from: number, to: number): string | null {
  const frame = stanceFrame(key, from, to) ?? citedSaying(key, from, to);
  if (frame !== null) return STANCE_FRAME_PREFIX + frame;
  const inferred = seenInference(key, from, to);
  if (inferred !== null) return INFERENCE_PREFIX + inferred;
  const graded = excessPredicate(key, from, to) ?? sufficiency(key, from, to) ?? totalNegation(key, from, to) ?? causedFeeling(key, from, to) ?? likening(key, from, to);
  return graded === null ? null : EVALUATION_PREFIX + graded;
}

/**
 * The reason a plain English statement judges (enJudgements.ts): a judging noun as its predicate (`…are a lie`) or a
 * comparison graded by the speaker (`it's much more accurate`); or null.
 */
export function enStanceReason(key: string, from: number, to: number): string | null {
  const judged = judgingNounPredicate(key, from, to) ?? gradedComparison(key, from, to);
  return judged === null ? null : EVALUATION_PREFIX + judged;
}

/** The reason for a comparison an English sentence grades (`much more`, enJudgements.ts), or null. */
export function gradedComparisonReason(key: string, from: number, to: number): string | null {
  const graded = gradedComparison(key, from, to);
  return graded === null ? null : EVALUATION_PREFIX + graded;
}

/** True when key[from, to) ends in 的 before its closing punctuation. */
export function endsWithDe(key: string, from: number, to: number): boolean {
  let end = to;
  while (end > from && TRAILING.has(key.charCodeAt(end - 1))) end--;
  return end > from && key.charCodeAt(end - 1) === DE;
}
/** The last clause of a sentence, without its closing punctuation. */
const LAST_CLAUSE = /([^，,；;：:。！!？?]*)[。！!…\s"'”’」』)）]*$/;
/** `是…的` around a predicate (是可以作为的, 是有很大拖累作用的), not after a conjunction (但是, 还是, 要是). */
const SHI_DE = /(?:^|[^但还可于要若凡或总])是([^了过]{2,30})的$/;
/** A modal or degree word, or 有…作用/意义/影响: what makes 是…的 a judgement rather than a focus on how or when. */
const SHI_DE_MODAL = /可以|能|会|没办法|无法|不可|必须|应该|应当|很|非常|十分|相当|比较|相对|挺|蛮|颇|更(?!新)|最(?!近|后|初|早|终|新)|太(?!平|阳|空|太)|有[^的]{0,6}(?:作用|意义|价值|影响|问题|好处|必要)/;

/**
 * `对整个经济是有很大拖累作用的。`, `有很多人是沒辦法接受的。`: the 是…的 frame around a modal or evaluative
 * predicate asserts the speaker's judgement. Without one it focuses on how or when something happened
 * (`是以一种开放的方式在做的`, `是从来没有发生过的`) and is left to the facts.
 */
export function isShiDeJudgement(sentence: string): boolean {
  let end = sentence.length;
  while (end > 0 && TRAILING.has(sentence.charCodeAt(end - 1))) end--;
  // Most sentences do not end in 的: skip the regular expressions for them.
  if (end === 0 || sentence.charCodeAt(end - 1) !== DE) return false;
  const clause = LAST_CLAUSE.exec(sentence)?.[1] ?? '';
  const frame = SHI_DE.exec(clause);
  return frame !== null && SHI_DE_MODAL.test(frame[1]!);
}
