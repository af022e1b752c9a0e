import * as assert from 'node:assert/strict';
import { classifySentence } from '../../../../src/core/claims/classify';
import { isPastAnchoredTime } from '../../../../src/core/claims/pastAnchoredTimes';
import { matchingKey } from '../../../../src/core/text/charFold';

/** Whether the first `soon` or 不久 of the sentence is read as a time after a past point. */
function pastAnchored(sentence: string): boolean {
  const key = matchingKey(sentence);
  const match = /\bsoon\b|不久/.exec(key);
  assert.ok(match, sentence);
  return isPastAnchoredTime(key, 0, match.index, match.index + match[0].length);
}

describe('claim kinds: a future time word anchored to a past point (issue 9, branch forecast10)', () => {
  it('soon after, 刚…不久, …后不久 and 不久前 date a past point', () => {
    assert.equal(pastAnchored('Now, soon after that there was a major expansion in Bangladesh and Africa.'), true);
    assert.equal(pastAnchored('The plant closed soon afterwards.'), true);
    assert.equal(pastAnchored('大会刚刚闭幕不久，京城就发生大火，烧死12人。'), true);
    assert.equal(pastAnchored('他上任後不久，公司就裁員三百人。'), true);
    assert.equal(pastAnchored('不久前，这家公司宣布裁员。'), true);
  });

  it('soon, 不久就会 and 不久的将来 alone stay in the future', () => {
    for (const sentence of ['Many will soon be on the verge of bankruptcy.', 'Prices will rise soon.', '说不定不久就会有消息出来了', '在不久的将来，这里会建成新机场。']) {
      assert.equal(pastAnchored(sentence), false, sentence);
    }
  });

  it('such a sentence is read by its other cues; a future beside it still predicts', () => {
    assert.equal(classifySentence('Now, soon after that there was a major expansion in Bangladesh and Africa.')?.kind, 'fact');
    assert.equal(classifySentence('大会刚刚闭幕不久，京城就发生大火，烧死12人。')?.kind, 'fact');
    assert.equal(classifySentence('Soon after the election, prices will rise across the country.')?.kind, 'forecast');
    assert.equal(classifySentence('Prices will rise across the country soon.')?.kind, 'forecast');
    assert.equal(classifySentence('会议闭幕后不久，油价就会上涨。')?.kind, 'forecast');
  });
});
