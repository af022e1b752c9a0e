// Chinese cue hits read in another sense where they stand (会 as a noun, habit or grade, 将 marking an object…).
import { detached } from '../text/detached';
import cueData from './cues/cues.json';
import type { CueHit, CueSense } from './cueMatcher';
import { directiveEndBefore, isDoneObjectJiang, isInReputationFrame, isObjectMarkerJiang, isPlanNoun } from './zhKindStructure';
import { isDispositionalHui } from './zhDispositions';
import { codesOf } from '../text/codesOf';
import { indexWithin } from '../text/indexWithin';
import { hasRole, hasForecastIn } from './cueHitSenses';
import { isCjkIdeograph } from './cjkIdeographs';
import { isDigit } from '../turns/chars';

/** `我们会`, `大家将`: the subject right before a plain Chinese future marker (FIRST_PERSON_BEFORE is the English one). */
export const FIRST_PERSON_BEFORE_ZH = /(?:我|我们|咱们|你|你们|大家)$/;
/** A verb of saying and the comma or colon that opens what is said (`表示，`, `指出：`, `说，`). */
export const SAYING = /(?:表示|指出|强调|重申|认为|批评|声称|称|说)[，,：:]/g;

const HUI = '会'.charCodeAt(0);
const XIAN = '先'.charCodeAt(0);
/** Habitual adverbs: 墾丁都會吃伯勞鳥, 他每次都会迟到 describe what usually happens, not what will. */
const HABITUAL_BEFORE = /(?:都|总|总是|常|常常|经常|通常|一般|往往|平常|平时|每次|每当|向来|一向|习惯|有时|有时候|偶尔)(?:也|就|还)?$/;
/** Characters that end a clause (or the sentence) right after a 会 that is then a noun: 今天的记者会。 */
export const CLAUSE_END_AFTER_HUI = codesOf('，,。．.！!？?；;：:、）)」』”" \t\n');
/** Brackets and title marks right after 会 (`金管會[初版草案]`, `委员会（UNHRC）`): 会 ends a name, a noun. */
const NOUN_END_AFTER_HUI = codesOf('[]【】《》〈〉(（');

function isNonFutureHui(key: string, from: number, to: number, hit: CueHit): boolean {
  if (key.charCodeAt(hit.end - 1) !== HUI) return false;
  if (hit.end - hit.start === 1 && (hit.end >= to || CLAUSE_END_AFTER_HUI.has(key.charCodeAt(hit.end)) || NOUN_END_AFTER_HUI.has(key.charCodeAt(hit.end)))) return true;
  // `每個主題會先在線上討論，再舉行會議`: 会先…再… describes how a process runs, not what will happen.
  if (key.charCodeAt(hit.end) === XIAN && indexWithin(key, '再', hit.end, to) >= 0) return true;
  // `以后都会长成这样`: after a future time word, 都会 is the future again.
  return HABITUAL_BEFORE.test(key.slice(Math.max(from, hit.start - 4), hit.start + (hit.end - hit.start - 1))) && !FUTURE_TIME_BEFORE.test(key.slice(Math.max(from, hit.start - 8), hit.start));
}

const FUTURE_TIME_BEFORE = /以后|今后|将来|未来|明年/;
const BARE_NORMATIVE = codesOf('要应');
export const DE = '的'.charCodeAt(0);
const BI = '比'.charCodeAt(0);
/** A future word right before one of these is the verb of a statement (这将是…, 会有…), not a relative clause. */
const VERB_AFTER_FUTURE = codesOf('是有在');
const MAX_RELATIVE_CLAUSE = 4;
/**
 * `下周将召开的会议`: a relative clause's 将 stands right before its verb (two characters at most); after a verb with an
 * object (`将拥有新的远景`, `将定义美国的命运`) the 的 belongs to the object, and 将 is the sentence's future.
 */
const MAX_RELATIVE_VERB = 2;
const JIANG_FUTURES = new Set(['将', '将会', '将要']);
/** `即将离任的`, `未来五年的`, `可能带来的`: future and likelihood words that can sit in a relative clause. */
const RELATIVE_CLAUSE_CATEGORIES = new Set(['future', 'future time', 'likelihood']);

