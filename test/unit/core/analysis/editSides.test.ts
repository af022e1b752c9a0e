import * as assert from 'node:assert/strict';
import { EditSides } from '../../../../src/core/analysis/editSides';
import { LineIndex } from '../../../../src/core/text/positions';

/** A check that records each index and line range it was asked of, and holds where line `first` ends in `!`. */
function countingCheck(): { check: (lines: LineIndex, first: number, last: number) => boolean; asked: [LineIndex, number, number][] } {
  const asked: [LineIndex, number, number][] = [];
  return { asked, check: (lines, first, last) => (asked.push([lines, first, last]), lines.lineText(first).endsWith('!')) };
}

/** Line 1 of `text` edited to `line` (an edit within it), as updateLine makes the next index. */
function typed(lines: LineIndex, line: string): LineIndex {
  const start = lines.lineStart(1);
  const end = lines.lineEnd(1);
  const text = lines.text.slice(0, start) + line + lines.text.slice(end);
  return lines.withTextEditedInLine(text, 1, line.length - (end - start));
}

describe('EditSides', () => {
  it('answers the side before a keystroke from the last keystroke\'s side after it, for the same index and lines', () => {
    const { check, asked } = countingCheck();
    const first = new LineIndex('Title\nWe expect growth\nNext line');
    const second = typed(first, 'We expect growth.');
    const third = typed(second, 'We expect growth.!');
    assert.equal(new EditSides(first, second, 1, 1, 1).either(check), false);
    assert.deepEqual(asked, [[first, 1, 1], [second, 1, 1]]);
    asked.length = 0;
    // The text before this edit is `second`: its answer is the one kept, only `third` is read.
    assert.equal(new EditSides(second, third, 1, 1, 1).either(check), true);
    assert.deepEqual(asked, [[third, 1, 1]]);
  });

  it('reads the side before again when the index or the lines differ from the last edit\'s', () => {
    const { check, asked } = countingCheck();
    const first = new LineIndex('Title\nWe expect growth!\nNext line');
    const second = typed(first, 'We expect growth?');
    new EditSides(first, second, 1, 1, 1).either(check);
    asked.length = 0;
    // Another line range of the same index: not the answer kept.
    new EditSides(second, typed(second, 'We expect growth.'), 0, 0, 0).either(check);
    assert.deepEqual(asked.map(([lines, from]) => [lines === second, from]), [[true, 0], [false, 0]]);
    asked.length = 0;
    // An equal text in another index (a full analysis's): read again.
    const again = new LineIndex(second.text);
    assert.equal(new EditSides(again, typed(again, 'We expect growth!'), 1, 1, 1).either(check), true);
    assert.equal(asked[0]![0], again);
  });

  it('keeps a line reading\'s value for the next edit only when the text asked is equal', () => {
    const read: string[] = [];
    const shout = (text: string): boolean => (read.push(text), text.endsWith('!'));
    const first = new LineIndex('a\nb\nc');
    const second = typed(first, 'b!');
    const sides = new EditSides(first, second, 1, 1, 1);
    assert.equal(sides.readsDifferently(shout, 'b', 'b!'), true);
    assert.deepEqual(read, ['b', 'b!']);
    read.length = 0;
    const next = new EditSides(second, typed(second, 'b!!'), 1, 1, 1);
    assert.equal(next.readsDifferently(shout, 'b!', 'b!!'), false);
    assert.deepEqual(read, ['b!!']);
    read.length = 0;
    // Another text before (a caller reading another piece of the line): read, not taken from the kept one.
    const other = new EditSides(second, typed(second, 'b?'), 1, 1, 1);
    assert.equal(other.readBefore(shout, 'b'), false);
    assert.deepEqual(read, ['b']);
  });
});
