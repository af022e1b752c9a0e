import type { Span } from '../text/positions';

/** One text edit as VS Code reports it in `TextDocumentContentChangeEvent` (offsets in UTF-16 units). */
export interface TextEdit {
  readonly rangeOffset: number;
  readonly rangeLength: number;
  readonly text: string;
}

/**
 * Moves spans through edits exactly, for the editor's change events. Edits apply in the order given,
 * each against the text left by the ones before (VS Code lists a multi-cursor edit's changes from last to
 * first, so this holds for its events too).
 *
 * Text inserted strictly inside a span joins it; text inserted at either boundary stays outside. A span
 * whose text is deleted entirely collapses to an empty span at the deletion: the caller shows it as orphaned.
 */
export function shiftThroughEdits<T extends Span>(spans: readonly T[], edits: readonly TextEdit[]): Span[] {
  let current: Span[] = spans.map((s) => ({ start: s.start, end: s.end }));
  for (const edit of edits) current = current.map((span) => shiftSpan(span, edit));
  return current;
}

export function shiftSpan(span: Span, edit: TextEdit): Span {
  const editStart = edit.rangeOffset;
  const editEnd = edit.rangeOffset + edit.rangeLength;
  const inserted = edit.text.length;
  const delta = inserted - edit.rangeLength;
  if (editStart >= span.end) return span; // after the span, or an insertion at its end
  if (editEnd <= span.start) return { start: span.start + delta, end: span.end + delta }; // before, or at its start
  const keepsStart = span.start < editStart;
  const keepsEnd = span.end > editEnd;
  if (!keepsStart && !keepsEnd) return { start: editStart, end: editStart }; // the whole span was replaced
  return {
    start: keepsStart ? span.start : editStart + inserted,
    end: keepsEnd ? span.end + delta : editStart,
  };
}
