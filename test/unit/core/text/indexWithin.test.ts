import * as assert from 'node:assert/strict';
import { codeIndexWithin, indexWithin, lastCodeIndexWithin } from '../../../../src/core/text/indexWithin';

const LT = '<'.charCodeAt(0);

describe('indexWithin', () => {
  it('finds a word only when it lies wholly inside [from, to)', () => {
    const text = 'ask whether it will rain';
    assert.equal(indexWithin(text, 'whether', 0, text.length), 4);
    assert.equal(indexWithin(text, 'whether', 0, 11), 4);
    assert.equal(indexWithin(text, 'whether', 0, 10), -1);
    assert.equal(indexWithin(text, 'whether', 5, text.length), -1);
  });

  it('finds the first and the last char code inside [from, to), the bounds half-open', () => {
    const text = 'a<i>b</i>c';
    assert.equal(codeIndexWithin(text, LT, 0, text.length), 1);
    assert.equal(codeIndexWithin(text, LT, 2, text.length), 5);
    assert.equal(codeIndexWithin(text, LT, 2, 5), -1);
    assert.equal(lastCodeIndexWithin(text, LT, 0, text.length), 5);
    assert.equal(lastCodeIndexWithin(text, LT, 0, 5), 1);
    assert.equal(lastCodeIndexWithin(text, LT, 2, 5), -1);
    assert.equal(lastCodeIndexWithin(text, LT, 5, 6), 5);
  });
});
