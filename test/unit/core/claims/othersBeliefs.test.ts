import * as assert from 'node:assert/strict';
import { classifySentence } from '../../../../src/core/claims/classify';

describe('a mental verb that is not the speaker\u2019s own belief (issue 9, enclaims3)', () => {
  it('alone in a sentence of middling length it is weaker than I think', () => {
    const others = classifySentence('And you have to think in which order they are placed.');
    const own = classifySentence('And I think in this order they are placed.');
    assert.ok(others !== null && own !== null);
    assert.equal(others.kind, 'opinion');
    assert.ok(others.confidence < own.confidence);
    assert.ok(others.confidence < 0.5, `not shown at the default threshold: ${others.confidence}`);
  });

  it('beside a judgement it counts as before', () => {
    const judged = classifySentence('People think that the new budget is a dangerous plan for the country.');
    assert.ok(judged !== null && judged.confidence >= 0.5);
  });

  it('a Chinese belief verb alone is read as before (the same as the speaker\u2019s own)', () => {
    const others = classifySentence('外界普遍认为这个方案可以接受。');
    assert.deepEqual(others?.cues, ['belief: 认为']);
    assert.equal(others?.confidence, classifySentence('我认为这个方案可以接受。')?.confidence);
  });
});
