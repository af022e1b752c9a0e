import * as assert from 'node:assert/strict';
import { classifySentence } from '../../../../src/core/claims/classify';
import { holdsNearBelief } from '../../../../src/core/claims/nearBeliefs';
import { matchingKey } from '../../../../src/core/text/charFold';

function near(sentence: string): boolean {
  return holdsNearBelief(matchingKey(sentence));
}

describe('a belief about the speakers\u2019 own past doings or the last words (issue 9, enclaims3)', () => {
  it('hedging a recollection of the conversation\u2019s own business, or reacting to the last turn, is no claim', () => {
    assert.equal(classifySentence('I think we\u2019ve done it in the past.'), null);
    assert.equal(classifySentence('Example, like, I think I showed Monica this, but okay, they\u2019re asking for skids.'), null);
    assert.equal(classifySentence('Because yeah, I think that\u2019s a big question.'), null);
  });

  it('reads I or we with a past or perfect verb, or a that pointing back, after the belief', () => {
    assert.equal(near('And I think we talked about this in our own discussions.'), true);
    assert.equal(near('Some people like using em units, and I think that is ok.'), true);
    assert.equal(near('I think we have a lot of bugs that are in the PR.'), false);
    assert.equal(near('I think we\u2019re going to have to spend a long time cleaning up.'), false);
    assert.equal(near('I think the minister misled the House about the contract.'), false);
  });

  it('another cue in the sentence keeps it: a judgement, a figure', () => {
    assert.notEqual(classifySentence('I stayed away from software because I think that was easy back then.'), null);
    assert.notEqual(classifySentence('I think we spent 40 percent of the budget on the new stack last year.'), null);
  });
});
