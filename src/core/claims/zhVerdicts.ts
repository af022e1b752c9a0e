// A Chinese verdict word that frames the whole sentence (显然, 无疑, 堪称): a figure beside it serves the verdict.
import { isQuantity, type Figure } from './figures';
import type { Signals } from './signals';

/**
 * `三十岁时回看二十岁，重要的显然是行业选择`, `今年的11月14日堪称…历史性时刻——…（1000点）`: the speaker pronounces on what
 * the figures describe (obviously, without doubt, deserves to be called); the figures set the scene or the scale of the
 * verdict, which is what is claimed. Only the verdict words, and only when no quantity stands in the verdict's own
 * clause: in `股价显然高于100元` the figure is what is pronounced, still a fact to check; a plain evaluation beside a
 * figure (`增长了5%，非常显著`) still reports it. English `clearly` is left to the English rules. `不过是` (*merely*) was
 * left out: it is also `不过，是…` (*but it is*) in speech, and in `只不过是20美元` the figure is the predicate.
 */
export function isVerdictOverFigure(signals: Signals, key: string, from: number, to: number, figures: readonly Figure[]): boolean {
  if (!signals.quantities.length || !signals.opinion.some((reason) => VERDICT_REASONS.has(reason))) return false;
  // A report (据统计, 数据显示) or a record still makes it a fact; weak cues (a regularity, a done act) do not.
  if (!signals.fact.every(isWeakFact)) return false;
  const sentence = key.slice(from, to);
  VERDICT_WORD.lastIndex = 0;
  for (let match = VERDICT_WORD.exec(sentence); match !== null; match = VERDICT_WORD.exec(sentence)) {
    const after = from + match.index + match[0].length;
    CLAUSE_END.lastIndex = after - from;
    const end = CLAUSE_END.exec(sentence);
    const clauseEnd = end === null ? to : from + end.index;
    if (figures.some((figure) => isQuantity(figure) && figure.start >= after && figure.start < clauseEnd)) return false;
  }
  return true;
}

const VERDICT_REASONS = new Set(['evaluation: 显然', 'evaluation: 显而易见', 'evaluation: 毫无疑问', 'evaluation: 无疑', 'evaluation: 堪称']);
const VERDICT_WORD = /显而易见|显然|毫无疑问|无疑|堪称/g;
/** What ends the verdict's clause: a comma, a stop, a colon, a dash or a bracket opening an aside. */
const CLAUSE_END = /[，,。；;：:！!？?—（(]/g;

function isWeakFact(reason: string): boolean {
  return reason.startsWith('regularity: ') || reason.startsWith('disposition: ') || reason.startsWith('done act: ') || reason.startsWith('programme: ');
}
