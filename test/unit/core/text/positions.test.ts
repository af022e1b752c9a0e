import * as assert from 'node:assert/strict';
import { LineIndex, splitsSurrogatePair } from '../../../../src/core/text/positions';

describe('LineIndex', () => {
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
