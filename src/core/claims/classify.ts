import { hasGrammarWords, isCaseless } from './caseless';
import type { AnalysisOptions, ClaimKind } from '../analysis/model';
import { callItselfIn, operatorScriptIn, safeHarbourCautionIn } from './callItself';
import { conversationMoveIn, CONVERSATION_MOVE_REASON, RESPONSE_MAX_UNITS, RESPONSE_REASON, responseIn } from './conversationMoves';
import { talkAboutTalkIn, TALK_ABOUT_TALK_REASON } from './talkAboutTalk';
import { isInCondition } from './conditionals';
import { isEditorialNote } from './editorialNotes';
import { opensSupposition } from './hypotheticals';
import { imperativeVerbOpening } from './imperatives';
import { quotesOwnWords } from './ownWords';
import { mayHoldTalkAnchors } from './talkAnchors';
import { actsOutSpeech } from './enactedSpeech';
import { isLoneCondition } from './loneClauses';
import { holdsNearBelief } from './nearBeliefs';
import { narratesOwnPastEvent } from './pastEvents';
import { hasBareItSubject } from './unnamedSubjects';
import { isPastAnchoredTime } from './pastAnchoredTimes';
import { foldChars, matchingKey } from '../text/charFold';
import { detached } from '../text/detached';
import { firstColonIn, isAsciiLetterOrDigit, isAsciiLowerLetter, isDigit } from '../turns/chars';
import cueData from './cues/cues.json';
import { ATTRIBUTION_MAX_GAP, cueMatcherFor, USER_CUE, type CueHit, type CueRole, type CueSense } from './cueMatcher';
import { isQuantity, type Figure, type FigureCategory } from './figures';
import { contentUnits, readSentence, type SentenceReading } from './sentenceScan';
import { directiveEndBefore, isDoneObjectJiang, isInReputationFrame, isObjectMarkerJiang, isPlanNoun, judgingPredicate, rebuttal, stanceFrame } from './zhKindStructure';
import { isAgendaSentence, isDateTimeLine, isFieldLine, isListedFieldValue, isRequestToListeners, isWishSentence } from './zhNoise';
import { isBylineStamp } from './bylineStamps';
import { isInvitationToTalk, isUnvoicedAgenda } from './zhTalkMoves';
import { exclamation, excessPredicate, seenInference, sufficiency } from './zhJudgements';
import { judgingNounPredicate } from './enJudgements';
import { isConsequenceOfYourAct } from './enRegularities';
import { hedgesRecollection } from './enRecollections';
import { isDispositionalHui } from './zhDispositions';
import { isOwnFirst, tellsOwnFirst } from './ownFirsts';
import { kindWordClasses } from './kindWordClasses';
import { codesOf } from '../text/codesOf';
import { indexWithin } from '../text/indexWithin';

export interface Classification {
  readonly kind: ClaimKind;
  /** Human-readable reasons, e.g. `money: 420亿元`, `first-person belief: 我认为`, `attribution: 据…报道`. */
  readonly cues: readonly string[];
  /** 0–1: how likely the sentence is check-worthy with this kind (see confidenceOf). */
  readonly confidence: number;
}

const MAX_REASONS = 6;
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

/** Closing punctuation, quotes and spaces that may follow the last word of a sentence. */
const TRAILING = codesOf(' \t\u3000。．.！!…」』”’）)"\'】');
const QUESTION_END = codesOf('？?吗么');
const NE = '呢'.charCodeAt(0);
/** Question words before a final 呢; 为何, 如何, 何时 are the written ones, 什幺 and 怎幺 speech-to-text's spellings. */
const QUESTION_WORD = /多少|什么|怎么|为什么|哪|谁|几|是否|是不是|有没有|会不会|为何|如何|何时|什幺|怎幺/;

function isQuestion(key: string, from: number, to: number): boolean {
  let end = to;
  while (end > from && TRAILING.has(key.charCodeAt(end - 1))) end--;
  if (end === from) return false;
  const last = key.charCodeAt(end - 1);
  // 呢 also ends statements (还早呢); with a question word it ends a question.
  return QUESTION_END.has(last) || (last === NE && QUESTION_WORD.test(key.slice(from, end)));
}

interface Signals {
  readonly quantities: string[];
  readonly dates: string[];
  /** Every forecast cue, in the order found. */
  readonly forecast: string[];
  /** Those of them that are plain future markers (会, 将, will, 'll, gonna): a tense that may announce rather than predict. */
  readonly plainFuture: string[];
  readonly weakForecast: string[];
  /** English `might`, `may`, `probably`, `could` with no other forecast cue (onlyEnglishHedges): no forecast. */
  readonly hedges: string[];
  readonly opinion: string[];
  /** Descriptive evaluation words used attributively or as adverbs (坚定奉行, 强大国内市场): narration, not judgement. */
  readonly described: string[];
  readonly fact: string[];
  readonly past: string[];
  greeting: boolean;
  procedure: boolean;
  /** A Chinese evaluation word is the predicate (很重要, …至关重要。): the sentence judges. */
  predicative: boolean;
  /** Every plain future marker has a first-person subject (we'll, 我们会): a plan or promise. */
  firstPersonFuture: boolean;
  /** Every plain future marker has a bare `it` for its subject (`it'll`, `it's going to`): the forecast names nothing (unnamedSubjects.ts). */
  itFuture: boolean;
  /** A plain future or likelihood marker with no housekeeping cue in its clause (see isHousekeepingSchedule). */
  detachedFuture: boolean;
  /** The sentence starts with I or 我 (after filler): mostly the speaker's own story. */
  firstPersonStart: boolean;
  units: number;
  /** Offsets of the first forecast, opinion and fact cue and of the first figure, or -1: where a cue sits, for kindFeatures. */
  forecastAt: number;
  opinionAt: number;
  factAt: number;
  figureAt: number;
  /** Offset of the first should before an act (应该增加, should raise), or -1: a frame that may govern a figure. */
  frameAt: number;
}

/** One scratch record reused for every sentence: decide() copies what it keeps, so nothing here outlives a call. */
const scratch: Signals = {
  quantities: [], dates: [], forecast: [], plainFuture: [], weakForecast: [], hedges: [], opinion: [], described: [], fact: [], past: [], greeting: false, procedure: false, predicative: false, firstPersonFuture: false, itFuture: false, detachedFuture: false, firstPersonStart: false, units: 0, forecastAt: -1, opinionAt: -1, factAt: -1, figureAt: -1, frameAt: -1,
};

/** Empties a scratch array (a few items at most); pop() stays inline where setting length is a runtime call. */
function clear(array: unknown[]): void {
  while (array.length !== 0) array.pop();
}

