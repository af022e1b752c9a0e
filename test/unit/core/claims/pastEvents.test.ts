import * as assert from 'node:assert/strict';
import { classifySentence } from '../../../../src/core/claims/classify';
import { narratesOwnPastEvent } from '../../../../src/core/claims/pastEvents';
import { matchingKey } from '../../../../src/core/text/charFold';

function narrates(sentence: string): boolean {
  return narratesOwnPastEvent(matchingKey(sentence));
}

describe('the speaker\u2019s own past event as a piece of record (issue 9, enclaims3)', () => {
  it('reads a first-person subject followed by a verb in the past tense, in a main clause', () => {
    assert.equal(narrates('I was drafted into the military and got into the U.S. Army.'), true);
    assert.equal(narrates('After about six weeks, my security clearance came through, and I got my CIA card.'), true);
    assert.equal(narrates('We also shipped three boxes the week before.'), true);
    assert.equal(narrates('I can interact with SymPy things.'), false);
    assert.equal(narrates('I mean, what I wouldn\u2019t have given when I was in graduate school.'), false);
    assert.equal(narrates('They sent me another motherboard.'), false);
  });

  it('a past event naming something is spared part of the first-person penalty; the same in the present is not', () => {
    const past = classifySentence('I worked at LastPass or the company that built LastPass.');
    const present = classifySentence('I work at LastPass or the company that builds LastPass.');
    assert.equal(past?.kind, 'fact');
    assert.ok(past !== null && present !== null && past.confidence > present.confidence);
  });

  it('a past event that names nothing keeps the whole first-person penalty', () => {
    const past = classifySentence('I went to the library and read every single book about computers.');
    const present = classifySentence('I go to the library and read every single book about computers.');
    assert.ok(past !== null && present !== null);
    assert.equal(past.confidence, present.confidence);
  });
});
