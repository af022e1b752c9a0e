import { hasGrammarWords, isCaseless } from './caseless';
import type { AnalysisOptions } from '../analysis/model';
import { callItselfIn, operatorScriptIn, safeHarbourCautionIn } from './callItself';
import { conversationMoveIn, CONVERSATION_MOVE_REASON, RESPONSE_MAX_UNITS, RESPONSE_REASON, responseIn } from './conversationMoves';
import { isEditorialNote } from './editorialNotes';
import { opensSupposition } from './hypotheticals';
import { imperativeVerbOpening } from './imperatives';
import { quotesOwnWords } from './ownWords';
import { mayHoldTalkAnchors } from './talkAnchors';
import { actsOutSpeech } from './enactedSpeech';
import { isLoneCondition } from './loneClauses';
import { holdsNearBelief } from './nearBeliefs';
import { narratesOwnPastEvent } from './pastEvents';
import { matchingKey } from '../text/charFold';
import { firstColonIn, isAsciiLetterOrDigit } from '../turns/chars';
import cueData from './cues/cues.json';
import { cueMatcherFor, type CueHit } from './cueMatcher';
import { isQuantity, type Figure } from './figures';
import { contentUnits, readSentence, type SentenceReading } from './sentenceScan';
import { isAgendaSentence, isDateTimeLine, isFieldLine, isListedFieldValue, isRequestToListeners, isWishSentence } from './zhNoise';
import { isBylineStamp } from './bylineStamps';
import { isInvitationToTalk, isUnvoicedAgenda } from './zhTalkMoves';
import { isConsequenceOfYourAct } from './enRegularities';
import { hedgesRecollection } from './enRecollections';
import { tellsOwnFirst } from './ownFirsts';
import { kindWordClasses } from './kindWordClasses';
import { codesOf } from '../text/codesOf';
import { indexWithin } from '../text/indexWithin';
import { withoutIndirectQuestions, withoutMonthNames, withoutMotionGoingTo } from './cueFiltersEn';
import { isCjk, isLetterOrCjk } from './cjkIdeographs';
import { SAYING, withDispositions, withRegularities, withGradedModals, withDoneActs, withProgrammeNames, withReportedDemands, withoutNonFutureHui } from './cueFiltersZh';
import { clear } from './clearArray';
import { freshReasons, sharedReasons, addReasons } from './reasons';
import { type Signals, scratch, collectSignals, futureSpans } from './signals';
import { adjusted, ATTRIBUTION_PREFIXES, EVALUATIVE_PREFIXES, BELIEF_PREFIXES, INTENSIFIED_STATEMENT_PENALTY, isIntensifierReason, startsWithAny, forecastConfidence, factConfidence, opinionConfidence, LIKELIHOOD_PREFIXES } from './confidence';
import type { Classification } from './classification';
import { TRAILING } from './trailingMarks';
import { isQuestion, tagQuestionStart, isInvertedQuestion, isUnmarkedQuestion } from './questions';
import { ONLY_IF_REASON, ONLY_IF_CUES, TRULY_IS_CUES, necessityFrame, judgingPredicateReason, SHI_DE_REASON, SHI_DE_CUES, zhStanceReason, zhBuiltStance, enStanceReason, endsWithDe, isShiDeJudgement } from './stances';
import { TAG_HEDGE_PENALTY, isTagHedged } from './tagHedges';

export type { Classification } from './classification';

/** The default of the minimumConfidence setting: hides plain-future announcements, bare intensifiers and lone dates. */
export const DEFAULT_MINIMUM_CONFIDENCE = 0.5;
/** Below this many content units (CJK characters plus Latin words) a piece is a fragment, not a claim. */
const MIN_UNITS = 4;
/** An opinion resting only on a belief word (I think, 我认为) needs this many content units to say something. */
const MIN_BELIEF_UNITS = 8;

function isNormativeCue(reason: string): boolean {
  return reason.startsWith('normative: ');
}

function isEvaluationCue(reason: string): boolean {
  return reason.startsWith('evaluation: ');
}

function isFirstPersonBeliefCue(reason: string): boolean {
  return reason.startsWith('first-person belief: ');
}

function isBeliefCue(reason: string): boolean {
  return reason.startsWith('first-person belief: ') || reason.startsWith('belief: ') || reason.startsWith('hedge: ');
}

/** Greetings and thanks longer than this may still carry a claim. */
const GREETING_MAX_UNITS = 20;

const LIKELIHOOD_PREFIX = 'likelihood: ';
/** `后面可能还要发新版本`, `B站可能要引进`: uncertainty about a future auxiliary (要, 将, 会) weighs what will happen. */
const LIKELY_FUTURE = /(?:可能|也许|或许|大概)(?:还|也|就|都)?(?:要|将|会)/;
/** Adverbs of the speaker's uncertainty; 有可能, 很可能, 可能性, 不可能, 迟早 say what may or will come about. */
const HEDGING_ADVERB_REASONS = new Set(['可能', '也许', '或许', '大概'].map((word) => LIKELIHOOD_PREFIX + word));
const hedgeReasons = new Map<string, string>();
const IMPOSSIBLE_REASON = LIKELIHOOD_PREFIX + '不可能';
const IMPOSSIBLE_JUDGEMENT = 'evaluation: 不可能';
/**
 * `是不可能产生爆发性创新的`, `我认为是不可能的`, `现在不可能有一个…的特首`: 不可能 as what the subject is, or said of the present, judges
 * what can be; `这个方案不可能在年底前通过` (a coming event) still predicts.
 */
