import * as assert from 'node:assert/strict';
import { Reanchorer } from '../../../../src/core/anchoring/reanchor';
import { benchScenarios, score } from '../../../bench/reanchorBench';

// The benchmark's scenarios at a small scale: accuracy only (speed is for `npm run bench:reanchor`).
describe('re-anchoring accuracy on the benchmark scenarios (small scale)', () => {
  const { targets, scenarios } = benchScenarios({ transcriptBytes: 96 * 1024, annotations: 150 });

  for (const scenario of scenarios) {
    it(`${scenario.name}: nothing placed wrongly, nearly everything placed`, () => {
      const results = new Reanchorer(scenario.text).anchorAll(targets);
      const s = score(scenario.truth, results.map((r) => r.span), 0);
      assert.equal(s.wrong, 0);
      const placeable = scenario.truth.filter(Boolean).length;
      assert.ok(s.overlapping >= placeable * 0.99, `overlapping ${s.overlapping}/${placeable}`);
      if (scenario.name.startsWith('T→S') || scenario.name.startsWith('0%')) {
        assert.equal(s.exact, targets.length);
        assert.ok(results.every((r) => r.status === 'anchored'));
      }
    });
  }
});
