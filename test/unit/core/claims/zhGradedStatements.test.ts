import * as assert from 'node:assert/strict';
import { classifySentence } from '../../../../src/core/claims/classify';
import { degreePredicate, weighingWord } from '../../../../src/core/claims/zhJudgements';
import { matchingKey } from '../../../../src/core/text/charFold';

/** The kind and cues classifySentence gives `sentence`, for messages. */
function described(sentence: string): string {
  const kind = classifySentence(sentence);
  return `${sentence}: ${kind?.kind ?? 'none'} ${kind?.cues.join('; ') ?? ''}`;
}

// Sentences written for these tests in the shape of newspaper commentary (issue 9, branch kindzh45).
describe('claim kinds in Chinese: graded and weighed plain statements (issue 9, branch kindzh45)', () => {
  it('a plain statement closing on a degree word and a quality is the writer\'s judgement, in both scripts', () => {
    for (const sentence of [
      '老街的店租其实很贵，年轻人根本开不起店。',
      '老街的店租其實很貴，年輕人開店的門檻也很高。',
      '如今菜市场的生意也没那么热闹了。',
      '那家餐厅端出来的菜色十分普通。',
      '新来的馆长做事相当谨慎。',
    ]) {
      assert.equal(classifySentence(sentence)?.kind, 'opinion', described(sentence));
    }
  });

  it('a fact with an evaluative word inside a figure-bearing report stays a fact', () => {
    for (const sentence of ['今年出口增长很快，达到8%。', '今年出口增長很快，達到8%。', '去年游客人数很多，共有120万人次。']) {
      assert.equal(classifySentence(sentence)?.kind, 'fact', described(sentence));
    }
  });

  it('the same statements without the degree stay facts', () => {
    for (const sentence of ['老街的店租去年调整过一次，由业主委员会决定。', '那家餐廳上個月換了新的主廚。']) {
      assert.equal(classifySentence(sentence)?.kind, 'fact', described(sentence));
    }
  });

  it('reads no degree inside a phrase, before a colon, in a measured comparison, a stated rule or a reported regard', () => {
    const of = (sentence: string): string | null => degreePredicate(matchingKey(sentence), 0, sentence.length);
    assert.equal(of('议员们给了很多意见，大部分已经吸纳。'), null);
    assert.equal(of('流程其实很简单：先登记，再排队。'), null);
    assert.equal(of('新车的充电速度要快很多。'), null);
    assert.equal(of('如果天气转冷，鱼就没那么活跃了。'), null);
    assert.equal(of('她被舆论认为作风十分强硬。'), null);
    assert.equal(of('这套书印了两千本，卖得很好。'), null);
    assert.equal(of('摊贩的生意很好。'), '很好');
    assert.equal(of('說的東西很「野」。'), '很「野」');
    assert.equal(of('開會的人也很少。'), '很少');
  });

  it('what ought to have been, what is the real thing, the expected and the surprising are judgements in a plain statement', () => {
    for (const sentence of [
      '修路本该是好事，结果却让附近居民怨声载道。',
      '真正吸引游客的是老城区的小吃摊。',
      '这种耐心正是小店能撑过淡季的原因。',
      '新規出台後攤販紛紛轉行，是意料中事。',
      '市政府竟然在假期前一天才公布新的停车规定。',
    ]) {
      assert.equal(classifySentence(sentence)?.kind, 'opinion', described(sentence));
    }
    const of = (sentence: string): string | null => weighingWord(matchingKey(sentence), 0, sentence.length);
    assert.equal(of('毕竟这家店开了很久。'), null);
    assert.equal(of('究竟是谁先提出这个方案，没人记得。'), null);
    assert.equal(of('本該如此。'), '本该');
  });

  it('a weighing word beside a figure leaves the fact a fact', () => {
    assert.equal(classifySentence('真正到场的观众只有320人。')?.kind, 'fact', described('真正到场的观众只有320人。'));
  });
});
