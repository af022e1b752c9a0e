import * as assert from 'node:assert/strict';
import { classifySentence, DEFAULT_MINIMUM_CONFIDENCE } from '../../../../src/core/claims/classify';
import { hasBareItSubject } from '../../../../src/core/claims/unnamedSubjects';

function shown(sentence: string): boolean {
  const claim = classifySentence(sentence);
  return claim !== null && claim.confidence >= DEFAULT_MINIMUM_CONFIDENCE;
}

describe('a spoken future of a bare `it` (issue 9, enclaims5)', () => {
  it('ranks under the default threshold, still a forecast', () => {
    for (const sentence of ['It\u2019ll get it right to the material handlers.', 'So it\u2019s going to be quite interactive.', 'It\u2019s not going to happen.']) {
      const claim = classifySentence(sentence);
      assert.equal(claim?.kind, 'forecast', sentence);
      assert.ok(claim.confidence < DEFAULT_MINIMUM_CONFIDENCE, `${sentence} ${claim.confidence}`);
    }
  });

  it('keeps a future that names what it forecasts, or says how much or when', () => {
    assert.ok(shown('The bill is going to raise prices for families.'));
    assert.ok(shown('It\u2019ll cost taxpayers $4 billion over ten years.'));
    assert.ok(shown('In about three weeks\u2019 time, it\u2019ll be five years since the inquiry took its last evidence.'));
  });

  it('reads the subject right before the marker, in its contracted form only', () => {
    assert.equal(hasBareItSubject('so it', "'ll", ' get there'), true);
    assert.equal(hasBareItSubject("so it's probably ", 'going to', ' be fine'), true);
    assert.equal(hasBareItSubject('and it just ', "won't", ' work'), true);
    assert.equal(hasBareItSubject('it is not ', 'going to', ' be able to'), false);
    assert.equal(hasBareItSubject('it ', 'will', ' change'), false);
    assert.equal(hasBareItSubject('the unit ', 'will', ' change'), false);
    assert.equal(hasBareItSubject('make sure that ', "'ll", ' work'), false);
    assert.equal(hasBareItSubject('submit', "'ll", ' work'), false);
    assert.equal(hasBareItSubject('it', "'ll", ' be clear that the plan failed'), false);
  });
});
