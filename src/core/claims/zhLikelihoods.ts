// Chinese likelihood words (可能, 不可能, 有可能): when they forecast, and when they hedge or judge what can be.
import { clear } from './clearArray';
import type { Signals } from './signals';

const LIKELIHOOD_PREFIX = 'likelihood: ';
/** `后面可能还要发新版本`, `B站可能要引进`: uncertainty about a future auxiliary (要, 将, 会) weighs what will happen. */
export const LIKELY_FUTURE = /(?:可能|也许|或许|大概)(?:还|也|就|都)?(?:要|将|会)/;
/** Adverbs of the speaker's uncertainty; 有可能, 很可能, 可能性, 不可能, 迟早 say what may or will come about. */
const HEDGING_ADVERB_REASONS = new Set(['可能', '也许', '或许', '大概'].map((word) => LIKELIHOOD_PREFIX + word));
const hedgeReasons = new Map<string, string>();
const IMPOSSIBLE_REASON = LIKELIHOOD_PREFIX + '不可能';
const IMPOSSIBLE_JUDGEMENT = 'evaluation: 不可能';
/**
 * `是不可能产生爆发性创新的`, `我认为是不可能的`, `现在不可能有一个…的特首`: 不可能 as what the subject is, or said of the present, judges
 * what can be; `这个方案不可能在年底前通过` (a coming event) still predicts.
 */
export const PRESENT_IMPOSSIBILITY = /是不可能|不可能的|(?:现在|目前|当前|如今)[^，,。；;！!？?]{0,6}不可能/;
/** 有可能, 很可能 as likelihoods, and the judgements they are read as under a condition (POSSIBILITY_UNDER_CONDITION). */
const POSSIBLE_JUDGEMENTS = new Map(['有可能', '很可能'].map((word) => [LIKELIHOOD_PREFIX + word, `evaluation: ${word}`]));
/**
 * `只有深入研究了一个地方，…才有可能对当地带去帮助`, `即使是工作体面的白领，也有可能成为低端人口`: a possibility under a necessary
 * condition (只有…才) or a concession (即使…也) judges what can be in general, as 不可能 of the present does; it predicts
 * no event. Within one sentence (no sentence end between).
 */
export const POSSIBILITY_UNDER_CONDITION = /(?:只有|唯有)[^。；;！!？?]{0,40}才(?:有|很)?可能|(?:即使|即便|哪怕|就算|纵使)[^。；;！!？?]{0,40}也(?:有|很)?可能/;

/**
 * `做好投资这件事，可能跟基金经理性格关系比较大`, `社群可能不擅長`: a Chinese adverb of uncertainty (可能, 也许, 或许) with
 * no future marker, future time, prediction or plan qualifies how the speaker judges the present; it predicts
 * nothing. Its reasons move to the opinion list as hedges (`hedge: 可能`). With `judgesImpossible` (PRESENT_IMPOSSIBILITY), 不可能
 * with no other forecast cue is likewise a judgement of what can be (`evaluation: 不可能`), and with `judgesPossible`
 * (POSSIBILITY_UNDER_CONDITION) so are 有可能, 很可能 (`evaluation: 有可能`, `evaluation: 很可能`).
 */
export function hedgeChineseLikelihood(signals: Signals, judgesImpossible: boolean, judgesPossible: boolean): void {
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
