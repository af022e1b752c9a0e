// A Chinese verdict word (显然, 无疑, 堪称) after the figures: they set the scene of what it pronounces.
import { isQuantity, type Figure } from './figures';
import type { Signals } from './signals';

/**
 * `三十岁时回看二十岁，重要的显然是行业选择`, `…可能是两年后说的，但是我的感受…是无疑的`: the speaker pronounces on what the
 * figures before the verdict describe (obviously, without doubt, deserves to be called); they set the scene of the
 * verdict, which is what is claimed. Only the verdict words, and only when every quantity comes before the first of them:
 * in `股价显然高于100元` the figure is what is pronounced, and in `…堪称新三板的历史性时刻——指数当日一度跌破基准线（1000点）`
 * the figure after the verdict is a fact of its own (the dev labels list it as one). A plain evaluation beside a figure
 * (`增长了5%，非常显著`) still reports it. English `clearly` is left to the English rules. `不过是` (*merely*) was left out:
 * it is also `不过，是…` (*but it is*) in speech, and in `只不过是20美元` the figure is the predicate.
 */
export function isVerdictOverFigure(signals: Signals, key: string, from: number, to: number, figures: readonly Figure[]): boolean {
  if (!signals.quantities.length || !signals.opinion.some((reason) => VERDICT_REASONS.has(reason))) return false;
  // A report (据统计, 数据显示) or a record still makes it a fact; weak cues (a regularity, a done act) do not.
  if (!signals.fact.every(isWeakFact)) return false;
  const verdict = VERDICT_WORD.exec(key.slice(from, to));
  if (verdict === null) return false;
  const verdictAt = from + verdict.index;
  return figures.every((figure) => !isQuantity(figure) || figure.end <= verdictAt);
}

const VERDICT_REASONS = new Set(['evaluation: 显然', 'evaluation: 显而易见', 'evaluation: 毫无疑问', 'evaluation: 无疑', 'evaluation: 堪称']);
const VERDICT_WORD = /显而易见|显然|毫无疑问|无疑|堪称/;

function isWeakFact(reason: string): boolean {
  return reason.startsWith('regularity: ') || reason.startsWith('disposition: ') || reason.startsWith('done act: ') || reason.startsWith('programme: ');
}
