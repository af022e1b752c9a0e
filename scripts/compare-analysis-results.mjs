#!/usr/bin/env node
// analyze() of a git ref against the working tree on every corpus file and sample (and any extra files), in one
// process: JSON.stringify of the two results must be equal. For hot-path changes that must not change results;
// quicker than snapshot-analysis.mjs (no CLI per file), and it needs no snapshot written beforehand.
//   node scripts/compare-analysis-results.mjs [--key] <git-ref> [extra files…]
// --key: both sides through analyzeIndexed with the whole text's folded key, the editor's full analysis
// (IncrementalAnalyzer), where a search without an end reads on to the document's end.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleAnalyzeBothSides } from './analysisBundles.mjs';

const args = process.argv.slice(2);
const wholeKey = args[0] === '--key';
const [ref, ...extra] = wholeKey ? args.slice(1) : args;
if (!ref) {
  console.error('usage: compare-analysis-results.mjs [--key] <git-ref> [extra files…]');
  process.exit(2);
}
const root = new URL('..', import.meta.url).pathname;
const transcripts = ['test/corpus/en', 'test/corpus/zh-Hans', 'test/corpus/zh-Hant', 'samples']
  .flatMap((folder) => readdirSync(join(root, folder)).filter((f) => !f.endsWith('.json') && !f.endsWith('SOURCES.md') && !f.endsWith('SOURCES-zh.md')).map((f) => join(root, folder, f)))
  .concat(extra);
const dir = mkdtempSync(join(tmpdir(), 'analysis-results-'));
try {
  const sides = await bundleAnalyzeBothSides(root, ref, dir);
  const load = (bundle) => {
    const side = createRequire(import.meta.url)(bundle);
    return wholeKey ? (text, options, name) => side.analyzeIndexed(new side.LineIndex(text), options, name, side.matchingKey(text)) : side.analyze;
  };
  const before = load(sides.old);
  const after = load(sides.new);
  let differences = 0;
  for (const file of transcripts) {
    const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
    const name = file.slice(file.lastIndexOf('/') + 1);
    const old = JSON.stringify(before(text, {}, name));
    const now = JSON.stringify(after(text, {}, name));
    if (old !== now) {
      differences++;
      let at = 0;
      while (at < old.length && old[at] === now[at]) at++;
      console.log(`DIFFERENT: ${file} at ${at}: ${old.slice(Math.max(0, at - 80), at + 80)}\n  now: ${now.slice(Math.max(0, at - 80), at + 80)}`);
    }
  }
  console.log(`${transcripts.length} transcripts compared with ${ref}${wholeKey ? ' (whole key)' : ''}: ${differences} different`);
  process.exitCode = differences ? 1 : 0;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
