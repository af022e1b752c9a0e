import * as assert from 'node:assert/strict';
import { findFigures } from '../../../../src/core/claims/figures';
import { matchingKey } from '../../../../src/core/text/charFold';

// From branch `opinions` (issue 9): its test of the title-mark rule, kept with the rule.
describe('figures inside title marks', () => {
  it('a number inside title marks is part of a name, not a figure', () => {
    const key = matchingKey('最经典的，莫过于1998年开播的《锵锵三人行》。');
    const figures = findFigures(key).map((f) => key.slice(f.start, f.end));
    assert.deepEqual(figures, ['1998年']);
    assert.deepEqual(findFigures(matchingKey('节目邀请了三人。')).length, 1);
    // An unclosed mark does not hide the rest of the sentence.
    assert.equal(findFigures(matchingKey('《书名没有关上，共有三人参加。')).length, 1);
  });
});
