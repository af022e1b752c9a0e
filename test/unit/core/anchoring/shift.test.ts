import * as assert from 'node:assert/strict';
import { moveToSpan } from '../../../../src/core/anchoring/retarget';
import { shiftThroughEdits } from '../../../../src/core/anchoring/shift';
import { createAnnotation } from '../../../../src/core/sidecar/annotations';

describe('shiftThroughEdits', () => {
  const span = { start: 10, end: 20 };

  it('moves a span by edits before it, and ignores edits after it', () => {
    assert.deepEqual(shiftThroughEdits([span], [{ rangeOffset: 2, rangeLength: 3, text: 'abcdef' }]), [{ start: 13, end: 23 }]);
    assert.deepEqual(shiftThroughEdits([span], [{ rangeOffset: 0, rangeLength: 10, text: '' }]), [{ start: 0, end: 10 }]);
    assert.deepEqual(shiftThroughEdits([span], [{ rangeOffset: 25, rangeLength: 5, text: 'x' }]), [span]);
  });

  it('keeps text inserted at a boundary outside and text inserted inside in', () => {
    assert.deepEqual(shiftThroughEdits([span], [{ rangeOffset: 10, rangeLength: 0, text: 'abc' }]), [{ start: 13, end: 23 }]);
    assert.deepEqual(shiftThroughEdits([span], [{ rangeOffset: 20, rangeLength: 0, text: 'abc' }]), [span]);
    assert.deepEqual(shiftThroughEdits([span], [{ rangeOffset: 15, rangeLength: 0, text: 'abc' }]), [{ start: 10, end: 23 }]);
    assert.deepEqual(shiftThroughEdits([span], [{ rangeOffset: 12, rangeLength: 4, text: 'x' }]), [{ start: 10, end: 17 }]);
  });

  it('trims a span whose start or end is deleted', () => {
    assert.deepEqual(shiftThroughEdits([span], [{ rangeOffset: 5, rangeLength: 10, text: '' }]), [{ start: 5, end: 10 }]);
    assert.deepEqual(shiftThroughEdits([span], [{ rangeOffset: 15, rangeLength: 10, text: 'yy' }]), [{ start: 10, end: 15 }]);
    assert.deepEqual(shiftThroughEdits([span], [{ rangeOffset: 5, rangeLength: 10, text: 'abc' }]), [{ start: 8, end: 13 }]);
  });

  it('collapses a span whose text was replaced entirely', () => {
    assert.deepEqual(shiftThroughEdits([span], [{ rangeOffset: 8, rangeLength: 14, text: 'new' }]), [{ start: 8, end: 8 }]);
    assert.deepEqual(shiftThroughEdits([span], [{ rangeOffset: 10, rangeLength: 10, text: '' }]), [{ start: 10, end: 10 }]);
  });

  it('applies several edits in order, as VS Code lists a multi-cursor change (last first)', () => {
    const text = '0123456789ABCDEFGHIJ0123456789';
    const quote = { start: 10, end: 20 }; // ABCDEFGHIJ
    const edits = [
      { rangeOffset: 25, rangeLength: 0, text: '++' },
      { rangeOffset: 14, rangeLength: 2, text: '' },
      { rangeOffset: 3, rangeLength: 0, text: '**' },
    ];
    let edited = text;
    for (const e of edits) edited = edited.slice(0, e.rangeOffset) + e.text + edited.slice(e.rangeOffset + e.rangeLength);
    const [moved] = shiftThroughEdits([quote], edits);
    assert.equal(edited.slice(moved!.start, moved!.end), 'ABCDGHIJ');
  });
});

describe('moveToSpan', () => {
  it('gives an annotation followed through an edit its new quote and context, and keeps one whose text is gone', () => {
    const text = '甲：今天天氣很好。乙：是啊。';
    const annotation = createAnnotation({ text, span: { start: 2, end: 8 }, kind: 'fact', author: 'x', id: 'a' });
    const edit = { rangeOffset: 4, rangeLength: 2, text: '空氣' };
    const edited = text.slice(0, 4) + edit.text + text.slice(6);
    const [span] = shiftThroughEdits([annotation.target], [edit]);
    const moved = moveToSpan(annotation, edited, span!);
    assert.equal(moved.target.exact, '今天空氣很好');
    assert.equal(moved.target.suffix, '。乙：是啊。');
    assert.equal(moveToSpan(annotation, edited, { start: 3, end: 3 }), annotation);
    assert.throws(() => createAnnotation({ text, span: { start: 3, end: 3 }, kind: 'fact', author: 'x' }), RangeError);
  });
});
