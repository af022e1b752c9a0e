import * as assert from 'node:assert/strict';
import { inlineDiff, shortenDiff, type DiffPart } from '../../../../src/core/text/inlineDiff';

function before(parts: readonly DiffPart[]): string {
  return parts.filter((p) => p.type !== 'added').map((p) => p.text).join('');
}
function after(parts: readonly DiffPart[]): string {
  return parts.filter((p) => p.type !== 'removed').map((p) => p.text).join('');
}

describe('inline diff', () => {
  it('marks a replaced number and keeps the rest', () => {
    const parts = inlineDiff('營收成長了百分之十五。', '營收成長了百分之二十。');
    assert.deepEqual(parts, [
      { type: 'same', text: '營收成長了百分之' },
      { type: 'removed', text: '十五' },
      { type: 'added', text: '二十' },
      { type: 'same', text: '。' },
    ]);
  });

  it('finds insertions and deletions in the middle, and rebuilds both texts', () => {
    for (const [a, b] of [
      ['We grew ten percent last year.', 'We grew about ten percent in 2023.'],
      ['明年很可能會再擴建兩座工廠。', '明年可能再擴建三座工廠'],
      ['', 'new'],
      ['old', ''],
      ['𠀀a𠀁', '𠀀b𠀁'],
    ] as const) {
      const parts = inlineDiff(a, b);
      assert.equal(before(parts), a);
      assert.equal(after(parts), b);
      for (let i = 1; i < parts.length; i++) assert.notEqual(parts[i]!.type, parts[i - 1]!.type, 'adjacent parts of one type are merged');
    }
    assert.deepEqual(inlineDiff('ab', 'axb'), [{ type: 'same', text: 'a' }, { type: 'added', text: 'x' }, { type: 'same', text: 'b' }]);
    assert.deepEqual(inlineDiff('𠀀a𠀁', '𠀀b𠀁')[1], { type: 'removed', text: 'a' });
  });

  it('shortens long unchanged stretches around a change', () => {
    const long = 'x'.repeat(40);
    const parts = shortenDiff(inlineDiff(`${long}A${long}B${long}`, `${long}C${long}D${long}`), 5);
    assert.deepEqual(parts.filter((p) => p.type === 'same').map((p) => p.text), ['…xxxxx', 'xxxxx…xxxxx', 'xxxxx…']);
    assert.deepEqual(parts.filter((p) => p.type !== 'same').map((p) => p.text), ['A', 'C', 'B', 'D']);
  });
});
