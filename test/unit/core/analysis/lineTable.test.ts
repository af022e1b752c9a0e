import * as assert from 'node:assert/strict';
import { lineTableOf } from '../../../../src/core/analysis/lineTable';
import { ChunkedText } from '../../../../src/core/text/chunkedText';
import { LineIndex } from '../../../../src/core/text/positions';
import { skipSpaces, trimEnd } from '../../../../src/core/turns/chars';

/** What each pass read before the table: the index's bounds, then skipSpaces and trimEnd. */
function expectedRows(lines: LineIndex): number[][] {
  const rows: number[][] = [];
  for (let line = 0; line < lines.lineCount; line++) {
    const start = lines.lineStart(line);
    const end = lines.lineEnd(line);
    const first = skipSpaces(lines.source, start, end);
    rows.push([start, end, first, trimEnd(lines.source, first, end)]);
  }
  return rows;
}

function tableRows(lines: LineIndex): number[][] {
  const table = lineTableOf(lines);
  assert.equal(table.lineCount, lines.lineCount);
  return Array.from({ length: table.lineCount }, (_, line) => [table.starts[line]!, table.ends[line]!, table.firsts[line]!, table.lasts[line]!]);
}

describe('lineTableOf', () => {
  it('reads each line\'s bounds and trimmed bounds as LineIndex, skipSpaces and trimEnd do', () => {
    const text = '  李明：你好\u3000\r\n\r\n\t\n## Title  \rlast\u00a0 line \u3000';
    const lines = new LineIndex(text);
    assert.deepEqual(tableRows(lines), expectedRows(lines));
    // The blank lines: the first non-space is the line's end.
    assert.deepEqual(tableRows(lines)[1], [10, 10, 10, 10]);
    assert.deepEqual(tableRows(lines)[2], [12, 13, 13, 13]);
    assert.deepEqual(tableRows(lines)[4], [25, 37, 25, 35]);
  });

  it('agrees with the index on random texts of breaks, spaces and letters, and on a chunked text', () => {
    const pieces = ['\n', '\r\n', '\r', ' ', '\t', '\u3000', '\u00a0', 'a', '李', ':', '\u2028'];
    let seed = 7;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    for (let round = 0; round < 300; round++) {
      let text = '';
      const length = next(40);
      for (let i = 0; i < length; i++) text += pieces[next(pieces.length)];
      const lines = new LineIndex(text);
      assert.deepEqual(tableRows(lines), expectedRows(lines), JSON.stringify(text));
      const chunked = new LineIndex(ChunkedText.of(text, 4, false), { chunks: [lines.lineStarts()], bases: new Int32Array(1), lineCount: lines.lineCount });
      assert.deepEqual(tableRows(chunked), expectedRows(lines), JSON.stringify(text));
    }
  });

  it('is built once per index', () => {
    const lines = new LineIndex('a\nb');
    assert.equal(lineTableOf(lines), lineTableOf(lines));
    assert.notEqual(lineTableOf(new LineIndex('a\nb')), lineTableOf(lines));
  });
});