/**
 * `即将离任的议员`, `未来几十年的改变`: a future word in a relative clause before 的 and its noun modifies the
 * noun; the sentence itself does not predict.
 */
function isAttributiveFuture(key: string, to: number, hit: CueHit): boolean {
  if (!hasForecastIn(hit, RELATIVE_CLAUSE_CATEGORIES)) return false;
  let at = hit.end;
  // `我们会研究的部分`: a pronoun subject before it makes the future the speaker's own plan (see isFirstPersonPlan).
  if (at >= to || VERB_AFTER_FUTURE.has(key.charCodeAt(at)) || FIRST_PERSON_BEFORE_ZH.test(key.slice(Math.max(0, hit.start - 2), hit.start))) return false;
  const longest = JIANG_FUTURES.has(key.slice(hit.start, hit.end)) ? MAX_RELATIVE_VERB : MAX_RELATIVE_CLAUSE;
  // `未来10年的年度军费预算`: a count written in digits is part of the clause as `未来五年的` is.
  while (at < to && at - hit.end <= longest && (isCjkIdeograph(key.charCodeAt(at)) || isDigit(key.charCodeAt(at))) && key.charCodeAt(at) !== DE) at++;
  return at > hit.end && at - hit.end <= longest && key.charCodeAt(at) === DE && at + 1 < to && isCjkIdeograph(key.charCodeAt(at + 1));
}

/**
 * Verbs that measure an outcome against a forecast named after them (`符合各方事先预测的约20%`, `保持…在预期的水位`): with
 * the forecast in a 的 phrase they state where the outcome stands. 在 alone before the word (`在预测`) is progressive.
 */
const MEASURED_AGAINST = /(?:符合|达到|低于|高于|超过|好于|不及|在)[^，,。．！!？?；;：:]{0,8}$/;

/**
 * `比很多机构预测的还要低`: a comparison with an earlier forecast states the outcome (as `than expected` does); so does an
 * outcome measured against a forecast (`大致符合各方事先预测的约20%至30%`, `保持 GC goal 在预期的水位`).
 */
function isComparedForecast(key: string, from: number, hit: CueHit): boolean {
  if (!hit.senses.some((s) => (s.role === 'forecast' && s.category === 'prediction') || s.role === 'weakForecast')) return false;
  for (let i = hit.start - 1; i >= Math.max(from, hit.start - 10); i--) {
    const code = key.charCodeAt(i);
    if (code === BI) return true;
    if (CLAUSE_END_AFTER_HUI.has(code)) break;
  }
  return key.charCodeAt(hit.end) === DE && MEASURED_AGAINST.test(key.slice(Math.max(from, hit.start - 10), hit.start));
}

/**
 * A bare 要 or 应 is a normative `must`, `should` where its clause starts or after a short subject (`他指出，要加大…`,
 * `，双方应从…`); deeper in a clause it is want, need, will or respond.
 */
function isClauseInternalYao(key: string, from: number, hit: CueHit): boolean {
  if (hit.end - hit.start !== 1 || !BARE_NORMATIVE.has(key.charCodeAt(hit.start))) return false;
  for (let i = hit.start - 1, subject = 0; i >= from; i--, subject++) {
    if (CLAUSE_START_BEFORE_YAO.has(key.charCodeAt(i))) return PERSONAL_SUBJECT.test(key.slice(i + 1, hit.start));
    if (subject === MAX_SUBJECT_BEFORE_YAO) return true;
  }
  return PERSONAL_SUBJECT.test(key.slice(from, hit.start));
}

/** `我要`, `我们要`, `你要`: a plan, a promise or a wish between people, not a judgement of what must be. */
const PERSONAL_SUBJECT = /^(?:我|我们|咱们|你|你们|您)$/;

/** `双方`, `中方`, `我们`: the subject a normative 要 may follow. */
const MAX_SUBJECT_BEFORE_YAO = 2;

const CLAUSE_START_BEFORE_YAO = codesOf('，,。；;：:、！!？?（(「『“" \t');

/**
 * A condition or a `whenever` before the consequence: 如果…, 一旦…, 只要…, 每当…, 每次…, 当…时, and 在…(的)时候 in the
 * clause of the 会 or the one before it (`在…运行的时候，会占用…`); not a concession (不管…, 无论… keep a prediction).
 */
