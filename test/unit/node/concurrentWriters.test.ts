import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { leaveKilledWritersLock, runWriterRounds, type WriterRoundsResult } from '../../support/concurrentWriters';
import { lockPathFor } from '../../../src/node/nodeSidecarFiles';

/** The lock a killed writer of an earlier version left: just the pid of a process that is gone. */
function leaveEarlierVersionsLock(sidecar: string): Promise<void> {
  const gone = spawnSync(process.execPath, ['-e', '0']).pid;
  writeFileSync(lockPathFor(sidecar), `${gone}\n`);
  return Promise.resolve();
}

function assertNoLoss(result: WriterRoundsResult): void {
  assert.deepEqual(result.lost, [], `${result.lost.length} tags reported saved were lost, in ${result.roundsWithLoss} of ${result.rounds} rounds`);
  // Every writer must succeed: a run where all fail would lose nothing and prove nothing.
  assert.deepEqual(result.failures, [], 'writers that failed');
  assert.equal(result.acknowledged, result.rounds * 8);
}

// A few rounds here, so npm test stays quick on two busy cores; `npm run stress:writers` runs 200 of each.
// TA_WRITER_ROUNDS runs more.
describe('eight writer processes saving the same sidecar at once', function () {
  this.timeout(300_000);
  const extra = Number(process.env.TA_WRITER_ROUNDS ?? 0);

  it('keeps every tag reported saved', async () => {
    assertNoLoss(await runWriterRounds({ writers: 8, rounds: 2 + extra, childDir: __dirname }));
  });

  it('keeps every tag reported saved when a writer killed while saving left its lock', async () => {
    const result = await runWriterRounds({
      writers: 8,
      rounds: 3 + extra,
      childDir: __dirname,
      beforeStart: async (sidecar) => {
        await leaveKilledWritersLock(__dirname, sidecar);
        assert.ok(existsSync(lockPathFor(sidecar)), 'the killed writer left its lock');
      },
    });
    assertNoLoss(result);
  });

  it('keeps every tag reported saved when a killed writer of an earlier version left its pid-only lock', async () => {
    assertNoLoss(await runWriterRounds({ writers: 8, rounds: 1 + extra, childDir: __dirname, beforeStart: leaveEarlierVersionsLock }));
  });
});
