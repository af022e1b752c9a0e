import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = process.cwd();

describe('the npm package (npm pack --dry-run)', function () {
  this.timeout(60_000);

  it('holds the CLI bundles, its documentation and schema, and nothing of the extension or sources', function () {
    if (!existsSync(join(root, 'dist', 'cli.js'))) spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: root });
    // --ignore-scripts: the prepack production build is for publishing, not for this listing.
    const packed = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' });
    assert.equal(packed.status, 0, packed.stderr);
    const [tarball] = JSON.parse(packed.stdout) as { files: { path: string }[] }[];
    const files = tarball!.files.map((f) => f.path).sort();
    const ifPresent = (path: string): string[] => (existsSync(join(root, path)) ? [path] : []);
    const expected = [
      ...ifPresent('CHANGELOG.md'),
      'LICENSE',
      'README.md',
      'dist/cli.js',
      'dist/opencc-st-dictionaries.js',
      'docs/cli.md',
      ...ifPresent('docs/json-output.md'),
      'package.json',
      'schemas/annotations.schema.json',
    ];
    assert.deepEqual(files, expected);
  });

  it('is publishable and runs as `transcript-annotator` through its bin, with no runtime dependencies to install', () => {
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { private?: boolean; bin: Record<string, string>; dependencies?: object };
    assert.notEqual(manifest.private, true);
    assert.deepEqual(manifest.bin, { 'transcript-annotator': './dist/cli.js' });
    // Everything the CLI needs is bundled into dist/.
    assert.deepEqual(Object.keys(manifest.dependencies ?? {}), []);
    assert.match(readFileSync(join(root, 'dist', 'cli.js'), 'utf8').slice(0, 30), /^#!\/usr\/bin\/env node\n/);
  });
});
