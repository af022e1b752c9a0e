import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const root = process.cwd();
const vsce = join(root, 'node_modules', '@vscode', 'vsce', 'vsce');

/** What the .vsix may hold: the bundles, the manifest and its translations, and declarative assets. */
const SHIPPED = [
  /^dist\/(extension|browser|cli|opencc-st-dictionaries|analysisWorker|analysisWorker\.browser)\.js$/,
  /^dist\/opencc-st-dictionaries\.json$/,
  /^package(\.nls(\.[a-z-]+)?)?\.json$/,
  /^(README\.md|LICENSE|CHANGELOG\.md)$/,
  /^syntaxes\/[\w.-]+\.json$/,
  /^schemas\/[\w.-]+\.json$/,
  /^samples\/[^/]+$/,
  /^media\/[\w.-]+\.(svg|png)$/,
  /^media\/walkthrough\/[\w.-]+\.(md|svg|png)$/,
  /^l10n\/bundle\.l10n\.[a-z-]+\.json$/,
];

describe('the packaged extension (vsce ls)', function () {
  this.timeout(60_000);

  it('ships the bundles and assets, and no sources, tests, maps or dependencies', function () {
    if (!existsSync(join(root, 'dist', 'extension.js'))) spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: root });
    const listed = spawnSync(process.execPath, [vsce, 'ls', '--no-dependencies'], { cwd: root, encoding: 'utf8' });
    assert.equal(listed.status, 0, listed.stderr);
    const files = listed.stdout.split('\n').map((l) => l.trim()).filter(Boolean);
    for (const required of ['dist/extension.js', 'dist/browser.js', 'dist/analysisWorker.js', 'dist/analysisWorker.browser.js', 'dist/opencc-st-dictionaries.js', 'dist/opencc-st-dictionaries.json', 'package.json', 'syntaxes/transcript.tmLanguage.json', 'schemas/annotations.schema.json']) {
      assert.ok(files.includes(required), `missing ${required}`);
    }
    const unexpected = files.filter((file) => !SHIPPED.some((pattern) => pattern.test(file)));
    assert.deepEqual(unexpected, []);
  });
});
