import * as assert from 'node:assert/strict';
import { classifySentence, DEFAULT_MINIMUM_CONFIDENCE } from '../../../../src/core/claims/classify';

function kindOf(text: string): string | null {
  return classifySentence(text)?.kind ?? null;
}

describe('claims in spoken text: talks, lectures, subtitles (issue 9, spoken)', () => {
  it('without a condition, or with a future time in it, 会 still predicts', () => {
    assert.equal(kindOf('肌肉会在伤口里生成更多的脂肪细胞。'), 'forecast');
    assert.equal(kindOf('如果明年经济继续下滑，失业率就会上升到百分之六。'), 'forecast');
    assert.equal(kindOf('如果照這樣發展下去，可能就會失去家庭倫理。'), 'forecast');
    // 同时 (meanwhile) and 不管 (regardless) are no conditions: a commitment stays one.
    assert.equal(kindOf('同时，中方也会继续扩大对外开放，推动高质量发展。'), 'forecast');
    assert.equal(kindOf('不管任何國家看法，外交部的努力不會停止，會持續下去。'), 'forecast');
  });

  it('a Chinese statement whose demonstrative subject points at what was said or shown ranks below the default', () => {
    const pointing = classifySentence('所以这就是我们所说的手臂农场的做法。');
    const report = classifySentence('所以研究团队建立了所谓手臂农场的做法。');
    assert.ok(pointing && report && pointing.confidence < report.confidence, `${pointing?.confidence} vs ${report?.confidence}`);
    assert.ok((classifySentence('這個是他們 github 上面的標語')?.confidence ?? 0) < DEFAULT_MINIMUM_CONFIDENCE);
  });

  it('a question asked without its question mark is no claim; the same words as a statement are', () => {
    assert.equal(kindOf('有沒有什麼方法可以認出在座的各位大大'), null);
    assert.equal(kindOf('这个问题你们两位专家怎么看'), null);
    assert.equal(kindOf('有沒有什麼方法可以認出在座的各位大大。'), 'fact');
  });
});
