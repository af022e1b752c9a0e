// How likely a sentence is check-worthy with the kind decided: a base per kind from its reasons, adjusted for length.
import { isAsciiLowerLetter } from '../turns/chars';
import type { Signals } from './signals';

/*
 * Confidence: a base for the strongest kind of evidence, a little more for each further independent cue,
 * less in short sentences, greetings and housekeeping. The figures are ranks more than probabilities:
 * they order suggestions so that a threshold (the minimumConfidence setting) keeps the likely ones.
 */
const SHORT_UNITS = 6;
const LONG_UNITS = 16;

export function adjusted(signals: Signals, base: number): number {
  let confidence = base;
  if (signals.units < SHORT_UNITS) confidence -= 0.1;
  else if (signals.units >= LONG_UNITS) confidence += 0.05;
  if (signals.greeting) confidence -= 0.15;
  if (signals.procedure) confidence -= 0.2;
  return Math.round(Math.min(0.95, Math.max(0.05, confidence)) * 100) / 100;
}

// Reason prefixes the confidences read, as constants: an array literal in a function is a new array per call.
const PREDICTION_PREFIXES = ['prediction: ', 'first-person prediction: ', 'future time: '];
export const ATTRIBUTION_PREFIXES = ['attribution: '];
export const LIKELIHOOD_PREFIXES = ['likelihood: '];
const RECORD_PREFIXES = ['record: '];
export const EVALUATIVE_PREFIXES = ['evaluation: ', 'normative: ', 'inference: ', 'necessity: ', 'graded modal: '];
export const BELIEF_PREFIXES = ['first-person belief: ', 'belief: ', 'hedge: '];
const INTENSIFIER_PREFIXES = ['intensifier: '];
/** What an intensifier alone (`very`, `really`) costs a sentence read as a plain statement. */
export const INTENSIFIED_STATEMENT_PENALTY = 0.05;

export function isIntensifierReason(reason: string): boolean {
  return reason.startsWith(INTENSIFIER_PREFIXES[0]!);
}

export function startsWithAny(reasons: readonly string[], prefixes: readonly string[]): boolean {
  // Loops rather than some(): no closures allocated for each of the thousands of decisions.
  for (const reason of reasons) for (const prefix of prefixes) if (reason.startsWith(prefix)) return true;
  return false;
}

export function forecastConfidence(signals: Signals, plainFutureCounts: boolean): number {
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

export function factConfidence(signals: Signals): number {
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

export function opinionConfidence(signals: Signals): number {
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