function resetScratch(): Signals {
  clear(scratch.quantities);
  clear(scratch.dates);
  clear(scratch.forecast);
  clear(scratch.plainFuture);
  clear(scratch.weakForecast);
  clear(scratch.hedges);
  clear(scratch.opinion);
  clear(scratch.described);
  clear(scratch.fact);
  clear(scratch.past);
  scratch.greeting = false;
  scratch.procedure = false;
  scratch.predicative = false;
  scratch.firstPersonFuture = false;
  scratch.itFuture = false;
  scratch.detachedFuture = false;
  scratch.firstPersonStart = false;
  clear(procedureSpans);
  clear(futureSpans);
  scratch.units = 0;
  scratch.forecastAt = -1;
  scratch.opinionAt = -1;
  scratch.factAt = -1;
  scratch.figureAt = -1;
  scratch.frameAt = -1;
  clear(frameReasons);
  return scratch;
}

function overlapsAny(hit: CueHit, figures: readonly Figure[]): boolean {
  for (const f of figures) if (f.start < hit.end && hit.start < f.end) return true;
  return false;
}

// Loops rather than senses.some(): the Chinese readings (isNotCueHere) test every cue hit, and a closure per test cost.
function hasRole(hit: CueHit, role: CueRole): boolean {
  for (const s of hit.senses) if (s.role === role) return true;
  return false;
}

function hasForecastIn(hit: CueHit, categories: ReadonlySet<string>): boolean {
  for (const s of hit.senses) if (s.role === 'forecast' && categories.has(s.category)) return true;
  return false;
}

/** Quotes a piece of the sentence in reasons: folded to Simplified, original letter case. */
function quote(text: string, key: string, start: number, end: number): string {
  return hasUpperCase(text, start, end) ? foldChars(text.slice(start, end)) : key.slice(start, end);
}

/** True when key[from, to) holds sentence or clause punctuation (。！？!?；;). */
function hasClauseStop(key: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    switch (key.charCodeAt(i)) {
      case 0x3002: // 。
      case 0xff01: // ！
      case 0xff1f: // ？
      case 33: // !
      case 63: // ?
      case 0xff1b: // ；
      case 59: // ;
        return true;
      default:
        break;
    }
  }
  return false;
}

/** 据…报道, 根据…数据: an opener followed closely by a closer, within the same clause. */
function addAttributions(hits: readonly CueHit[], text: string, key: string, found: string[]): void {
  for (let i = 0; i < hits.length; i++) {
    const opener = hits[i]!;
    if (!hasRole(opener, 'attributionOpener')) continue;
    for (let j = i + 1; j < hits.length && hits[j]!.start - opener.end <= ATTRIBUTION_MAX_GAP; j++) {
      const closer = hits[j]!;
      if (!hasRole(closer, 'attributionCloser')) continue;
      if (hasClauseStop(key, opener.end, closer.start)) break;
      const gap = closer.start > opener.end ? '…' : '';
      found.push(`attribution: ${quote(text, key, opener.start, opener.end)}${gap}${quote(text, key, closer.start, closer.end)}`);
      break;
    }
  }
}

const PLAIN_FUTURE = new Set<string>(cueData.plainFuture);
/** `we'll`, `we're going to`, `you will`: the subject right before a plain English future marker. */
const FIRST_PERSON_BEFORE = /(?:^|[^a-z'])(i|we|you|let's|let us)('re|'m| are| am)?(?:\s+(?:not|just|also|really|obviously|certainly|definitely|probably|never|still|now|simply|then))*\s*$/;
const FIRST_PERSON_BEFORE_ZH = /(?:我|我们|咱们|你|你们|大家)$/;
/** What speakers announce they will do next in the conversation or the programme: `we'll talk about`, `我们会继续`. */
const PLAN_VERB = new RegExp(`^\\s*(?:(?:just|now|also|then|quickly|briefly|definitely|certainly|be)\\s+)*(?:${cueData.planVerbs.en.join('|')})\\b`);
const PLAN_VERB_ZH = new RegExp(`^(?:${cueData.planVerbs.zh.join('|')})`);

/** A plain future with a first-person subject and a verb of the conversation: a plan or promise, not a prediction. */
function isFirstPersonPlan(key: string, from: number, to: number, hit: CueHit): boolean {
  const before = key.slice(Math.max(from, hit.start - 40), hit.start);
  const after = key.slice(hit.end, Math.min(to, hit.end + 24));
  const latin = isAsciiLowerLetter(key.charCodeAt(hit.start)) || key.charCodeAt(hit.start) === 39;
  if (!latin) return FIRST_PERSON_BEFORE_ZH.test(before) && PLAN_VERB_ZH.test(after);
  const subject = FIRST_PERSON_BEFORE.exec(before);
  // What I will do next is my own plan whatever the verb (`I'm just going to leave my comments there`).
  if (subject === null) return false;
  if (subject[1] === 'i' || PLAN_VERB.test(after)) return true;
  return subject[1] === 'we' && isSpokenFuture(key, hit, subject[2]) && !REFUSAL.test(subject[0]) && !OUTCOME_VERB.test(after) && !WEEKDAY.test(key.slice(hit.end, to));
}

/** `We're going to win this election.`, `We'll see prices fall`: what will befall the speakers is predicted, not done by them. */
const OUTCOME_VERB = /^\s*(?:(?:just|also|really|probably|definitely|certainly|actually|still|all|both|then|be)\s+)*(?:win|lose|beat|fail|succeed|have|face|see|get|need|hit|reach|miss|run out|end up|grow|double|suffer|survive|die|make it)\b/;

/** `we're not going to negotiate about that`: a refusal is a stance taken, not the next step of the talk. */
const REFUSAL = /\b(?:not|never)\b/;
/** `We'll receive updated data on that on Tuesday.`: a plan given a day is a scheduled event, announced. */
const WEEKDAY = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/;

/**
 * `we'll`, `we're going to`, `we're gonna`: the contracted future of `we` is the speakers' own next step, said aloud
 * (`We'll save, and…`, `We're going to say fairly surface level…`); the spelled-out `we will` of an edited record
 * (a government's promise) is left to the plan verbs. `auxiliary` is the `'re`/` are` between `we` and the marker.
 */
function isSpokenFuture(key: string, hit: CueHit, auxiliary: string | undefined): boolean {
  if (key.charCodeAt(hit.start) === 39) return auxiliary === undefined;
  return auxiliary === "'re";
}


function isCjk(code: number): boolean {
  return (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff);
}

const DESCRIPTIVE_EVALUATION = new Set<string>(cueData.descriptiveEvaluation);
/** `The evidence is clear.`, `That was a significant event.`: an English evaluation word after a copula is the predicate. */
function hasCopulaBefore(key: string, from: number, to: number): boolean {
  // The copula pattern needs a space right before the word: most hits start a phrase and fail here.
  return to > from && key.charCodeAt(to - 1) === 32 && COPULA_BEFORE.test(key.slice(from, to));
}
const COPULA_BEFORE = /\b(?:is|was|are|were|be|been|being|seems?|seemed|looks?|sounds?)\s+(?:(?:not|very|really|so|too|most|quite|pretty|extremely|absolutely|truly|a|an|the)\s+){0,3}$/;
/** Degree adverbs, copula and negation right before an adjective make it the predicate: 很重要, 是成功的, 不稳定. */
const PREDICATE_BEFORE = /(?:很|非常|十分|太|更|最|极|极为|相当|比较|较为|越来越|日益|愈发|是|不|挺|真|特别|如此|这么|那么|这样)$/;
/** Particles an adjective may take before the end of its clause: 稳定的。, 很好了， */
const PREDICATE_PARTICLES = codesOf('的了啊呢吧呀');

/**
 * A Chinese evaluation word is the predicate when a degree adverb, copula or negation comes before it, or
 * when its clause ends after it: `做好三农工作至关重要。`, `物流稳定，`. Before a noun or a verb it modifies
 * (强大国内市场, 坚定奉行) it describes.
 */
function isPredicative(key: string, from: number, to: number, hit: CueHit): boolean {
  if (PREDICATE_BEFORE.test(key.slice(Math.max(from, hit.start - 3), hit.start))) return true;
  let after = hit.end;
  while (after < to && PREDICATE_PARTICLES.has(key.charCodeAt(after))) after++;
  if (after < to && key.charCodeAt(after) === ENUMERATION_COMMA && modifiesNounAfterList(key, after, to)) return false;
  return after >= to || CLAUSE_END_AFTER_HUI.has(key.charCodeAt(after)) || isInPredicateNoun(key, from, to, hit) || SPECIFIES.test(key.slice(hit.end, Math.min(to, hit.end + 3)));
}

const ENUMERATION_COMMA = '、'.charCodeAt(0);
/** The rest of a list after its 、 up to the 的 that closes it and the noun that follows: `、绿色、健康的全球发展`. */
const LIST_BEFORE_NOUN = /^(?:、[^，,。；;：:！!？?、的]{1,8})+的[㐀-鿿]/;
/** How far after the 、 the list's 的 is looked for: a few items of up to eight characters each. */
const LIST_REACH = 40;

/**
 * `更加强劲、绿色、健康的全球发展`, `健康、完好无损的器官`: an evaluation word in a list joined by 、 that closes with 的 and a
 * noun modifies that noun with the rest of the list; the 、 ends a list item, not a clause.
 */
function modifiesNounAfterList(key: string, comma: number, to: number): boolean {
  return LIST_BEFORE_NOUN.test(key.slice(comma, Math.min(to, comma + LIST_REACH)));
}

/** `核心在于…`, `这一典礼的核心是一种信念`, `关键就是…`: the evaluation word is what the sentence goes on to specify, so it judges. */
const SPECIFIES = /^就?(?:是|在于)/;

/** 是 (not 但是, 还是, 于是, 特别是…) and the start of its noun phrase, up to 的 or 一个 right before the evaluation word. */
const COPULA_TO_NOUN = /(?<![但还可于要若凡或总别其])是[^，,。；;：:！!？?、]{0,14}(?:的|一个|一种|一场)$/;
/** The head noun after the evaluation word closes the clause: `巨大挑战，`, `关键点。`, `巨大的落后地区，`. */
const SHORT_HEAD_NOUN = /^的?[㐀-鿿]{1,4}(?:[，,。；;！!…”」』)）]|$)/;

