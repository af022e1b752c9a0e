#!/usr/bin/env node
// Where analyze() allocates: V8's sampling heap profiler, counting objects the garbage collector has
// already freed too (a plain heap profile shows only what survives). Bundles the working tree's analyze().
//   node scripts/allocation-profile.mjs <transcript> [runs] [rows]
// Prints megabytes allocated per analyze() and the functions that allocate most (inlined callees count
// towards their caller).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { Session } from 'node:inspector';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';

const [file, runsArg, rowsArg] = process.argv.slice(2);
if (!file) {
  console.error('usage: allocation-profile.mjs <transcript> [runs] [rows]');
  process.exit(2);
}
const runs = Number(runsArg ?? 3);
const rows = Number(rowsArg ?? 25);
const root = new URL('..', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'analysis-alloc-'));
try {
  const outfile = join(dir, 'analyze.cjs');
  await build({ entryPoints: [join(root, 'src/core/analysis/analyze.ts')], bundle: true, platform: 'node', format: 'cjs', outfile, logLevel: 'warning' });
  const { analyze } = createRequire(import.meta.url)(outfile);
  const text = readFileSync(file, 'utf8');
  // Warm up: tables built on first use and the JIT's first tiers are not the document's.
  for (let i = 0; i < 3; i++) analyze(text, {}, file);
  const session = new Session();
  session.connect();
  const post = (method, params) => new Promise((resolve, reject) => session.post(method, params, (error, result) => (error ? reject(error) : resolve(result))));
  await post('HeapProfiler.enable');
  await post('HeapProfiler.startSampling', { samplingInterval: 1024, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
  for (let i = 0; i < runs; i++) analyze(text, {}, file);
  const { profile } = await post('HeapProfiler.stopSampling');
  const bytesBy = new Map();
  let total = 0;
  const walk = (node) => {
    const name = `${node.callFrame.functionName || '(anonymous)'} (bundle line ${node.callFrame.lineNumber + 1})`;
    bytesBy.set(name, (bytesBy.get(name) ?? 0) + node.selfSize);
    total += node.selfSize;
    for (const child of node.children) walk(child);
  };
  walk(profile.head);
  const mb = (bytes) => (bytes / runs / 1e6).toFixed(2);
  console.log(`${mb(total)} MB allocated per analyze() of ${file} (${text.length} characters; ${runs} runs)`);
  for (const [name, bytes] of [...bytesBy].sort((a, b) => b[1] - a[1]).slice(0, rows)) {
    console.log(`${((100 * bytes) / total).toFixed(1).padStart(5)}% ${mb(bytes).padStart(6)} MB  ${name}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
