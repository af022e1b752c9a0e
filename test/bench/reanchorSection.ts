import type { BenchSection } from './harness';
import { runReanchorBench } from './reanchorBench';

/** Re-anchoring beside the Hypothesis-style baseline; both measured in this process, one after the other. */
export const reanchorSection: BenchSection = {
  name: 'reanchor',
  cases: {},
  report(context) {
    runReanchorBench((line) => context.print(line));
  },
};
