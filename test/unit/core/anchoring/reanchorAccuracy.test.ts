import * as assert from 'node:assert/strict';
import { Reanchorer } from '../../../../src/core/anchoring/reanchor';
import { benchScenarios, score } from '../../../bench/reanchorBench';

// The benchmark's scenarios at a small scale: accuracy only (speed is for `npm run bench:reanchor`).
describe('re-anchoring accuracy on the benchmark scenarios (small scale)', () => {
  const { targets, scenarios } = benchScenarios({ transcriptBytes: 96 * 1024, annotations: 150 });

  for (const scenario of scenarios) {
    it(`${scenario.name}: nothing placed wrongly`, () => {
      const results = new Reanchorer(scenario.text).anchorAll(targets);
      const s = score(scenario.truth, results.map((r) => r.span), 0);
      assert.equal(s.wrong, 0);
      // Annotations whose text was deleted entirely come back orphaned.
      scenario.truth.forEach((truth, i) => truth === null && assert.equal(results[i]!.status, 'orphaned'));
      const placeable = scenario.truth.filter(Boolean).length;
      // A partly deleted annotation may be orphaned rather than guessed; everything else must be placed.
      const share = scenario.name.includes('deleted') ? 0.9 : 0.99;
      assert.ok(s.overlapping >= placeable * share, `overlapping ${s.overlapping}/${placeable}`);
      if (scenario.name.startsWith('T→S') || scenario.name.startsWith('0%')) {
        assert.equal(s.exact, targets.length);
        assert.ok(results.every((r) => r.status === 'anchored'));
      }
    });
  }
});
