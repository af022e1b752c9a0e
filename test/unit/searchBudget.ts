// How much of each randomised or exhaustive edit search one run covers. The searches use fixed seeds, so a
// quick run checks the first runs of the same sequence a thorough run checks in full.
//
// `npm test` (and CI) runs a quarter of each count so the unit stage stays within a few minutes on two cores;
// `npm run test:thorough` (TA_THOROUGH=1) runs every count in full — before a release, or after changing the
// incremental analyzer or a document-level rule it re-checks.
//
// A search's "enough edits stayed local" check counts per run made, not per edit: fast-check draws more small,
// edge-case values in its first runs, so a quick run's share of local edits is lower than a thorough run's while
// its count per run is about the same. A "some edit stayed local" check goes on past the quarter (searchGoesOn).

const THOROUGH = process.env['TA_THOROUGH'] === '1';
const QUICK_SHARE = 4;
/** A quick run still makes at least this many runs of a search (or all of a shorter one). */
const QUICK_FLOOR = 20;

/** A property's or an edit loop's run count: `full` in a thorough run, a quarter of it (at least QUICK_FLOOR) otherwise. */
export function searchRuns(full: number): number {
  return THOROUGH ? full : Math.min(full, Math.max(QUICK_FLOOR, Math.ceil(full / QUICK_SHARE)));
}

/** The stride of a walk over every offset of a text: `full` in a thorough run, a wider prime stride otherwise. */
export function offsetStride(full: number): number {
  return THOROUGH ? full : full * QUICK_SHARE - 1;
}

/**
 * Whether an edit loop goes on to run `run` of `full`: in a quick run it stops after a quarter once `satisfied`
 * holds (what the test's "the search was not empty" check needs, such as one edit kept local), so a quick run
 * fails that check only where the full run would.
 */
export function searchGoesOn(run: number, full: number, satisfied: boolean): boolean {
  return run < full && (run < searchRuns(full) || !satisfied);
}
