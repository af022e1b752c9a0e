import type { AnalysisOptions, ClaimKind } from '../analysis/model';
import { foldChars, matchingKey } from '../text/charFold';
import { ATTRIBUTION_MAX_GAP, cueMatcherFor, USER_CUE, type CueHit, type CueRole, type CueSense } from './cueMatcher';
import { findFigures, isQuantity, type Figure } from './figures';

export interface Classification {
  readonly kind: ClaimKind;
  /** Human-readable reasons, e.g. `money: 420亿元`, `first-person belief: 我认为`, `attribution: 据…报道`. */
  readonly cues: string[];
}

const MAX_REASONS = 6;
/** Below this many content units (CJK characters plus Latin words) a piece is a fragment, not a claim. */
const MIN_UNITS = 4;
/** An opinion resting only on a belief word (I think, 我认为) needs this many content units to say something. */
const MIN_BELIEF_UNITS = 8;

function isBeliefCue(reason: string): boolean {
  return reason.startsWith('first-person belief: ') || reason.startsWith('belief: ');
}

/** Greetings and thanks longer than this may still carry a claim. */
const GREETING_MAX_UNITS = 20;

/** Closing punctuation, quotes and spaces that may follow the last word of a sentence. */
const TRAILING = new Set([...' \t\u3000。．.！!…」』”’）)"\'】'].map((c) => c.charCodeAt(0)));
const QUESTION_END = new Set([...'？?吗么'].map((c) => c.charCodeAt(0)));
const NE = '呢'.charCodeAt(0);
const QUESTION_WORD = /多少|什么|怎么|为什么|哪|谁|几|是否|是不是|有没有|会不会/;

/** CJK characters count one each, runs of Latin letters or digits one each. */
function contentUnits(text: string, from = 0, to = text.length): number {
  let units = 0;
  let inWord = false;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    const wordChar = (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
    if (wordChar) {
      if (!inWord) units++;
      inWord = true;
      continue;
    }
    inWord = false;
    if ((code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xd800 && code <= 0xdbff)) units++;
  }
  return units;
}

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
  readonly forecast: string[];
  readonly weakForecast: string[];
  readonly opinion: string[];
  readonly fact: string[];
  readonly past: string[];
  greeting: boolean;
}

/** One scratch record reused for every sentence: decide() copies what it keeps, so nothing here outlives a call. */
const scratch: Signals = { quantities: [], dates: [], forecast: [], weakForecast: [], opinion: [], fact: [], past: [], greeting: false };

/** Empties a scratch array (a few items at most); pop() stays inline where setting length is a runtime call. */
function clear(array: unknown[]): void {
  while (array.length !== 0) array.pop();
}

function resetScratch(): Signals {
  clear(scratch.quantities);
  clear(scratch.dates);
  clear(scratch.forecast);
  clear(scratch.weakForecast);
  clear(scratch.opinion);
  clear(scratch.fact);
  clear(scratch.past);
  scratch.greeting = false;
  return scratch;
}

function overlapsAny(hit: CueHit, figures: readonly Figure[]): boolean {
  for (const f of figures) if (f.start < hit.end && hit.start < f.end) return true;
  return false;
}

function hasRole(hit: CueHit, role: CueRole): boolean {
  for (const s of hit.senses) if (s.role === role) return true;
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

function collectSignals(text: string, key: string, hits: readonly CueHit[], figures: readonly Figure[]): Signals {
  const signals = resetScratch();
  for (const f of figures) (isQuantity(f) ? signals.quantities : signals.dates).push(`${f.category}: ${quote(text, key, f.start, f.end)}`);
  addAttributions(hits, text, key, signals.fact);
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
          if (insideFigure) continue;
          target = signals.forecast;
          break;
        case 'weakForecast':
          if (insideFigure) continue;
          target = signals.weakForecast;
          break;
        case 'opinion':
          if (insideFigure) continue;
          target = signals.opinion;
          break;
        case 'fact':
          target = signals.fact;
          break;
        case 'past':
          target = signals.past;
          break;
        case 'greeting':
          signals.greeting = true;
          continue;
        default:
          continue;
      }
      target.push(word === undefined ? lowerCaseReason(sense, key, hit) : cueReason(sense, word));
    }
  }
  return signals;
}

function cueReason(sense: CueSense, word: string): string {
  return sense.category === USER_CUE ? `cue: ${word} (${sense.role})` : `${sense.category}: ${word}`;
}

/** Each sense belongs to one cue word (see CueMatcher.add), so its lower-case reason is built once. */
const lowerCaseReasons = new WeakMap<CueSense, string>();

