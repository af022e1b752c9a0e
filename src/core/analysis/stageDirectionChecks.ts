// Whether an edit may change which markup-only lines are stage directions (turns/stageDirections.ts), and the
// document's count of markup marks after a local edit (incremental.ts).
import type { TextSource } from '../text/chunkedText';
import { countMarkupMarks, markupMarksDelta } from './markupMarks';
import type { Baseline, TextChange } from './incremental';

/**
 * Markup-only lines (`**`, `<br>`) are stage directions only in a document that holds `<`, `![` or `{%`
 * somewhere (turns/stageDirections.ts, findMarkupLines): an edit that types or removes one of those marks
 * falls back when the document gains its first or loses its last, which turns every such line. The
 * document's count of marks is kept in the baseline (taken on the first edit that touches one), so an
 * edit costs what it changes: `false` when the reading changes, else the count after the edit
 * (`undefined` while it was never needed).
 */
export function markupMarksAfter(baseline: Baseline, text: TextSource, change: TextChange): number | undefined | false {
  const old = baseline.lines.source;
  const edit = { start: change.rangeOffset, oldEnd: change.rangeOffset + change.rangeLength, newEnd: change.rangeOffset + change.text.length };
  const delta = markupMarksDelta(old, text, edit);
  // Marks only moved within the edited range (a `<` typed over a `<`): the document still holds as many.
  if (delta === 0) return baseline.markupMarks;
  const before = (baseline.markupMarks ??= countMarkupMarks(old));
  const after = before + delta;
  return before > 0 === after > 0 ? after : false;
}
