import * as assert from 'node:assert/strict';
import { classifySentence } from '../../../../src/core/claims/classify';

describe('claim kinds in English: a future inside an indirect question (issue 9, branch kind8)', () => {
  it('a wh-clause after a verb of foreseeing or knowing names a future; the sentence judges, it does not predict', () => {
    const hard = classifySentence("My view is that things are so complex that it's very hard to rationally predict what's going to happen.");
    assert.equal(hard?.kind, 'opinion');
    assert.deepEqual(hard.cues, ['intensifier: very', 'evaluation: hard']);
    const thesis = classifySentence('Of course, planning is important, but it is clearly beneficial to have a thesis about what is going to happen.');
    assert.equal(thesis?.kind, 'opinion');
    assert.ok(!thesis.cues.some((cue) => cue.startsWith('future')), thesis.cues.join('; '));
  });

  it('a prediction made, or a future outside the wh-clause, still predicts', () => {
    for (const sentence of [
      'I predict that prices will rise sharply next year.',
      'Nobody knows what will happen, but the bill will pass the Senate next week.',
      "What's going to happen is that the bill will pass the Senate next week.",
      'The minister will travel to Beijing to discuss how the two countries will cooperate on trade.',
    ]) {
      assert.equal(classifySentence(sentence)?.kind, 'forecast', sentence);
    }
  });
});
