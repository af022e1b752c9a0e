import type { AnalysisOptions } from '../analysis/model';
import { callItselfIn, operatorScriptIn, safeHarbourCautionIn } from './callItself';
import { isEditorialNote } from './editorialNotes';
import { opensSupposition } from './hypotheticals';
import { quotesOwnWords } from './ownWords';
import { mayHoldTalkAnchors } from './talkAnchors';
import { actsOutSpeech } from './enactedSpeech';
import { isLoneCondition } from './loneClauses';
import { holdsNearBelief } from './nearBeliefs';
import { matchingKey } from '../text/charFold';
import { firstColonIn } from '../turns/chars';
import { cueMatcherFor, type CueHit } from './cueMatcher';
import { isQuantity, type Figure } from './figures';
import { contentUnits, readSentence, type SentenceReading } from './sentenceScan';
import { isDateTimeLine, isFieldLine, isListedFieldValue, isWishSentence } from './zhNoise';
import { isBylineStamp } from './bylineStamps';
import { isInvitationToTalk, isUnvoicedAgenda } from './zhTalkMoves';
import { isConsequenceOfYourAct } from './enRegularities';
import { hedgesRecollection } from './enRecollections';
import { withoutIndirectQuestions, withoutMonthNames, withoutMotionGoingTo, withoutPastEventually } from './cueFiltersEn';
import { SAYING, withDispositions, withRegularities, withGradedModals, withDoneActs, withProgrammeNames, withReportedDemands, withoutNonFutureHui } from './cueFiltersZh';
import { clear } from './clearArray';
import { type Signals, collectSignals, futureSpans, scratch } from './signals';
import { EVALUATIVE_PREFIXES, BELIEF_PREFIXES, INTENSIFIED_STATEMENT_PENALTY, isIntensifierReason, startsWithAny } from './confidence';
import { isMildPraiseAmongSpeakers, MILD_PRAISE_PENALTY } from './mildPraise';
import type { Classification } from './classification';
import { isQuestion, tagQuestionStart, isInvertedQuestion, isUnmarkedQuestion } from './questions';
import { necessityFrame, judgingPredicateReason, SHI_DE_REASON, zhBuiltStance, endsWithDe, isShiDeJudgement, gradedComparisonReason } from './stances';
import { TAG_HEDGE_PENALTY, isTagHedged } from './tagHedges';
import { isNormativeCue, decide, isNarratedEvaluation, DESCRIBED_MIN_UNITS, isWeaklyFactual } from './decide';
import { GREETING_MAX_UNITS, MAX_FIELD_UNITS, conversationMove, isExpressive, REQUEST_ZH, statement, startsInFirstPerson } from './statement';
import { sentenceRead, kindFeatures } from './kindFeatures';
import { LIKELY_FUTURE, PRESENT_IMPOSSIBILITY, POSSIBILITY_UNDER_CONDITION, hedgeChineseLikelihood } from './zhLikelihoods';
import { isCallToAction } from './callsToAction';
import { isVerdictOverFigure } from './zhVerdicts';
import { rhetoricalQuestion } from './zhRhetoricalQuestions';
import { isArguedFuture } from './zhArguedFutures';

export type { Classification } from './classification';

/** The default of the minimumConfidence setting: hides plain-future announcements, bare intensifiers and lone dates. */
export const DEFAULT_MINIMUM_CONFIDENCE = 0.5;
/** Below this many content units (CJK characters plus Latin words) a piece is a fragment, not a claim. */
const MIN_UNITS = 4;
/** An opinion resting only on a belief word (I think, 我认为) needs this many content units to say something. */
const MIN_BELIEF_UNITS = 8;

function isEvaluationCue(reason: string): boolean {
  return reason.startsWith('evaluation: ');
}

function isFirstPersonBeliefCue(reason: string): boolean {
  return reason.startsWith('first-person belief: ');
}

function isBeliefCue(reason: string): boolean {
  return reason.startsWith('first-person belief: ') || reason.startsWith('belief: ') || reason.startsWith('hedge: ');
}