/**
 * `是对中国的巨大挑战`, `就是中国经济到了一个转型的关键点`, `它是一个巨大的落后地区`: the evaluation word sits in the noun
 * phrase that a copula predicates of the subject, at the end of its clause, so the sentence judges what the subject is.
 * Before a verb or a longer phrase (`是一个充分利用…的系统`) it still describes.
 */
function isInPredicateNoun(key: string, from: number, to: number, hit: CueHit): boolean {
  return COPULA_TO_NOUN.test(key.slice(Math.max(from, hit.start - 18), hit.start)) && SHORT_HEAD_NOUN.test(key.slice(hit.end, Math.min(to, hit.end + 7)));
}

function collectSignals(text: string, key: string, from: number, to: number, hits: readonly CueHit[], figures: readonly Figure[]): Signals {
  const signals = resetScratch();
  let plainFutures = 0;
  let firstPersonFutures = 0;
  let itFutures = 0;
  let hasFirstPersonBelief = false;
  // English modals that hedge what is (isEnglishHedge), and every other forecast cue.
  let hedgeHits = 0;
  let otherForecastHits = 0;
  for (const f of figures) {
    (isQuantity(f) ? signals.quantities : signals.dates).push(figureReason(f, text, key));
    if (signals.figureAt < 0 || f.start < signals.figureAt) signals.figureAt = f.start;
  }
  addAttributions(hits, text, key, signals.fact);
  // An attribution's opener (据…报道) is where its fact cue sits; loops, not find(): no closure per sentence.
  if (signals.fact.length) {
    for (const hit of hits) {
      if (!hasRole(hit, 'attributionOpener')) continue;
      signals.factAt = hit.start;
      break;
    }
  }
  for (const hit of hits) {
    // In lower case the quoted word is the cue word itself, so its reasons are the same strings every time.
    const word = hasUpperCase(text, hit.start, hit.end) ? foldChars(text.slice(hit.start, hit.end)) : undefined;
    // Words inside a figure (`May 5`, `下个月` in a date) are read as the figure.
    const insideFigure = figures.length > 0 && overlapsAny(hit, figures);
    for (const sense of hit.senses) {
      const role = sense.role;
      let target: string[];
      switch (role) {
        case 'forecast':
          if (insideFigure || (sense.category === 'future time' && isSpeedPredicate(key, hit, to))) continue;
          // `if you're going to use it…`: a future inside a condition tells an intention, not what will happen.
          if (sense.category === 'future' && isInCondition(key, from, hit.start)) continue;
          // `soon after that there was…`, `刚刚闭幕不久`: a time after a past point (pastAnchoredTimes.ts).
          if (sense.category === 'future time' && isPastAnchoredTime(key, from, hit.start, hit.end)) continue;
          target = signals.forecast;
          if ((sense.category === 'future' && PLAIN_FUTURE.has(key.slice(hit.start, hit.end))) || sense.category === 'likelihood') futureSpans.push(hit.start, hit.end);
          if (sense.category === 'future' && PLAIN_FUTURE.has(key.slice(hit.start, hit.end))) {
            signals.plainFuture.push(word === undefined ? lowerCaseReason(sense, key, hit) : cueReason(sense, word));
            plainFutures++;
            if (isFirstPersonPlan(key, from, to, hit)) firstPersonFutures++;
            else if (hasBareItSubject(key.slice(Math.max(from, hit.start - 40), hit.start), key.slice(hit.start, hit.end), key.slice(hit.end, Math.min(to, hit.end + 48)))) itFutures++;
          }
          break;
        case 'weakForecast':
          if (insideFigure) continue;
          target = signals.weakForecast;
          break;
        case 'opinion':
          if (insideFigure) continue;
          target = signals.opinion;
          if (sense.category === 'evaluation' && isCjk(key.charCodeAt(hit.start))) {
            if (isPredicative(key, from, to, hit)) signals.predicative = true;
            else if (DESCRIPTIVE_EVALUATION.has(key.slice(hit.start, hit.end))) target = signals.described;
          } else if (sense.category === 'evaluation' && hasCopulaBefore(key, Math.max(from, hit.start - 30), hit.start)) {
            signals.predicative = true;
          }
          break;
        case 'fact':
          // `When I heard her heartbeat for the first time`: a first in the speaker's own life is a story (ownFirsts.ts).
          if (sense.category === 'record' && isOwnFirst(key, from, to, hit.start, hit.end)) continue;
          target = signals.fact;
          break;
        case 'past':
          target = signals.past;
          break;
        case 'greeting':
          signals.greeting = true;
          continue;
        case 'procedure':
          signals.procedure = true;
          procedureSpans.push(hit.start, hit.end);
          continue;
        default:
          continue;
      }
      target.push(word === undefined ? lowerCaseReason(sense, key, hit) : cueReason(sense, word));
      if (target === signals.forecast || target === signals.weakForecast) {
        if (isEnglishHedge(text, key, hit, to)) hedgeHits++;
        else otherForecastHits++;
        if (signals.forecastAt < 0) signals.forecastAt = hit.start;
      } else if (target === signals.opinion) {
        if (signals.opinionAt < 0) signals.opinionAt = hit.start;
        if (sense.category === 'first-person belief') hasFirstPersonBelief = true;
        if (sense.category === 'normative') {
          const reason = target[target.length - 1]!;
          // A bare 要/应 is as often want, need or will (`这次要买3万张GPU`), and `应该有300人`, `should be about 300` guess
          // at a figure: only a should before an act frames one.
          if (!BARE_NORMATIVE_REASONS.includes(reason) && !EPISTEMIC_AFTER.test(key.slice(hit.end, hit.end + 6))) frameReasons.push(reason, hit.start);
        }
      } else if (target === signals.fact && signals.factAt < 0) signals.factAt = hit.start;
    }
  }
  signals.firstPersonFuture = plainFutures > 0 && firstPersonFutures === plainFutures;
  // A figure or a date says what and when after all (`it will be five years since the inquiry…`).
  signals.itFuture = plainFutures > 0 && itFutures === plainFutures && !figures.length;
  if (hedgeHits > 0 && otherForecastHits === 0) {
    for (const reason of signals.forecast) signals.hedges.push(reason);
    for (const reason of signals.weakForecast) signals.hedges.push(reason);
    clear(signals.forecast);
    clear(signals.weakForecast);
    signals.forecastAt = -1;
  }
  if (signals.procedure) signals.detachedFuture = hasDetachedFuture(key);
  // `而且要把买房子的钱要回来，…这个是从来没有发生过的`: in a sentence about the past, a bare 要 tells what people wanted.
  if (signals.past.length) dropBareNormative(signals.opinion);
  signals.frameAt = hasFirstPersonBelief ? firstFrameKept(signals.opinion) : -1;
  // `…I think it would be well to examine… Maryland.&nbsp; The first law was enacted in 1723`: a missed sentence end
  // between the frame and the figure puts the figure outside what the speaker believes.
  if (signals.frameAt >= 0 && signals.figureAt > signals.frameAt && FRAME_BREAK.test(key.slice(signals.frameAt, signals.figureAt))) signals.frameAt = -1;
  return signals;
}