const CONDITION_BEFORE = /如果|假如|假若|倘若|若是|要是|一旦|只要|每当|每次|任何时候|当[^，,。；;]{1,20}(?:时|的时候)|(?<![现存正所实自内外])在[^，,。；;]{1,20}(?:时|的时候)[，,]?[^，,。；;]{0,8}$/;
const LIKELIHOOD_BEFORE = /(?:可能|也许|或许|很可能|有可能)$/;
/** 就会, 便会, 就不会: the consequence of a condition. */
const THEN_BEFORE_HUI = /[就便]$/;
/** Time words that place a condition in the future (`如果明年…就会…`): then the consequence is predicted. */
/** What may follow 很快 when it says how fast something is, not when: a clause end, 的, 地, 了. */
const AFTER_SPEED_PREDICATE = new Set(['。', '，', '！', '？', '；', '、', ',', '.', '!', '?', ';', '的', '地', '了', '”', '」']);

/** `这个增速很快。`, `变化很快的时代`: 很快 as the predicate (fast), not a future time (soon: 很快就会…). */
export function isSpeedPredicate(key: string, hit: CueHit, to: number): boolean {
  return hit.end - hit.start === 2 && key.startsWith('很快', hit.start) && (hit.end >= to || AFTER_SPEED_PREDICATE.has(key.charAt(hit.end)));
}

const CJK_FUTURE_TIME = new RegExp(`${cueData.forecast['future time'].filter((word) => isCjkIdeograph(word.charCodeAt(0))).join('|')}|马上|立刻|立即|即将`);

/**
 * `如果我们没有这些辅助T细胞，肌肉就会生成脂肪细胞`, `当你心怀爱国主义，你便不会再心存偏见`: 会 in the consequence of a
 * condition or a `whenever` states what happens in general (a regularity, a disposition), not what will happen
 * (withRegularities keeps the prediction when the sentence has a future time word).
 */
function isGenericConsequence(key: string, from: number, hit: CueHit): boolean {
  if (key.charCodeAt(hit.end - 1) !== HUI || !hit.senses.some((s) => s.role === 'forecast' && s.category === 'future')) return false;
  // Windows of bounded length: a long unpunctuated line may hold thousands of 会.
  // `如果照这样发展，可能就会失去…`: a likelihood right before the consequence weighs what will happen.
  if (LIKELIHOOD_BEFORE.test(key.slice(Math.max(from, hit.start - 3), hit.start))) return false;
  const then = THEN_BEFORE_HUI.test(key.slice(Math.max(from, hit.start - 1), hit.start)) || key.startsWith('就', hit.start) || key.startsWith('便', hit.start);
  if (then) return true;
  const window = key.slice(Math.max(from, hit.start - CONDITION_REACH), hit.start);
  return CONDITION_BEFORE.test(window.slice(saidEnd(window)));
}

/** Where what is said starts in `window`: after its last verb of saying (`…采访时表示，…会…`: the when-clause frames the saying), else 0. */
function saidEnd(window: string): number {
  let start = 0;
  SAYING.lastIndex = 0;
  for (let match = SAYING.exec(window); match !== null; match = SAYING.exec(window)) start = match.index + match[0].length;
  return start;
}

/** How far before a consequence its condition is looked for. */
const CONDITION_REACH = 60;

/** Chinese readings in which a cue word says nothing: 会 as a noun or habit, a relative-clause future, a compared forecast, a clause-internal 要, an object-marking 将, a judgement others are reported to hold (被认为…). */
function isNotCueHere(key: string, from: number, to: number, hit: CueHit): boolean {
  if (!isCjkIdeograph(key.charCodeAt(hit.start))) return false;
  return isNonFutureHui(key, from, to, hit) || isAttributiveFuture(key, to, hit) || isComparedForecast(key, from, hit) || isClauseInternalYao(key, from, hit) || isObjectMarkerJiangHit(key, from, hit) || isReportedRegard(key, from, hit);
}

/** `被认为是…`, `被视为…的核心`: a belief or an evaluation inside a reported regard (isInReputationFrame) is not the writer's. */
function isReportedRegard(key: string, from: number, hit: CueHit): boolean {
  return hasRole(hit, 'opinion') && isInReputationFrame(key, from, hit.start);
}

