import * as assert from 'node:assert/strict';
import { classifySentence } from '../../../../src/core/claims/classify';
import { hedgesRecollection } from '../../../../src/core/claims/enRecollections';
import { matchingKey } from '../../../../src/core/text/charFold';

function recalls(sentence: string): boolean {
  const key = matchingKey(sentence);
  return hedgesRecollection(key, 0, key.length);
}

describe('claim kinds in English: a belief that hedges what the speaker recalls (issue 9, branch kind5)', () => {
  it('I think it was…, I think there were… recall what was', () => {
    assert.equal(recalls('But the cases that we got came from, I think it was Fort Belleville, Maryland.'), true);
    assert.equal(recalls('I think that there were some leaks of some of what they were doing before.'), true);
    assert.equal(recalls('And I believe there was a second hearing in the spring.'), true);
  });

  it('a belief about what is, or about what someone did, judges', () => {
    for (const sentence of ["But I think it's a little bit more rare than when I started my career.", 'If it is true, and I believe that it is, that all of us worship something.', 'I think 2020 had a was a big eye opening moment for a lot of companies.', 'I think it is the best plan we have.']) {
      assert.equal(recalls(sentence), false, sentence);
    }
  });

  it('such a sentence is a fact with a recollection cue, as sure as the opinion it was; an evaluation keeps the opinion', () => {
    const recalled = classifySentence('But the cases that we reviewed came from, I think it was a county court in Maryland.');
    assert.equal(recalled?.kind, 'fact');
    assert.deepEqual(recalled.cues, ['recollection: I think']);
    const judged = classifySentence('But the cases that we reviewed came from, I think it was a terrible county court in Maryland.');
    assert.equal(judged?.kind, 'opinion');
    const believed = classifySentence('But the cases that we reviewed came from, I think a county court in Maryland handled them.');
    assert.equal(believed?.kind, 'opinion');
    assert.equal(recalled.confidence, believed.confidence);
  });
});
