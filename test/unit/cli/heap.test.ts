import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { leanHeapFlags } from '../../../src/cli/heap';

/**
 * A child Node that sets `flags` at run time (as the CLI does), keeps 40 MB of small objects alive, and
 * reports how large its young generation grew and how many full collections ran.
 */
function youngGenerationAfterAllocating(flags: readonly string[], nodeFlags: readonly string[] = []): { youngBytes: number; initialYoungBytes: number } {
  const script = `
    const v8 = require('node:v8');
    const young = () => v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size;
    const initialYoungBytes = young();
    for (const flag of ${JSON.stringify(flags)}) v8.setFlagsFromString(flag);
    const kept = [];
    let youngBytes = 0;
    for (let i = 0; i < 400000; i++) {
      kept.push({ i, text: 'x' + i });
      if (i % 1000 === 0) youngBytes = Math.max(youngBytes, young());
    }
    process.stdout.write(JSON.stringify({ youngBytes, initialYoungBytes, kept: kept.length }));
  `;
  const child = spawnSync(process.execPath, [...nodeFlags, '-e', script], { encoding: 'utf8', timeout: 60_000 });
  assert.equal(child.status, 0, child.stderr);
  return JSON.parse(child.stdout) as { youngBytes: number; initialYoungBytes: number };
}

describe('CLI heap settings', function () {
  this.timeout(60_000);

  it('keeps the young generation small when set at run time, where by default it grows 32-fold', () => {
    const lean = youngGenerationAfterAllocating(leanHeapFlags([], ''));
    const usual = youngGenerationAfterAllocating([]);
    // Node 20: 1 MB at the start; 32 MB by default after this much allocation, 2 MB with the flags.
    assert.ok(usual.youngBytes >= 8 * usual.initialYoungBytes, `by default the young generation grows: ${usual.initialYoungBytes} → ${usual.youngBytes}`);
    assert.ok(lean.youngBytes <= 2 * lean.initialYoungBytes, `with the CLI's flags: ${lean.initialYoungBytes} → ${lean.youngBytes}`);
  });

  it('must set the growth factor at run time: on Node\'s command line V8 raises it to 2 and the young generation grows', () => {
    // The sidecar bench measured a CLI run with the flag on the command line before, and found it did nothing.
    const onCommandLine = youngGenerationAfterAllocating([], leanHeapFlags([], ''));
    assert.ok(onCommandLine.youngBytes >= 8 * onCommandLine.initialYoungBytes, `given on the command line: ${onCommandLine.initialYoungBytes} → ${onCommandLine.youngBytes}`);
  });

  it('leaves alone the settings the user gave Node, on its command line or in NODE_OPTIONS', () => {
    assert.deepEqual(leanHeapFlags([], ''), ['--semi-space-growth-factor=1', '--heap-growing-percent=25']);
    assert.deepEqual(leanHeapFlags(['--max-semi-space-size=64'], ''), ['--heap-growing-percent=25']);
    assert.deepEqual(leanHeapFlags(['--expose-gc'], '--heap_growing_percent=50'), ['--semi-space-growth-factor=1']);
    assert.deepEqual(leanHeapFlags([], '--max-old-space-size=4096  --min-semi-space-size 2'), ['--heap-growing-percent=25']);
  });
});