const PRESENT_IMPOSSIBILITY = /是不可能|不可能的|(?:现在|目前|当前|如今)[^，,。；;！!？?]{0,6}不可能/;
/** 有可能, 很可能 as likelihoods, and the judgements they are read as under a condition (POSSIBILITY_UNDER_CONDITION). */
const POSSIBLE_JUDGEMENTS = new Map(['有可能', '很可能'].map((word) => [LIKELIHOOD_PREFIX + word, `evaluation: ${word}`]));
/**
 * `只有深入研究了一个地方，…才有可能对当地带去帮助`, `即使是工作体面的白领，也有可能成为低端人口`: a possibility under a necessary
 * condition (只有…才) or a concession (即使…也) judges what can be in general, as 不可能 of the present does; it predicts
 * no event. Within one sentence (no sentence end between).
 */
const POSSIBILITY_UNDER_CONDITION = /(?:只有|唯有)[^。；;！!？?]{0,40}才(?:有|很)?可能|(?:即使|即便|哪怕|就算|纵使)[^。；;！!？?]{0,40}也(?:有|很)?可能/;

/**
 * `做好投资这件事，可能跟基金经理性格关系比较大`, `社群可能不擅長`: a Chinese adverb of uncertainty (可能, 也许, 或许) with
 * no future marker, future time, prediction or plan qualifies how the speaker judges the present; it predicts
 * nothing. Its reasons move to the opinion list as hedges (`hedge: 可能`). With `judgesImpossible` (PRESENT_IMPOSSIBILITY), 不可能
 * with no other forecast cue is likewise a judgement of what can be (`evaluation: 不可能`), and with `judgesPossible`
 * (POSSIBILITY_UNDER_CONDITION) so are 有可能, 很可能 (`evaluation: 有可能`, `evaluation: 很可能`).
 */
function hedgeChineseLikelihood(signals: Signals, judgesImpossible: boolean, judgesPossible: boolean): void {
  const forecast = signals.forecast;
  if (!forecast.length || signals.weakForecast.length) return;
  for (const reason of forecast) if (!HEDGING_ADVERB_REASONS.has(reason) && !(judgesImpossible && reason === IMPOSSIBLE_REASON) && !(judgesPossible && POSSIBLE_JUDGEMENTS.has(reason))) return;
  for (const reason of forecast) {
    if (reason === IMPOSSIBLE_REASON) {
      signals.opinion.push(IMPOSSIBLE_JUDGEMENT);
      continue;
    }
    const judgement = POSSIBLE_JUDGEMENTS.get(reason);
    if (judgement !== undefined) {
      signals.opinion.push(judgement);
      continue;
    }
    let hedge = hedgeReasons.get(reason);
    if (hedge === undefined) hedgeReasons.set(reason, (hedge = `hedge: ${reason.slice(LIKELIHOOD_PREFIX.length)}`));
    signals.opinion.push(hedge);
  }
  clear(forecast);
  if (signals.opinionAt < 0) signals.opinionAt = signals.forecastAt;
  signals.forecastAt = -1;
}

/**
 * Precedence, first rule that applies:
 *  1. a future or likelihood marker (会, 将, 预计, will, likely) → forecast, even on a figure or a belief:
 *     "我认为它将长期存在" and "明年营收将达到500亿" are predictions. A plain future marker (会, will, 'll,
 *     gonna) alone does not count in housekeeping ("We'll link this in the show notes") or when every one
 *     has a first-person subject ("我们会继续努力", a plan or promise) — unless a figure backs it;
 *  2. a checkable quantity (number, percent, money, count), an attributed report or a record → fact; this also
 *     overrides a weak estimate cue (据估计…曾…135亿美元 is a past figure);
 *  3. belief or evaluation (我认为, 非常优秀, I think, great) → opinion; a date alone does not make it a fact;
 *  4. a weak estimate cue (估计, estimated) with no past marker or date → forecast;
 *  5. a date on its own (an event: 2016年，大会在京召开) → fact; a clock time alone is not enough.
 * Nothing else is check-worthy. Cues come out each once, at most MAX_REASONS, in the order listed here.
 */
