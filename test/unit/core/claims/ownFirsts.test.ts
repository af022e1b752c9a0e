import * as assert from 'node:assert/strict';
import { classifySentence, DEFAULT_MINIMUM_CONFIDENCE } from '../../../../src/core/claims/classify';
import { tellsOwnFirst } from '../../../../src/core/claims/ownFirsts';

function shown(sentence: string): boolean {
  const claim = classifySentence(sentence);
  return claim !== null && claim.confidence >= DEFAULT_MINIMUM_CONFIDENCE;
}

function tells(sentence: string): boolean {
  const key = sentence.toLowerCase();
  return tellsOwnFirst(key, 0, key.length);
}

describe('a first in the speaker\u2019s own life (issue 9, enclaims6)', () => {
  it('is a story, not a record: no claim shown', () => {
    for (const sentence of [
      'When I heard her heartbeat for the first time, there was nothing I wanted more than for her to be healthy.',
      'So I got to go to Europe, not for the first time, but for the first time in a while.',
      'And this past weekend I was at Macstock, which was my first time at Macstock.',
      'This is what she looked like the first time I saw her.',
    ]) {
      assert.ok(!shown(sentence), `${sentence} ${JSON.stringify(classifySentence(sentence))}`);
    }
  });

  it('keeps a record whose first belongs to someone else, and a first with a figure', () => {
    const record = classifySentence('For the first time in history, wages rose faster than prices in every state.');
    assert.equal(record?.kind, 'fact');
    assert.ok(record.cues.some((cue) => cue.startsWith('record')), record.cues.join('; '));
    assert.ok(shown('The first time a sitting president visited the island was in 1928.'));
    assert.ok(shown('The first time I visited, 3 million people had already left the city.'));
  });

  it('reads the speaker in the clause of `first time` only', () => {
    assert.equal(tells('It was my first time at the conference.'), true);
    assert.equal(tells('I said it yesterday. For the first time, the agency published its data.'), false);
  });
});
