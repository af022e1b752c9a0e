import * as assert from 'node:assert/strict';
import { classifySentence, DEFAULT_MINIMUM_CONFIDENCE } from '../../../../src/core/claims/classify';
import { isMildPraiseAmongSpeakers, MILD_PRAISE_PENALTY } from '../../../../src/core/claims/mildPraise';
import { matchingKey } from '../../../../src/core/text/charFold';

function shown(text: string): boolean {
  return (classifySentence(text)?.confidence ?? 0) >= DEFAULT_MINIMUM_CONFIDENCE;
}

describe('claims in English: mild praise among the people talking (issue 9, claimsen45)', () => {
  it('hides praise words that speak of I, we or you', () => {
    for (const sentence of [
      'We had such a wonderful afternoon at the harbour market with the whole crew.',
      'There are some great stories from the road trip that I still tell at dinner.',
      'It is my great pleasure to welcome you all to the garden club tonight.',
      'And you get to meet so many nice folks at these meetups, which we love.',
    ]) {
      const claim = classifySentence(sentence);
      assert.ok(claim === null || claim.confidence < DEFAULT_MINIMUM_CONFIDENCE, sentence);
    }
  });

  it('lowers only the confidence, by the penalty, and keeps the kind and the cues shown in the hover', () => {
    const praised = classifySentence('We had such a wonderful afternoon at the harbour market with the whole crew.');
    const judged = classifySentence('They had such a wonderful afternoon at the harbour market with the whole crew.');
    assert.ok(praised !== null && judged !== null);
    assert.equal(praised.kind, 'opinion');
    assert.deepEqual(praised.cues, judged.cues);
    assert.ok(praised.confidence < judged.confidence);
    assert.equal(Math.round((judged.confidence - praised.confidence) * 100) / 100, MILD_PRAISE_PENALTY);
  });

  it('keeps praise about something outside the talk, and a judging word beside the praise', () => {
    assert.equal(shown('The new ferry terminal is a great design and cut waiting times across the bay.'), true);
    assert.equal(shown('I think the new ferry terminal is a great design and an important step for the bay.'), true);
    assert.equal(shown('Our budget for the ferry terminal was a terrible waste of public money.'), true);
  });

  it('reads the reasons: praise words only, beside an intensifier or the speaker’s belief', () => {
    const key = matchingKey('I think we had a really great time.');
    assert.equal(isMildPraiseAmongSpeakers(['first-person belief: I think', 'intensifier: really', 'evaluation: great'], key), true);
    assert.equal(isMildPraiseAmongSpeakers(['evaluation: GREAT'], matchingKey('WE HAD A GREAT TIME')), true);
    assert.equal(isMildPraiseAmongSpeakers(['evaluation: great', 'evaluation: important'], key), false);
    assert.equal(isMildPraiseAmongSpeakers(['belief: thinks', 'evaluation: great'], key), false);
    assert.equal(isMildPraiseAmongSpeakers(['intensifier: really'], key), false);
    assert.equal(isMildPraiseAmongSpeakers(['evaluation: great'], matchingKey('The ferry had a great year.')), false);
    // `I` only as a word: `it`, `idea`, `ship` hold no speaker.
    assert.equal(isMildPraiseAmongSpeakers(['evaluation: great'], matchingKey('It is a great idea for the ship.')), false);
  });
});