/**
 * `韩国外交部12月16日表示，日方政策调整恐严重影响半岛安全`: every date and past marker sits before the verb of saying that
 * opens the clause holding the judgement at `opinionAt`, so they date the saying; what is said is not a narrated event.
 */
function isDatedSaying(key: string, from: number, to: number, hits: readonly CueHit[], figures: readonly Figure[], opinionAt: number): boolean {
  if (opinionAt < 0) return false;
  let saidFrom = -1;
  // Read up to the judgement only: `key` may be the whole document, and a search of all of it would go on to the
  // document's next verb of saying for every sentence. Each alternative ends with its comma or colon, so a match
  // cut off at opinionAt is one that would end beyond it.
  const before = key.slice(from, opinionAt);
  SAYING.lastIndex = 0;
  for (let match = SAYING.exec(before); match !== null && from + match.index < to; match = SAYING.exec(before)) saidFrom = from + match.index + match[0].length;
  if (saidFrom < 0) return false;
  for (const figure of figures) if (!isQuantity(figure) && figure.start >= saidFrom) return false;
  for (const hit of hits) if (hit.start >= saidFrom && hit.senses.some((sense) => sense.role === 'past')) return false;
  return true;
}

/** `播出时间：2025年6月8日 21:30`, `Date: May 5, 2025`: a metadata field whose value is only a date or time. */
function isDatedField(key: string, from: number, to: number, figures: readonly Figure[]): boolean {
  const colon = firstColonIn(key, from, Math.min(to, from + 24));
  if (colon < 0) return false;
  const valueStart = colon + 1;
  if (contentUnits(key, from, valueStart) > MAX_FIELD_UNITS) return false;
  let inValue = 0;
  let outside = contentUnits(key, valueStart, to);
  for (const figure of figures) {
    if (figure.start < valueStart) continue;
    if (isQuantity(figure)) return false;
    inValue++;
    outside -= contentUnits(key, figure.start, figure.end);
  }
  return inValue > 0 && outside < 1;
}

/**
 * Suggests a kind for one sentence, with the cues that led to it, or null when the sentence is not
 * check-worthy (a question, a greeting, a fragment, or nothing to check). Works on Traditional and
 * Simplified Chinese and English; the cue lists are matched against the text folded to Simplified.
 */
export function classifySentence(text: string, options: AnalysisOptions = {}): Classification | null {
  return classifyRange(text, matchingKey(text), 0, text.length, options);
}

/** Reused for every sentence: neither its hits nor its figures outlive classifyRange. */
const reading: SentenceReading = { hits: [], figures: [], units: 0, cjk: 0 };

/**
 * classifySentence for text[from, to) given the matching key of all of `text` (same length), so a whole
 * document is folded once and no sentence is copied unless it becomes a claim.
 */
