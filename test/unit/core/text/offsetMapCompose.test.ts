import * as assert from 'node:assert/strict';
import { OffsetMap } from '../../../../src/core/text/offsetMap';

describe('OffsetMap.compose', () => {
  it('chains two maps whose pieces touch without merging them', () => {
    // "ab|cd" → stage 1: "ab" becomes "xyz" → "xyz|cd" → stage 2: "cd" becomes "w" → "xyz|w".
    const first = new OffsetMap();
    first.add(0, 2, 0, 3);
    const second = new OffsetMap();
    second.add(3, 5, 3, 4);
    const both = first.compose(second);
    assert.equal(both.toTarget(2), 3, 'the boundary between the two replacements stays exact');
    assert.equal(both.toTarget(3), 3, 'inside "cd" maps to the start of "w"');
    assert.equal(both.toTargetEnd(3), 4, '...or its end, for the end of a span');
    assert.equal(both.toTarget(4), 4);
    assert.equal(both.toSource(3), 2);
  });

  it('merges pieces that overlap in the middle text', () => {
    // "内存x": stage 1 "内存" → "記憶體" (2→3); stage 2 "憶體x" → "Q" (3→1) overlaps it.
    const first = new OffsetMap();
    first.add(0, 2, 0, 3);
    const second = new OffsetMap();
    second.add(1, 4, 1, 2);
    const both = first.compose(second);
    assert.deepEqual(both.spanToTarget({ start: 0, end: 3 }), { start: 0, end: 2 });
    assert.equal(both.toTarget(5), 4);
  });

  it('is the other map when one side is the identity', () => {
    const piece = new OffsetMap();
    piece.add(1, 2, 1, 4);
    assert.equal(new OffsetMap().compose(piece), piece);
    assert.equal(piece.compose(new OffsetMap()), piece);
  });
});
