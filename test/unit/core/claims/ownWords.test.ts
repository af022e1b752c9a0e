import * as assert from 'node:assert/strict';
import { classifySentence } from '../../../../src/core/claims/classify';
import { quotesOwnWords } from '../../../../src/core/claims/ownWords';
import { matchingKey } from '../../../../src/core/text/charFold';

function quotes(sentence: string): boolean {
  return quotesOwnWords(matchingKey(sentence));
}

describe('the speaker quoting their own past words (issue 9, enclaims)', () => {
  it('a scene of a story told in the speaker\u2019s own words then is no claim, judgement and all', () => {
    assert.equal(classifySentence('And I said, "Well, money is good."'), null);
    assert.equal(classifySentence('It was just like I saw it and I thought, \u201cI\u2019m gonna go get every book from the library I possibly can.\u201d'), null);
    assert.equal(classifySentence('And I thought, boy, must be a pretty exclusive thing,'), null);
  });

  it('reads the shape: a first-person verb of saying or thinking opening a quotation or an interjection', () => {
    assert.equal(quotes('And I was like, oh yeah, that explains a lot.'), true);
    assert.equal(quotes('She\u2019s like, No, I\u2019m like, Oh, God.'), true);
    assert.equal(quotes('He said, "We will win the vote on Tuesday."'), false);
    assert.equal(quotes('As I said, the economy is stronger than it was.'), false);
    assert.equal(quotes('I thought the hearing went well for the minister.'), false);
  });

  it('a figure in it is still worth a look', () => {
    assert.notEqual(classifySentence('And I said, "We lost 30 percent of our customers that year."'), null);
  });
});