export function classifyRange(text: string, key: string, from: number, to: number, options: AnalysisOptions): Classification | null {
  // What was read stays in the module's scratch (`sentenceRead`, `scratch`) for kindFeatures until the next sentence.
  sentenceRead.signals = false;
  sentenceRead.tagQuestion = false;
  sentenceRead.to = to;
  if (isInvertedQuestion(key, from, to) || isUnmarkedQuestion(key, from, to)) return null;
  if (isEditorialNote(key, from, to)) return null;
  if (!readingRhetorically && isQuestion(key, from, to)) {
    // `社會對立很嚴重，對不對？`: a tag question asks to agree with the statement before it, which is what is claimed.
    const tag = tagQuestionStart(key, from, to);
    if (tag < 0 || isQuestion(key, from, tag)) return rhetoricalJudgement(text, key, from, to, options);
    to = tag;
    sentenceRead.tagQuestion = true;
    sentenceRead.to = to;
  }
  // `Visit mercury.com to apply…`, `Get a demo at LaunchDarkly.com.`: a sponsor's or the show's call to action.
  if (isCallToAction(key, from, to)) return null;
  clear(reading.hits);
  clear(reading.figures);
  readSentence(cueMatcherFor(options.extraCues), key, from, to, reading);
  const scanned = withoutPastEventually(key, from, to, withoutMotionGoingTo(text, key, withoutMonthNames(text, key, from, reading.hits)));
  const hits = withoutIndirectQuestions(key, from, to, withReportedDemands(key, from, withProgrammeNames(key, from, to, withDoneActs(key, from, withDispositions(key, from, to, withGradedModals(key, from, to, withRegularities(key, from, to, withoutNonFutureHui(key, from, to, scanned))))))));
  const { figures, units, cjk } = reading;
  // `录音信息：2024年3月5日 产品评审会`: a header's field line is metadata, unless its value judges or counts.
  if (!hits.length && !figures.some(isQuantity) && isFieldLine(key, from, to)) return null;
  // `关键词:` over `产品路线图、用户增长、季度预算`, `参会人：李娜、王强、说话人3`: a field's value listing terms or names.
  if (!hits.length && isListedFieldValue(key, from, to)) return null;
  // `2024年3月5日 下午 2:03|1小时 2分钟 3秒`: when the recording was made and how long it ran.
  if (!hits.length && isDateTimeLine(key, from, to)) return null;
  // `醒報編輯部 2016/05/19 10:04 點閱 1222 次`: who posted the page and when (bylineStamps.ts).
  if (!hits.length && isBylineStamp(key, from, to)) return null;
  // `讲讲你在人工智能上的一系列探索。`: a host inviting the guest to talk asks; it claims nothing (zhTalkMoves.ts).
  if (cjk > 0 && isInvitationToTalk(key, from, to)) return null;
  // `先跟大家簡單介紹一下我自己`: the talk announcing its next step, the subject unsaid (zhTalkMoves.ts). A quantity in it is still read.
  if (cjk > 0 && !figures.some(isQuantity) && isUnvoicedAgenda(key, from, to)) return null;
  // `Picture a thousand women and suppose that 1% of them…`: a worked example, its figures made up for it
  // (hypotheticals.ts). A judgement framed so (`just imagine…, it's very hard to say`) is still the speaker's.
  const supposed = cjk * 2 < units && opensSupposition(key, from, to);
  // `On today's call, we may be making forward-looking statements…`, `With me today is…`: the call speaking of
  // itself (callItself.ts). A figure or a judgement in it is still worth a look. (plainEnglish: no quantity in it.)
  const english = cjk * 2 < units ? key.slice(from, to) : null;
  const plainEnglish = english !== null && !figures.some(isQuantity) ? english : null;
  // The next four readers' anchor words, read once (talkAnchors.ts): most English sentences hold none of them.
  const anchored = english !== null && mayHoldTalkAnchors(english);
  const callItself = anchored && plainEnglish !== null && callItselfIn(plainEnglish) !== null;
  // `And I said, "Well, money is good."`: the speaker's own words then, a scene of a story (ownWords.ts).
  if (anchored && plainEnglish !== null && quotesOwnWords(plainEnglish)) return null;
  // `…our actual results may differ materially.`, `…our most recent Forms 10-K and 10-Q…`: the safe-harbour caution
  // of a results call, its form numbers no figures (callItself.ts).
  if (anchored && safeHarbourCautionIn(english) !== null) return null;
  // `To withdraw your question, press star 1 again.`, `All lines have been placed on mute…`: the operator's script.
  if (anchored && operatorScriptIn(english) !== null) return null;
  // `he's like, okay, employee a, you're in Zone A…`: someone's words acted out with `be like` (enactedSpeech.ts).
  if (plainEnglish !== null && actsOutSpeech(plainEnglish)) return null;
  // `Once we add in the file reading stuff.`: a condition with no main clause asserts nothing (loneClauses.ts).
  if (plainEnglish !== null && isLoneCondition(key, from, to)) return null;
  if (!hits.length && !figures.length) return supposed || callItself ? null : statement(text, key, from, to, units, cjk);
  if (units < MIN_UNITS) return null;
  // A bare date or number line (2025年7月16日) has nothing around the figure to check.
  let outside = units;
  for (const figure of figures) outside -= contentUnits(key, figure.start, figure.end);
  if (outside < 2 || isDatedField(key, from, to, figures)) return null;
  const signals = collectSignals(text, key, from, to, hits, figures);
  signals.units = units;
  // `I think we can get started`, `we'll see later how…`: the speaker manages the talk, read like housekeeping.
  // A figure in it (`we will go through the $3 billion the agency spent`) is still worth a look.
  const move = cjk * 2 < units && !signals.procedure && !signals.quantities.length ? conversationMove(key.slice(from, to), units) : null;
  if (move !== null) signals.procedure = true;
  if (signals.forecast.length && !LIKELY_FUTURE.test(key.slice(from, to))) hedgeChineseLikelihood(signals, PRESENT_IMPOSSIBILITY.test(key.slice(from, to)), POSSIBILITY_UNDER_CONDITION.test(key.slice(from, to)));
  sentenceRead.signals = true;
  // Too short to narrate anything: a descriptive word judges after all (`非常坚定`).
  if (units < DESCRIBED_MIN_UNITS) while (signals.described.length) signals.opinion.push(signals.described.pop()!);
  signals.firstPersonStart = startsInFirstPerson(key, from, to);
  if (!signals.past.length && !signals.quantities.length && endsWithDe(key, from, to) && isShiDeJudgement(key.slice(from, to))) signals.opinion.push(SHI_DE_REASON);
  const frame = necessityFrame(key, from, to);
  if (frame !== null) signals.opinion.push(frame);
  // `…has a much more troubled history of…`: a comparison the speaker grades judges, beside a weak fact cue too (enJudgements.ts).
  const graded = cjk * 2 < units ? gradedComparisonReason(key, from, to) : null;
  if (graded !== null) signals.opinion.push(graded);
  // `韩国外交部12月16日表示，…恐严重影响…`: the date dates the saying, not the judgement said.
  if (cjk > 0 && isNarratedEvaluation(signals) && isDatedSaying(key, from, to, hits, figures, signals.opinionAt)) signals.predicative = true;
  // A judging predicate (符合…利益, 有很大的空间) is the predicate: no dated narration makes it a description.
  const judging = cjk > 0 ? judgingPredicateReason(key, from, to) : null;
  if (judging !== null) {
    signals.opinion.push(judging);
    signals.predicative = true;
  }
  if (signals.greeting && !signals.quantities.length && !signals.forecast.length && !signals.plainFuture.length && units <= GREETING_MAX_UNITS) return null;
  // `I'm so proud of you men…`, `I hope that they get a fresh start.`: the speaker expresses a feeling or a wish.
  // Like greetings, a long one may still carry a claim (`I'm proud of you because you are…`).
  if (!signals.quantities.length && !signals.fact.length && units <= GREETING_MAX_UNITS && isExpressive(key, from, to)) return null;
  // `希望美方真正改弦易辙，…`: a wish, however long.
  if (!signals.quantities.length && !signals.fact.length && isWishSentence(key, from, to)) return null;
  // `I don't personally have any experience with…`: personally marks a judgement only beside one.
  if (signals.opinion.length && signals.opinion.every((reason) => reason === PERSONALLY_REASON)) clear(signals.opinion);
  if (callItself && !signals.opinion.some(isEvaluationCue)) return null;
  if (supposed && !signals.fact.length && !startsWithAny(signals.opinion, EVALUATIVE_PREFIXES) && !startsWithAny(signals.opinion, BELIEF_PREFIXES)) return null;
  let decision = decide(signals);
  // `…但是它最大的问题还是计算量的利用效率太少了。`, `当然项目的复杂不是单靠代码含量来衡量的`: a stance the sentence is built on outranks
  // what only made it a fact weakly (a date, a record word, a regularity); a quantity or a report still decides. Only the kind changes.
  if (decision?.kind === 'fact' && cjk * 2 >= units && isWeaklyFactual(signals)) {
    const stance = zhBuiltStance(key, from, to);
    if (stance !== null) decision = { kind: 'opinion', cues: [...decision.cues, stance], confidence: decision.confidence };
  }
  // `三十岁时回看二十岁，重要的显然是行业选择和职业发展`: a verdict word framing the sentence outranks its figures (zhVerdicts.ts). Only the kind changes.
  if (decision?.kind === 'fact' && cjk * 2 >= units && isVerdictOverFigure(signals, key, from, to, figures)) decision = { kind: 'opinion', cues: [...new Set([...signals.opinion.filter(isEvaluationCue), ...decision.cues])], confidence: decision.confidence };
  // `…而認為必須推動改革,否則恐怕會有嚴重問題`: a view that prescribes before its future word argues; the future follows if
  // the must is not heeded (zhArguedFutures.ts). Only the kind changes.
  if (decision?.kind === 'forecast' && cjk * 2 >= units && isArguedFuture(signals, key, hits)) decision = { kind: 'opinion', cues: [...new Set([...signals.opinion, ...decision.cues])], confidence: decision.confidence };
  // `So if you don't exit out of the debug session, you will still be in the debug session.`: how things go whenever
  // one does something, not a prediction (enRegularities.ts). Only the kind changes.
  if (decision?.kind === 'forecast' && cjk * 2 < units && isEnglishRegularity(signals, key, from)) decision = asRegularity(decision, signals);
  // `…came from, I think it was Fort Belleville, Maryland.`: a belief that only hedges what the speaker recalls (enRecollections.ts).
  if (decision?.kind === 'opinion' && cjk * 2 < units && signals.opinion.every(isFirstPersonBeliefCue) && hedgesRecollection(key, from, to)) decision = asRecollection(decision);
  // `It's very commonly used to introduce…`, `…an accurate test is not necessarily a very predictive test.`: an English
  // intensifier with no evaluation word judges nothing; the sentence is read as a plain statement, a little under one
  // without it (spoken emphasis), where it used to rank as a weak opinion well under a plain statement.
  if (decision?.kind === 'opinion' && plainEnglish !== null && !signals.forecast.length && !signals.fact.length && signals.opinion.every(isIntensifierReason)) {
    const plain = statement(text, key, from, to, units, cjk);
    decision = plain === null ? null : { ...plain, cues: [...plain.cues, ...signals.opinion], confidence: Math.round((plain.confidence - INTENSIFIED_STATEMENT_PENALTY) * 100) / 100 };
  }
  // `I had a great time.`, `it is my great pleasure to be your master of ceremonies`: mild praise among the people talking
  // is enthusiasm, not a judgement (mildPraise.ts).
  if (decision?.kind === 'opinion' && plainEnglish !== null && !signals.forecast.length && !signals.fact.length && isMildPraiseAmongSpeakers(signals.opinion, plainEnglish)) {
    decision = { ...decision, confidence: Math.round((decision.confidence - MILD_PRAISE_PENALTY) * 100) / 100 };
  }
  // `Okay, I think we're recording.`, `我不這麼認為。`: a bare belief in a short sentence claims nothing.
  // (An opinion's cues are all of signals.opinion before duplicates are dropped.)
  if (decision?.kind === 'opinion' && units < MIN_BELIEF_UNITS && signals.opinion.every(isBeliefCue)) return null;
  // `I think we've done it in the past.`, `I think that's a big question.`: a belief about the speakers' own doings or the
  // last words, with nothing else judged or counted, is the conversation's business (nearBeliefs.ts).
  if (decision?.kind === 'opinion' && plainEnglish !== null && signals.opinion.every(isBeliefCue) && holdsNearBelief(plainEnglish)) return null;
  // `請各位要準時出席`: a must or should in a request asks; it does not judge.
  if (decision?.kind === 'opinion' && signals.opinion.every(isNormativeCue) && REQUEST_ZH.test(key.slice(from, to))) return null;
  // `They must speak with them daily, I am sure.`: a belief tagged on at the end hedges a guess.
  if (decision && isTagHedged(key, from, to)) return { ...decision, confidence: Math.max(0.05, Math.round((decision.confidence - TAG_HEDGE_PENALTY) * 100) / 100) };
  if (decision && move !== null) return { ...decision, cues: [...decision.cues, move] };
  if (decision) return decision;
  // Cues that decide nothing (a past marker, a plan announced in the first person): judged as a plain statement.
  return signals.greeting || signals.procedure || signals.firstPersonFuture ? null : statement(text, key, from, to, units, cjk);
}