/** What follows a should that guesses rather than prescribes: 应该有, 应该是, 应该在, should be, must have. */
const EPISTEMIC_AFTER = /^\s*(?:是|有|在|会|能|可以|已经|就是|都|也|差不多|大概|be\b|have\b|been\b)/;
/** A sentence end or a semicolon: what a should does not reach across. */
const FRAME_BREAK = /[。！？!?；;]|\.(?:\s|&nbsp;)/;

/** Reason and offset pairs of the sentence's prescribing normative cues, in the order found. */
const frameReasons: (string | number)[] = [];

/** Offset of the first of those cues still among the opinion reasons (dropBareNormative may have dropped some), or -1. */
function firstFrameKept(opinion: readonly string[]): number {
  let first = -1;
  for (let i = 0; i < frameReasons.length; i += 2) {
    const at = frameReasons[i + 1] as number;
    if (opinion.includes(frameReasons[i] as string) && (first < 0 || at < first)) first = at;
  }
  return first;
}

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

const BARE_NORMATIVE_REASONS = ['normative: 要', 'normative: 应'];

function dropBareNormative(opinion: string[]): void {
  for (let i = opinion.length - 1; i >= 0; i--) if (BARE_NORMATIVE_REASONS.includes(opinion[i]!)) opinion.splice(i, 1);
}

/**
 * `money: 420亿元`, one string per distinct figure: a document repeats its figures (`date: 去年`), and claims
 * whose cue lists hold the same strings share one list (findClaims.ts). Bounded, like the label cache.
 */
const figureReasons = new Map<FigureCategory, Map<string, string>>();
const FIGURE_REASON_CACHE_SIZE = 4096;

function figureReason(figure: Figure, text: string, key: string): string {
  const quoted = quote(text, key, figure.start, figure.end);
  let byQuote = figureReasons.get(figure.category);
  if (byQuote === undefined) figureReasons.set(figure.category, (byQuote = new Map<string, string>()));
  let reason = byQuote.get(quoted);
  if (reason === undefined) {
    if (byQuote.size >= FIGURE_REASON_CACHE_SIZE) byQuote.clear();
    // Copies: the cache outlives the document `quoted` is cut from (see detached).
    byQuote.set(detached(quoted), (reason = detached(`${figure.category}: ${quoted}`)));
  }
  return reason;
}

function cueReason(sense: CueSense, word: string): string {
  return sense.category === USER_CUE ? `cue: ${word} (${sense.role})` : `${sense.category}: ${word}`;
}

/** Each sense belongs to one cue word (see CueMatcher.add), so its lower-case reason is built once. */
const lowerCaseReasons = new WeakMap<CueSense, string>();

function lowerCaseReason(sense: CueSense, key: string, hit: CueHit): string {
  let reason = lowerCaseReasons.get(sense);
  if (reason === undefined) lowerCaseReasons.set(sense, (reason = detached(cueReason(sense, key.slice(hit.start, hit.end)))));
  return reason;
}

/** The one scratch list decide() builds its reasons in; sharedReasons() hands out a kept copy. */
const reasonScratch: string[] = [];

function freshReasons(): string[] {
  clear(reasonScratch);
  return reasonScratch;
}

/**
 * Kept reason lists by their first reason. Sentences mostly repeat another's list (`future: 会`), and their
 * strings are the same objects (cue and figure reasons are built once), so a list is found by identity
 * and a sentence's reasons cost no array of their own. Bounded, like the other caches here.
 */
const listsByFirst = new Map<string, (readonly string[])[]>();
const LISTS_PER_FIRST = 16;
const FIRST_REASONS_CACHE_SIZE = 1024;

