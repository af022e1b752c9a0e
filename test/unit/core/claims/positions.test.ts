import * as assert from 'node:assert/strict';
import { classifySentence, DEFAULT_MINIMUM_CONFIDENCE } from '../../../../src/core/claims/classify';
import { POSITION_CONFIDENCE, statedPositionIn } from '../../../../src/core/claims/positions';
import { matchingKey } from '../../../../src/core/text/charFold';

function position(sentence: string): string | null {
  return statedPositionIn(matchingKey(sentence));
}

describe('claims in English: a position the speaker takes on a proposal (issue 9, claimsen45)', () => {
  it('reads I or we taking a side, or being fine or comfortable with something, as an opinion shown at the default', () => {
    for (const [sentence, words] of [
      ['I support moving the library vote to the spring session.', 'i support'],
      ['And after hearing the residents, we strongly oppose closing the night bus route.', 'we strongly oppose'],
      ['I am also fine with keeping the fee at its current level for now.', 'i am also fine with'],
      ["Overall, I'm comfortable with the revised parking plan for the harbour.", "i'm comfortable with"],
      ['So I would support that, too.', 'i would support'],
    ] as const) {
      assert.equal(position(sentence), words, sentence);
      const claim = classifySentence(sentence);
      assert.ok(claim !== null, sentence);
      assert.equal(claim.kind, 'opinion', sentence);
      assert.deepEqual(claim.cues, [`position: ${words}`]);
      assert.equal(claim.confidence, POSITION_CONFIDENCE);
      assert.ok(claim.confidence >= DEFAULT_MINIMUM_CONFIDENCE);
    }
  });

  it('leaves welcomes, requests, someone else’s side and verbs that only look alike', () => {
    for (const sentence of [
      'I welcome all the members to this evening’s sitting of the board.',
      'I urge the council to fix the crossing before the winter.',
      'The mayor supports moving the library vote to the spring session.',
      'I supported my sister through her first year at the bakery.',
      'We are fine, thanks, the trip back from the coast was quiet.',
      'I support.',
    ]) {
      assert.equal(position(sentence), null, sentence);
    }
    const other = classifySentence('The mayor supports moving the library vote to the spring session.');
    assert.ok(other === null || !other.cues.some((cue) => cue.startsWith('position: ')));
  });
});
