import * as assert from 'node:assert/strict';
import { anyOf } from '../../../../src/core/text/anyOf';

describe('anyOf', () => {
  it('answers as includes of any word, the words read verbatim', () => {
    const words = ['risks and', ' 10-', 'a.b', '(x|y)', 'c*', '[z]', 'back\\slash', '^$', '{2}', 'q?', 'r+', 's/t'];
    const sentences = [
      'subject to risks and uncertainties',
      'our forms 10-k and 10-q',
      'forms10-k',
      'axb',
      'a.b',
      '(x|y)',
      'x',
      'cc',
      'c*',
      'z',
      '[z]',
      'back\\slash',
      'backslash',
      'a ^$ b',
      'z{2}',
      'q',
      'q?',
      'r+',
      's/t',
      '',
      '李明：我認為'
    ];
    const matcher = anyOf(words);
    for (const sentence of sentences) assert.equal(matcher.test(sentence), words.some((word) => sentence.includes(word)), sentence);
  });

  it('sticky, answers as startsWith of any word at lastIndex', () => {
    const words = ['the following', 'this is', 'a.b', 'transcript'];
    const matcher = anyOf(words, 'y');
    const text = 'Note: the following is a transcript; axb a.b this is';
    for (let at = 0; at <= text.length; at++) {
      matcher.lastIndex = at;
      assert.equal(matcher.test(text), words.some((word) => text.startsWith(word, at)), `at ${at}`);
    }
  });

  it('finds nothing for no words', () => {
    assert.equal(anyOf([]).test(''), [].some(() => true));
    assert.equal(anyOf([]).test('anything'), false);
  });
});
