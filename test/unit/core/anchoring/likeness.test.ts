import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analysis/analyze';
import { rankByLikeness, relocationCandidates } from '../../../../src/core/anchoring/likeness';
import { LineIndex } from '../../../../src/core/text/positions';

describe('ranking sentences by likeness to a lost quote', () => {
  const sentences = ['天氣很好。', '我們去年的營收成長了百分之二十。', '營收的事情以後再說。'].map((text, index) => ({ text, span: { start: index * 100, end: index * 100 + text.length } }));

  it('puts the edited sentence first, then ones sharing some words, then the rest', () => {
    const ranked = rankByLikeness('我們去年營收成長了百分之十五。', sentences, (s) => s.text);
    assert.deepEqual(
      ranked.map((r) => r.sentence.text),
      ['我們去年的營收成長了百分之二十。', '營收的事情以後再說。', '天氣很好。'],
    );
    assert.ok(ranked[0]!.likeness > ranked[1]!.likeness && ranked[1]!.likeness > ranked[2]!.likeness);
  });

  it('matches across Traditional and Simplified script and letter case', () => {
    const ranked = rankByLikeness('我们去年的营收成长了百分之二十。', sentences, (s) => s.text);
    assert.equal(ranked[0]!.likeness, 1);
    const english = [{ text: 'Revenue grew by ten percent.', span: { start: 0, end: 28 } }];
    assert.equal(rankByLikeness('REVENUE GREW BY TEN PERCENT.', english, (s) => s.text)[0]!.likeness, 1);
  });

  it('keeps document order between equally alike sentences', () => {
    const same = [5, 1, 3].map((start) => ({ text: '無關', span: { start, end: start + 2 } }));
    assert.deepEqual(rankByLikeness('完全不同', same, (s) => s.text).map((r) => r.sentence.span.start), [1, 3, 5]);
  });

  it('offers every sentence of a transcript, suggested claim or not, without labels or headings', () => {
    const text = '## 營收\n\n陳立文：天氣很好。我們去年的營收成長了兩成。\n林雅婷：謝謝。\n';
    const lines = new LineIndex(text);
    const ranked = relocationCandidates(lines, analyze(text, {}, 'a.md'), '去年營收成長了三成', 'markdown');
    const texts = ranked.map((r) => r.sentence.text);
    assert.equal(texts[0], '我們去年的營收成長了兩成。');
    assert.ok(texts.includes('天氣很好。') && texts.includes('謝謝。'), texts.join(' | '));
    assert.ok(texts.every((t) => !t.includes('陳立文') && !t.includes('##')), texts.join(' | '));
    for (const r of ranked) assert.equal(text.slice(r.sentence.span.start, r.sentence.span.end), r.sentence.text);
  });
});