function decide(signals: Signals): Classification | null {
  const { quantities, dates } = signals;
  const plainFutureCounts = signals.plainFuture.length > 0 && (quantities.length > 0 || !(signals.procedure || signals.firstPersonFuture));
  if ((plainFutureCounts || signals.forecast.length > signals.plainFuture.length) && !isPrescription(signals) && !isHousekeepingSchedule(signals)) {
    const forecast = plainFutureCounts ? signals.forecast : signals.forecast.filter((reason) => !signals.plainFuture.includes(reason));
    const cues = addReasons(addReasons(addReasons(addReasons(freshReasons(), forecast), signals.weakForecast), quantities), dates);
    return { kind: 'forecast', cues: sharedReasons(cues), confidence: forecastConfidence(signals, plainFutureCounts) };
  }
  // `我认为明年应该增加到4亿元`: a figure inside what the speaker believes or prescribes is part of the opinion.
  if (isFramedFigure(signals)) return { kind: 'opinion', cues: sharedReasons(addReasons(addReasons(freshReasons(), signals.opinion), quantities)), confidence: opinionConfidence(signals) };
  // A record or superlative (`the greatest economy in the history of…`) or a regularity beside an evaluation is a judgement.
  const weakFactOnly = signals.fact.length > 0 && signals.fact.every(isWeakFactCue);
  if (quantities.length || (signals.fact.length && !(weakFactOnly && signals.opinion.length))) {
    const cues = addReasons(addReasons(addReasons(freshReasons(), signals.fact), quantities), dates);
    if (signals.weakForecast.length) addReasons(cues, pastBesidesDates(signals));
    return { kind: 'fact', cues: sharedReasons(cues), confidence: factConfidence(signals) };
  }
  if (signals.opinion.length && !isNarratedEvaluation(signals)) return { kind: 'opinion', cues: sharedReasons(addReasons(freshReasons(), signals.opinion)), confidence: opinionConfidence(signals) };
  if (signals.opinion.length) return { kind: 'fact', cues: sharedReasons(addReasons(addReasons(freshReasons(), dates), signals.opinion)), confidence: adjusted(signals, 0.5) };
  // `建设强大国内市场，扩大高水平对外开放`: evaluation words that only describe narrate an event or a policy.
  if (signals.described.length && signals.units >= DESCRIBED_MIN_UNITS) return { kind: 'fact', cues: sharedReasons(addReasons(addReasons(freshReasons(), dates), signals.described)), confidence: adjusted(signals, 0.5) };
  if (signals.weakForecast.length && !signals.past.length && !dates.length) return { kind: 'forecast', cues: sharedReasons(addReasons(freshReasons(), signals.weakForecast)), confidence: adjusted(signals, 0.45) };
  // A clock time or an ordinal alone (a dateline, `2:05 P.M. EDT`, `第二部分`) is not an event.
  if (dates.some((d) => !d.startsWith('time:') && !d.startsWith('ordinal:'))) {
    const cues = addReasons(freshReasons(), dates);
    if (signals.weakForecast.length) addReasons(cues, pastBesidesDates(signals));
    return { kind: 'fact', cues: sharedReasons(cues), confidence: adjusted(signals, signals.firstPersonStart ? 0.35 : 0.5) };
  }
  // A hedged statement (`it was probably two o'clock`) is still a statement worth a look, of what is.
  // As sure as it was while it made a forecast: a likelihood more than a bare `could` (rule 4's weak estimate).
  const likelihood = startsWithAny(signals.hedges, LIKELIHOOD_PREFIXES);
  // Not in the briefing's own programme (`we may have a readout`), which predicted nothing either.
  if (signals.hedges.length && !signals.procedure && (likelihood || (!signals.past.length && !dates.length))) {
    const base = likelihood ? 0.55 : 0.45;
    return { kind: 'fact', cues: sharedReasons(addReasons(freshReasons(), signals.hedges)), confidence: adjusted(signals, base) };
  }
  return null;
}

/**
 * Every figure comes after a should before an act (`应该增加到4亿元`, `should rise to $4 million`), in the same sentence,
 * and no report attributes it: the figure is what the speaker wants, not a fact they state. A belief alone does not
 * do this: `I think it was 1998`, `我觉得大概有300人` hedge a fact.
 */
function isFramedFigure(signals: Signals): boolean {
  return signals.quantities.length > 0 && signals.frameAt >= 0 && signals.frameAt < signals.figureAt && !startsWithAny(signals.fact, ATTRIBUTION_PREFIXES);
}

function isWeakFactCue(reason: string): boolean {
  return reason.startsWith('record: ') || reason.startsWith('regularity: ') || reason.startsWith('disposition: ') || reason.startsWith('done act: ') || reason.startsWith('reported demand: ') || reason.startsWith('programme: ');
}

/**
 * `Tomorrow, our guest will be…`, `we may have a readout`: housekeeping with no figure announces the
 * briefing's own programme; a time word or a likelihood there predicts nothing. Only a stated
 * prediction (`we expect`) still does.
 */
function isHousekeepingSchedule(signals: Signals): boolean {
  if (!signals.procedure || signals.quantities.length || signals.detachedFuture) return false;
  return signals.forecast.every((reason) => signals.plainFuture.includes(reason) || reason.startsWith('future time: ') || reason.startsWith('likelihood: '));
}

/**
 * `下半年如果要想保持较高增长，还是要抓主要矛盾`: a must or should whose only link to the future is a time word
 * prescribes what to do then; it does not predict.
 */
function isPrescription(signals: Signals): boolean {
  if (signals.plainFuture.length || !signals.opinion.some(isNormativeCue)) return false;
  // `要坚持…，确保…落实`: the target a must or should sets is what it prescribes, not a plan announced.
  return signals.forecast.every((reason) => reason.startsWith('future time: ') || PRESCRIBED_TARGETS.has(reason));
}

/** Targets (plan cues) that a must or should may set: 确保, 力争. */
const PRESCRIBED_TARGETS = new Set(['plan: 确保', 'plan: 力争']);

/**
 * One evaluative word in a long sentence that narrates a dated or past event (`2025年，两国关系实现了稳定发展`)
 * describes the event rather than judging it.
 */
function isNarratedEvaluation(signals: Signals): boolean {
  if (signals.units < NARRATION_MIN_UNITS || signals.predicative || !(signals.dates.length || signals.past.length)) return false;
  return signals.opinion.length === 1 && signals.opinion[0]!.startsWith('evaluation: ');
}

