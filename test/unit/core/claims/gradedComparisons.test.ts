import * as assert from 'node:assert/strict';
import { classifySentence } from '../../../../src/core/claims/classify';
import { gradedComparison } from '../../../../src/core/claims/enJudgements';
import { matchingKey } from '../../../../src/core/text/charFold';

function graded(sentence: string): string | null {
  const key = matchingKey(sentence);
  return gradedComparison(key, 0, key.length);
}

describe('claim kinds in English: a comparison the speaker grades (issue 9, claims-en17)', () => {
  it('much or far before more or less, after a copula or an article, grades', () => {
    assert.equal(graded('Basically, the new counter is much more reliable.'), 'much more');
    assert.equal(graded('The north shore has a much more crowded ferry schedule than the south.'), 'much more');
    assert.equal(graded('Honestly the second draft was far less readable.'), 'far less');
    assert.equal(graded('It\u2019s so much more work to keep two branches alive.'), 'much more');
  });

  it('leaves a quantity, a list\u2019s end, more than, and more without much or far', () => {
    for (const sentence of [
      'Working with them gave me so much more confidence to record again.',
      'The plan cuts taxes, funds the rail line, and much more.',
      'The repair cost much more than the first estimate.',
      'The new counter is more reliable than the old one.',
      'There is a lot more to that story than the report says.',
    ]) {
      assert.equal(graded(sentence), null, sentence);
    }
  });

  it('reads a plain statement with one as an opinion, at the confidence of the statement, and beside a weak fact cue too', () => {
    const judged = classifySentence('Basically, the new counter is much more reliable on every host we run.');
    const plain = classifySentence('Basically, the new counter is more reliable on every single host we run.');
    assert.ok(judged !== null && plain !== null);
    assert.equal(judged.kind, 'opinion');
    assert.deepEqual(judged.cues, ['evaluation: much more']);
    assert.equal(judged.confidence, plain.confidence);
    const recorded = classifySentence('So the west side has a much more troubled history of building bike paths.');
    assert.ok(recorded !== null);
    assert.equal(recorded.kind, 'opinion');
    const counted = classifySentence('The west side has a much more crowded schedule, with 14 ferries a day.');
    assert.ok(counted !== null);
    assert.equal(counted.kind, 'fact');
  });
});