/** As sure as an opinion resting on one evaluation word: the question's words say what is judged. */
const RHETORICAL_CONFIDENCE = 0.55;
/** True while a rhetorical question is read as the statement it makes (rhetoricalJudgement). */
let readingRhetorically = false;

/**
 * `跟過往不是一樣嗎？`, `能說不好嗎?`: a rhetorical question states what it asks about
 * (zhRhetoricalQuestions.ts). It is read as that statement: a past event or a figure it recalls (`議員還不是一面倒投了贊成票嗎?`)
 * stays a fact (a plain statement's reading does not); anything else it states, or nothing the cues can name, is the speaker's judgement. Any other question claims nothing.
 */
function rhetoricalJudgement(text: string, key: string, from: number, to: number, options: AnalysisOptions): Classification | null {
  const marker = rhetoricalQuestion(key, from, to);
  if (marker === null || contentUnits(key, from, to) < MIN_BELIEF_UNITS) return null;
  readingRhetorically = true;
  let stated: Classification | null;
  try {
    stated = classifyRange(text, key, from, to, options);
  } finally {
    readingRhetorically = false;
  }
  const cue = `rhetorical question: ${marker}`;
  if (stated?.kind === 'fact' && sentenceRead.signals && !isWeaklyFactual(scratch)) return { ...stated, cues: [...stated.cues, cue] };
  return { kind: 'opinion', cues: [cue, ...(stated?.cues ?? [])], confidence: RHETORICAL_CONFIDENCE };
}

