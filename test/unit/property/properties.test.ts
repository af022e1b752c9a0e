import fc from 'fast-check';
import { PROPERTIES } from './properties';

/** Fixed seed and modest runs keep the suite fast and reproducible; `npm run fuzz` runs the long campaign. */
const SEED = 1129;
const RUNS = 60;

describe('properties (fast-check, fixed seed)', () => {
  for (const { name, property } of PROPERTIES) {
    it(name, () => {
      fc.assert(property, { seed: SEED, numRuns: RUNS });
    });
  }
});
