import * as assert from 'node:assert/strict';
import { classifySentence } from '../../../../src/core/claims/classify';
import { matchingKey } from '../../../../src/core/text/charFold';
import { opensSupposition } from '../../../../src/core/claims/hypotheticals';

function opens(sentence: string): boolean {
  const key = matchingKey(sentence);
  return opensSupposition(key, 0, key.length);
}

describe('worked examples set up by a supposition (issue 9, chatprec)', () => {
  it('a sentence opening with a supposition in the imperative is no claim, figures and all', () => {
    assert.equal(classifySentence('Picture a thousand women and suppose that 1% of them have breast cancer.'), null);
    assert.equal(classifySentence('And then suppose that among the remainder, 89 get false positives.'), null);
    assert.equal(classifySentence('So say, for turbine applications, we want a melting point of only 500 C.'), null);
    assert.equal(classifySentence('Now imagine the test costs $40 and 3 people in 10 take it.'), null);
  });

  it('the same figures reported are claims', () => {
    assert.equal(classifySentence('About 1% of women have breast cancer.')?.kind, 'fact');
    assert.equal(classifySentence('So 89 of them got false positives in the study.')?.kind, 'fact');
  });

  it('a judgement framed by a supposition is still the speaker\u2019s', () => {
    assert.equal(classifySentence("But just imagine in a much bigger model, it's very hard to say that it regressed.")?.kind, 'opinion');
  });

  it('reads the opening verb, not the noun or a report of a supposition', () => {
    assert.equal(opens('Picture quality rose by 20% last year.'), false);
    assert.equal(opens('Say what you will, the budget grew 4%.'), false);
    assert.equal(opens('The doctors were asked to suppose that the sensitivity is 90%.'), false);
    assert.equal(opens('- And then, suppose that half of them test positive.'), true);
    assert.equal(opens('Say you have 100 users.'), true);
  });

  it('let\u2019s say opening the sentence sets up an example; inside it, it is a filler, not a proposal', () => {
    assert.equal(opens("And let's say they all undergo a certain screening."), true);
    assert.equal(classifySentence("And let's say 10 of them test positive."), null);
    assert.equal(opens("It's just, let's say, more memory than you can use."), false);
    assert.equal(classifySentence("It was because the free tool in Linux, let's say, was using the same formula.")?.kind, 'fact');
    assert.equal(classifySentence("Let's start with the churn numbers from May."), null);
  });
});
