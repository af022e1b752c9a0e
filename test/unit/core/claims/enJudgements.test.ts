import * as assert from 'node:assert/strict';
import { classifySentence } from '../../../../src/core/claims/classify';
import { judgingNounPredicate } from '../../../../src/core/claims/enJudgements';
import { matchingKey } from '../../../../src/core/text/charFold';

function noun(sentence: string): string | null {
  const key = matchingKey(sentence);
  return judgingNounPredicate(key, 0, key.length);
}

describe('claim kinds in English: a judging noun as the predicate (issue 9, branch zhkind4)', () => {
  it('a copula before problem, challenge, lie, mistake… judges what the subject is', () => {
    assert.equal(noun('Most productivity metrics are a lie.'), 'lie');
    assert.equal(noun('This is a bit of a problem, because of all of the places for math to be counterintuitive.'), 'problem');
    assert.equal(noun('So it is a challenge to distribute the key k to the receiver and to the sender.'), 'challenge');
    assert.equal(noun('That’s a huge mistake on the part of the committee.'), 'mistake');
    assert.equal(noun('This test is a real pain to write.'), 'pain');
    assert.equal(noun("And it's really an indication of their commitment to public safety excellence."), 'indication');
    assert.equal(noun('The whole review was a waste of time for the team.'), 'waste');
  });

  it('a problem that exists, a relative clause, a problem as the subject, and the word inside another word are not', () => {
    for (const sentence of ['There is a problem with the build on the second server.', 'Warp sync tracks more witnesses than Spend Before Sync which is a problem for larger wallets.', 'The problem was reported by three users last week.', 'She is a liar and a cheat, according to the filing.', 'This is problematic for the whole team.', 'There are clear indications that this has already started.', 'Pain is the first symptom the patients report.']) {
      assert.equal(noun(sentence), null, sentence);
    }
  });

  it('a plain statement with a judging predicate is an opinion with its reason, as sure of being a claim as before', () => {
    const judged = classifySentence('Most productivity metrics in the industry are a lie.');
    assert.equal(judged?.kind, 'opinion');
    assert.deepEqual(judged.cues, ['evaluation: lie']);
    const plain = classifySentence('Most productivity metrics in the industry are a ratio.');
    assert.equal(plain?.kind, 'fact');
    assert.equal(judged.confidence, plain.confidence);
  });
});
