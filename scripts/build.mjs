// Bundles every entry point with esbuild. Flags:
//   (none)    extension, browser and CLI bundles into dist/
//   --tests   also unit tests into out/test/unit and the integration suite into out/test/integration
//   --bench   also the benchmark into out/bench
//   --fuzz    also the fuzz campaign into out/fuzz
//   --accuracy  also the corpus scorer into out/accuracy
//   --robust  also the real-text edit checker into out/robust (scripts/robust-edits.ts)
//   --reanchor-real  also the real-revision tag checker into out/reanchor-real (scripts/reanchor-real.ts)
//   --stress  also the concurrent-writer stress run into out/stress (with --tests, for its child programs)
//   --watch   rebuild on change
import * as esbuild from 'esbuild';
import { LAZY_DICTIONARIES_ENTRY, LAZY_DICTIONARIES_FILE, WEB_DICTIONARIES_FILE, lazyDictionaries, lazyDictionariesOptions, webDictionariesJson, webLazyDictionaries } from './lazyDictionaries.mjs';
import { builtinModules, createRequire } from 'node:module';
import { existsSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const args = new Set(process.argv.slice(2));
const production = args.has('--production');
const root = new URL('..', import.meta.url).pathname;

const nodeBuiltins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);

/** Fails the build when src/core imports vscode or a Node built-in: the core must run in a browser too. */
const pureCore = {
  name: 'pure-core',
  setup(build) {
    build.onResolve({ filter: /.*/ }, (resolveArgs) => {
      const importer = resolveArgs.importer ? relative(root, resolveArgs.importer) : '';
      if (!importer.startsWith(`src${sep}core${sep}`)) return undefined;
      if (resolveArgs.path === 'vscode' || nodeBuiltins.has(resolveArgs.path)) {
        return { errors: [{ text: `src/core must stay pure: ${importer} imports '${resolveArgs.path}'` }] };
      }
      return undefined;
    });
  },
};

function filesUnder(dir, suffix) {
  const abs = join(root, dir);
  if (!existsSync(abs)) return [];
  const found = [];
  for (const name of readdirSync(abs)) {
    const path = join(abs, name);
    if (statSync(path).isDirectory()) found.push(...filesUnder(join(dir, name), suffix));
    else if (name.endsWith(suffix)) found.push(join(dir, name));
  }
  return found;
}

const common = {
  bundle: true,
  sourcemap: production ? false : 'linked',
  minify: production,
  target: 'node20',
  logLevel: 'warning',
  plugins: [pureCore],
  absWorkingDir: root,
};

const nodeDist = { ...common, ...lazyDictionariesOptions, plugins: [pureCore, lazyDictionaries] };
const builds = [
  { ...nodeDist, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', platform: 'node', format: 'cjs', banner: { js: '#!/usr/bin/env node' } },
  { ...common, entryPoints: [LAZY_DICTIONARIES_ENTRY], outfile: `dist/${LAZY_DICTIONARIES_FILE}`, platform: 'node', format: 'cjs', sourcemap: false },
];
if (existsSync(join(root, 'src/vscode/extension.node.ts'))) {
  builds.push({ ...nodeDist, entryPoints: ['src/vscode/extension.node.ts'], outfile: 'dist/extension.js', platform: 'node', format: 'cjs', external: ['vscode'] });
}
// Full analyses run in a worker: worker_threads on the desktop, a nested Web Worker in VS Code for the Web.
builds.push({ ...nodeDist, entryPoints: ['src/worker/analysisWorker.node.ts'], outfile: 'dist/analysisWorker.js', platform: 'node', format: 'cjs' });
builds.push({ ...common, entryPoints: ['src/worker/analysisWorker.browser.ts'], outfile: 'dist/analysisWorker.browser.js', platform: 'browser', format: 'iife', target: 'es2022' });
if (existsSync(join(root, 'src/vscode/extension.browser.ts'))) {
  builds.push({
    ...common, plugins: [pureCore, webLazyDictionaries], entryPoints: ['src/vscode/extension.browser.ts'], outfile: 'dist/browser.js',
    platform: 'browser', format: 'cjs', target: 'es2022', external: ['vscode'],
  });
}
if (args.has('--tests')) {
  // Bundles of deleted or renamed tests must not linger and run.
  rmSync(join(root, 'out/test'), { recursive: true, force: true });
  // `*.child.ts`: programs that tests spawn as separate processes (fault injection).
  const unit = [...filesUnder('test/unit', '.test.ts'), ...filesUnder('test/unit', '.child.ts')];
  // fast-check loads once per mocha worker, not once per bundle: its string arbitraries build code-point tables
  // on first use (about half a second each time), which every one of ~40 bundles paid again.
  if (unit.length) builds.push({ ...common, entryPoints: unit, outdir: 'out/test/unit', outbase: 'test/unit', platform: 'node', format: 'cjs', external: ['mocha', 'esbuild', 'fast-check'] });
  const integration = filesUnder('test/integration/suite', '.ts');
  if (integration.length) builds.push({ ...common, entryPoints: integration, outdir: 'out/test/integration/suite', outbase: 'test/integration/suite', platform: 'node', format: 'cjs', external: ['vscode', 'mocha'] });
}
if (args.has('--bench')) {
  builds.push({ ...common, entryPoints: ['test/bench/bench.ts'], outfile: 'out/bench/bench.js', platform: 'node', format: 'cjs' });
}

if (args.has('--fuzz')) {
  builds.push({ ...common, entryPoints: ['test/fuzz/fuzz.ts'], outfile: 'out/fuzz/fuzz.js', platform: 'node', format: 'cjs' });
}

if (args.has('--accuracy')) {
  builds.push({ ...common, entryPoints: ['test/accuracy/main.ts'], outfile: 'out/accuracy/accuracy.js', platform: 'node', format: 'cjs' });
}

if (args.has('--robust')) {
  builds.push({ ...common, entryPoints: ['scripts/robust-edits.ts'], outfile: 'out/robust/robust-edits.js', platform: 'node', format: 'cjs' });
}

if (args.has('--reanchor-real')) {
  builds.push({ ...common, entryPoints: ['scripts/reanchor-real.ts'], outfile: 'out/reanchor-real/reanchor-real.js', platform: 'node', format: 'cjs' });
}

if (args.has('--stress')) {
  builds.push({ ...common, entryPoints: ['scripts/stress-writers.ts'], outfile: 'out/stress/stress-writers.js', platform: 'node', format: 'cjs' });
}

if (args.has('--watch')) {
  for (const options of builds) (await esbuild.context(options)).watch();
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
}
// The web build's copy of the Simplified→Traditional dictionaries, from the node chunk (in --watch: from the previous build's, once).
const nodeDictionaries = join(root, 'dist', LAZY_DICTIONARIES_FILE);
if (existsSync(nodeDictionaries)) writeFileSync(join(root, 'dist', WEB_DICTIONARIES_FILE), webDictionariesJson(createRequire(import.meta.url)(nodeDictionaries)));