/** A plain 将 cue (not 即将, 将会) that marks an object (isObjectMarkerJiang): no future. A done act's 将 (withDoneActs) is read there. */
function isObjectMarkerJiangHit(key: string, from: number, hit: CueHit): boolean {
  return hit.end - hit.start === 1 && hasRole(hit, 'forecast') && isObjectMarkerJiang(key, hit.start) && !isDoneObjectJiang(key, from, hit.start);
}

/**
 * Cue hits of 会 read in another sense than the future, one sense object per cue word (lowerCaseReason caches a
 * reason per sense): a regularity (`…，免疫系统就会对此做出反应`) states how things go, checkable like a fact,
 * weaker than a figure or a report; a graded modal (`启动的时候会比较卡`) grades a property the speaker ascribes.
 */
class RereadHui {
  private readonly senses = new Map<string, readonly CueSense[]>();

  constructor(private readonly sense: CueSense) {}

  hit(key: string, hit: CueHit): CueHit {
    const word = key.slice(hit.start, hit.end);
    let senses = this.senses.get(word);
    if (senses === undefined) this.senses.set(detached(word), (senses = [{ ...this.sense }]));
    return { start: hit.start, end: hit.end, senses };
  }

  /** The hits with those `reads` picks read in this sense, unless a future time word in the sentence (`如果明年…`) makes them predictions. Most sentences keep their array. */
  apply(key: string, from: number, to: number, hits: CueHit[], reads: HitReading): CueHit[] {
    for (const hit of hits) {
      if (!reads(key, from, to, hit)) continue;
      if (CJK_FUTURE_TIME.test(key.slice(from, to))) return hits;
      return hits.map((h) => (reads(key, from, to, h) ? this.hit(key, h) : h));
    }
    return hits;
  }
}

/** Whether a hit in sentence key[from, to) is read in a RereadHui's sense; module-level, so no closure per sentence. */
type HitReading = (key: string, from: number, to: number, hit: CueHit) => boolean;
// `在启动的时候会比较卡`: a 会 that grades (isGradedModal) stays a judgement after a when-clause too.
const readsAsRegularity: HitReading = (key, from, to, hit) => isGenericConsequence(key, from, hit) && !isGradedModal(key, hit, to);
const readsAsGradedModal: HitReading = (key, _from, to, hit) => isGradedModal(key, hit, to);

const readsAsDisposition: HitReading = (key, from, to, hit) => hasForecastIn(hit, FUTURE_CATEGORY) && isDispositionalHui(key, from, to, hit.start, hit.end);

const regularities = new RereadHui({ role: 'fact', category: 'regularity' });
const gradedModals = new RereadHui({ role: 'opinion', category: 'graded modal' });
const dispositions = new RereadHui({ role: 'fact', category: 'disposition' });
const FUTURE_CATEGORY = new Set(['future']);

/**
 * `API 會去算…`, `功能会有一些限制`, `女性会负责家庭支出`: a plain 会 with no speaker promising, no one quoted and nothing
 * pointing to an outcome tells how someone or something behaves (zhDispositions.ts), checkable like a regularity.
 */
export function withDispositions(key: string, from: number, to: number, hits: CueHit[]): CueHit[] {
  return dispositions.apply(key, from, to, hits, readsAsDisposition);
}

/** Reads the 会 of a generic consequence (isGenericConsequence) as a regularity instead of a future. */
export function withRegularities(key: string, from: number, to: number, hits: CueHit[]): CueHit[] {
  return regularities.apply(key, from, to, hits, readsAsRegularity);
}

/**
 * `启动的时候会比较卡`, `正确率会不够高`, `影响可能不会特别明显`: 会 before a degree word grades a property; it predicts
 * nothing, unless a future time word in the sentence sets it in the future. Read as a judgement (`graded modal:
 * 会`). A comparison (`会更好`, `会越来越多`) is left to the future: it foresees a change.
 */
export function withGradedModals(key: string, from: number, to: number, hits: CueHit[]): CueHit[] {
  return gradedModals.apply(key, from, to, hits, readsAsGradedModal);
}

