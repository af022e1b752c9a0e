import * as assert from 'node:assert/strict';
import { classifySentence } from '../../../../src/core/claims/classify';
import { isConsequenceOfYourAct } from '../../../../src/core/claims/enRegularities';
import { matchingKey } from '../../../../src/core/text/charFold';

/** Whether the first `will` (or `'ll`) of the sentence is read as the consequence of something you do. */
function consequence(sentence: string): boolean {
  const key = matchingKey(sentence);
  const match = /\bwill\b|'ll\b/.exec(key);
  assert.ok(match, sentence);
  return isConsequenceOfYourAct(key, 0, match.index, match.index + match[0].length);
}

describe('claim kinds in English: what happens when you do something (issue 9, branch kind5)', () => {
  it('a will after a closed condition on a generic you is a consequence', () => {
    assert.equal(consequence("So if you don't exit out of the debug session, you will still be in the debug session."), true);
    assert.equal(consequence('And instead, if you rely on the available, it will just lie on the 99th or 99%.'), true);
    assert.equal(consequence('Whenever you restart the server, the cache will be empty again.'), true);
    assert.equal(consequence('If you have a primary organisation on family name, then your data will be sorted or hashed on family name.'), true);
  });

  it('conditions on anyone else, wills inside the condition, indirect questions and thoughts are not', () => {
    for (const sentence of [
      'If the bill fails, prices will rise by the end of the year.',
      'If we pass this budget, the deficit will fall.',
      "If you will, the committee will decide tomorrow.",
      "I don't know if you saw it, but the minister will resign.",
      'If you read newspapers and magazines, you will think that HAL 9000 is just around the corner.',
      'If you want it; the team will ship it next week.',
    ]) {
      assert.equal(consequence(sentence), false, sentence);
    }
  });

  it('such a sentence is a fact with a regularity cue, as sure of being a claim as the forecast it was', () => {
    const regularity = classifySentence('If you rely on the available memory, the chart will show the wrong value.');
    assert.equal(regularity?.kind, 'fact');
    assert.deepEqual(regularity.cues, ['regularity: will']);
    const forecast = classifySentence('If the council relies on the available memory, the chart will show the wrong value.');
    assert.equal(forecast?.kind, 'forecast');
    assert.equal(regularity.confidence, forecast.confidence);
  });

  it('a prediction word, a future time or a going to keeps the forecast', () => {
    assert.equal(classifySentence('If you rely on the available memory, the chart will probably show the wrong value next year.')?.kind, 'forecast');
    assert.equal(classifySentence('If you rely on the available memory, we expect the chart will show the wrong value.')?.kind, 'forecast');
    assert.equal(classifySentence('If you rely on the available memory, the chart is going to show the wrong value.')?.kind, 'forecast');
  });
});
