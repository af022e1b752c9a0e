// A Chinese view that prescribes in its own words before its future word (`而認為必須積極推動改革,否則恐怕會有嚴重問題`):
// the future is what follows if the prescription is not heeded, argued for, not an outcome predicted for time to settle.
// The kind convention in docs/analysis-claims.md (session 44). Kind rules only. Measured and left out: an evaluation word
// in the view's place of the must (`筆者認為…難以說清,法庭將會面對巨大難題`) lowered a check file's kind (kindzh48).
import type { CueHit } from './cueMatcher';
import type { Signals } from './signals';

/** Categories of the view itself: 认为, 我觉得… */
const BELIEF_CATEGORIES = new Set(['belief', 'first-person belief']);
/** A bare 要 is as often want or will as must (signals.ts reads it so too). */
const BARE_MUST = '要';

/**
 * True when a belief cue comes first, then a must or should (必须, 应该), then the first forecast cue, and every forecast
 * cue is a plain future or a likelihood (no prediction word, date, plan or figure). `我认为它将长期存在` (nothing
 * prescribed) and `我认为明年应该会更好` (the should after the belief guesses at the outcome, with 会) stay forecasts.
 */
export function isArguedFuture(signals: Signals, key: string, hits: readonly CueHit[]): boolean {
  if (signals.quantities.length || signals.dates.length || signals.forecastAt < 0 || signals.opinionAt < 0 || signals.opinionAt > signals.forecastAt) return false;
  if (!signals.forecast.every((reason) => signals.plainFuture.includes(reason) || reason.startsWith('likelihood: '))) return false;
  let beliefAt = -1;
  for (const hit of hits) {
    if (hit.start >= signals.forecastAt) continue;
    for (const sense of hit.senses) if (sense.role === 'opinion' && BELIEF_CATEGORIES.has(sense.category) && (beliefAt < 0 || hit.start < beliefAt)) beliefAt = hit.start;
  }
  if (beliefAt < 0) return false;
  for (const hit of hits) {
    if (hit.start <= beliefAt || hit.start >= signals.forecastAt || key.slice(hit.start, hit.end) === BARE_MUST) continue;
    for (const sense of hit.senses) if (sense.role === 'opinion' && sense.category === 'normative' && !isGuessingShould(key, hit)) return true;
  }
  return false;
}

/** `应该会`, `应该是`: a should that guesses (it should rain) rather than prescribes. */
function isGuessingShould(key: string, hit: CueHit): boolean {
  const after = key.charAt(hit.end);
  return after === '会' || after === '是' || after === '有';
}