const NARRATION_MIN_UNITS = 20;

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
/** As long as a plain statement must be (STATEMENT_MIN_CHARS). */
const DESCRIBED_MIN_UNITS = 10;

/** Past markers not already quoted as a date (`去年` is both). */
function pastBesidesDates(signals: Signals): string[] {
  const dated = new Set(signals.dates.map((d) => d.slice(d.indexOf(': ') + 2)));
  return signals.past.filter((p) => !dated.has(p.slice(p.indexOf(': ') + 2)));
}

/** A web address as said or written in a sentence (`workos.com`, `gitpod.io`): the top-level part after a dot. */
const WEB_ADDRESS_END = /(?:com|io|org|net|fm|dev|co|ai|app|tv)(?![\p{L}\p{N}])/uy;
/**
 * The imperatives of a sponsor read or a plug, in the folded (lower-case) key. No letter before them, as a
 * lookbehind: a leading `(?:^|[^\p{L}])` made V8 try every position, about twice the time.
 */
const CALL_TO_ACTION = /(?<!\p{L})(?:visit|go to|head (?:on )?over to|check out|sign up|learn more|get|apply|download|subscribe|try|join)(?!\p{L})/u;

/** A sentence that sends the listener to a web address with an imperative: promotion, never a claim. */
function isCallToAction(key: string, from: number, to: number): boolean {
  // The sentence's dots only: `key` may be the whole document (the editor's analysis), where key.indexOf('.', from)
  // read on to the next dot anywhere for every sentence, to the document's end in Chinese text without one.
  for (let dot = indexWithin(key, '.', from, to - 1); dot >= 0; dot = indexWithin(key, '.', dot + 1, to - 1)) {
    if (!isAsciiLetterOrDigit(key.charCodeAt(dot - 1))) continue;
    WEB_ADDRESS_END.lastIndex = dot + 1;
    if (WEB_ADDRESS_END.test(key) && WEB_ADDRESS_END.lastIndex <= to) return CALL_TO_ACTION.test(key.slice(from, to));
  }
  return false;
}

/** Longest field name before a colon, in content units (`播出时间`, `Recorded on`). */
const MAX_FIELD_UNITS = 6;

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
  if (isQuestion(key, from, to)) {
    // `社會對立很嚴重，對不對？`: a tag question asks to agree with the statement before it, which is what is claimed.
    const tag = tagQuestionStart(key, from, to);
    if (tag < 0 || isQuestion(key, from, tag)) return null;
    to = tag;
    sentenceRead.tagQuestion = true;
    sentenceRead.to = to;
  }
  // `Visit mercury.com to apply…`, `Get a demo at LaunchDarkly.com.`: a sponsor's or the show's call to action.
  if (isCallToAction(key, from, to)) return null;
  clear(reading.hits);
  clear(reading.figures);
  readSentence(cueMatcherFor(options.extraCues), key, from, to, reading);
  const scanned = withoutMotionGoingTo(text, key, withoutMonthNames(text, key, from, reading.hits));
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

/**
 * The reason when an English sentence does something in the conversation rather than report (conversationMoves.ts):
 * it moves the talk on (`I think we can get started`) or, when short, assesses the last turn (`that's fine`).
 */
function conversationMove(sentence: string, units: number): string | null {
  const move = conversationMoveIn(sentence);
  if (move !== null) return CONVERSATION_MOVE_REASON + move;
  const response = units <= RESPONSE_MAX_UNITS ? responseIn(sentence) : null;
  return response === null ? null : RESPONSE_REASON + response;
}
const STATEMENT_CUES: readonly string[] = ['statement'];

/** No quantity and no fact cue but weak ones (record, regularity, disposition…): a date or a weak cue made the sentence a fact. */
function isWeaklyFactual(signals: Signals): boolean {
  if (signals.quantities.length) return false;
  for (const reason of signals.fact) if (!isWeakFactCue(reason)) return false;
  return true;
}

/** First-person feelings, wishes and likes (expressive speech acts): pride, gladness, gratitude, hope, a mild preference. */
const EXPRESSIVE_START = new RegExp(`^${"(?:(?:and|but|so|then|well|now|also|again|yeah|oh|um|uh),?\\s+)*"}(?:i|we)(?:'m|\\s+am|'re|\\s+are)?\\s+(?:(?:so|really|very|just|also|truly|deeply|incredibly|personally)\\s+)*(?:proud|glad|happy|thankful|grateful|excited|honou?red|hope|hoping|wish|like|love|enjoy|prefer)\\b`);
/** `我很荣幸…`, `Dan，我很高兴能和你对话`, `很高兴给了自己这个挑战`: after a short vocative, I or we may go unsaid before a degree word. */
const EXPRESSIVE_START_ZH = /^(?:[^，,。！？!?\s]{1,8}[，,]\s*)?(?:(?:我|我们)(?:真的|非常|很|十分|特别|衷心)*|(?:真的|非常|很|十分|特别)+)(?:高兴|荣幸|骄傲|自豪|感激|希望|祝愿|祝)/;

/** Sentence starts EXPRESSIVE_START may match: a lead-in word or I/we (a, b, i, n, o, s, t, u, w, y). */
const EXPRESSIVE_FIRST = codesOf('abinostuwy我');

function isExpressive(key: string, from: number, to: number): boolean {
  let start = from;
  while (start < to && !isLetterOrCjk(key.charCodeAt(start))) start++;
  const head = key.slice(start, Math.min(to, start + 40));
  return (EXPRESSIVE_FIRST.has(key.charCodeAt(start)) && EXPRESSIVE_START.test(head)) || EXPRESSIVE_START_ZH.test(head);
}

