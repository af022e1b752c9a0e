// The signals of one sentence: its cue hits and figures read into fact, forecast and opinion reasons (collectSignals).
import { isInCondition } from './conditionals';
import { hasBareItSubject } from './unnamedSubjects';
import { isPastAnchoredTime } from './pastAnchoredTimes';
import { foldChars } from '../text/charFold';
import { isAsciiLowerLetter, isDigit } from '../turns/chars';
import cueData from './cues/cues.json';
import { ATTRIBUTION_MAX_GAP, type CueHit } from './cueMatcher';
import { isQuantity, type Figure } from './figures';
import { isOwnFirst } from './ownFirsts';
import { codesOf } from '../text/codesOf';
import { hasRole } from './cueHitSenses';
import { isCjkIdeograph } from './cjkIdeographs';
import { FIRST_PERSON_BEFORE_ZH, CLAUSE_END_AFTER_HUI, isSpeedPredicate } from './cueFiltersZh';
import { clear } from './clearArray';
import { quote, figureReason, cueReason, lowerCaseReason, hasUpperCase } from './reasons';

export interface Signals {
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
export const scratch: Signals = {
  quantities: [], dates: [], forecast: [], plainFuture: [], weakForecast: [], hedges: [], opinion: [], described: [], fact: [], past: [], greeting: false, procedure: false, predicative: false, firstPersonFuture: false, itFuture: false, detachedFuture: false, firstPersonStart: false, units: 0, forecastAt: -1, opinionAt: -1, factAt: -1, figureAt: -1, frameAt: -1,
};

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

const DESCRIPTIVE_EVALUATION = new Set<string>(cueData.descriptiveEvaluation);
/** Adverbs that grade what an act brought about, not how it was done (`坚定奉行` only describes the manner). */
const EFFECT_ADVERBS = new Set(['有力', '有效']);
/** A verb of bringing something about, right after the adverb (or its 地). */
const EFFECT_VERB = /^地?(?:推动|促进|推进|维护|支撑|保障|带动|提升|改善|增强)/;
/**
 * `汪辜会谈及其成果,有力推动了两岸关系改善和发展。`, `中方同世界各国开展投资合作，有力地促进各国经济发展…`: an adverb of
 * effect before a verb of bringing about credits someone with the outcome, the speaker's assessment, where the same
 * word before a noun (`有力的支持`) or a manner adverb (`坚定奉行`) describes. A figure in the sentence still outranks it.
 */
function creditsAnEffect(key: string, hit: CueHit, to: number): boolean {
  return EFFECT_ADVERBS.has(key.slice(hit.start, hit.end)) && EFFECT_VERB.test(key.slice(hit.end, Math.min(to, hit.end + 4)));
}
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

export function collectSignals(text: string, key: string, from: number, to: number, hits: readonly CueHit[], figures: readonly Figure[]): Signals {
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
          if (sense.category === 'evaluation' && isCjkIdeograph(key.charCodeAt(hit.start))) {
            // An effect credited (`有力推动了…`) is the sentence's point, as a predicate is, even in a narrated past.
            if (isPredicative(key, from, to, hit) || creditsAnEffect(key, hit, to)) signals.predicative = true;
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

const BARE_NORMATIVE_REASONS = ['normative: 要', 'normative: 应'];

function dropBareNormative(opinion: string[]): void {
  for (let i = opinion.length - 1; i >= 0; i--) if (BARE_NORMATIVE_REASONS.includes(opinion[i]!)) opinion.splice(i, 1);
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

/** A letter of a lower-case key word, its apostrophe (`don't`) included. */
function isWordChar(code: number): boolean {
  return isAsciiLowerLetter(code) || code === 39;
}

/** Hit offsets (start, end pairs) of this sentence's housekeeping cues and of its plain future and likelihood markers. */
const procedureSpans: number[] = [];
export const futureSpans: number[] = [];
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