/**
 * Every forecast cue of the sentence is a plain future marker (will, 'll, won't) in the consequence of a condition on a
 * generic `you` (isConsequenceOfYourAct): no prediction word, future time, plan or likelihood sets it in the future.
 */
function isEnglishRegularity(signals: Signals, key: string, from: number): boolean {
  if (!futureSpans.length || signals.weakForecast.length || !signals.forecast.every((reason) => signals.plainFuture.includes(reason))) return false;
  for (let f = 0; f < futureSpans.length; f += 2) {
    const at = futureSpans[f]!;
    if (!REGULARITY_MARKER.test(key.slice(at, futureSpans[f + 1]!)) || !isConsequenceOfYourAct(key, from, at, futureSpans[f + 1]!)) return false;
  }
  return true;
}

const recollectionReasons = new Map<string, string>();

/** The opinion read as a recalled fact: its belief cues show as `recollection: I think`, as sure as it was. */
function asRecollection(decision: Classification): Classification {
  const cues = decision.cues.map((reason) => {
    if (!isFirstPersonBeliefCue(reason)) return reason;
    let recollection = recollectionReasons.get(reason);
    if (recollection === undefined) recollectionReasons.set(reason, (recollection = `recollection: ${reason.slice(reason.indexOf(': ') + 2)}`));
    return recollection;
  });
  return { kind: 'fact', cues: [...new Set(cues)], confidence: decision.confidence };
}

