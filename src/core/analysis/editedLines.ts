// Where an edit lies among the lines, shared by the analyzer and its checks (incremental.ts, *Checks.ts).
import { LineIndex } from '../text/positions';
import type { TextChange } from './incremental';

/** The line whose content holds the whole edit, no line break typed or removed; undefined for any other edit. */
export function lineHoldingEdit(lines: LineIndex, change: TextChange): number | undefined {
  const start = change.rangeOffset;
  const end = start + change.rangeLength;
  if (hasLineBreak(change.text) || hasLineBreak(lines.source.slice(start, end))) return undefined;
  const line = lines.lineAt(start);
  return start >= lines.lineStart(line) && end <= lines.lineEnd(line) ? line : undefined;
}

export function hasLineBreak(text: string): boolean {
  return text.includes('\n') || text.includes('\r');
}
