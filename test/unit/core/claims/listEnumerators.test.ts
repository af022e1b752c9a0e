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
