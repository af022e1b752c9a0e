import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchSection } from './harness';

const ROOT = process.cwd();
const BUNDLES = ['dist/extension.js', 'dist/browser.js', 'dist/cli.js', 'dist/opencc-st-dictionaries.js', 'dist/opencc-st-dictionaries.json', 'dist/analysisWorker.js', 'dist/analysisWorker.browser.js'];

/** An STPhrases entry, as written and as esbuild escapes it; only the dictionary chunks may hold it. */
const ST_PHRASES_PROBES = ['一丝不挂 一絲不掛', '\\u4E00\\u4E1D\\u4E0D\\u6302 \\u4E00\\u7D72\\u4E0D\\u639B'];
const LAZY_LOADING_BUNDLES = ['dist/extension.js', 'dist/browser.js', 'dist/cli.js'];

function kb(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(2)} MB` : `${(bytes / 1024).toFixed(0)} KB`;
}

/** Packages the extension with vsce into a temporary folder and returns the .vsix size, or why not. */
function vsixSize(): string {
  const vsce = join(ROOT, 'node_modules', '.bin', 'vsce');
  if (!existsSync(vsce)) return 'not measured (@vscode/vsce is not installed)';
  const dir = mkdtempSync(join(tmpdir(), 'vsix-'));
  try {
    const out = join(dir, 'extension.vsix');
    // The base URLs only satisfy vsce's check on README images (no repository field yet); they do not change the size.
    const args = ['package', '--no-dependencies', '--out', out, '--baseContentUrl', 'https://example.invalid/', '--baseImagesUrl', 'https://example.invalid/'];
    const result = spawnSync(vsce, args, { cwd: ROOT, encoding: 'utf8', timeout: 180_000 });
    if (result.status !== 0 || !existsSync(out)) return `not measured (vsce failed: ${(result.stderr || result.stdout).trim().split('\n').pop() ?? ''})`;
    return kb(statSync(out).size);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Sizes of the bundles as built now (dev or --production) and of the packaged .vsix. */
export const sizesSection: BenchSection = {
  name: 'sizes',
  cases: {},
  report(context) {
    const built = BUNDLES.filter((b) => existsSync(join(ROOT, b)));
    if (!built.length) {
      context.print('no bundles in dist/: run npm run build (or the package script) first');
      return;
    }
    // npm run bench builds with --production (minified, no source maps), as npm run package does.
    const minified = readFileSync(join(ROOT, built[0]!), 'utf8').split('\n').length < 200;
    context.print(`bundles (${minified ? 'production build: minified' : 'development build: not minified'}):`);
    for (const bundle of BUNDLES) context.print(`  ${bundle.padEnd(34)} ${existsSync(join(ROOT, bundle)) ? kb(statSync(join(ROOT, bundle)).size) : 'missing'}`);
    const inlined = LAZY_LOADING_BUNDLES.filter((bundle) => existsSync(join(ROOT, bundle)) && ST_PHRASES_PROBES.some((probe) => readFileSync(join(ROOT, bundle), 'utf8').includes(probe)));
    context.print(`  opencc Simplified→Traditional phrases inlined in ${LAZY_LOADING_BUNDLES.join(', ')}: ${inlined.length ? `YES (FAIL: ${inlined.join(', ')})` : 'no (loaded on first conversion)'}`);
    context.print(`  .vsix (vsce package --no-dependencies)   ${vsixSize()}`);
  },
};
