import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CLI = join(process.cwd(), 'dist', 'cli.js');
const TRANSCRIPT = '陳立文：我們去年營收達到420億元。\n';

function run(...args: string[]) {
  return spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
}

/** Exit 2 and exactly one line on stderr that matches `reason`. */
function assertRefused(result: ReturnType<typeof run>, reason: RegExp): void {
  assert.equal(result.status, 2, `exit ${result.status}: ${result.stderr}`);
  const lines = result.stderr.trim().split('\n');
  assert.equal(lines.length, 1, result.stderr);
  assert.match(lines[0]!, reason);
}

describe('CLI on hostile input', function () {
  this.timeout(60_000);
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'cli-hostile-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses a 50 MB transcript with exit 2 for every command, by its size', () => {
    const file = join(dir, 'huge.txt');
    writeFileSync(file, '');
    truncateSync(file, 50 * 1024 * 1024); // sparse: nothing to read, so only a size check can refuse it
    for (const args of [['analyze', file, '--json'], ['tag', file, '--kind', 'fact', '--quote', 'x'], ['check', file]]) {
      assertRefused(run(...args), /50\.0 MB, over the 20\.0 MB limit/);
    }
  });

  it('refuses binary data and invalid UTF-8 with exit 2 and the reason', () => {
    const binary = join(dir, 'binary.txt');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
    const latin1 = join(dir, 'latin1.txt');
    writeFileSync(latin1, Buffer.from('Caf\xe9: cr\xe8me br\xfbl\xe9e\n', 'latin1'));
    const truncated = join(dir, 'truncated.txt');
    writeFileSync(truncated, Buffer.concat([Buffer.from('李明：我們'), Buffer.from('營').subarray(0, 2)]));
    for (const command of ['analyze', 'check']) {
      assertRefused(run(command, binary), /binary/);
      assertRefused(run(command, latin1), /not valid UTF-8/);
      assertRefused(run(command, truncated), /not valid UTF-8/);
    }
  });

  it('reports a deeply nested sidecar with its line and leaves it untouched, without a stack overflow', () => {
    const file = join(dir, 'talk.txt');
    writeFileSync(file, TRANSCRIPT);
    const sidecar = `${file}.annotations.json`;
    const nested = `{"version": 1, "annotations": [],\n "x": ${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}}\n`;
    writeFileSync(sidecar, nested);
    assertRefused(run('check', file), /annotations\.json:2:\d+: invalid JSON: nesting too deep/);
    assertRefused(run('tag', file, '--kind', 'fact', '--quote', '420億元'), /nesting too deep.*left unchanged/);
    assert.equal(readFileSync(sidecar, 'utf8'), nested);
  });

  it('refuses a sidecar over the size limit by its size and leaves it untouched', () => {
    const file = join(dir, 'talk.txt');
    writeFileSync(file, TRANSCRIPT);
    const sidecar = `${file}.annotations.json`;
    writeFileSync(sidecar, '{"version": 1, "annotations": [], "padding": "');
    truncateSync(sidecar, 80 * 1024 * 1024);
    assertRefused(run('check', file), /larger than 64 MB, the limit for a sidecar/);
    assertRefused(run('tag', file, '--kind', 'fact', '--quote', '420億元'), /larger than 64 MB/);
    assert.equal(statSync(sidecar).size, 80 * 1024 * 1024);
  });

  it('reports a sidecar that is not UTF-8 and leaves it untouched', () => {
    const file = join(dir, 'talk.txt');
    writeFileSync(file, TRANSCRIPT);
    const sidecar = `${file}.annotations.json`;
    const bytes = Buffer.from([0x7b, 0xff, 0xfe, 0x7d]);
    writeFileSync(sidecar, bytes);
    assertRefused(run('check', file), /not valid UTF-8/);
    assert.deepEqual(readFileSync(sidecar), bytes);
  });
});