function lowerCaseReason(sense: CueSense, key: string, hit: CueHit): string {
  let reason = lowerCaseReasons.get(sense);
  if (reason === undefined) lowerCaseReasons.set(sense, (reason = cueReason(sense, key.slice(hit.start, hit.end))));
  return reason;
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
 * Precedence, first rule that applies:
 *  1. a future or likelihood marker (会, 将, 预计, will, likely) → forecast, even on a figure or a belief:
 *     "我认为它将长期存在" and "明年营收将达到500亿" are predictions;
 *  2. a checkable quantity (number, percent, money, count) or an attributed report → fact; this also
 *     overrides a weak estimate cue (据估计…曾…135亿美元 is a past figure);
 *  3. belief or evaluation (我认为, 非常优秀, I think, great) → opinion; a date alone does not make it a fact;
 *  4. a weak estimate cue (估计, estimated) with no past marker or date → forecast;
 *  5. a date on its own (an event: 2016年，大会在京召开) → fact; a clock time alone is not enough.
 * Nothing else is check-worthy. Cues come out each once, at most MAX_REASONS, in the order listed here.
 */
function decide(signals: Signals): Classification | null {
  const { quantities, dates } = signals;
  if (signals.forecast.length) return { kind: 'forecast', cues: addReasons(addReasons(addReasons(addReasons([], signals.forecast), signals.weakForecast), quantities), dates) };
  if (quantities.length || signals.fact.length) {
    const cues = addReasons(addReasons(addReasons([], signals.fact), quantities), dates);
    if (signals.weakForecast.length) addReasons(cues, pastBesidesDates(signals));
    return { kind: 'fact', cues };
  }
  if (signals.opinion.length) return { kind: 'opinion', cues: addReasons([], signals.opinion) };
  if (signals.weakForecast.length && !signals.past.length && !dates.length) return { kind: 'forecast', cues: addReasons([], signals.weakForecast) };
  // A clock time alone (a dateline, `2:05 P.M. EDT`) is not an event.
  if (dates.some((d) => !d.startsWith('time:'))) {
    const cues = addReasons([], dates);
    if (signals.weakForecast.length) addReasons(cues, pastBesidesDates(signals));
    return { kind: 'fact', cues };
  }
  return null;
}

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

/**
 * True when `word` starts in key[from, to - word.length]. `key` is the whole document: key.indexOf(word, from)
 * would search on to its end for every sentence, quadratic when the word is rare.
 */
function occursWithin(key: string, word: string, from: number, to: number): boolean {
  const first = word.charCodeAt(0);
  for (let i = from, last = to - word.length; i <= last; i++) {
    if (key.charCodeAt(i) === first && key.startsWith(word, i)) return true;
  }
  return false;
}

function withoutIndirectQuestions(key: string, from: number, to: number, hits: CueHit[]): CueHit[] {
  // Every window tested below lies inside the sentence, so without `whether` there nothing is dropped.
  if (!hits.length || !occursWithin(key, 'whether', from, to)) return hits;
  return hits.filter((hit) => !(hit.senses.some((s) => s.role === 'forecast' || s.role === 'weakForecast') && WHETHER.test(key.slice(Math.max(from, hit.start - 70), hit.start))));
}

/** Longest field name before a colon, in content units (`播出时间`, `Recorded on`). */
const MAX_FIELD_UNITS = 6;

/** Offset of the first `:` or `：` in key[from, to), or -1. */
function fieldColon(key: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const code = key.charCodeAt(i);
    if (code === 58 || code === 0xff1a) return i;
  }
  return -1;
}

/** `播出时间：2025年6月8日 21:30`, `Date: May 5, 2025`: a metadata field whose value is only a date or time. */
function isDatedField(key: string, from: number, to: number, figures: readonly Figure[]): boolean {
  const colon = fieldColon(key, from, Math.min(to, from + 24));
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

const hitScratch: CueHit[] = [];
const figureScratch: Figure[] = [];

/**
 * classifySentence for text[from, to) given the matching key of all of `text` (same length), so a whole
 * document is folded once and no sentence is copied unless it becomes a claim.
 */
export function classifyRange(text: string, key: string, from: number, to: number, options: AnalysisOptions): Classification | null {
  if (isQuestion(key, from, to)) return null;
  // Scratch arrays reused for every sentence: neither hits nor figures outlive this call.
  clear(hitScratch);
  clear(figureScratch);
  const hits = withoutIndirectQuestions(key, from, to, withoutMonthNames(text, key, from, cueMatcherFor(options.extraCues).scan(key, from, to, hitScratch)));
  const figures = findFigures(key, from, to, figureScratch);
  if (!hits.length && !figures.length) return null;
  const units = contentUnits(key, from, to);
  if (units < MIN_UNITS) return null;
  // A bare date or number line (2025年7月16日) has nothing around the figure to check.
  let outside = units;
  for (const figure of figures) outside -= contentUnits(key, figure.start, figure.end);
  if (outside < 2 || isDatedField(key, from, to, figures)) return null;
  const signals = collectSignals(text, key, hits, figures);
  if (signals.greeting && !signals.quantities.length && !signals.forecast.length && units <= GREETING_MAX_UNITS) return null;
  const decision = decide(signals);
  // `Okay, I think we're recording.`, `我不這麼認為。`: a bare belief in a short sentence claims nothing.
  // (An opinion's cues are all of signals.opinion before duplicates are dropped.)
  if (decision?.kind === 'opinion' && units < MIN_BELIEF_UNITS && signals.opinion.every(isBeliefCue)) return null;
  return decision;
}
