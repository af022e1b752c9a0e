import * as assert from 'node:assert/strict';
import { classifySentence, DEFAULT_MINIMUM_CONFIDENCE } from '../../../../src/core/claims/classify';
import { afterAcknowledgement } from '../../../../src/core/claims/acknowledgements';
import { matchingKey } from '../../../../src/core/text/charFold';

function rest(sentence: string): string {
  const key = matchingKey(sentence);
  return key.slice(afterAcknowledgement(key, 0, key.length));
}

describe('a statement after an answer word (issue 9, claims-en17)', () => {
  it('finds where the statement starts after yeah, yes or yep', () => {
    assert.equal(rest('Yeah, the depot closes at nine on weekdays.'), 'the depot closes at nine on weekdays.');
    assert.equal(rest('Yes, the ferry stopped running in the winter.'), 'the ferry stopped running in the winter.');
    assert.equal(rest('Yeah, yeah, the ferry stopped running in the winter.'), 'the ferry stopped running in the winter.');
    assert.equal(rest('yep the ferry stopped running in the winter'), 'the ferry stopped running in the winter');
  });

  it('leaves other openings and words that only begin like an answer', () => {
    assert.equal(rest('Okay, the ferry stopped running in the winter.'), 'okay, the ferry stopped running in the winter.');
    assert.equal(rest('Yesterday the ferry stopped running.'), 'yesterday the ferry stopped running.');
    assert.equal(rest('Yeahs and nays were counted.'), 'yeahs and nays were counted.');
  });

  it('reads what follows the answer word as the plain statement it would be alone', () => {
    const pairs: Array<[string, string]> = [
      ['Yeah, the old depot handles most of the freight trains on the east side.', 'The old depot handles most of the freight trains on the east side.'],
      ['Yes, the ferry stopped running in the winter of the flood year.', 'The ferry stopped running in the winter of the flood year.'],
    ];
    for (const [answered, alone] of pairs) {
      const withAnswer = classifySentence(answered);
      const without = classifySentence(alone);
      assert.ok(withAnswer !== null && without !== null, answered);
      assert.equal(withAnswer.kind, without.kind);
      assert.equal(withAnswer.confidence, without.confidence);
      assert.ok(withAnswer.confidence >= DEFAULT_MINIMUM_CONFIDENCE);
    }
  });

  it('still finds nothing in a short answer, a request or an assessment of the last turn after it', () => {
    assert.equal(classifySentence('Yeah, exactly, that one.'), null);
    assert.equal(classifySentence('Yeah, let\u2019s move on to the next item on the list.'), null);
    assert.equal(classifySentence('Yes, please send the figures to the whole committee.'), null);
    assert.equal(classifySentence('Yeah, that makes sense.'), null);
  });
});
