import * as assert from 'node:assert/strict';
import { classifySentence } from '../../../../src/core/claims/classify';
import { isLoneCondition } from '../../../../src/core/claims/loneClauses';
import { matchingKey } from '../../../../src/core/text/charFold';

function lone(sentence: string): boolean {
  const key = matchingKey(sentence);
  return isLoneCondition(key, 0, key.length);
}

describe('a condition standing alone as a sentence (issue 9, enclaims3)', () => {
  it('a condition or time clause with no main clause is no claim', () => {
    assert.equal(classifySentence('Once we add in the file reading stuff.'), null);
    assert.equal(classifySentence('Yep, as long as it\u2019s on our own servers and not in the web.'), null);
    assert.equal(classifySentence('So if we could all just spend a moment to lift them up in our thoughts.'), null);
  });

  it('reads a main clause after a comma, `then`, or a pronoun subject with its verb', () => {
    assert.equal(lone('if you do it by location.'), true);
    assert.equal(lone('If the bill fails, prices will rise.'), false);
    assert.equal(lone('If the bill fails then prices rise.'), false);
    assert.equal(lone('if we align usage to that value it doesn\u2019t make it useful anymore.'), false);
    assert.equal(lone('Because the deficit rose last year.'), false);
    assert.equal(lone('The plant runs as long as the grid holds.'), false);
  });

  it('a figure in it is still worth a look', () => {
    assert.notEqual(classifySentence('Once the plant reached 40 percent of its capacity in March.'), null);
  });
});