/** A degree word right after 会 (after 也/还/不 inside the cue): a grade, not a change. */
const DEGREE_AFTER_HUI = /^(?:比较|很|非常|特别|相对|相当|不够|有点|有些|太|过于|十分|挺)/;

function isGradedModal(key: string, hit: CueHit, to: number): boolean {
  return key.charCodeAt(hit.end - 1) === HUI && hasRole(hit, 'forecast') && DEGREE_AFTER_HUI.test(key.slice(hit.end, Math.min(to, hit.end + 2)));
}

const DONE_ACT_SENSES: readonly CueSense[] = [{ role: 'fact', category: 'done act' }];

/**
 * `我们曾经将…转移到海外`, `并将安全问题通知了…`: a 将 that marks the object of a done act (isDoneObjectJiang) narrates
 * what happened; it is read as a done act, weak evidence of a fact like a record, not as the future.
 */
export function withDoneActs(key: string, from: number, hits: CueHit[]): CueHit[] {
  for (const hit of hits) {
    if (!isDoneJiangHit(key, from, hit)) continue;
    return hits.map((h) => (isDoneJiangHit(key, from, h) ? { start: h.start, end: h.end, senses: DONE_ACT_SENSES } : h));
  }
  return hits;
}

const PROGRAMME_SENSES: readonly CueSense[] = [{ role: 'fact', category: 'programme' }];

/**
 * `《防卫力量整备计划》`, `vTaiwan.tw 计划是…`: 计划 as the name of a programme (isPlanNoun) plans nothing; the sentence
 * speaks of a programme that exists, weak evidence of a fact like a record.
 */
export function withProgrammeNames(key: string, from: number, to: number, hits: CueHit[]): CueHit[] {
  // Loops, no closures: read for every sentence with a cue.
  for (const hit of hits) {
    if (!isProgrammeName(key, from, to, hit)) continue;
    return hits.map((h) => (isProgrammeName(key, from, to, h) ? { start: h.start, end: h.end, senses: PROGRAMME_SENSES } : h));
  }
  return hits;
}

function isProgrammeName(key: string, from: number, to: number, hit: CueHit): boolean {
  return hasRole(hit, 'forecast') && isPlanNoun(key, from, to, hit.start, hit.end);
}

function isDoneJiangHit(key: string, from: number, hit: CueHit): boolean {
  return hit.end - hit.start === 1 && hasRole(hit, 'forecast') && isDoneObjectJiang(key, from, hit.start);
}

/** A reported demand's sense per should word: lowerCaseReason caches one reason per sense object. */
const demandSenses = new Map<string, readonly CueSense[]>();

/**
 * `我们要求…医院都要开设发热门诊`, `警告…议员，要保持安静`: the first should after a directive verb states the demand
 * that verb reports, a weak fact like a record, not the writer's judgement (isWeakFactCue). Most sentences keep their array.
 */
export function withReportedDemands(key: string, from: number, hits: CueHit[]): CueHit[] {
  let mapped: CueHit[] | null = null;
  let usedDirective = -1;
  for (let i = 0; i < hits.length; i++) {
    const hit = hits[i]!;
    if (!hit.senses.some((s) => s.role === 'opinion' && s.category === 'normative') || !isCjkIdeograph(key.charCodeAt(hit.start))) continue;
    const directive = directiveEndBefore(key, from, hit.start);
    if (directive < 0 || directive === usedDirective) continue;
    usedDirective = directive;
    const word = key.slice(hit.start, hit.end);
    let senses = demandSenses.get(word);
    if (senses === undefined) demandSenses.set(detached(word), (senses = [{ role: 'fact', category: 'reported demand' }]));
    (mapped ??= hits.slice())[i] = { start: hit.start, end: hit.end, senses };
  }
  return mapped ?? hits;
}

/** Drops the hits isNotCueHere rules out. Most sentences keep every hit: their array is returned as it is. */
export function withoutNonFutureHui(key: string, from: number, to: number, hits: CueHit[]): CueHit[] {
  for (const hit of hits) {
    if (isNotCueHere(key, from, to, hit)) return hits.filter((h) => !isNotCueHere(key, from, to, h));
  }
  return hits;
}
