import * as assert from 'node:assert/strict';
import { classifySentence } from '../../../../src/core/claims/classify';

describe('claim kinds in Chinese: evaluation words in a 、 list (issue 9, branch kind8)', () => {
  it('a list of modifiers joined by 、 and closed by 的 and a noun describes the noun: the 、 ends no clause', () => {
    const listed = classifySentence('我们的身体无法再生健康、完好无损的器官。');
    assert.equal(listed?.kind, 'fact');
    assert.deepEqual(listed.cues, ['evaluation: 健康']);
    // The same word closing its clause is the predicate, as before.
    assert.equal(classifySentence('我们的身体无法再生器官，即使它们看起来健康。')?.kind, 'opinion');
  });

  it('a list that is itself the predicate still judges', () => {
    for (const sentence of ['这家企业的经营非常稳健、健康。', '两国关系保持稳定、健康，符合各方期待。', '这个方案既不公平、也不合理。']) {
      assert.equal(classifySentence(sentence)?.kind, 'opinion', sentence);
    }
  });
});

describe('claim kinds in Chinese: idioms that hold 应 without a should (issue 9, branch kind8)', () => {
  it('供不应求 (supply short of demand) and 得心应手 prescribe nothing; a should before a verb still does', () => {
    const market = classifySentence('部分大宗产品供不应求，同质化低价竞争加剧，老产品库存消化变慢。');
    assert.equal(market?.kind, 'fact');
    assert.ok(!market.cues.some((cue) => cue.startsWith('normative')), market.cues.join('; '));
    assert.ok(!classifySentence('我们的团队处理这类问题已经得心应手了，效率提高很快。')?.cues.some((cue) => cue.startsWith('normative')));
    assert.deepEqual(classifySentence('政府不应干预市场的正常运行。')?.cues, ['normative: 不应']);
  });
});
