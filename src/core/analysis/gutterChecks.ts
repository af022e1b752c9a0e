// Whether an edit may change the document's line-number gutter reading (text/lineNumberGutter.ts), which a document
// with one is edited under (incremental.ts, updateInGutter).
import { gutterLineKey, hasGutterNumberedLine, readLineNumberGutter } from '../text/lineNumberGutter';
import type { TextSource } from '../text/chunkedText';
import { lineEndFrom, LineIndex } from '../text/positions';
import { lineHoldingEdit } from './editedLines';
import type { Baseline, TextChange } from './incremental';

/** An edit inside one line, after the line's gutter number, that keeps the line's gutter reading (see updateInGutter). */
export function keepsGutterLine(lines: LineIndex, text: TextSource, change: TextChange): boolean {
  const line = lineHoldingEdit(lines, change);
  if (line === undefined) return false;
  const old = lines.source;
  const start = lines.lineStart(line);
  const oldEnd = lines.lineEnd(line);
  const key = gutterLineKey(old, start, oldEnd);
  return change.rangeOffset >= start + key.numberEnd && key.reading === gutterLineKey(text, start, oldEnd + change.text.length - change.rangeLength).reading;
}

/**
 * Whether the edit may change the document's line-number gutter reading (a document with one is edited in
 * updateInGutter). An edit inside one line that keeps the line's reading keeps every count the reading is
 * decided by; any other that adds, removes or changes no numbered line keeps it unless the reading hangs on
 * the share of numbered lines (see readLineNumberGutter).
 */
export function mayChangeGutter(baseline: Baseline, text: TextSource, change: TextChange): boolean {
  if (baseline.format === 'srt' || baseline.format === 'vtt') return false;
  baseline.gutter ??= readLineNumberGutter(baseline.lines);
  // Every line reads as it did, so every count the reading is decided by stays, the share of numbered lines too.
  if (keepsGutterLine(baseline.lines, text, change)) return false;
  if (!baseline.gutter.stableWithoutNumberedLines) return true;
  const old = baseline.lines.source;
  const start = change.rangeOffset === 0 ? 0 : old.lastIndexOf('\n', change.rangeOffset - 1) + 1;
  return hasGutterNumberedLine(old, start, lineEndFrom(old, change.rangeOffset + change.rangeLength)) ||
    hasGutterNumberedLine(text, start, lineEndFrom(text, change.rangeOffset + change.text.length));
}
