import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The programs tests spawn, built beside this test. */
const CHILDREN = readdirSync(__dirname).filter((name) => name.endsWith('.child.js'));

describe('test child programs', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'children-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('are built beside the tests (so the checks below have something to check)', () => {
    assert.ok(CHILDREN.includes('saveLoop.child.js') && CHILDREN.includes('writer.child.js'), CHILDREN.join(', '));
  });

  for (const child of CHILDREN) {
    it(`${child} started without the test's environment variable refuses to run and writes nothing`, () => {
      const sidecar = join(dir, 'talk.txt.annotations.json');
      const env = { ...process.env };
      delete env.TA_TEST_CHILD;
      const result = spawnSync(process.execPath, [join(__dirname, child), sidecar, 'id', '0'], { cwd: dir, encoding: 'utf8', env, timeout: 20_000 });
      assert.equal(result.status, 2, result.stderr);
      assert.match(result.stderr, /does not run on its own/);
      assert.deepEqual(readdirSync(dir), []);
    });

    it(`${child} loaded into a running process (as mocha does given a wide glob) does nothing`, async () => {
      const before = process.cwd();
      process.chdir(dir);
      try {
        // A runtime require: the point is loading the built child into this very process, as mocha would.
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        require(join(__dirname, child));
        await new Promise((resolve) => setTimeout(resolve, 200));
      } finally {
        process.chdir(before);
      }
      assert.deepEqual(readdirSync(dir), []);
    });
  }
});
