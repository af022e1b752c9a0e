import * as assert from 'node:assert/strict';
import { classifySentence } from '../../../../src/core/claims/classify';
import { callItselfIn } from '../../../../src/core/claims/callItself';
import { matchingKey } from '../../../../src/core/text/charFold';

function speaksOfItself(sentence: string): boolean {
  return callItselfIn(matchingKey(sentence)) !== null;
}

describe('a call speaking of itself (issue 9, enclaims)', () => {
  it('the call as the setting, its own forward-looking statements, the hand-over and who is present are no claims', () => {
    assert.equal(classifySentence("On today's call, we may be making forward-looking statements, including our expectations of our business."), null);
    assert.equal(classifySentence('Please note that some of the financial measures to be discussed during this call will be on a non-GAAP basis.'), null);
    assert.equal(classifySentence('The company assumes no obligation to update any forward-looking statements because of new information.'), null);
    assert.equal(classifySentence('Now I would like to turn the conference over to Franklin Crail, President and CEO.'), null);
    assert.equal(classifySentence('On our call today are Robert Buck, President and Chief Executive Officer, and Rob Coons, Chief Financial Officer.'), null);
    assert.equal(classifySentence('Alan Miller, our CEO, is also joining us this morning.'), null);
    assert.equal(classifySentence('This call is on background, attributable to senior administration officials.'), null);
  });

  it('the same sentences about another call or another meeting are read as usual', () => {
    assert.notEqual(classifySentence('During the call, the President told Chancellor Scholz that the sanctions would stay in place.'), null);
    assert.notEqual(classifySentence('During this call with the Chancellor, the President raised the export controls imposed in March.'), null);
    assert.notEqual(classifySentence('Finland is joining NATO after decades of neutrality, the Foreign Minister confirmed.'), null);
    assert.equal(speaksOfItself('He will be joined by his Special Envoy on Climate Ambition.'), false);
    assert.equal(speaksOfItself('This call for proposals closes in March.'), false);
  });

  it('a figure or a judgement in it is still worth a look', () => {
    assert.notEqual(classifySentence('On this call, we will walk through revenue of $2.1 billion, up 25% from last year.'), null);
    assert.equal(classifySentence('So, joining us today are two critical members of the economic team, Cecilia Rouse and Shalanda Young.')?.kind, 'opinion');
  });
});
