// Where an edit lies among the lines, shared by the analyzer and its checks (incremental.ts, *Checks.ts).
import type { TextSource } from '../text/chunkedText';
import { LineIndex, lineEndFrom } from '../text/positions';
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

/**
 * Where the lines an edit touches lie: `start`, the first touched line's start (the same before and after the
 * edit), and their end in the text before (`oldEnd`) and after (`newEnd`), for checks that read them on both sides.
 */
export function editedLines(old: TextSource, text: TextSource, change: TextChange): { start: number; oldEnd: number; newEnd: number } {
  const start = change.rangeOffset === 0 ? 0 : old.lastIndexOf('\n', change.rangeOffset - 1) + 1;
  return {
    start,
    oldEnd: lineEndFrom(old, change.rangeOffset + change.rangeLength),
    newEnd: lineEndFrom(text, change.rangeOffset + change.text.length),
  };
}
