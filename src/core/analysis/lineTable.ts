import { isSpace } from '../turns/chars';
import type { LineIndex } from '../text/positions';

/**
 * Every line's bounds, read once per LineIndex for the passes that walk all lines (issue 13): each of them
 * used to ask the index for the line's start and end and skip its spaces again. Spaces are `isSpace`'s, as
 * `skipSpaces` and `trimEnd` read them; a pass with another notion of space reads the text itself.
 */
export interface LineTable {
  readonly lineCount: number;
  /** Offset of the line's first character. */
  readonly starts: Int32Array;
  /** Offset of the end of the line's content, before its line break (LineIndex.lineEnd). */
  readonly ends: Int32Array;
  /** The first character that is not a space (skipSpaces from the start): `ends[line]` when the line is blank. */
  readonly firsts: Int32Array;
  /** Just past the last character that is not a space (trimEnd down to `firsts[line]`). */
  readonly lasts: Int32Array;
}

const tables = new WeakMap<LineIndex, LineTable>();

/**
 * The table of `lines`, built on the first call. Only for passes that read every line anyway: a caller that
 * reads a few lines (the incremental analyzer's) would pay for all of them.
 */
export function lineTableOf(lines: LineIndex): LineTable {
  let table = tables.get(lines);
  if (table === undefined) {
    table = buildLineTable(lines);
    tables.set(lines, table);
  }
  return table;
}

function buildLineTable(lines: LineIndex): LineTable {
  const text = lines.source;
  const lineCount = lines.lineCount;
  const starts = lines.lineStarts();
  const ends = new Int32Array(lineCount);
  const firsts = new Int32Array(lineCount);
  const lasts = new Int32Array(lineCount);
  for (let line = 0; line < lineCount; line++) {
    let end = text.length;
    if (line < lineCount - 1) {
      end = starts[line + 1]!;
      if (text.charCodeAt(end - 1) === 10) end--;
      if (text.charCodeAt(end - 1) === 13) end--;
    }
    let first = starts[line]!;
    while (first < end && isSpace(text.charCodeAt(first))) first++;
    let last = end;
    while (last > first && isSpace(text.charCodeAt(last - 1))) last--;
    ends[line] = end;
    firsts[line] = first;
    lasts[line] = last;
  }
  return { lineCount, starts, ends, firsts, lasts };
}
