import * as assert from 'node:assert/strict';
import { classifySentence } from '../../../../src/core/claims/classify';
import { findFigures } from '../../../../src/core/claims/figures';
import { citedSaying } from '../../../../src/core/claims/zhCitedSayings';
import { matchingKey } from '../../../../src/core/text/charFold';

function cited(sentence: string): string | null {
  const key = matchingKey(sentence);
  return citedSaying(key, 0, key.length);
}

describe('claim kinds in Chinese: a saying cited to back what follows, a century named (issue 9, branch learn36)', () => {
  it('正如 / 就像 … 所言, 说的那样 opening a sentence sides with the words cited, in both scripts', () => {
    assert.equal(cited('正如一位经济学家所言，靠补贴撑起来的产业走不远。'), '正如…所言');
    assert.equal(cited('正如研究机构 Bright Data Research & Consulting 所说，数字身份是监控的前身。'), '正如…所言');
    assert.equal(cited('就像我們常說的那樣，天下沒有白吃的午餐。'), '就像…说的那样');
    assert.equal(cited('而且正如我們之前所解釋的，唯一可靠的辦法是請獨立機構審核。'), '正如…所言');
  });

  it('a simile, a cited saying with nothing after it, or one that is not the opening is no stance frame', () => {
    for (const sentence of [
      '就像疫苗能指导我们的身体对抗疾病一样，我们也可以指导免疫系统修复组织。',
      '正如你刚才所说。',
      '正如你剛才講的，還包括繼承問題、保險問題。',
      '他的看法正如部长所说，并没有新的内容。',
    ]) {
      assert.equal(cited(sentence), null, sentence);
    }
  });

  it('a plain statement under a cited saying is an opinion, as sure of being a claim as without the frame', () => {
    const backed = classifySentence('正如一位经济学家所言，靠补贴撑起来的产业走不远。');
    assert.equal(backed?.kind, 'opinion');
    assert.deepEqual(backed.cues, ['stance frame: 正如…所言']);
    const plain = classifySentence('一位经济学家在会上发言，靠补贴撑起来的产业走不远。');
    assert.equal(plain?.kind, 'fact');
    assert.equal(backed.confidence, plain.confidence);
  });

  it('a date-like reading is not outranked: the frame turns only what a date or no cue made a fact', () => {
    const counted = classifySentence('正如财政部所说，去年全国共减税降费2.6万亿元。');
    assert.equal(counted?.kind, 'fact');
  });

  it('a number before 世纪 names a century: a date, not a quantity that makes the sentence a fact', () => {
    for (const text of ['21世纪的挑战', '进入 21 世纪以后', '二十一世紀']) {
      const key = matchingKey(text);
      const figures = findFigures(key);
      assert.ok(figures.every((f) => f.category !== 'number' && f.category !== 'count'), `${text}: ${JSON.stringify(figures)}`);
    }
    assert.equal(findFigures(matchingKey('进入21世纪以后'))[0]?.category, 'date');
    assert.equal(findFigures(matchingKey('共有21个世界遗产'))[0]?.category, 'count');
    const backed = classifySentence('正如网友所言，拿着旧船票，永远也登不上21世纪的新船。');
    assert.equal(backed?.kind, 'opinion');
  });

  it('a decade (`八零年代`, `80年代`, `六十年代`) is a date, not a count of years (session 45 field trial)', () => {
    for (const [text, decade] of [['我在八零年代就來到這裡', '八零年代'], ['六零年代的运动影响很大', '六零年代'], ['80年代的工厂', '80年代'], ['六十年代', '六十年代']] as const) {
      const key = matchingKey(text);
      const figures = findFigures(key);
      assert.deepEqual(figures.map((f) => [f.category, key.slice(f.start, f.end)]), [['date', matchingKey(decade)]], text);
    }
    assert.equal(findFigures(matchingKey('他工作了六十年'))[0]?.category, 'count', 'sixty years without 代 are a count');
    assert.equal(findFigures(matchingKey('共有80年的历史'))[0]?.category, 'count');
  });
});