/** A read-only list with the items of `reasons` (a scratch list), shared with earlier sentences when one matches. */
function sharedReasons(reasons: readonly string[]): readonly string[] {
  const first = reasons[0];
  if (first === undefined) return EMPTY_REASONS;
  let lists = listsByFirst.get(first);
  if (lists === undefined) {
    if (listsByFirst.size >= FIRST_REASONS_CACHE_SIZE) listsByFirst.clear();
    listsByFirst.set(first, (lists = []));
  }
  for (const list of lists) if (sameReasons(list, reasons)) return list;
  const copy = reasons.slice();
  if (lists.length < LISTS_PER_FIRST) lists.push(copy);
  return copy;
}

const EMPTY_REASONS: readonly string[] = [];

function sameReasons(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Appends reasons to `kept` in order, each once, at most MAX_REASONS in all; returns `kept`. */
function addReasons(kept: string[], reasons: readonly string[]): string[] {
  for (const reason of reasons) {
    if (kept.length === MAX_REASONS) break;
    if (!kept.includes(reason)) kept.push(reason);
  }
  return kept;
}

/**
 * English `probably` and `could`, and `may`/`might` before a state (`might seem`, `may not be`, `might notice`),
 * hedge what is or say what one can do far more often than they weigh what will be (`it was probably two
 * o'clock`, `you could take a test`, `May of last year`): in the dev windows 1 of 32 sentences whose only
 * forecast cues were these was a forecast (12 facts, 4 opinions, 15 no claim). Alone they make none: the sentence
 * is read by its other cues, or as a hedged fact. Beside a future, a prediction, a future time or a plan they
 * still predict, as do `may rise`, `might win`, `likely`, `expected` and `estimated`.
 */
function isEnglishHedge(text: string, key: string, hit: CueHit, to: number): boolean {
  const word = key.slice(hit.start, hit.end);
  if (word === 'probably' || word === 'could') return true;
  if (word !== 'may' && word !== 'might') return false;
  let at = hit.end;
  let next = '';
  do {
    while (at < to && key.charCodeAt(at) === 32) at++;
    const from = at;
    while (at < to && isWordChar(key.charCodeAt(at))) at++;
    next = key.slice(from, at);
  } while (next !== '' && MODAL_ADVERBS.has(next));
  // `May of last year`, `May 2024`: the month.
  if (word === 'may' && text.charCodeAt(hit.start) === 77 && (next === 'of' || isDigit(next.charCodeAt(0)))) return true;
  return STATES_AFTER_MODAL.has(next);
}

const MODAL_ADVERBS = new Set(['not', 'even', 'also', 'just', 'well', 'actually', 'still', 'really', 'already']);
const STATES_AFTER_MODAL = new Set(['be', 'seem', 'have', 'notice', 'know', 'want', 'need', 'look', 'sound', 'feel', 'mean', 'think', 'remember', 'recall', 'wonder']);

function isWordChar(code: number): boolean {
  return (code >= 97 && code <= 122) || code === 39;
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

/** Hit offsets (start, end pairs) of this sentence's housekeeping cues and of its plain future and likelihood markers. */
const procedureSpans: number[] = [];
const futureSpans: number[] = [];
/** A housekeeping cue this close to a future marker, with no clause break between, is its clause's. */
const CLAUSE_REACH = 48;
const HOUSEKEEPING_CLAUSE_BREAK = /[;；]|,\s*(?:and|but|while|whereas)\b|\b(?:and|but) (?:the|a|an|he|she|they|it)\b/;

/** Some future or likelihood marker shares no clause with a housekeeping cue (`…after the break, and the minister will resign`). */
function hasDetachedFuture(key: string): boolean {
  for (let f = 0; f < futureSpans.length; f += 2) {
    let attached = false;
    for (let p = 0; p < procedureSpans.length && !attached; p += 2) {
      const from = Math.min(futureSpans[f + 1]!, procedureSpans[p + 1]!);
      const to = Math.max(futureSpans[f]!, procedureSpans[p]!);
      attached = to - from <= CLAUSE_REACH && !HOUSEKEEPING_CLAUSE_BREAK.test(key.slice(from, Math.max(from, to)));
    }
    if (!attached) return true;
  }
  return false;
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

/*
 * Confidence: a base for the strongest kind of evidence, a little more for each further independent cue,
 * less in short sentences, greetings and housekeeping. The figures are ranks more than probabilities:
 * they order suggestions so that a threshold (the minimumConfidence setting) keeps the likely ones.
 */
const SHORT_UNITS = 6;
const LONG_UNITS = 16;

function adjusted(signals: Signals, base: number): number {
  let confidence = base;
  if (signals.units < SHORT_UNITS) confidence -= 0.1;
  else if (signals.units >= LONG_UNITS) confidence += 0.05;
  if (signals.greeting) confidence -= 0.15;
  if (signals.procedure) confidence -= 0.2;
  return Math.round(Math.min(0.95, Math.max(0.05, confidence)) * 100) / 100;
}

// Reason prefixes the confidences read, as constants: an array literal in a function is a new array per call.
const PREDICTION_PREFIXES = ['prediction: ', 'first-person prediction: ', 'future time: '];
const ATTRIBUTION_PREFIXES = ['attribution: '];
const LIKELIHOOD_PREFIXES = ['likelihood: '];
const RECORD_PREFIXES = ['record: '];
const EVALUATIVE_PREFIXES = ['evaluation: ', 'normative: ', 'inference: ', 'necessity: ', 'graded modal: '];
const BELIEF_PREFIXES = ['first-person belief: ', 'belief: ', 'hedge: '];
const INTENSIFIER_PREFIXES = ['intensifier: '];
/** What an intensifier alone (`very`, `really`) costs a sentence read as a plain statement. */
const INTENSIFIED_STATEMENT_PENALTY = 0.05;

function isIntensifierReason(reason: string): boolean {
  return reason.startsWith(INTENSIFIER_PREFIXES[0]!);
}

function startsWithAny(reasons: readonly string[], prefixes: readonly string[]): boolean {
  // Loops rather than some(): no closures allocated for each of the thousands of decisions.
  for (const reason of reasons) for (const prefix of prefixes) if (reason.startsWith(prefix)) return true;
  return false;
}

function forecastConfidence(signals: Signals, plainFutureCounts: boolean): number {
  const strong = signals.forecast.filter((reason) => !signals.plainFuture.includes(reason));
  // `It'll get it right to the material handlers.`: a plain future of a bare `it` ranks as a first-person plan does.
  let base = strong.length ? 0.6 : signals.firstPersonFuture || signals.itFuture ? 0.4 : 0.5;
  if (startsWithAny(strong, PREDICTION_PREFIXES)) base += 0.1;
  if (strong.length > 1 || (strong.length && plainFutureCounts)) base += 0.05;
  if (signals.quantities.length) base += 0.15;
  else if (signals.dates.length) base += 0.05;
  return adjusted(signals, base);
}

const STRONG_QUANTITIES = ['money: ', 'percent: ', 'count: '];

function factConfidence(signals: Signals): number {
  const attributed = startsWithAny(signals.fact, ATTRIBUTION_PREFIXES);
  const record = startsWithAny(signals.fact, RECORD_PREFIXES);
  const quantities = signals.quantities;
  let base: number;
  if (quantities.length) base = startsWithAny(quantities, STRONG_QUANTITIES) ? 0.75 : 0.6;
  else base = attributed ? 0.65 : record ? 0.6 : 0.55;
  if (quantities.length && (attributed || record)) base += 0.1;
  if (quantities.length > 1 || (quantities.length && signals.dates.length)) base += 0.05;
  if (signals.opinion.length && !attributed) base -= 0.05;
  return adjusted(signals, base);
}

function opinionConfidence(signals: Signals): number {
  const opinion = signals.opinion;
  const evaluative = startsWithAny(opinion, EVALUATIVE_PREFIXES);
  const belief = startsWithAny(opinion, BELIEF_PREFIXES);
  let base = evaluative && belief ? 0.6 : evaluative ? 0.5 : belief ? (isOthersBeliefOnly(opinion) ? OTHERS_BELIEF_CONFIDENCE : 0.5) : 0.35;
  if (evaluative && startsWithAny(opinion, INTENSIFIER_PREFIXES)) base += 0.05;
  // `That is a double standard.`: a short sentence whose predicate is the evaluation is a whole judgement.
  if (signals.predicative && signals.units < SHORT_UNITS) base += 0.1;
  return adjusted(signals, base);
}

/** An English mental verb not in the speaker's own first person, alone (`you have to think`, `it seems`, `you feel`). */
const OTHERS_BELIEF_CONFIDENCE = 0.45;
const OTHERS_BELIEF_PREFIX = 'belief: ';

/**
 * True when every opinion reason is an English `belief:` cue: a mental verb that is not the speaker's `I think`
 * (`And you have to think in which order they are.`, `And our indication seems to be that they have not.`,
 * `Somehow, you intuitively feel that…`). It tells of someone's thinking rather than the speaker's stance, so
 * alone it is a weaker sign of a judgement than `I think`.
 */
function isOthersBeliefOnly(opinion: readonly string[]): boolean {
  return opinion.every((reason) => reason.startsWith(OTHERS_BELIEF_PREFIX) && isAsciiLowerLetter(reason.charCodeAt(OTHERS_BELIEF_PREFIX.length)));
}

/**
 * One evaluative word in a long sentence that narrates a dated or past event (`2025年，两国关系实现了稳定发展`)
 * describes the event rather than judging it.
 */
function isNarratedEvaluation(signals: Signals): boolean {
  if (signals.units < NARRATION_MIN_UNITS || signals.predicative || !(signals.dates.length || signals.past.length)) return false;
  return signals.opinion.length === 1 && signals.opinion[0]!.startsWith('evaluation: ');
}

const NARRATION_MIN_UNITS = 20;
/** A verb of saying and the comma or colon that opens what is said (`表示，`, `指出：`, `说，`). */
const SAYING = /(?:表示|指出|强调|重申|认为|批评|声称|称|说)[，,：:]/g;

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

/** The key already quotes folded text; only ASCII capitals need the original (`I think`, not `i think`). */
function hasUpperCase(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code >= 65 && code <= 90) return true;
  }
  return false;
}

/** `…talks about whether prices will rebound`: a future asked about, not predicted. */
const WHETHER = /\bwhether\b[^,;:.!?]{0,60}$/;

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

/**
 * `it's very hard to predict what's going to happen`, `to anticipate what the machine is going to do`, `a thesis about
 * what's going to happen`: a wh-clause after a verb of knowing, foreseeing or asking (or after `about`) names a future
 * as the object of that verb; the sentence does not say what will happen.
 */
const GOVERNED_WH = /\b(?:predict|predicting|anticipate|anticipating|foresee|forecast|know|knows|knew|knowing|guess|wonder|wondering|calculate|understand|decide|figure out|ask|asking|about|sure|certain|unclear)\s+(?:what|how|when|where|who|which)\b[^,;:.!?]{0,60}$/;
/** The verb of foreseeing itself, right before the wh-clause it takes (`predict what…`): it asks, it does not predict. */
const FORESEEING_BEFORE_WH = /^\s+(?:what|how|when|where|who|which|whether)\b/;
/** How far before a forecast cue `whether`, or a governing verb and its wh-word, is looked for. */
const INDIRECT_QUESTION_REACH = 70;
/** After a foreseeing verb: room for the spaces and the wh-word that follows it. */
const WH_AFTER_VERB_REACH = 10;

function isForecastHit(hit: CueHit): boolean {
  return hit.senses.some((s) => s.role === 'forecast' || s.role === 'weakForecast');
}

function isIndirectQuestionHit(key: string, from: number, to: number, hit: CueHit): boolean {
  if (!isForecastHit(hit)) return false;
  const before = key.slice(Math.max(from, hit.start - INDIRECT_QUESTION_REACH), hit.start);
  return WHETHER.test(before) || GOVERNED_WH.test(before) || (hit.senses.some((s) => s.category === 'prediction') && FORESEEING_BEFORE_WH.test(key.slice(hit.end, Math.min(to, hit.end + WH_AFTER_VERB_REACH))));
}

function withoutIndirectQuestions(key: string, from: number, to: number, hits: CueHit[]): CueHit[] {
  if (!hits.length) return hits;
  // The same array when nothing is dropped, as most sentences have no indirect question.
  const isIndirect = (hit: CueHit): boolean => isIndirectQuestionHit(key, from, to, hit);
  return hits.some(isIndirect) ? hits.filter((hit) => !isIndirect(hit)) : hits;
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

const HUI = '会'.charCodeAt(0);
const XIAN = '先'.charCodeAt(0);
/** Habitual adverbs: 墾丁都會吃伯勞鳥, 他每次都会迟到 describe what usually happens, not what will. */
const HABITUAL_BEFORE = /(?:都|总|总是|常|常常|经常|通常|一般|往往|平常|平时|每次|每当|向来|一向|习惯|有时|有时候|偶尔)(?:也|就|还)?$/;
/** Characters that end a clause (or the sentence) right after a 会 that is then a noun: 今天的记者会。 */
const CLAUSE_END_AFTER_HUI = codesOf('，,。．.！!？?；;：:、）)」』”" \t\n');
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
const DE = '的'.charCodeAt(0);
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
  while (at < to && at - hit.end <= longest && isCjk(key.charCodeAt(at)) && key.charCodeAt(at) !== DE) at++;
  return at > hit.end && at - hit.end <= longest && key.charCodeAt(at) === DE && at + 1 < to && isCjk(key.charCodeAt(at + 1));
}

/** `比很多机构预测的还要低`: a comparison with an earlier forecast states the outcome (as `than expected` does). */
function isComparedForecast(key: string, from: number, hit: CueHit): boolean {
  if (!hit.senses.some((s) => (s.role === 'forecast' && s.category === 'prediction') || s.role === 'weakForecast')) return false;
  for (let i = hit.start - 1; i >= Math.max(from, hit.start - 10); i--) {
    const code = key.charCodeAt(i);
    if (code === BI) return true;
    if (CLAUSE_END_AFTER_HUI.has(code)) return false;
  }
  return false;
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
function isSpeedPredicate(key: string, hit: CueHit, to: number): boolean {
  return hit.end - hit.start === 2 && key.startsWith('很快', hit.start) && (hit.end >= to || AFTER_SPEED_PREDICATE.has(key.charAt(hit.end)));
}

const CJK_FUTURE_TIME = new RegExp(`${cueData.forecast['future time'].filter((word) => isCjk(word.charCodeAt(0))).join('|')}|马上|立刻|立即|即将`);

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
  if (!isCjk(key.charCodeAt(hit.start))) return false;
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
function withDispositions(key: string, from: number, to: number, hits: CueHit[]): CueHit[] {
  return dispositions.apply(key, from, to, hits, readsAsDisposition);
}

/** Reads the 会 of a generic consequence (isGenericConsequence) as a regularity instead of a future. */
function withRegularities(key: string, from: number, to: number, hits: CueHit[]): CueHit[] {
  return regularities.apply(key, from, to, hits, readsAsRegularity);
}

/**
 * `启动的时候会比较卡`, `正确率会不够高`, `影响可能不会特别明显`: 会 before a degree word grades a property; it predicts
 * nothing, unless a future time word in the sentence sets it in the future. Read as a judgement (`graded modal:
 * 会`). A comparison (`会更好`, `会越来越多`) is left to the future: it foresees a change.
 */
function withGradedModals(key: string, from: number, to: number, hits: CueHit[]): CueHit[] {
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
function withDoneActs(key: string, from: number, hits: CueHit[]): CueHit[] {
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
function withProgrammeNames(key: string, from: number, to: number, hits: CueHit[]): CueHit[] {
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
function withReportedDemands(key: string, from: number, hits: CueHit[]): CueHit[] {
  let mapped: CueHit[] | null = null;
  let usedDirective = -1;
  for (let i = 0; i < hits.length; i++) {
    const hit = hits[i]!;
    if (!hit.senses.some((s) => s.role === 'opinion' && s.category === 'normative') || !isCjk(key.charCodeAt(hit.start))) continue;
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
function withoutNonFutureHui(key: string, from: number, to: number, hits: CueHit[]): CueHit[] {
  for (const hit of hits) {
    if (isNotCueHere(key, from, to, hit)) return hits.filter((h) => !isNotCueHere(key, from, to, h));
  }
  return hits;
}

/**
 * `in May`, `from May`: a capitalised May inside a sentence is the month, not the modal verb (`may`),
 * which is lower case there. At the start of a sentence it stays ambiguous and keeps its cue.
 */
function withoutMonthNames(text: string, key: string, from: number, hits: CueHit[]): CueHit[] {
  // Most sentences have no capitalised May at all: keep their array as it is.
  for (const hit of hits) {
    if (isMonthName(text, key, from, hit)) return hits.filter((h) => !isMonthName(text, key, from, h));
  }
  return hits;
}

/**
 * `most of them going to New York`, `the money is going to the schools`: `going to` before a place or a thing is a
 * motion, not the future, which takes a verb (`going to rise`). Read from the word after it: a determiner or
 * possessive, a place people go to, or a capitalised name (not `I`).
 */
function withoutMotionGoingTo(text: string, key: string, hits: CueHit[]): CueHit[] {
  for (const hit of hits) {
    if (isMotionGoingTo(text, key, hit)) return hits.filter((h) => !isMotionGoingTo(text, key, h));
  }
  return hits;
}

function isMotionGoingTo(text: string, key: string, hit: CueHit): boolean {
  if (hit.end - hit.start !== GOING_TO.length || !key.startsWith(GOING_TO, hit.start)) return false;
  const next = NEXT_WORD.exec(text.slice(hit.end, hit.end + 24));
  if (!next) return false;
  const word = next[1]!;
  if (DESTINATION_OPENERS.has(word.toLowerCase())) return true;
  // `GOING TO BE…` in upper-case captions: a capital names no place there.
  return /^\p{Lu}/u.test(word) && word !== 'I' && !word.startsWith("I'") && !isCaseless(text, hit.start, hit.end);
}
const GOING_TO = 'going to';
const NEXT_WORD = /^\s+([\p{L}'’]+)/u;
/** Words that open what one goes to, never a verb: determiners, possessives, and places said without one. */
const DESTINATION_OPENERS = new Set(['the', 'a', 'an', 'my', 'your', 'his', 'her', 'its', 'our', 'their', 'this', 'that', 'these', 'those', 'some', 'every', 'each', 'school', 'church', 'college', 'jail', 'prison', 'hospital', 'town', 'bed', 'court', 'class', 'lunch', 'dinner']);

function isMonthName(text: string, key: string, from: number, hit: CueHit): boolean {
  return hit.end - hit.start === 3 && text.charCodeAt(hit.start) === 77 /* M */ && key.startsWith('may', hit.start) && /\p{L}/u.test(text.slice(from, hit.start));
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
  const talk = talkAboutTalkIn(sentence);
  if (talk !== null) return TALK_ABOUT_TALK_REASON + talk;
  const response = units <= RESPONSE_MAX_UNITS ? responseIn(sentence) : null;
  return response === null ? null : RESPONSE_REASON + response;
}

/**
 * `…，對不對？`, `…，是不是？`: a Chinese question tag after a statement, at the end of the sentence. English
 * `, right?` is left alone: in speech it is mostly a filler that checks the listener follows.
 */
const TAG_QUESTION = /[，,]\s*(?:对不对|是不是|对吧|是吧|不是吗|没错吧)[啊呀呢吗]?\s*[？?][\s"'”’」』)）]*$/;
const MAX_TAG_LENGTH = 24;

/** Where a tag question starts in key[from, to), or -1 when the sentence does not end with one. */
function tagQuestionStart(key: string, from: number, to: number): number {
  const start = Math.max(from, to - MAX_TAG_LENGTH);
  const match = TAG_QUESTION.exec(key.slice(start, to));
  return match ? start + match.index : -1;
}

/** `只有全球人民齐心努力，才能对抗病毒`: only if… then…, a necessary condition the speaker asserts. */
const ONLY_IF_THEN = /只有[^。！？!?；;]{1,40}?才/;
/** `言之有物的观点碰撞，才是这些谈话的精髓`, `这才是…的真正意图`: 才是 singles out what truly is. */
const TRULY_IS = /才是/;
const ONLY_IF_REASON = 'necessity: 只有…才';
const TRULY_IS_REASON = 'necessity: 才是';
const ONLY_IF_CUES: readonly string[] = [ONLY_IF_REASON];
const TRULY_IS_CUES: readonly string[] = [TRULY_IS_REASON];

/**
 * The reason when key[from, to) asserts a necessary condition (只有…才) or singles something out as what truly is
 * (才是): the speaker's judgement of how things must be or really are, whatever the topic. Null otherwise.
 */
function necessityFrame(key: string, from: number, to: number): string | null {
  if (indexWithin(key, '才', from, to) < 0) return null;
  const sentence = key.slice(from, to);
  return ONLY_IF_THEN.test(sentence) ? ONLY_IF_REASON : TRULY_IS.test(sentence) ? TRULY_IS_REASON : null;
}

const judgingReasons = new Map<string, string>();

/** The reason when key[from, to) has a predicate that judges (符合…利益, 有…空间: judgingPredicate); null otherwise. */
function judgingPredicateReason(key: string, from: number, to: number): string | null {
  const words = judgingPredicate(key, from, to);
  if (words === null) return null;
  let reason = judgingReasons.get(words);
  if (reason === undefined) judgingReasons.set(words, (reason = `evaluation: ${words}`));
  return reason;
}

const SHI_DE_REASON = 'evaluation: 是…的';
const SHI_DE_CUES: readonly string[] = [SHI_DE_REASON];
const STATEMENT_CUES: readonly string[] = ['statement'];
const REBUTTAL_PREFIX = 'rebuttal: ';
const STANCE_FRAME_PREFIX = 'stance frame: ';
const INFERENCE_PREFIX = 'inference: ';
const EVALUATION_PREFIX = 'evaluation: ';
const EXCLAMATION_PREFIX = 'exclamation: ';

/**
 * The reason a plain Chinese statement takes a stance (zhKindStructure.ts, zhJudgements.ts): a rebuttal, a frame such
 * as 总的来看, a conclusion drawn from what was seen (可以看出), too much or not enough (压力太大, 不够好), or
 * what suffices (足以成为…), or an exclamation (`…肯定是不正常滴！`); or null.
 */
function zhStanceReason(key: string, from: number, to: number): string | null {
  const rejected = rebuttal(key, from, to);
  if (rejected !== null) return REBUTTAL_PREFIX + rejected;
  const built = zhBuiltStance(key, from, to);
  if (built !== null) return built;
  const exclaimed = exclamation(key, from, to);
  return exclaimed === null ? null : EXCLAMATION_PREFIX + exclaimed;
}

/** No quantity and no fact cue but weak ones (record, regularity, disposition…): a date or a weak cue made the sentence a fact. */
function isWeaklyFactual(signals: Signals): boolean {
  if (signals.quantities.length) return false;
  for (const reason of signals.fact) if (!isWeakFactCue(reason)) return false;
  return true;
}

/**
 * The stance a Chinese sentence is built on, whatever its cue words: a frame such as 总的来看 or 当然, a conclusion drawn
 * from what was seen (可以看出), too much or not enough (太少, 不够好), what suffices (足以); or null. Rebuttals and
 * exclamations are read only in plain statements (zhStanceReason): beside a regularity `而不是` states an outcome
 * (`我们就会长出脂肪细胞而不是肌肉`), not a rejected reading.
 */
function zhBuiltStance(key: string, from: number, to: number): string | null {
  const frame = stanceFrame(key, from, to);
  if (frame !== null) return STANCE_FRAME_PREFIX + frame;
  const inferred = seenInference(key, from, to);
  if (inferred !== null) return INFERENCE_PREFIX + inferred;
  const graded = excessPredicate(key, from, to) ?? sufficiency(key, from, to);
  return graded === null ? null : EVALUATION_PREFIX + graded;
}

/** The reason a plain English statement judges (enJudgements.ts): a judging noun as its predicate (`…are a lie`); or null. */
function enStanceReason(key: string, from: number, to: number): string | null {
  const noun = judgingNounPredicate(key, from, to);
  return noun === null ? null : EVALUATION_PREFIX + noun;
}

/** True when key[from, to) ends in 的 before its closing punctuation. */
function endsWithDe(key: string, from: number, to: number): boolean {
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
function isShiDeJudgement(sentence: string): boolean {
  let end = sentence.length;
  while (end > 0 && TRAILING.has(sentence.charCodeAt(end - 1))) end--;
  // Most sentences do not end in 的: skip the regular expressions for them.
  if (end === 0 || sentence.charCodeAt(end - 1) !== DE) return false;
  const clause = LAST_CLAUSE.exec(sentence)?.[1] ?? '';
  const frame = SHI_DE.exec(clause);
  return frame !== null && SHI_DE_MODAL.test(frame[1]!);
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

/** `…, I'm sure.`, `…a key word I guess.`, `…, I believe...`: a first-person belief closing an English sentence. */
const TAG_HEDGE = /(?:^|[^a-z'’])i(?:'m| am)? (?:think|guess|believe|suppose|sure)[\s.…!"”]*$/;
const TAG_HEDGE_PENALTY = 0.15;

function isTagHedged(key: string, from: number, to: number): boolean {
  return TAG_HEDGE.test(key.slice(Math.max(from, to - 20), to));
}

/** `Again, will this government restore public trust and strike-`: a question cut off before its mark. */
const INVERTED_QUESTION = /^(?:(?:and|but|so|again|then|now|well|mr\. speaker|madam speaker),?\s+)*(?:will|would|can|could|should|does|do|did|is|are|was|were|has|have|shall)\s+(?:this|that|the|he|she|they|you|it|we|there|i|anyone|anybody|any)\b/;

/**
 * `What stage is all this in…`, `What do you guys think of this because…`: a question word, then an auxiliary before its
 * subject, as speech-to-text writes a question without its mark. Only what/which/how take a word or two between
 * (`what stage`, `how many`); `When the deficit was the…` and `What we're talking about is…` keep their subject first.
 */
const WH_QUESTION = /^(?:(?:and|but|so|then|now|well|okay|yeah|like|um|uh),?\s+)*(?:(?:what|which)(?:\s+(?!i\b|we\b|you\b|they\b|he\b|she\b|it\b|the\b|a\b|an\b)[a-z]+){0,2}?|how(?:\s+(?:much|many|long|often|far))?|why|where|when|who)\s+(?:is|are|was|were|do|does|did|can|could|should|would|will|have|has)\s+(?:this|that|the|he|she|they|you|it|we|there|i|all|these|those)\b/;

function isInvertedQuestion(key: string, from: number, to: number): boolean {
  const first = key.charCodeAt(from);
  // Only English sentences can start this way; most start with another letter.
  if (first < 97 || first > 122) return false;
  const head = key.slice(from, Math.min(to, from + 60));
  return INVERTED_QUESTION.test(head) || WH_QUESTION.test(head);
}

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
function isUnmarkedQuestion(key: string, from: number, to: number): boolean {
  let end = to;
  while (end > from && WHITE_SPACE.has(key.charCodeAt(end - 1))) end--;
  // Most sentences end in punctuation or a Latin letter: only an unpunctuated Chinese ending is read further.
  if (end === from || !isCjk(key.charCodeAt(end - 1))) return false;
  // Only the first and last few characters are read, so a long unpunctuated line costs no more than a short one.
  return UNMARKED_QUESTION_START_ZH.test(key.slice(from, Math.min(end, from + 8))) || UNMARKED_QUESTION_END_ZH.test(key.slice(Math.max(from, end - 3), end)) ||
    UNMARKED_WH_END_ZH.test(key.slice(Math.max(from, end - WH_END_SCAN), end));
}
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

function isLetterOrCjk(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff);
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