/** The plain futures a regularity may use: `going to` and `gonna` say more often what someone means to do. */
const REGULARITY_MARKER = /^(?:will|won['’]t|['’]ll)$/;
const regularityReasons = new Map<string, string>();

/** The forecast read as a regularity: a fact whose future cues show as `regularity: will`, as sure as it was. */
function asRegularity(decision: Classification, signals: Signals): Classification {
  const cues = decision.cues.map((reason) => {
    if (!signals.plainFuture.includes(reason)) return reason;
    let regularity = regularityReasons.get(reason);
    if (regularity === undefined) regularityReasons.set(reason, (regularity = `regularity: ${reason.slice(reason.indexOf(': ') + 2)}`));
    return regularity;
  });
  return { kind: 'fact', cues: [...new Set(cues)], confidence: decision.confidence };
}

const PERSONALLY_REASON = 'first-person belief: personally';

/**
 * The rules' decision and what was read, for the trainer (scripts/train-kind-weights.mjs): the kind the
 * hand-set precedence gives and the feature names, or null when the sentence is not a claim.
 */
export function ruleKindAndFeatures(text: string, options: AnalysisOptions = {}): { readonly rule: Classification; readonly features: readonly string[] } | null {
  const key = matchingKey(text);
  const rule = classifyRange(text, key, 0, text.length, options);
  return rule === null ? null : { rule, features: kindFeatures(key, 0, sentenceRead.to).features.slice() };
}
