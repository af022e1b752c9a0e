import * as assert from 'node:assert/strict';
import { LineIndex, splitsSurrogatePair } from '../../../../src/core/text/positions';

describe('LineIndex', () => {
  it('answers as a fresh index after edits inside lines of a text longer than one chunk of line starts', () => {
    const lineTexts = Array.from({ length: 3000 }, (_, i) => 'x'.repeat(i % 7) + (i % 5 === 0 ? '\r\n' : '\n'));
    let text = lineTexts.join('');
    let lines = new LineIndex(text);
    // Edits in the first line, on chunk boundaries (lines 1023, 1024, 2047) and in the last line.
    for (const [line, delta] of [[0, 3], [1023, -1], [1024, 2], [2047, 5], [2999, -2], [1500, 1]] as const) {
      const at = lines.lineStart(line);
      text = delta > 0 ? text.slice(0, at) + 'y'.repeat(delta) + text.slice(at) : text.slice(0, at) + text.slice(at - delta);
      lines = lines.withTextEditedInLine(text, line, delta);
      const fresh = new LineIndex(text);
      assert.equal(lines.lineCount, fresh.lineCount);
      for (let l = 0; l < fresh.lineCount; l += 97) assert.equal(lines.lineStart(l), fresh.lineStart(l), `line ${l}`);
      for (let offset = 0; offset <= text.length; offset += 131) assert.deepEqual(lines.positionAt(offset), fresh.positionAt(offset), `offset ${offset}`);
      assert.equal(lines.lineAt(text.length), fresh.lineAt(text.length));
    }
  });

  it('answers as a fresh index after edits that add or remove lines, across chunks of line starts', () => {
    let text = Array.from({ length: 3000 }, (_, i) => 'x'.repeat(i % 7) + (i % 5 === 0 ? '\r\n' : '\n')).join('');
    let lines = new LineIndex(text);
    // [first line, last line, inserted text]: Enter, joins, pastes, on and across chunk boundaries.
    const edits: [number, number, string][] = [[0, 0, 'a\nb'], [1022, 1023, ''], [1023, 1023, '\n\n\n'], [1020, 1030, 'p\r\nq'], [2046, 2046, '\r'], [2990, 2996, 'z'], [5, 2000, ''], [0, 1, '\n'.repeat(2100)]];
    for (const [first, last, inserted] of edits) {
      const start = lines.lineStart(first) + 1;
      const end = Math.max(start, lines.lineEnd(last) - 1);
      const before = text;
      text = text.slice(0, start) + inserted + text.slice(end);
      const starts: number[] = [];
      const fresh = new LineIndex(text);
      const lastNew = fresh.lineAt(lines.lineEnd(last) + text.length - before.length);
      for (let l = first + 1; l <= lastNew; l++) starts.push(fresh.lineStart(l));
      lines = lines.withLinesReplaced(text, first, last, starts, text.length - before.length);
      assert.equal(lines.lineCount, fresh.lineCount);
      for (let l = 0; l < fresh.lineCount; l += 7) assert.equal(lines.lineStart(l), fresh.lineStart(l), `line ${l} after editing lines ${first}-${last}`);
      for (let offset = 0; offset <= text.length; offset += 53) assert.deepEqual(lines.positionAt(offset), fresh.positionAt(offset), `offset ${offset}`);
      assert.equal(lines.lineEnd(lines.lineCount - 1), text.length);
    }
  });

  it('counts LF, CRLF and lone CR as line breaks, as VS Code does', () => {
    const lines = new LineIndex('a\r\nbb\ncc\rd');
    assert.equal(lines.lineCount, 4);
    assert.deepEqual([0, 1, 2, 3].map((l) => lines.lineText(l)), ['a', 'bb', 'cc', 'd']);
  });

  it('never places a position between CR and LF', () => {
    const lines = new LineIndex('ab\r\ncd');
    assert.deepEqual(lines.positionAt(3), { line: 0, character: 2 });
    assert.deepEqual(lines.positionAt(4), { line: 1, character: 0 });
  });

  it('counts UTF-16 code units, so a character outside the BMP takes two', () => {
    const text = '😀𠀀李明：你好';
    const lines = new LineIndex(text);
    assert.deepEqual(lines.positionAt(text.indexOf('李')), { line: 0, character: 4 });
    assert.equal(lines.offsetAt({ line: 0, character: 4 }), 4);
    assert.equal(splitsSurrogatePair(text, 1), true);
    assert.equal(splitsSurrogatePair(text, 2), false);
  });

  it('round-trips spans through ranges and clamps out-of-range positions', () => {
    const lines = new LineIndex('one\ntwo\n');
    const span = { start: 2, end: 6 };
    assert.deepEqual(lines.spanOf(lines.rangeOf(span)), span);
    assert.equal(lines.offsetAt({ line: 0, character: 99 }), 3);
    assert.equal(lines.offsetAt({ line: 9, character: 0 }), 8);
  });
});
