import * as assert from 'node:assert/strict';
import { classifySentence, DEFAULT_MINIMUM_CONFIDENCE } from '../../../../src/core/claims/classify';

function shown(sentence: string): boolean {
  const claim = classifySentence(sentence);
  return claim !== null && claim.confidence >= DEFAULT_MINIMUM_CONFIDENCE;
}

describe("the talk's own programme and indirect `exactly what` (issue 9, enclaims7)", () => {
  it('reads a future of the session itself (its Q&A, this tutorial) as housekeeping', () => {
    assert.equal(shown("After the speaker's remarks, there will be a question and answer session."), false);
    assert.equal(shown('A question-and-answer session will follow the formal presentation.'), false);
    assert.equal(shown('So getting started, this tutorial will be from this repository on GitHub.'), false);
  });

  it('keeps a forecast beside the programme words, and the world outside the session', () => {
    assert.equal(classifySentence('After the question and answer session, the company will cut 4,000 jobs by March.')?.kind, 'forecast');
    assert.equal(classifySentence('The ministry will publish the new curriculum in the autumn.')?.kind, 'forecast');
  });

  it('reads `know exactly what` as an indirect question, not a judgement', () => {
    const claim = classifySentence('We do not know exactly what Mr. Morin is supposed to have done.');
    assert.notEqual(claim?.kind, 'opinion');
    assert.ok(!claim?.cues.some((cue) => cue.startsWith('evaluation: ')));
    assert.equal(classifySentence('Unfortunately, that is exactly what Republican officials are doing in Congress.')?.kind, 'opinion');
  });
});
