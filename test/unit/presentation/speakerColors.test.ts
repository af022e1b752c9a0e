import assert from 'node:assert/strict';
import { assignColorSlots, hashName } from '../../../src/presentation/speakerColors';

describe('speaker colour slots', () => {
  it('keeps a speaker on the same slot whatever else is in the document', () => {
    const alone = assignColorSlots(['陳立文'], 8).get('陳立文');
    const withOthers = assignColorSlots(['陳立文', 'MS. JONES'], 8).get('陳立文');
    assert.equal(alone, hashName('陳立文') % 8);
    assert.equal(withOthers, alone);
  });

  it('gives different speakers different slots while slots remain', () => {
    const names = ['林雅婷', '陳立文', 'Q', 'A', 'MS. JONES', '記者', '李明', 'Bob'];
    const slots = assignColorSlots(names, 8);
    assert.equal(new Set(slots.values()).size, 8);
  });

  it('reuses slots only when there are more speakers than slots', () => {
    const slots = assignColorSlots(['a', 'b', 'c'], 2);
    assert.equal(slots.size, 3);
    assert.ok([...slots.values()].every((slot) => slot >= 0 && slot < 2));
  });
});
