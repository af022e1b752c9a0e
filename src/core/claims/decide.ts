// The decision between the kinds from a sentence's signals, in the precedence decide() lists, and its tests of them.
import { freshReasons, sharedReasons, addReasons } from './reasons';
import type { Signals } from './signals';
import { adjusted, ATTRIBUTION_PREFIXES, startsWithAny, forecastConfidence, factConfidence, opinionConfidence, LIKELIHOOD_PREFIXES } from './confidence';
import type { Classification } from './classification';

export function isNormativeCue(reason: string): boolean {
  return reason.startsWith('normative: ');
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
export function decide(signals: Signals): Classification | null {
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
export function isPrescription(signals: Signals): boolean {
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
export function isNarratedEvaluation(signals: Signals): boolean {
  if (signals.units < NARRATION_MIN_UNITS || signals.predicative || !(signals.dates.length || signals.past.length)) return false;
  return signals.opinion.length === 1 && signals.opinion[0]!.startsWith('evaluation: ');
}

const NARRATION_MIN_UNITS = 20;
/** As long as a plain statement must be (STATEMENT_MIN_CHARS). */
export const DESCRIBED_MIN_UNITS = 10;

/** Past markers not already quoted as a date (`去年` is both). */
function pastBesidesDates(signals: Signals): string[] {
  const dated = new Set(signals.dates.map((d) => d.slice(d.indexOf(': ') + 2)));
  return signals.past.filter((p) => !dated.has(p.slice(p.indexOf(': ') + 2)));
}

/** No quantity and no fact cue but weak ones (record, regularity, disposition…): a date or a weak cue made the sentence a fact. */
export function isWeaklyFactual(signals: Signals): boolean {
  if (signals.quantities.length) return false;
  for (const reason of signals.fact) if (!isWeakFactCue(reason)) return false;
  return true;
}
