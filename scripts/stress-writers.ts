// `npm run stress:writers [-- --rounds 200 --writers 8 --leftover none|killed|earlier|all]`: rounds of
// writer processes that each add one tag to the same sidecar at the same moment, with and without a lock
// left by a killed writer, counting tags reported saved but missing afterwards. Exit 1 on any loss or
// failed writer. The unit tests run a few rounds of the same (test/unit/node/concurrentWriters.test.ts).
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { lockPathFor } from '../src/node/sidecarLock';
import { leaveKilledWritersLock, runWriterRounds } from '../test/support/concurrentWriters';

const CHILD_DIR = join(__dirname, '..', 'test', 'unit', 'node');

const LEFTOVERS: Record<string, ((sidecar: string) => Promise<void>) | undefined> = {
  none: undefined,
  killed: (sidecar) => leaveKilledWritersLock(CHILD_DIR, sidecar),
  earlier: async (sidecar) => writeFileSync(lockPathFor(sidecar), `${spawnSync(process.execPath, ['-e', '0']).pid}\n`),
};

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 && process.argv[index + 1] ? process.argv[index + 1]! : fallback;
}

async function main(): Promise<void> {
  const rounds = Number(option('rounds', '200'));
  const writers = Number(option('writers', '8'));
  const chosen = option('leftover', 'all');
  const leftovers = chosen === 'all' ? ['none', 'killed'] : [chosen];
  if (!Number.isInteger(rounds) || rounds < 1 || !Number.isInteger(writers) || writers < 1 || leftovers.some((name) => !(name in LEFTOVERS))) {
    throw new Error('usage: stress-writers [--rounds N] [--writers N] [--leftover none|killed|earlier|all]');
  }
  let failed = false;
  for (const leftover of leftovers) {
    const started = Date.now();
    const result = await runWriterRounds({
      writers,
      rounds,
      childDir: CHILD_DIR,
      beforeStart: LEFTOVERS[leftover],
      onRound: (round) => {
        if (round.lost.length || round.failures.length) console.log(`  round ${round.round}: lost ${round.lost.join(', ') || 'none'}; failed ${round.failures.join(' | ') || 'none'}`);
        if ((round.round + 1) % 25 === 0) console.log(`  ${round.round + 1}/${rounds} rounds`);
      },
    });
    const seconds = ((Date.now() - started) / 1000).toFixed(0);
    console.log(`leftover lock: ${leftover}; ${writers} writers; ${result.rounds} rounds; ${result.acknowledged} tags reported saved; ${result.lost.length} lost (in ${result.roundsWithLoss} rounds); ${result.failures.length} writers failed; ${seconds} s`);
    if (result.lost.length || result.failures.length || result.acknowledged === 0) failed = true;
  }
  process.exitCode = failed ? 1 : 0;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 2;
});
