#!/usr/bin/env node
// Memory of analyze() for a git ref against the working tree, each run in a fresh Node process, old and new
// alternating (so load and the machine's state fall on both alike).
//   node scripts/compare-analysis-memory.mjs <git-ref> <transcript> [rounds] [-- node flags…]
// Per run, over the file's UTF-8 size, as the bench's `memory` case measures: how far peak RSS rises during
// analyze() (after a warm-up that builds the tables loaded on first use), the heap the result keeps, and
// what stays reachable once the result and the text are dropped (a module-level cache holding a slice of the
// document keeps it all).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleAnalyzeBothSides } from './analysisBundles.mjs';

const args = process.argv.slice(2);
const dash = args.indexOf('--');
const nodeFlags = dash >= 0 ? args.slice(dash + 1) : [];
const [ref, file, roundsArg] = dash >= 0 ? args.slice(0, dash) : args;
if (!ref || !file) {
  console.error('usage: compare-analysis-memory.mjs <git-ref> <transcript> [rounds] [-- node flags…]');
  process.exit(2);
}
const rounds = Number(roundsArg ?? 3);
const root = new URL('..', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'analysis-memory-'));

const child = `
const { readFileSync, statSync } = require('node:fs');
const { analyze } = require(process.argv[2]);
const file = process.argv[3];
analyze('李明：我認為明年營收會增長20%。\\nMS. JONES: I think it will.', {}, 'warm-up.txt');
gc();
const heapBase = process.memoryUsage().heapUsed;
let text = readFileSync(file, 'utf8');
const input = statSync(file).size;
const heapBefore = process.memoryUsage().heapUsed;
const rssBefore = process.memoryUsage().rss;
let result = analyze(text, {}, 'bench.txt');
const peak = process.resourceUsage().maxRSS * 1024;
/^$/.exec('');
gc();
const kept = process.memoryUsage().heapUsed - heapBefore;
const claims = result.claims.length;
result = undefined;
text = undefined;
gc();
const left = process.memoryUsage().heapUsed - heapBase;
process.stdout.write(JSON.stringify({ rise: (peak - rssBefore) / input, kept: kept / input, leftMb: left / 1e6, claims }));
`;

try {
  const sides = await bundleAnalyzeBothSides(root, ref, dir);
  const script = join(dir, 'measure.cjs');
  writeFileSync(script, child);
  const results = { old: [], new: [] };
  for (let i = 0; i < rounds; i++) {
    for (const side of ['old', 'new']) {
      const out = execFileSync(process.execPath, ['--expose-gc', ...nodeFlags, script, sides[side], file], { encoding: 'utf8', maxBuffer: 1 << 26 });
      results[side].push(JSON.parse(out));
    }
  }
  const range = (values, digits = 2) => {
    const low = Math.min(...values).toFixed(digits);
    const high = Math.max(...values).toFixed(digits);
    return low === high ? low : `${low}-${high}`;
  };
  console.log(`${file}: ${(statSync(file).size / 1e6).toFixed(1)} MB, ${rounds} rounds, load ${(await import('node:os')).loadavg()[0].toFixed(1)}`);
  for (const side of ['old', 'new']) {
    const r = results[side];
    console.log(
      `${side === 'old' ? ref : 'working tree'}: peak RSS rise ${range(r.map((x) => x.rise))}×, result keeps ${range(r.map((x) => x.kept))}×, ` +
        `with it and the text dropped ${range(r.map((x) => x.leftMb), 1)} MB more than before; ${r[0].claims} claims`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
