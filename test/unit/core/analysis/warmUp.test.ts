import assert from 'node:assert/strict';
import { IncrementalAnalyzer } from '../../../../src/core/analysis/incremental';
import { WARM_UP_SAMPLE, warmUpLocalEdits } from '../../../../src/core/analysis/warmUp';

describe('warming the host’s local path', () => {
  it('takes every edit of the warm-up locally (else it would not warm the local path)', () => {
    assert.equal(warmUpLocalEdits(), 4);
    assert.equal(warmUpLocalEdits({ extraCues: { forecast: ['展望'] } }), 4);
  });

  it('types where the sample has speech, and leaves the sample as it was after each Backspace', () => {
    for (const typedAfter of ['我們去年營收', 'curiosity is']) {
      const at = WARM_UP_SAMPLE.indexOf(typedAfter) + typedAfter.length;
      assert.ok(at >= typedAfter.length, typedAfter);
      const analyzer = new IncrementalAnalyzer({}, 'warm-up.txt');
      const before = analyzer.update(WARM_UP_SAMPLE);
      const typed = WARM_UP_SAMPLE.slice(0, at) + '很' + WARM_UP_SAMPLE.slice(at);
      assert.ok(analyzer.updateLocally(typed, [{ rangeOffset: at, rangeLength: 0, text: '很' }]), `${typedAfter}: local`);
      const back = analyzer.updateLocally(WARM_UP_SAMPLE, [{ rangeOffset: at, rangeLength: 1, text: '' }]);
      assert.deepStrictEqual(back && { ...back, turns: back.turns, claims: back.claims, stageDirections: back.stageDirections }, { ...before, turns: before.turns, claims: before.claims, stageDirections: before.stageDirections });
    }
  });
});
