import assert from 'node:assert/strict';
import { cuesAsWritten } from '../../../src/presentation/cueDisplay';

describe('cue words as written in the transcript', () => {
  it('shows a Simplified reason in the Traditional text of the sentence', () => {
    assert.deepEqual(cuesAsWritten('我認為這種擔心是多餘的。', ['first-person belief: 我认为']), ['first-person belief: 我認為']);
  });

  it('maps both parts of a two-part cue and keeps letter case as written', () => {
    assert.deepEqual(cuesAsWritten('據經濟部報導，出口成長。', ['attribution: 据…报导']), ['attribution: 據…報導']);
    assert.deepEqual(cuesAsWritten('We Expect growth.', ['forecast: expect']), ['forecast: Expect']);
  });

  it('leaves reasons without a quoted word, and words it cannot find, alone', () => {
    assert.deepEqual(cuesAsWritten('他說好。', ['statement', 'money: 420亿元']), ['statement', 'money: 420亿元']);
  });
});
