import * as assert from 'node:assert/strict';
import { commonEnds } from '../../../../src/core/text/commonEnds';

describe('commonEnds', () => {
  it('counts the units two texts share at their start, then at their end', () => {
    assert.deepEqual(commonEnds('图片说明：会场', '图片说明：主会场'), { prefix: 5, suffix: 2 });
    assert.deepEqual(commonEnds('same', 'same'), { prefix: 4, suffix: 0 });
  });

  it('never counts a unit of the shared start again at the end (a repeated letter typed)', () => {
    // `aa` → `aaa`: the start takes both, the end none, so the edit is the third `a`.
    assert.deepEqual(commonEnds('aa', 'aaa'), { prefix: 2, suffix: 0 });
    assert.deepEqual(commonEnds('abcabc', 'abc'), { prefix: 3, suffix: 0 });
  });
});
