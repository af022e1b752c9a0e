// Whether an edit may change the document's running heads (turns/runningHeads.ts), read from what repeats across the
// whole document, which the line-local checks cannot see (incremental.ts).
import type { TextSource } from '../text/chunkedText';
import { lineEndFrom } from '../text/positions';
import { lineKeyRecurs } from '../turns/runningHeads';
import type { Baseline, TextChange } from './incremental';

/**
 * A head is a numbered line repeated elsewhere, and a block line beside one: an edit may make or unmake one only where
 * an edited line, before or after, or a line right above or below the edit is numbered and repeated elsewhere in its
 * text (lineKeyRecurs). Typing in speech reads only the lines at the edit; a numbered line there costs one search.
 */
export function mayChangeRunningHeads(baseline: Baseline, text: TextSource, change: TextChange): boolean {
  const old = baseline.lines.source;
  const start = lineStartBefore(old, change.rangeOffset);
  return windowRecurs(old, start, lineEndFrom(old, change.rangeOffset + change.rangeLength)) || windowRecurs(text, start, lineEndFrom(text, change.rangeOffset + change.text.length));
}

/** The start of the line holding `offset`. */
function lineStartBefore(text: TextSource, offset: number): number {
  return offset === 0 ? 0 : text.lastIndexOf('\n', offset - 1) + 1;
}

/** Whether a line of `[start, end)` (whole lines), or the line above or below it, is numbered and repeated in `text`. */
function windowRecurs(text: TextSource, start: number, end: number): boolean {
  const from = start === 0 ? 0 : lineStartBefore(text, start - 1);
  const to = end >= text.length ? text.length : lineEndFrom(text, end + 1);
  for (let lineStart = from; lineStart <= to; ) {
    const lineEnd = lineEndFrom(text, lineStart);
    let first = lineStart;
    while (first < lineEnd && /\s/.test(text.charAt(first))) first++;
    let last = lineEnd;
    while (last > first && /\s/.test(text.charAt(last - 1))) last--;
    if (lineKeyRecurs(text, first, last)) return true;
    if (lineEnd >= text.length) break;
    lineStart = lineEnd + 1;
  }
  return false;
}
