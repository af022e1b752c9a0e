import * as assert from 'node:assert/strict';
import { classifySentence } from '../../../../src/core/claims/classify';

describe('English questions written without their mark (issue 9, chatprec)', () => {
  it('a question word with the auxiliary before its subject asks, whatever follows', () => {
    assert.equal(classifySentence('What stage is all this in the app that has the core characterization involved.'), null);
    assert.equal(classifySentence('What do you guys think of this because there are a bunch of advantages to it.'), null);
    assert.equal(classifySentence('So how long will the move to the new building take, roughly.'), null);
  });

  it('a clause opening with the same words but its subject first is read as usual', () => {
    assert.equal(classifySentence('When the deficit was the highest in history, spending rose by 12%.')?.kind, 'fact');
    assert.equal(classifySentence('When I was there, we saw 500 people waiting outside the clinic.')?.kind, 'fact');
    assert.equal(classifySentence('What the company reported last year was a loss of $2 billion.')?.kind, 'fact');
    assert.equal(classifySentence('Which is why the budget grew by 4% in 2023.')?.kind, 'fact');
  });
});
