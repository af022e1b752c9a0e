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

describe('必然 as a judgement of what had to be, not a prediction (issue 9, session 40, branch kindzh40)', () => {
  it('必然的 and 必然地 judge that something was bound to happen: an opinion, also beside the dates of a narrated past', () => {
    for (const sentence of ['自该国2015年通过新法后，将武力使用方式从防卫转向反击，是必然的“下一步”。', '几乎是必然地，那个栏目停播之后，新栏目再也不是老观众心目中的味道。', '大小模型优势互补，协同发展是必然趋势。']) {
      const result = shown(sentence);
      assert.equal(result?.kind, 'opinion', sentence);
      assert.ok(result.cues.some((cue) => cue.startsWith('evaluation: 必然')), result.cues.join('; '));
    }
  });

  it('必然 before a verb still foresees what follows', () => {
    for (const sentence of ['这种做法必然导致成本上升。', '改革必然会带来阵痛。']) {
      const result = shown(sentence);
      assert.equal(result?.kind, 'forecast', sentence);
      assert.ok(result.cues.includes('future: 必然'), result.cues.join('; '));
    }
  });
});
