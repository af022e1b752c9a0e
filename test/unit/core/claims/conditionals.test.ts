import * as assert from 'node:assert/strict';
import { classifySentence } from '../../../../src/core/claims/classify';
import { isInCondition } from '../../../../src/core/claims/conditionals';
import { matchingKey } from '../../../../src/core/text/charFold';

/** Whether the first `marker` in the sentence lies inside an if/unless condition. */
function inCondition(sentence: string, marker: string): boolean {
  const key = matchingKey(sentence);
  const at = key.indexOf(marker);
  assert.ok(at >= 0, `no "${marker}" in "${sentence}"`);
  return isInCondition(key, 0, at);
}

describe('a future inside a condition (issue 9, podclaims)', () => {
  it('finds the marker inside an open if or unless clause', () => {
    assert.equal(inCondition("And if you're going to use it in the data center, you better pay attention.", 'going to'), true);
    assert.equal(inCondition("It's a lot of work, if that's not going to be the way we store them.", 'going to'), true);
    assert.equal(inCondition('Unless the vendor will ship it first, we wait.', 'will'), true);
  });

  it('leaves the consequence, indirect questions and the idiom if you will alone', () => {
    assert.equal(inCondition('If the bill fails, prices will rise next year.', 'will'), false);
    assert.equal(inCondition('If it rains then the match will be moved.', 'will'), false);
    assert.equal(inCondition("I don't know if they'll sign the deal.", "'ll"), false);
    assert.equal(inCondition('Nobody is sure if the plant will reopen.', 'will'), false);
    assert.equal(inCondition('You have a tremendous responsibility, if you will, to deliver.', 'will'), false);
  });

  it('a condition\u2019s future makes no forecast; a consequence\u2019s still does', () => {
    assert.notEqual(classifySentence("And if you're going to use it in the data center, you better pay attention to your license agreements.")?.kind, 'forecast');
    assert.equal(classifySentence('So I definitely think if the library won\u2019t do it, we should.')?.kind, 'opinion');
    assert.equal(classifySentence('If Congress fails to act, millions of families will lose their coverage.')?.kind, 'forecast');
  });
});

describe('a hypothetical would inside a plain statement (issue 9, podclaims)', () => {
  // Plain statements rank at the threshold: the hypothetical lowers them below it, a report of what someone said does not.
  const confidence = (sentence: string): number => classifySentence(sentence)?.confidence ?? 0;

  it('ranks a walk-through of what would happen lower than the same plain statement', () => {
    assert.ok(confidence('So instead of searching the list, they would click a new button on the page.') < confidence('So instead of searching the list, they click a new button on the page.'));
    assert.ok(confidence('In that case the team would remove the duplicate metric from the receiver.') >= confidence('In that case we would remove the duplicate metric from the receiver.'));
  });

  it('leaves reported would, would like and the naming would call alone', () => {
    assert.equal(confidence('He also said that the costs we face would escalate quickly.'), confidence('He also said that the costs we face escalate quickly.'));
    assert.equal(confidence('In medical parlance, you would call this the positive predictive value.'), confidence('In medical parlance, you call this the positive predictive value.'));
  });
});
