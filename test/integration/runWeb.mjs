// Runs test/integration/web/ in code-server's web-worker extension host against the browser build
// (dist/browser.js): prepares out/web-extension/, a copy of the extension without a Node `main` (so VS Code
// loads `browser`), bundles the suite into it, and hands both to runCodeServer.mjs.
//
//   node scripts/build.mjs && node test/integration/runWeb.mjs [runCodeServer options]
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as esbuild from 'esbuild';

const root = new URL('../..', import.meta.url).pathname;
const target = join(root, 'out', 'web-extension');

if (!existsSync(join(root, 'dist', 'browser.js'))) {
  console.error('[web] missing dist/browser.js: run `node scripts/build.mjs` first.');
  process.exit(2);
}

rmSync(target, { recursive: true, force: true });
mkdirSync(join(target, 'dist'), { recursive: true });
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
delete manifest.main;
delete manifest.bin;
writeFileSync(join(target, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
cpSync(join(root, 'dist', 'browser.js'), join(target, 'dist', 'browser.js'));
// Full analyses run in this script, started as a nested Web Worker.
cpSync(join(root, 'dist', 'analysisWorker.browser.js'), join(target, 'dist', 'analysisWorker.browser.js'));
// Simplified→Traditional dictionaries, read on the first conversion that needs them.
cpSync(join(root, 'dist', 'opencc-st-dictionaries.json'), join(target, 'dist', 'opencc-st-dictionaries.json'));
for (const entry of ['media', 'l10n', 'samples', 'schemas', 'syntaxes', 'package.nls.json', 'package.nls.zh-cn.json', 'package.nls.zh-tw.json']) {
  if (existsSync(join(root, entry))) cpSync(join(root, entry), join(target, entry), { recursive: true });
}

await esbuild.build({
  absWorkingDir: root,
  entryPoints: ['test/integration/web/index.ts'],
  outfile: join(target, 'web-test', 'index.js'),
  bundle: true,
  platform: 'browser',
  format: 'cjs',
  target: 'es2022',
  external: ['vscode'],
  // mocha.js is a UMD bundle: with no `module`/`exports` it installs itself as `globalThis.mocha`.
  define: { module: 'undefined', exports: 'undefined' },
  logLevel: 'warning',
});

const run = spawnSync(
  process.execPath,
  [join(root, 'test', 'integration', 'runCodeServer.mjs'), '--extension', target, '--suite', join(target, 'web-test', 'index.js'), ...process.argv.slice(2)],
  { stdio: 'inherit' },
);
process.exit(run.status ?? 2);