const PERSONALLY_REASON = 'first-person belief: personally';

/** `you know`, `I mean`, `like,`: two or more mark talk that is thinking aloud rather than asserting. */
const FILLERS = /you know|i mean| like,|, like |kind of|sort of|\bum\b|\buh\b/g;
/** First-person singular pronouns inside a sentence: `The first board I got didn't work.` */
const FIRST_PERSON_INSIDE = /(?:^|[^a-z'])(?:i|me|my|i'm|i've|i'd)(?![a-z'])/;

/** Fillers in a sentence, counted in one pass (stops at two, all the caller needs). */
function fillerCount(sentence: string): number {
  FILLERS.lastIndex = 0;
  let count = 0;
  while (count < 2 && FILLERS.exec(sentence)) count++;
  return count;
}

/** A statement needs this many words (English) or characters (Chinese) to assert something checkable. */
const STATEMENT_MIN_WORDS = 6;
const STATEMENT_MIN_CHARS = 10;
const STATEMENT_CONFIDENCE = 0.5;
/** How much of the first-person penalty a past event of the speaker's own that names something is spared. */
const OWN_PAST_EVENT_RELIEF = 0.05;
/** `Let's…`, `Please…`, `Thank…`: the speaker asks or thanks, asserts nothing. */
const IMPERATIVE_START = new RegExp(`^(?:${cueData.statement.imperativeStarts.join('|')})\\b`);
/** Words that may come before the subject: `And then I…`, `So, you know, we…`. */
const LEAD_IN = '(?:(?:and|but|so|then|well|now|like|also|actually|basically|again|look|yeah|oh|um|uh|because|or|you know|i mean),?\\s+)*';
const FIRST_PERSON_START = new RegExp(`^${LEAD_IN}(?:i|i'm|i've|i'd|me|my)\\b`);
const SECOND_PERSON_START = new RegExp(`^${LEAD_IN}(?:you|your|if you)\\b`);
const WE_START = new RegExp(`^${LEAD_IN}(?:we|we're|we've|we'd|our)\\b`);
const FIRST_PERSON_START_ZH = /^(?:所以|然后|那|那么|但是|可是|其实|如果|要是)?(?:我|你)(?!们)/;
const WE_START_ZH = /^(?:所以|然后|那|那么|但是|可是|其实|如果|要是)?(?:我们|咱们)/;
/** `With that, I'll open it up`, `I'm going to ask you…`, `let me…`: the speaker's next move in the conversation. */
// Not `let's say`: a supposition when it opens the sentence (hypotheticals.ts), a filler inside it (`it's, let's say, more memory`).
const OWN_NEXT_MOVE = /(?:^|[^a-z'])(?:i'll|i will|i'm going to|i am going to|i'm gonna|let me|let's(?! say\b))\b/;
/** `if you would please stand…`, `…, please dial again later.`: please anywhere in a statement makes it a request. */
const REQUEST_EN = /(?:^|[^a-z])please\b/;
/** 请 as a request (`请大家…`, `，请准时出席`), not inside a word (申请). */
const REQUEST_ZH = /(?:^|[，,。；;：:\s])请|请(?:大家|各位|您|你|准时|注意|留意|保持|关闭|遵守|记得|稍候|稍等)/;
/** Upper-case words, numbers and punctuation only (`WASHINGTON, D.C. — 2:05 P.M. EDT`): a dateline or a header. */
const MIN_LOWER_CASE_WORDS = 3;
/** How much a first of the speaker's own (`my first time at…`) lowers a plain statement: a story, not a report. */
const OWN_FIRST_PENALTY = 0.15;
const LEAD_IN_END = /[:：]\s*$/;
const TRAILING_OFF = /(?:\.\.\.|…|[-—–])\s*["”’)]?$/;
const POINTING_ZH = /^(?:所以|那|那么|好|然后|其实)?(?:这|那)(?:个|些|边|里|就|也)?(?:就|也)?是/;
const POINTING_BACK = new RegExp(`^${LEAD_IN}(?:that|this|it)(?:'s|’s| is| was)\\s+(?:not\\s+)?(?:what|why|how|where|it)\\b`);
/** `They would say…`, `we would binge watch it`: a habit or a hypothetical told as a story, not a report. */
const HABITUAL_WOULD = new RegExp(`^${LEAD_IN}(?:they|we|i|you|he|she)(?: would|'d|’d)\\s`);
/** `…, they would click a new button`, `then it would go step by step`: a hypothetical inside the sentence. */
const WOULD_INSIDE = /\b(?:they|we|i|you|he|she|it|that|this)(?: would|'d|’d)\s(?!like\b|love\b|call\b)/;
/** `He also said that costs would escalate.`: would reporting what someone said. */
const REPORTED_WOULD = /\b(?:said|says|told|warned|predicted|expected)\b/;
/** `Maybe we're…`, `Perhaps it's…`: the speaker guesses aloud. */
const HEDGED_START = new RegExp(`^${LEAD_IN}(?:maybe|perhaps)\\b`);
/** `Rooting for the bad guys.`, `First, giving families more room.`: a clause with no subject, cut from a longer thought. */
const GERUND_START = new RegExp(`^(?:${LEAD_IN}|first,?\\s+|second,?\\s+|third,?\\s+)([a-z]+ing)\\b`);
/** Words ending in -ing that are not gerunds, or that open a full clause (`According to…, the…`). */
const NOT_GERUNDS = new Set(['during', 'according', 'nothing', 'something', 'everything', 'anything', 'morning', 'evening', 'thing', 'king', 'spring', 'string', 'bring', 'sing', 'ring', 'wing', 'including', 'regarding', 'following', 'notwithstanding', 'being']);
/** After a participle phrase, `, the President signed…`: a subject, so the sentence has its own clause. */
const LATER_SUBJECT = /,\s+(?:the|he|she|they|we|i|it|this|that|there)\s/;

/**
 * A declarative sentence with no cue at all can still be a claim: "The solicitor general is not a member
 * of the commission." is checkable. Such a sentence is a fact of modest confidence when it is long enough,
 * not a question or a request, and not the speaker's own story (I…, 我…), which is mostly anecdote.
 */
/** `units` and `cjk`: readSentence's counts of key[from, to). */
function statement(text: string, key: string, from: number, to: number, units: number, cjk: number): Classification | null {
  const chinese = cjk * 2 >= units;
  // After a short field name (`作者後記：本文經過編輯。`) only the value counts.
  const colon = firstColonIn(key, from, Math.min(to, from + 12));
  const counted = colon >= 0 && contentUnits(key, from, colon) <= MAX_FIELD_UNITS ? contentUnits(key, colon + 1, to) : units;
  if (counted < (chinese ? STATEMENT_MIN_CHARS : STATEMENT_MIN_WORDS)) return null;
  const sentence = key.slice(from, to);
  if (chinese ? REQUEST_ZH.test(sentence) : REQUEST_EN.test(sentence) || !readsAsSpeech(text, key, from, to) || OWN_NEXT_MOVE.test(sentence) || conversationMove(sentence, units) !== null) return null;
  // `好的，那我们看一下第二部分。`, `今天我们邀请到了…`: the conversation announcing its own next step, with nothing else
  // to check in it (a figure or a cue word would have decided the sentence before it got here).
  if (chinese && (isAgendaSentence(key, from, to) || isWishSentence(key, from, to))) return null;
  // `…你们再算一下，周四之前发给我。`: a request to the listeners.
  if (chinese && isRequestToListeners(key, from, to)) return null;
  // `Dan，我很高兴能和你对话。`: a feeling, as in classifyRange.
  if (chinese && units <= GREETING_MAX_UNITS && isExpressive(key, from, to)) return null;
  if (chinese && isShiDeJudgement(sentence)) return { kind: 'opinion', cues: SHI_DE_CUES, confidence: units >= 20 ? 0.55 : 0.5 };
  const frame = chinese ? necessityFrame(key, from, to) : null;
  if (frame !== null) return { kind: 'opinion', cues: frame === ONLY_IF_REASON ? ONLY_IF_CUES : TRULY_IS_CUES, confidence: units >= 20 ? 0.55 : 0.5 };
  const judging = chinese ? judgingPredicateReason(key, from, to) : null;
  if (judging !== null) return { kind: 'opinion', cues: [judging], confidence: units >= 20 ? 0.55 : 0.5 };
  let start = from;
  while (start < to && !isLetterOrCjk(key.charCodeAt(start))) start++;
  const head = key.slice(start, Math.min(to, start + 24));
  if (!chinese && (IMPERATIVE_START.test(head) || imperativeVerbOpening(text, key, start, to) !== null)) return null;
  const tail = key.slice(Math.max(from, to - 4), to);
  // `有三個主要的網站：`, `The steps are:`: a lead-in to a list.
  if (LEAD_IN_END.test(tail)) return null;
  let confidence = STATEMENT_CONFIDENCE;
  let personPenalty = 0;
  if (chinese ? FIRST_PERSON_START_ZH.test(head) : FIRST_PERSON_START.test(head) || SECOND_PERSON_START.test(head)) personPenalty = 0.15;
  else if (chinese ? WE_START_ZH.test(head) : WE_START.test(head)) personPenalty = 0.1;
  else if (!chinese && FIRST_PERSON_INSIDE.test(sentence)) personPenalty = 0.1;
  const namesSomething = !chinese && hasProperNoun(text, start, to);
  // `I was drafted into the military and got into the U.S. Army.`: the speaker's own past event naming something is
  // a piece of record more often than an anecdote (pastEvents.ts).
  if (personPenalty > 0 && namesSomething && narratesOwnPastEvent(sentence)) personPenalty -= OWN_PAST_EVENT_RELIEF;
  // `…I was at Mac stock, which it was my first time at Mac stock.`: a first of the speaker's own marks a story, whatever it
  // names (ownFirsts.ts).
  if (!chinese && tellsOwnFirst(key, from, to)) personPenalty += OWN_FIRST_PENALTY;
  confidence -= personPenalty;
  if (!chinese && fillerCount(sentence) >= 2) confidence -= 0.15;
  if (TRAILING_OFF.test(tail)) confidence -= 0.15;
  if (!chinese) confidence -= conversationalPenalty(head, sentence);
  else if (POINTING_ZH.test(head)) confidence -= 0.15;
  // A sentence pointing to a link (`參考〈…〉(https://…)`) refers the reader elsewhere.
  if (sentence.includes('http')) confidence -= 0.15;
  if (units >= (chinese ? 20 : 12)) confidence += 0.05;
  if (namesSomething) confidence += 0.05;
  // `…，而不是我们国家的公民。`, `总的来看，…`, `从上述行为可以看出，…`, `Most productivity metrics are a lie.`: a rebuttal, a
  // stance frame, an inference or a judging predicate takes a stance. Only the kind changes: how sure the claim is stays
  // the statement's.
  const stance = chinese ? zhStanceReason(key, from, to) : enStanceReason(key, from, to);
  if (stance !== null) return { kind: 'opinion', cues: [stance], confidence: Math.round(confidence * 100) / 100 };
  return { kind: 'fact', cues: STATEMENT_CUES, confidence: Math.round(confidence * 100) / 100 };
}

/** How much a plain English statement reads as talk about the conversation or a story rather than a report. */
function conversationalPenalty(head: string, sentence: string): number {
  if (POINTING_BACK.test(head)) return 0.15;
  if (HABITUAL_WOULD.test(head) || HEDGED_START.test(head) || (WOULD_INSIDE.test(sentence) && !REPORTED_WOULD.test(sentence))) return 0.1;
  const gerund = GERUND_START.exec(head);
  if (gerund && !NOT_GERUNDS.has(gerund[1]!) && !LATER_SUBJECT.test(sentence)) return 0.15;
  return 0;
}

/**
 * Whether an English sentence reads as speech rather than a dateline or a header: some words in lower case, or, in
 * upper-case captions (no lower case at all), some closed-class words (`THE FIRST IS SB 27, WHICH IS…`).
 */
function readsAsSpeech(text: string, key: string, from: number, to: number): boolean {
  if (hasLowerCaseWords(text, from, to, MIN_LOWER_CASE_WORDS)) return true;
  return isCaseless(text, from, to) && hasGrammarWords(key, from, to, MIN_GRAMMAR_WORDS);
}
/** Closed-class words an upper-case sentence needs to read as speech (a dateline has none, a title one or two). */
const MIN_GRAMMAR_WORDS = 3;

/** True when text[from, to) has at least `wanted` words starting in a lower-case letter; reads only as far as it must. */
function hasLowerCaseWords(text: string, from: number, to: number, wanted: number): boolean {
  let words = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code >= 97 && code <= 122 && (i === from || !isAsciiLetterOrDigit(text.charCodeAt(i - 1))) && ++words >= wanted) return true;
  }
  return false;
}


/** I…, 我… (not 我们) at the start of a sentence, after filler words. */
function startsInFirstPerson(key: string, from: number, to: number): boolean {
  let start = from;
  while (start < to && !isLetterOrCjk(key.charCodeAt(start))) start++;
  const head = key.slice(start, Math.min(to, start + 24));
  return FIRST_PERSON_START.test(head) || FIRST_PERSON_START_ZH.test(head);
}

/** A capitalised word after the first (`…the Santa Clara counties`), other than I: names something checkable. */
function hasProperNoun(text: string, from: number, to: number): boolean {
  for (let i = from + 1; i < to - 1; i++) {
    const code = text.charCodeAt(i);
    if (code < 65 || code > 90 || text.charCodeAt(i - 1) !== 32) continue;
    const next = text.charCodeAt(i + 1);
    if (code === 73 /* I */ && (next === 32 || next === 39 || next === 0x2019)) continue;
    if (next >= 97 && next <= 122) return true;
  }
  return false;
}

/** What classifyRange read about the sentence it decided last: whether `scratch` holds its signals, and where it ended. */
const sentenceRead = { signals: false, tagQuestion: false, to: 0 };

/** Feature names and the reasons they come from, for one sentence (scratch, reused). */
const featureScratch: string[] = [];
const reasonFeatures: { reason: string; feature: string }[] = [];

export interface KindFeatures {
  /** Names of what the classifier read (`cue:evaluation`, `zh`, `length:6-11`…), each once. */
  readonly features: readonly string[];
  /** Each cue reason of the sentence with the feature it feeds, in the order found. */
  readonly reasons: readonly { readonly reason: string; readonly feature: string }[];
}

function addFeature(name: string): void {
  if (!featureScratch.includes(name)) featureScratch.push(name);
}

/** `future: will` → `future`. */
function categoryOf(reason: string): string {
  const colon = reason.indexOf(': ');
  return colon < 0 ? reason : reason.slice(0, colon);
}

function addCueFeatures(reasons: readonly string[], prefix: string, suffix = ''): void {
  for (const reason of reasons) {
    const feature = `${prefix}${categoryOf(reason)}${suffix}`;
    addFeature(feature);
    reasonFeatures.push({ reason, feature });
  }
}

/** Where the last clause of key[from, to) starts (after `，`, `,`, `；`, `:`…), or `from` for a one-clause sentence. */
function lastClauseStart(key: string, from: number, to: number): number {
  let end = to;
  while (end > from && TRAILING.has(key.charCodeAt(end - 1))) end--;
  for (let i = end - 1; i > from; i--) if (CLAUSE_BREAK.has(key.charCodeAt(i))) return i + 1;
  return from;
}
const CLAUSE_BREAK = codesOf('，,；;：:');

/** `in last clause` / `in earlier clause`, `before figure` / `after figure` for a cue at `at`. */
function addPositionFeatures(name: string, at: number, clauseStart: number, from: number, figureAt: number): void {
  if (at < 0) return;
  if (clauseStart > from) addFeature(`${name} in ${at >= clauseStart ? 'last' : 'earlier'} clause`);
  if (figureAt >= 0) addFeature(`${name} ${at < figureAt ? 'before' : 'after'} figure`);
}

const PERSON_START = new RegExp(`^${LEAD_IN}(?:(i|i'm|i've|i'd|me|my)|(we|we're|we've|we'd|our|let's)|(you|your|you're|you've)|(he|she|they|his|her|their|he's|she's|they're))\\b`);
const PERSON_START_ZH = /^(?:所以|然后|那|那么|但是|可是|其实|如果|要是|而且|因为)?(?:(我(?!们))|(我们|咱们)|(你|您)|(他|她|它))/;
const PERSONS = ['first person', 'we', 'second person', 'third person'];
/** Negation anywhere in the sentence (not, never, n't, 不, 没, 未, 无, 别). */
const NEGATION = /n't|\b(?:not|never|no)\b|不|没|未|无|别/;

function lengthBucket(units: number): string {
  return units < 6 ? 'length:<6' : units < 12 ? 'length:6-11' : units < 20 ? 'length:12-19' : units < 40 ? 'length:20-39' : 'length:40+';
}

/**
 * What the classifier read in key[from, to) (the sentence classifyRange decided last), as feature
 * names for the kind weights scripts/train-kind-weights.mjs learns: the cue categories with where they sit (last clause
 * or earlier, before or after a figure), the figures, the flags the rules test, language, length, person,
 * negation, and general word classes (kindWordClasses.ts: comparison, superlatives, stance, contrast…).
 */
export function kindFeatures(key: string, from: number, to: number): KindFeatures {
  clear(featureScratch);
  clear(reasonFeatures);
  let cjk = 0;
  for (let i = from; i < to; i++) if (isCjk(key.charCodeAt(i))) cjk++;
  const units = contentUnits(key, from, to);
  const chinese = cjk * 2 >= units;
  addFeature(chinese ? 'zh' : 'en');
  addFeature(lengthBucket(units));
  let start = from;
  while (start < to && !isLetterOrCjk(key.charCodeAt(start))) start++;
  const head = key.slice(start, Math.min(to, start + 24));
  const person = (chinese ? PERSON_START_ZH : PERSON_START).exec(head);
  if (person) for (let g = 1; g <= 4; g++) if (person[g] !== undefined) addFeature(`${PERSONS[g - 1]} start`);
  if (NEGATION.test(key.slice(from, to))) addFeature('negation');
  if (sentenceRead.tagQuestion) addFeature('tag question');
  if (isTagHedged(key, from, to)) addFeature('belief tagged at the end');
  for (const name of kindWordClasses(key.slice(from, to), chinese)) addFeature(name);
  if (!sentenceRead.signals) {
    addFeature('no cue');
    return { features: featureScratch, reasons: reasonFeatures };
  }
  const signals = scratch;
  const plainFutureCounts = signals.plainFuture.length > 0 && (signals.quantities.length > 0 || !(signals.procedure || signals.firstPersonFuture));
  for (const reason of signals.forecast) {
    const plain = signals.plainFuture.includes(reason);
    const feature = plain ? (plainFutureCounts ? 'cue:plain future' : 'cue:plain future (own plan or housekeeping)') : `cue:${categoryOf(reason)}`;
    addFeature(feature);
    reasonFeatures.push({ reason, feature });
  }
  addCueFeatures(signals.weakForecast, 'cue:');
  addCueFeatures(signals.fact, 'cue:');
  addCueFeatures(signals.opinion, 'cue:');
  addCueFeatures(signals.described, 'cue:', ' (descriptive)');
  addCueFeatures(signals.quantities, 'figure:');
  addCueFeatures(signals.dates, 'figure:');
  addCueFeatures(signals.past, 'cue:');
  if (reasonFeatures.length === signals.past.length) addFeature('no cue');
  if (signals.quantities.length > 1) addFeature('several quantities');
  if (signals.opinion.length > 1) addFeature('several opinion cues');
  if (signals.predicative) addFeature('evaluation is the predicate');
  if (signals.firstPersonFuture) addFeature('first-person future');
  if (signals.procedure) addFeature('housekeeping');
  if (signals.greeting) addFeature('greeting');
  if (isPrescription(signals)) addFeature('prescription');
  if (signals.opinion.length && isNarratedEvaluation(signals)) addFeature('evaluation narrating an event');
  const clauseStart = lastClauseStart(key, from, to);
  addPositionFeatures('forecast cue', signals.forecastAt, clauseStart, from, signals.figureAt);
  addPositionFeatures('opinion cue', signals.opinionAt, clauseStart, from, signals.figureAt);
  addPositionFeatures('fact cue', signals.factAt, clauseStart, from, signals.figureAt);
  return { features: featureScratch, reasons: reasonFeatures };
}

/**
 * The rules' decision and what was read, for the trainer (scripts/train-kind-weights.mjs): the kind the
 * hand-set precedence gives and the feature names, or null when the sentence is not a claim.
 */
export function ruleKindAndFeatures(text: string, options: AnalysisOptions = {}): { readonly rule: Classification; readonly features: readonly string[] } | null {
  const key = matchingKey(text);
  const rule = classifyRange(text, key, 0, text.length, options);
  return rule === null ? null : { rule, features: kindFeatures(key, 0, sentenceRead.to).features.slice() };
}
