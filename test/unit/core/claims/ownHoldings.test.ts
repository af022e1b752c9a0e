import * as assert from 'node:assert/strict';
import { classifySentence, DEFAULT_MINIMUM_CONFIDENCE } from '../../../../src/core/claims/classify';
import { statesOwnHolding } from '../../../../src/core/claims/ownHoldings';
import { matchingKey } from '../../../../src/core/text/charFold';

function holds(sentence: string): boolean {
  return statesOwnHolding(matchingKey(sentence));
}

describe('what the speakers\u2019 side has, as a piece of record (issue 9, claims-en14)', () => {
  it('reads `we` with `have` as its main verb and an object after it', () => {
    assert.equal(holds('We have a second index for archived rows in the reporting tables.'), true);
    assert.equal(holds('And then we had two baptisms at the evening service as well.'), true);
    assert.equal(holds('So, yeah, we\u2019ve got a profiler built into the test runner.'), true);
    assert.equal(holds('We also have a mirror of the package registry in Frankfurt.'), true);
    assert.equal(holds('We have no way of proving the loader never writes to disk.'), true);
  });

  it('leaves an obligation, the perfect, and a guest or the talk introduced', () => {
    assert.equal(holds('We have to finish the migration before the release.'), false);
    assert.equal(holds('We have now passed the halfway mark of the budget year.'), false);
    assert.equal(holds('We have provided a reconciliation in the appendix.'), false);
    assert.equal(holds('We\u2019ve been working on the scheduler for a while.'), false);
    assert.equal(holds('We have with us today the author of the bill.'), false);
    assert.equal(holds('We have not heard from the commission yet.'), false);
    assert.equal(holds('I have a second index for archived rows in the reporting tables.'), false);
    assert.equal(holds('They have a second index for archived rows in the reporting tables.'), false);
  });

  it('spares such a plain statement the `we` penalty, so it is shown like one about anybody else', () => {
    const ours = classifySentence('We have another counter for free memory in the host metrics.');
    const theirs = classifySentence('They have another counter for free memory in the host metrics.');
    const plan = classifySentence('We want another counter for free memory in the host metrics.');
    assert.ok(ours !== null && theirs !== null && plan !== null);
    assert.equal(ours.kind, 'fact');
    assert.equal(ours.confidence, theirs.confidence);
    assert.ok(ours.confidence >= DEFAULT_MINIMUM_CONFIDENCE);
    assert.ok(plan.confidence < DEFAULT_MINIMUM_CONFIDENCE);
  });
});
