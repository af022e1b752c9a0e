// The core's analyze() of a git ref and of the working tree, each bundled on its own for the A/B scripts
// (compare-analysis-speed.mjs, compare-analysis-memory.mjs).
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

/** Bundles src/core/analysis/analyze.ts of `ref` and of the working tree under `dir`: the two CommonJS files' paths. */
export async function bundleAnalyzeBothSides(root, ref, dir) {
  const old = join(dir, 'old');
  mkdirSync(old);
  const archive = execFileSync('git', ['-C', root, 'archive', '--format=tar', ref, 'src', 'tsconfig.json', 'tsconfig.base.json'], { maxBuffer: 1 << 30 });
  execFileSync('tar', ['-x', '-C', old], { input: archive });
  symlinkSync(join(root, 'node_modules'), join(old, 'node_modules'));
  const bundle = async (srcRoot, name) => {
    const outfile = join(dir, `${name}.cjs`);
    // analyze.ts's exports, and what the editor's whole-key path needs (compare-analysis-results.mjs --key).
    const contents = "export * from './src/core/analysis/analyze'; export { LineIndex } from './src/core/text/positions'; export { matchingKey } from './src/core/text/charFold';";
    await build({ stdin: { contents, resolveDir: srcRoot, loader: 'ts' }, bundle: true, platform: 'node', format: 'cjs', outfile, logLevel: 'warning' });
    return outfile;
  };
  return { old: await bundle(old, 'old'), new: await bundle(root, 'new') };
}
