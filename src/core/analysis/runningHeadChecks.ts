// Whether an edit may change the document's running heads (turns/runningHeads.ts), read from what repeats across the
// whole document, which the line-local checks cannot see (incremental.ts).
import type { TextSource } from '../text/chunkedText';
import { lineEndFrom } from '../text/positions';
import { skipSpaces, trimEnd } from '../turns/chars';
import { HEAD_REPEATS, numberedHeadKey, numberedKeyRepeats } from '../turns/runningHeads';
import type { Baseline, TextChange } from './incremental';

/** Keys an edit's shift copies at most: past them the check falls back, and the full analysis counts afresh. */
const MAX_CHANGED_KEYS = 512;

/**
 * How many lines of a text hold each numbered key (runningHeads.ts numberedHeadKey), at most: the keys two lines or
 * more held when the analysis read them (numberedKeyRepeats), exactly, and what the local edits since changed. A key
 * not among those was held by one line at most, so a count read is exact or one too many, never too few: a head is
 * never missed, and a line held twice but read three times only sends an edit to the full analysis.
 */
export class NumberedKeyCounts {
  private constructor(private readonly repeats: ReadonlyMap<string, number>, private readonly changes: ReadonlyMap<string, number>) {}

  static of(repeats: ReadonlyMap<string, number>): NumberedKeyCounts {
    return new NumberedKeyCounts(repeats, new Map());
  }

  /** How many lines hold `key`, at most. */
  mostLines(key: string): number {
    return (this.repeats.get(key) ?? 1) + (this.changes.get(key) ?? 0);
  }

  /** The counts after an edit took lines with `removed` keys out and put lines with `added` keys in; undefined past MAX_CHANGED_KEYS changes. */
  shifted(removed: readonly string[], added: readonly string[]): NumberedKeyCounts | undefined {
    const changes = new Map(this.changes);
    const add = (key: string, by: number): void => {
      const next = (changes.get(key) ?? 0) + by;
      if (next === 0) changes.delete(key);
      else changes.set(key, next);
    };
    for (const key of removed) add(key, -1);
    for (const key of added) add(key, 1);
    return changes.size <= MAX_CHANGED_KEYS ? new NumberedKeyCounts(this.repeats, changes) : undefined;
  }
}

/**
 * The numbered key counts after `change`, or false when the edit may make or unmake a head. A head is a numbered line
 * whose key HEAD_REPEATS lines hold, and a block line beside one: an edit changes the counts of its edited lines' keys
 * only, so it may change a head only where an edited line is one before the edit or after it (a count crossing the
 * threshold makes such a line on one side), or a line right above or below the edit is one (a block line there, or
 * its block's counts). Reads the edited lines and the two beside them; the counts come with the analysis (or are
 * read once, on the first edit that touches a numbered line) and are shifted by each edit: a keystroke never
 * searches the text. Undefined: the edit touched no numbered line and the counts were never read.
 */
export function numberedKeysAfter(baseline: Baseline, text: TextSource, change: TextChange): NumberedKeyCounts | undefined | false {
  const old = baseline.lines.source;
  const start = lineStartBefore(old, change.rangeOffset);
  const oldEnd = lineEndFrom(old, change.rangeOffset + change.rangeLength);
  const removed = keysOfLines(old, start, oldEnd);
  const added = keysOfLines(text, start, lineEndFrom(text, change.rangeOffset + change.text.length));
  const above = start === 0 ? undefined : keyOfLine(old, lineStartBefore(old, start - 1));
  const below = oldEnd >= old.length ? undefined : keyOfLine(old, oldEnd + 1);
  if (removed.length === 0 && added.length === 0 && above === undefined && below === undefined) return baseline.numberedKeys;
  const before = (baseline.numberedKeys ??= NumberedKeyCounts.of(numberedKeyRepeats(baseline.lines)));
  const isHeadBefore = (key: string | undefined): boolean => key !== undefined && before.mostLines(key) >= HEAD_REPEATS;
  if (removed.some(isHeadBefore) || isHeadBefore(above) || isHeadBefore(below)) return false;
  if (removed.length === 0 && added.length === 0) return before;
  const after = before.shifted(removed, added);
  if (after === undefined) return false;
  const isHeadAfter = (key: string | undefined): boolean => key !== undefined && after.mostLines(key) >= HEAD_REPEATS;
  if (added.some(isHeadAfter) || isHeadAfter(above) || isHeadAfter(below)) return false;
  return after;
}

/** The start of the line holding `offset`. */
function lineStartBefore(text: TextSource, offset: number): number {
  return offset === 0 ? 0 : text.lastIndexOf('\n', offset - 1) + 1;
}

/** The numbered keys of the lines from `start` (a line's start) to `end` (a line's end). */
function keysOfLines(text: TextSource, start: number, end: number): string[] {
  const keys: string[] = [];
  for (let lineStart = start; ; ) {
    const key = keyOfLine(text, lineStart);
    if (key !== undefined) keys.push(key);
    const lineEnd = lineEndFrom(text, lineStart);
    if (lineEnd >= end || lineEnd >= text.length) break;
    lineStart = lineEnd + 1;
  }
  return keys;
}

/** The numbered key of the line starting at `lineStart`, trimmed as lineTable.ts trims it (a `\r` before the break, then spaces). */
function keyOfLine(text: TextSource, lineStart: number): string | undefined {
  let end = lineEndFrom(text, lineStart);
  if (end < text.length && end > lineStart && text.charCodeAt(end - 1) === 13) end--;
  const first = skipSpaces(text, lineStart, end);
  return numberedHeadKey(text, first, trimEnd(text, first, end));
}
