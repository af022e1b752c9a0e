import * as assert from 'node:assert/strict';
import { classifySentence } from '../../../../src/core/claims/classify';

// Session 40 (claims-en16): English judgements whose only mark was an evaluation word the list lacked, so they read
// as plain statements (facts). Each sentence is checked beside the same sentence without the judging word.
describe('claim kinds in English: evaluation words and the considered opinion (issue 9, claims-en16)', () => {
  const judged: readonly (readonly [string, string])[] = [
    ['That seems a perfectly reasonable amount of time for the committee.', 'evaluation: reasonable'],
    ['The result looks counterintuitive to most readers of the report.', 'evaluation: counterintuitive'],
    ['The whole episode was embarrassing for the ministry and its staff.', 'evaluation: embarrassing'],
    ['Once the attacker has the root key, it is game over for the network.', 'evaluation: game over'],
    ['After the rewrite, the old flag in the parser is a moot point.', 'evaluation: moot'],
    ['Losing the archive was a big deal for the volunteers in the town.', 'evaluation: a big deal'],
    ['It is perfectly fine to keep both versions of the library installed.', 'evaluation: perfectly fine'],
    ['The old guard of the party is alive and well on the back bench.', 'evaluation: alive and well'],
    ['The new chart is misleading about how the money was spent.', 'evaluation: misleading'],
  ];

  it('an evaluation word the list now holds makes the plain statement an opinion, with the word as its reason', () => {
    for (const [sentence, reason] of judged) {
      const result = classifySentence(sentence);
      assert.equal(result?.kind, 'opinion', sentence);
      assert.ok(result.cues.includes(reason), `${sentence}: ${JSON.stringify(result.cues)}`);
    }
  });

  it('the same sentences without the judging word stay facts', () => {
    for (const sentence of ['The committee met for a long time on the first day.', 'The whole episode was reported to the ministry and its staff.', 'The new chart shows how the money was spent.']) {
      assert.equal(classifySentence(sentence)?.kind, 'fact', sentence);
    }
  });

  it('`it is my considered opinion that…` states a belief, as `in my opinion` does', () => {
    const result = classifySentence('It is my considered opinion that the ruling applies to every member of the house.');
    assert.equal(result?.kind, 'opinion');
    assert.ok(result.cues.includes('first-person belief: my considered opinion'), JSON.stringify(result.cues));
    assert.equal(classifySentence('It is my second visit to the chamber since the ruling was made.')?.kind, 'fact');
  });

  it('a word holding an evaluation word inside it is not one (`reasonably`, `moots`)', () => {
    const result = classifySentence('The parcel arrived reasonably quickly after the order was placed.');
    assert.ok(!result?.cues.some((cue) => cue.startsWith('evaluation: reasonable')), JSON.stringify(result?.cues));
  });
});
