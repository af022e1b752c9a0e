import * as assert from 'node:assert/strict';
import { classifySentence, DEFAULT_MINIMUM_CONFIDENCE } from '../../../../src/core/claims/classify';
import { findFigures } from '../../../../src/core/claims/figures';

function shown(text: string): { kind: string; cues: readonly string[] } | null {
  const result = classifySentence(text);
  return result && result.confidence >= DEFAULT_MINIMUM_CONFIDENCE ? { kind: result.kind, cues: result.cues } : null;
}

describe('claim kinds in Chinese from how a sentence is built (issue 9, branch zhkinds)', () => {
  it('会 in the consequence of a condition or a whenever states a regularity, a fact, with its reason', () => {
    for (const sentence of ['如果我们没有这些辅助T细胞，肌肉就会在伤口里生成脂肪细胞。', '任何時候只要有一種材料植入我們的身體，免疫系統就會對它產生反應。', '若肌肉中有脂肪，它就不會那麼強壯。']) {
      const result = shown(sentence);
      assert.equal(result?.kind, 'fact', sentence);
      assert.ok(result.cues.some((cue) => cue.startsWith('regularity: ')), result.cues.join('; '));
    }
  });

  it('很快 as how fast (这个增速很快。) is no future time; 很快 as soon (很快就会…) is', () => {
    for (const sentence of ['对，这个增速很快。', '这是一个变化很快的时代。', '他很快地回答了问题。']) {
      assert.ok(!classifySentence(sentence)?.cues.some((cue) => cue.startsWith('future time: ')), sentence);
    }
    assert.ok(classifySentence('我们很快就会公布结果。')?.cues.includes('future time: 很快'));
  });

  it('a condition set in the future, a concession or a plain future stays a prediction', () => {
    assert.equal(shown('如果明年经济继续下滑，失业率就会上升。')?.kind, 'forecast');
    assert.equal(shown('不管任何國家看法，外交部的努力不會停止，會持續下去。')?.kind, 'forecast');
    assert.equal(shown('美国经济明年会继续放缓。')?.kind, 'forecast');
  });

  it('a regularity beside an evaluation is a judgement, as a record word beside one is', () => {
    assert.equal(shown('一旦失去信任，合作就会变得非常困难。')?.kind, 'opinion');
  });

  it('a necessary condition (只有…才) or what truly is (才是) is the speaker’s judgement, with its reason', () => {
    const onlyIf = shown('只有披露真相，才能让这些邪恶的暗黑势力曝晒在阳光之下。');
    assert.equal(onlyIf?.kind, 'opinion');
    assert.ok(onlyIf.cues.includes('necessity: 只有…才'), onlyIf.cues.join('; '));
    assert.equal(shown('言之有物的觀點碰撞，才是這些談話的精髓。')?.kind, 'opinion');
  });

  it('才 without 只有 is no necessity frame, and a figure still makes a fact', () => {
    const then = shown('vTaiwan 因此需要對每個主題進行聚會溝通，才能在充份知情的前提下作出討論與建議。');
    assert.ok(then && !then.cues.some((cue) => cue.startsWith('necessity: ')), then?.cues.join('; '));
    assert.equal(shown('今年只有3个人才入选。')?.kind, 'fact');
  });

  it('an ordinal (第6届, 二十届, 110周年) names an event like a date: it neither makes a fact of a judgement nor counts as a quantity', () => {
    const judged = shown('他强调，要坚持以二十届历次全会精神为指导，深刻领悟“两个确立”的决定性意义。');
    assert.equal(judged?.kind, 'opinion');
    const reported = shown('晚上11點38分，梁君彥宣佈休會，第6屆立法會正式結束。');
    assert.equal(reported?.kind, 'fact');
    assert.ok(reported.cues.includes('ordinal: 第6届'), reported.cues.join('; '));
    assert.equal(shown('今年共有226件议案提交大会。')?.kind, 'fact');
  });

  it('an adverb of uncertainty (可能, 也许) with nothing about the future hedges a judgement of the present', () => {
    const result = shown('所以说，做好投资这件事，可能跟基金经理性格关系比较大。');
    assert.equal(result?.kind, 'opinion');
    assert.ok(result.cues.includes('hedge: 可能'), result.cues.join('; '));
    assert.equal(shown('個人意見：也因為 g0v 不是一個中心化的組織，社群可能不擅長。')?.kind, 'opinion');
  });

  it('a likelihood with a future, a possibility (有可能, 可能性) or a likely consequence still predicts', () => {
    assert.equal(shown('明年经济可能会继续放缓。')?.kind, 'forecast');
    assert.equal(shown('整個學校都會有問題，這些都有可能。')?.kind, 'forecast');
    assert.equal(shown('如果照這樣發展，可能就會失去家庭倫理。')?.kind, 'forecast');
    assert.equal(shown('这个补丁后面可能还要发新版本。')?.kind, 'forecast');
  });

  it('不可能 as what the subject is, or said of the present, judges what can be; of a coming event it predicts (session 31)', () => {
    for (const sentence of ['没有大量的技术积累，是不可能产生爆发性创新的。', '如果是政治人物之間的和解，我認為是不可能的。', '現在不可能有一個特別有權威、特別受擁護的特首。']) {
      const result = shown(sentence);
      assert.equal(result?.kind, 'opinion', sentence);
      assert.ok(result.cues.includes('evaluation: 不可能'), result.cues.join('; '));
    }
    assert.equal(shown('明年不可能再降息了。')?.kind, 'forecast');
    assert.equal(shown('这个方案不可能在年底前通过。')?.kind, 'forecast');
  });

  it('a year written short with its leading zero (05年) is a date, not a count of years, so a belief beside it stays an opinion (session 31)', () => {
    const figures = (text: string): string[] => findFigures(text).map((f) => `${f.category}: ${text.slice(f.start, f.end)}`);
    assert.deepEqual(figures('从05年开始，房价一直往上走。'), ['date: 05年']);
    assert.deepEqual(figures('开播19年，话题都很尖锐。'), ['count: 19年']);
    assert.deepEqual(figures('2005年的数据'), ['date: 2005年']);
    const result = shown('我觉得有泡沫的因素，从05年开始，里面积累了一定的泡沫成份。');
    assert.equal(result?.kind, 'opinion');
    assert.deepEqual(result.cues, ['first-person belief: 我觉得']);
  });
});
