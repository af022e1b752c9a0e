import * as assert from 'node:assert/strict';
import { classifySentence, DEFAULT_MINIMUM_CONFIDENCE } from '../../../../src/core/claims/classify';

function shown(sentence: string): boolean {
  const claim = classifySentence(sentence);
  return claim !== null && claim.confidence >= DEFAULT_MINIMUM_CONFIDENCE;
}

describe("the speakers' spoken `we'll` / `we're going to` (issue 9, enclaims7)", () => {
  it('reads the contracted future of `we` as their own next step, not a forecast', () => {
    for (const sentence of [
      "We'll save, and when we look at the website again, the paragraph text is now really large.",
      "And we\u2019ll change this back to 1rem in the stylesheet.",
      "We're going to stay at the surface level to make sure that the conversation flows.",
      "I don't know how we're gonna pick what to talk about.",
    ]) {
      assert.equal(shown(sentence), false, sentence);
    }
  });

  it('keeps the spelled-out `we will` of an edited record, a refusal, a day, a figure and an outcome', () => {
    assert.equal(classifySentence('We will cut the deficit and restore the trust of the public in this office.')?.kind, 'forecast');
    assert.equal(classifySentence('And so, we\u2019re not going to \u2014 we\u2019re just not going to negotiate about that.')?.kind, 'forecast');
    assert.equal(classifySentence('We\u2019ll receive updated data on that on Tuesday.')?.kind, 'forecast');
    assert.equal(classifySentence("We're going to sell them for $50,000.")?.kind, 'forecast');
    assert.equal(classifySentence("We're going to win this election.")?.kind, 'forecast');
    assert.equal(classifySentence("We'll see prices fall in the coming months.")?.kind, 'forecast');
  });

  it('leaves the rest of a sentence to its other cues', () => {
    // `we'll kind of riff off of this` no longer makes it a forecast: the attributed report is what is checkable.
    const claim = classifySentence("So again, this is according to Trend Micro, and we'll kind of riff off of this, but ransomware can be downloaded onto systems when users visit malicious sites.");
    assert.equal(claim?.kind, 'fact');
  });
});
