import * as assert from 'node:assert/strict';
import { findFigures } from '../../../../src/core/claims/figures';
import { classifySentence } from '../../../../src/core/claims/classify';
import { matchingKey } from '../../../../src/core/text/charFold';

const figuresIn = (text: string): string[] => {
  const key = matchingKey(text);
  return findFigures(key).map((f) => key.slice(f.start, f.end));
};

describe('Chinese list enumerators in brackets count nothing (issue 9, session 40, branch kindzh40)', () => {
  it('（1）, (2) opening a sentence or a clause of Chinese number the items, as （一） does', () => {
    assert.deepEqual(figuresIn('（1）缩短发布周期确实是有效的。'), []);
    assert.deepEqual(figuresIn('课程费用为500元，特点是：（1）讲解通俗易懂；(2) 提供练习环境。'), ['500元']);
    const result = classifySentence('（1）缩短发布周期确实是有效的，可以减少返工。');
    assert.equal(result?.kind, 'opinion');
    assert.ok(!result.cues.some((cue) => cue.startsWith('number: ')), result.cues.join('; '));
  });

  it('digits in brackets inside a clause, or before English, stay figures', () => {
    assert.deepEqual(figuresIn('他们一共抓了（2）个人。'), ['2']);
    assert.deepEqual(figuresIn('(2) Mr Smith be discharged from the committee.'), ['2']);
    assert.deepEqual(figuresIn('（2026）年度报告'), ['2026']);
  });
});

// Sentences written for these tests in the shape of a numbered commentary (issue 9, session 45, branch kindzh45).
describe('Chinese list enumerators with a mark count nothing (issue 9, session 45, branch kindzh45)', () => {
  it('1., 2．, 3、 opening a line or a sentence with Chinese right after number the items', () => {
    assert.deepEqual(figuresIn('1.市府這次的做法違反程序,是一種傲慢。'), []);
    assert.deepEqual(figuresIn('理由如下：\n2．攤商的租金早已調漲過一次。\n3、夜市的人潮也沒有回來。'), []);
    const result = classifySentence('1.市府這次的做法,真正的問題在於沒有事先溝通。');
    assert.equal(result?.kind, 'opinion');
    assert.ok(!result.cues.some((cue) => cue.startsWith('number: ')), result.cues.join('; '));
  });

  it('a decimal, a digit inside a clause, an ordinal 第, English after the mark and a list item with a real figure keep their figures', () => {
    assert.deepEqual(figuresIn('1.5倍的租金讓攤商吃不消。'), ['1.5倍']);
    assert.deepEqual(figuresIn('他們排在第1.'), ['1']);
    assert.deepEqual(figuresIn('1. We raised the rent.'), ['1']);
    assert.deepEqual(figuresIn('今年來了3.個團'), ['今年', '3']);
    assert.deepEqual(figuresIn('2.去年租金上漲了8%。'), ['去年', '8%']);
  });
});
