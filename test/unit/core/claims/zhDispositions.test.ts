import * as assert from 'node:assert/strict';
import { classifySentence } from '../../../../src/core/claims/classify';
import { isDispositionalHui } from '../../../../src/core/claims/zhDispositions';

/** Whether the first 会 of `sentence` (as its own key) reads as a disposition. */
function firstHuiIsDisposition(sentence: string, word = '会'): boolean {
  const at = sentence.indexOf(word);
  return isDispositionalHui(sentence, 0, sentence.length, at, at + word.length);
}

describe('Chinese dispositional 会 (issue 9, branch zhkind3, session 30)', () => {
  it('a plain 会 telling how a thing or people behave is a disposition: a fact, not a forecast', () => {
    for (const sentence of ['在这个系统里，调度器会把任务分给空闲的机器。', '很多家长会让孩子周末去上补习班。', '拿到一张新照片，程序会去比对数据库里所有的人脸。']) {
      const result = classifySentence(sentence);
      assert.equal(result?.kind, 'fact', sentence);
      assert.ok(result.cues.includes('disposition: 会'), result.cues.join('; '));
    }
  });

  it('beside an evaluation, a disposition is weak evidence: the sentence judges', () => {
    const sentence = '女性投资者也会带来一些独特的优势，比如更有耐心。';
    assert.equal(firstHuiIsDisposition(sentence, '也会'), true);
    const result = classifySentence(sentence);
    assert.equal(result?.kind, 'opinion');
    assert.ok(!result.cues.includes('future: 也会'), result.cues.join('; '));
  });

  it('a promise, a reported intention, a guess, an outcome or a future time keeps the 会 a forecast', () => {
    for (const sentence of [
      '他表示，公司会扩大在华投资。',
      '这个趋势会越来越明显。',
      '这些改革最终会重新激发市场的活力。',
      '这应该会是今年最大的一个趋势。',
      '油价以后还会上涨到更高的水平。',
      '明年的出口会保持增长。',
      '这次董事会之后，公司会扩大在东南亚的投资。',
    ]) {
      const result = classifySentence(sentence);
      assert.equal(result?.kind, 'forecast', sentence);
      assert.ok(!result.cues.some((cue) => cue.startsWith('disposition: ')), result.cues.join('; '));
    }
    assert.equal(firstHuiIsDisposition('我们会把这件事做好。'), false);
  });

  it('说 in 对…来说 (as for) quotes no one: the 会 after it is still a disposition', () => {
    const result = classifySentence('对于个人用户来说，免费版本的功能会有一些限制。');
    assert.equal(result?.kind, 'fact');
    assert.ok(result.cues.includes('disposition: 会'), result.cues.join('; '));
  });

  it('a negated 不会 mostly assures and is left to the future', () => {
    assert.equal(firstHuiIsDisposition('这家公司不会退出中国市场。', '不会'), false);
    assert.equal(classifySentence('这家公司不会退出中国市场。')?.kind, 'forecast');
  });
});
