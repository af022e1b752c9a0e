import * as assert from 'node:assert/strict';
import { classifySentence, DEFAULT_MINIMUM_CONFIDENCE } from '../../../../src/core/claims/classify';

function shown(text: string): { kind: string; cues: readonly string[] } | null {
  const result = classifySentence(text);
  return result && result.confidence >= DEFAULT_MINIMUM_CONFIDENCE ? { kind: result.kind, cues: result.cues } : null;
}

describe('claim kinds from modals: a should over a figure, 会 before a degree word (issue 9, session 23, branch zhkinds)', () => {
  it('a figure inside what the speaker says should be done is part of the opinion', () => {
    const result = shown('我认为明年应该增加到4亿元。');
    assert.equal(result?.kind, 'opinion');
    assert.deepEqual(result.cues, ['first-person belief: 我认为', 'normative: 应该', 'money: 4亿元']);
    assert.equal(shown('我覺得政府應該把補助提高到每人3000元。')?.kind, 'opinion');
    assert.equal(shown('I think the city should spend $4 million on the bridge.')?.kind, 'opinion');
  });

  it('a belief alone hedges a figure, a should that guesses or states a rule frames none: still facts', () => {
    assert.equal(shown('我觉得当时大概有300人参加了这次会议。')?.kind, 'fact');
    assert.equal(shown('I think it was 1998 when the plant closed 300 jobs.')?.kind, 'fact');
    assert.equal(shown('我认为现场应该有300多人。')?.kind, 'fact');
    assert.equal(shown('按照规定，企业必须缴纳25%的所得税。')?.kind, 'fact');
  });

  it('a figure before the belief, a bare 要, a sentence end or a report keeps the fact', () => {
    assert.equal(shown('去年预算是4亿元，我认为应该增加。')?.kind, 'fact');
    assert.equal(shown('这次要买3万张GPU这种等级的卡。')?.kind, 'fact');
    assert.equal(shown('据新华社报道，专家认为预算应该增加到4亿元。')?.kind, 'fact');
    assert.equal(shown('I think we should examine the laws of Maryland.&nbsp; The first law was enacted in 1723.')?.kind, 'fact');
  });
  it('会 before a degree word grades a property: a judgement, in both scripts', () => {
    for (const [sentence, word] of [['但是这个版本在启动的时候会比较卡。', '会'], ['其實有時候正確率會不夠高。', '会'], ['整体上，这种差异的影响可能不会特别明显。', '不会'], ['坦誠、直率交流的效果也會相對更好。', '也会']] as const) {
      const result = shown(sentence);
      assert.equal(result?.kind, 'opinion', sentence);
      assert.ok(result.cues.includes(`graded modal: ${word}`), result.cues.join('; '));
    }
  });

  it('会 before a comparison or a change, or with a future time word, still predicts', () => {
    for (const sentence of ['两国关系会越来越紧密。', '明年经济会比较困难。', '这两国的合作会更加紧密。']) {
      assert.equal(shown(sentence)?.kind, 'forecast', sentence);
    }
  });
});
