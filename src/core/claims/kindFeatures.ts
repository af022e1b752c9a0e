// The features of a sentence the learned kind weights read (kindFeatures), from what classifyRange left in the scratch.
import { contentUnits } from './sentenceScan';
import { kindWordClasses } from './kindWordClasses';
import { codesOf } from '../text/codesOf';
import { isCjkIdeograph, isLetterOrCjk } from './cjkIdeographs';
import { clear } from './clearArray';
import { scratch } from './signals';
import { TRAILING } from './trailingMarks';
import { isTagHedged } from './tagHedges';
import { isPrescription, isNarratedEvaluation } from './decide';
import { LEAD_IN } from './statement';

/** What classifyRange read about the sentence it decided last: whether `scratch` holds its signals, and where it ended. */
export const sentenceRead = { signals: false, tagQuestion: false, to: 0 };

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
  for (let i = from; i < to; i++) if (isCjkIdeograph(key.charCodeAt(i))) cjk++;
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
