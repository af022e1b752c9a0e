import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { testChildEnv } from '../../../support/testChild';

/**
 * The analysis' module-level caches (label heads, speaker names, folded labels, figure and cue reasons)
 * live across documents. A string cut from a document (13 characters or more in V8) is a view that keeps
 * the whole document alive, so a cache holding one kept the last document after its analysis was dropped.
 */
describe('analysis caches and the documents they read', function () {
  this.timeout(120_000);

  it('keep nothing of a document once it and its analysis are dropped', () => {
    const child = spawnSync(process.execPath, ['--expose-gc', join(__dirname, 'documentRetention.child.js')], {
      encoding: 'utf8',
      env: testChildEnv('documentRetention'),
      maxBuffer: 1 << 24,
      timeout: 110_000,
    });
    assert.equal(child.status, 0, child.stderr);
    const report = JSON.parse(child.stdout) as { files: number; claims: number; whileAlive: number; afterDropping: string[][] };
    assert.ok(report.files > 40 && report.claims > 1000, `the corpus as one document: ${report.files} files, ${report.claims} claims`);
    // The scan does find the document (and its folded key) while they are alive.
    assert.ok(report.whileAlive >= 1, 'the heap scan finds the live document');
    assert.deepEqual(
      report.afterDropping.map((chain) => chain.join('\n  < ')),
      [],
      'strings of the dropped document still reachable, each with what keeps it',
    );
  });
});
