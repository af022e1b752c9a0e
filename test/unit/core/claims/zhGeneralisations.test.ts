import * as assert from 'node:assert/strict';
import type { Claim } from '../../../../src/core/analysis/model';
import { classifySentence, DEFAULT_MINIMUM_CONFIDENCE } from '../../../../src/core/claims/classify';
import { generalisation } from '../../../../src/core/claims/zhJudgements';
import { matchingKey } from '../../../../src/core/text/charFold';
import { analyseFixture } from '../transcriptFixtures';

/** The kind of the one shown claim whose text holds `words`; fails when none or several do. */
function kindOf(claims: readonly Claim[], words: string): string {
  const holding = claims.filter((claim) => claim.text.includes(words));
  assert.equal(holding.length, 1, `${holding.length} claims hold "${words}": ${JSON.stringify(claims.map((c) => c.text))}`);
  return holding[0]!.kind;
}

// Sentences and fixtures written for these tests in the shape of newspaper commentary (issue 9, branch kindzh44).
describe('claim kinds in Chinese: generalisations over many cases (issue 9, branch kindzh44)', () => {
  it('a plain statement that generalises (往往, 总是, 一般来说) is the writer\'s reading, in both scripts', () => {
    for (const sentence of [
      '这些评论往往抓住一件小事大做文章，热闹过后什么也没留下。',
      '這些評論往往抓住一件小事大做文章，熱鬧過後什麼也沒留下。',
      '一般來說，讀者對這類文章早已見怪不怪。',
      '每到换届的时候，话题总是围绕着谁上谁下打转。',
    ]) {
      const kind = classifySentence(sentence);
      assert.equal(kind?.kind, 'opinion', `${sentence}: ${kind?.kind} ${kind?.cues.join('; ')}`);
    }
  });

  it('the same statements told of one occasion stay facts', () => {
    for (const sentence of ['这些评论抓住一件小事大做文章，热闹过后什么也没留下。', '這次換屆的時候，話題圍繞著誰上誰下打轉。']) {
      assert.equal(classifySentence(sentence)?.kind, 'fact', sentence);
    }
  });

  it('a habit of one\'s own, 通常, 常常, a record 历来 and a rule under a condition read no generalisation', () => {
    const of = (sentence: string): string | null => generalisation(matchingKey(sentence), 0, sentence.length);
    assert.equal(of('我总是早上去公园跑步。'), null);
    assert.equal(of('因為通常都是糖尿病併發腎功能障礙。'), null);
    assert.equal(of('被逐離場的次數屬歷來新高。'), null);
    assert.equal(of('一般而言，住戶如果按時繳費，就不會被罰款。'), null);
    assert.equal(of('攤販們總是換個招牌接著賣。'), '总是');
    assert.equal(of('一般來說，遊客心知肚明。'), '一般来说');
  });

  it('in a column a generalisation is an opinion, beside a regularity or a figure a fact (fixtures in both scripts)', () => {
    const cases: readonly (readonly [string, readonly (readonly [string, string])[]])[] = [
      ['claims46-kind/commentary-zh-Hans.txt', [['往往抢着涨价', 'opinion'], ['心知肚明', 'opinion'], ['总是换个招牌', 'opinion'], ['往往先退款', 'fact'], ['共有摊位86个', 'fact']]],
      ['claims46-kind/commentary-zh-Hant.txt', [['往往搶著漲價', 'opinion'], ['心知肚明', 'opinion'], ['總是換個招牌', 'opinion'], ['往往先退款', 'fact'], ['共有攤位86個', 'fact']]],
    ];
    for (const [name, expected] of cases) {
      const claims = analyseFixture(name).analysis.claims.filter((claim) => claim.confidence >= DEFAULT_MINIMUM_CONFIDENCE);
      for (const [words, kind] of expected) assert.equal(kindOf(claims, words), kind, `${name}: ${words}`);
    }
  });
});
