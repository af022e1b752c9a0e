// English cue hits that say nothing where they stand (an indirect question, May the month, going to a place).
import { isCaseless } from './caseless';
import type { CueHit } from './cueMatcher';
import { PAST_VERB } from './pastEvents';

/** `…talks about whether prices will rebound`: a future asked about, not predicted. */
const WHETHER = /\bwhether\b[^,;:.!?]{0,60}$/;

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

export function withoutIndirectQuestions(key: string, from: number, to: number, hits: CueHit[]): CueHit[] {
  if (!hits.length) return hits;
  // The same array when nothing is dropped, as most sentences have no indirect question.
  const isIndirect = (hit: CueHit): boolean => isIndirectQuestionHit(key, from, to, hit);
  return hits.some(isIndirect) ? hits.filter((hit) => !isIndirect(hit)) : hits;
}

/**
 * `in May`, `from May`: a capitalised May inside a sentence is the month, not the modal verb (`may`),
 * which is lower case there. At the start of a sentence it stays ambiguous and keeps its cue.
 */
export function withoutMonthNames(text: string, key: string, from: number, hits: CueHit[]): CueHit[] {
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
export function withoutMotionGoingTo(text: string, key: string, hits: CueHit[]): CueHit[] {
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
 * `…and eventually he figured out how to use the data`, `He eventually became the first mayor`: `eventually` tells
 * where a past story ended when its clause's verb is in the past tense and no future form stands beside it; only
 * before a present or future verb (`Prices will eventually fall`, `eventually the city runs out`) does it predict.
 */
export function withoutPastEventually(key: string, from: number, to: number, hits: CueHit[]): CueHit[] {
  for (const hit of hits) {
    if (isPastEventually(key, from, to, hit)) return hits.filter((h) => !isPastEventually(key, from, to, h));
  }
  return hits;
}
const EVENTUALLY = 'eventually';
/** How far around `eventually` its clause's verb is looked for: the words between it and a subject, then the verb. */
const CLAUSE_REACH_BEFORE = 30;
const CLAUSE_REACH_AFTER = 40;
const FUTURE_FORM = /\b(?:will|won['’]t|['’]ll|shall|going to|gonna|would|might|may|could|can)\b/;
const PAST_FORM = new RegExp(`\\b${PAST_VERB}`);

function isPastEventually(key: string, from: number, to: number, hit: CueHit): boolean {
  if (hit.end - hit.start !== EVENTUALLY.length || !key.startsWith(EVENTUALLY, hit.start)) return false;
  const clause = clauseAround(key, Math.max(from, hit.start - CLAUSE_REACH_BEFORE), hit.start, hit.end, Math.min(to, hit.end + CLAUSE_REACH_AFTER));
  return !FUTURE_FORM.test(clause) && PAST_FORM.test(clause);
}

/** key[start, end) widened to the clause holding it within [from, to): cut at a comma, semicolon or stop on either side (a comma right after `eventually` aside). */
function clauseAround(key: string, from: number, start: number, end: number, to: number): string {
  let left = start;
  while (left > from && !/[,;.!?]/.test(key[left - 1]!)) left--;
  let right = end;
  if (key[right] === ',') right++;
  while (right < to && !/[,;.!?]/.test(key[right]!)) right++;
  return key.slice(left, right);
}
