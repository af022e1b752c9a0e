import * as assert from 'node:assert/strict';
import { classifySentence, DEFAULT_MINIMUM_CONFIDENCE } from '../../../../src/core/claims/classify';
import { findClaims } from '../../../../src/core/claims/findClaims';
import { isHeadingOrDecoration, isProseHeading } from '../../../../src/core/claims/lineFilters';
import { LineIndex } from '../../../../src/core/text/positions';

function shown(text: string): { kind: string; cues: readonly string[] } | null {
  const result = classifySentence(text);
  return result && result.confidence >= DEFAULT_MINIMUM_CONFIDENCE ? { kind: result.kind, cues: result.cues } : null;
}

describe('claim cues for judgements in Chinese speech (issue 9)', () => {
  it('an inference (这说明, 意味着) judges, and the reason names it', () => {
    const result = shown('这说明对话合作不可或缺，冲突对抗没有出路。');
    assert.equal(result?.kind, 'opinion');
    assert.ok(result.cues.includes('inference: 这说明'), result.cues.join('; '));
    assert.ok(result.cues.includes('evaluation: 不可或缺'));
  });

  it('evaluative predicates and idioms of commentary are opinions, in either script', () => {
    assert.equal(shown('中國統一和復興的進程是不可阻擋的。')?.kind, 'opinion');
    assert.ok(shown('一個中國原則是中美建交和中美關係的基石。')?.cues.includes('evaluation: 基石'));
  });

  it('a reported characterisation (形容, 感慨) is the speaker’s view, not a fact', () => {
    const result = shown('英國《衛報》在中國全國人大會議閉幕的報道，焦點放在習近平的講話，形容這是「民族主義演詞」。');
    assert.equal(result?.kind, 'opinion');
    assert.ok(result.cues.includes('belief: 形容'));
  });

  it('a Chinese tag question (對不對？, 是不是？) claims the statement before the tag; a real question claims nothing', () => {
    assert.equal(shown('次長剛剛說其中涉及的法律有109種，牽涉的條文有342條，對不對？')?.kind, 'fact');
    assert.equal(shown('上個禮拜尤召委提出一個法案，我們也通過了，對不對？')?.kind, 'fact');
    assert.equal(shown('請問少子化會有什麼影響？'), null);
    assert.equal(shown('So you take the training data and you split it, right?'), null);
  });

  it('是…的 around a modal or evaluative predicate is a judgement, with its reason; a focus on manner is not', () => {
    const result = shown('在消费方面，我们是可以作为的。');
    assert.equal(result?.kind, 'opinion');
    assert.deepEqual(result.cues, ['evaluation: 是…的']);
    assert.equal(shown('房地产负增长那么多，对整个经济是有很大拖累作用的。')?.kind, 'opinion');
    assert.notEqual(shown('因为它是以一种开放的方式在做的。')?.kind, 'opinion');
    assert.notEqual(shown('这个是从来没有发生过的。')?.kind, 'opinion');
  });

  it('leaves a plain news event a fact', () => {
    assert.equal(shown('中美两国外交代表先后在安克雷奇、天津，以及上周在苏黎世举行对话。')?.kind, 'fact');
  });
});

describe('prose typeset as a Markdown heading', () => {
  const paragraph = '#### 中國與日本周一在東京舉行中日經濟高層對話，這是兩國七年半以來的首次經濟高層對話。';

  it('is prose when it is long, has Chinese clause punctuation and ends like a statement', () => {
    assert.equal(isProseHeading(paragraph), true);
    assert.equal(isHeadingOrDecoration(paragraph), false);
  });

  it('keeps titles, numbered questions and link lines as headings', () => {
    for (const heading of ['# 世界這一天　中日恢復經濟高層對話　王毅：應共同反對保護主義', '## 1. Audrey Tang 任職政委以後，給 g0v 社群帶來什麼樣的變化？開放政府的推動有何不同？', '#### [請支持《眾新聞》，成為訂戶](https://example.org/subscribe/#subscribe-now-please)', '## Decision']) {
      assert.equal(isHeadingOrDecoration(heading), true, heading);
    }
  });

  it('yields claims whose text starts after the #### marker', () => {
    const text = `# 世界這一天\n\n${paragraph}\n`;
    const claims = findClaims(new LineIndex(text), [], {});
    assert.equal(claims.length, 1);
    assert.ok(text.slice(claims[0]!.span.start, claims[0]!.span.end).startsWith('中國與日本周一'));
  });
});

describe('claim cues for English speech (issue 9)', () => {
  it('a short sentence whose predicate is the evaluation is a judgement', () => {
    assert.equal(shown('That is a double standard.')?.kind, 'opinion');
    assert.equal(shown('It is an important initiative.')?.kind, 'opinion');
  });

  it('an evaluation word inside an idiom (the bad guys, good call) judges nothing', () => {
    assert.equal(shown('I can I can start rooting for the bad guys.'), null);
  });

  it('doing one\u2019s best is an effort promised, not a judgement (session 27, enclaims3)', () => {
    assert.equal(shown("We'll do our best to take as many questions as possible in the time we have allotted today."), null);
    assert.equal(shown('They did their best work in the final quarter of the season.')?.kind, 'opinion');
  });

  it('a short expression of pride or hope is not a claim, in English or Chinese; a long one may be', () => {
    assert.equal(shown('I hope that they get a fresh start.'), null);
    assert.equal(shown('And I am so proud to be standing with two of the best and the brightest in this administration.'), null);
    // Hard-wrapped prose breaks the line between I and am (enclaims5).
    assert.equal(shown('And I\nam so proud to be standing with two of the best and the brightest in\nthis administration.'), null);
    assert.equal(shown('我们衷心希望两国关系越来越好。'), null);
    assert.equal(shown('I hope that 270 people get baptized this year.')?.kind, 'fact');
  });
});

