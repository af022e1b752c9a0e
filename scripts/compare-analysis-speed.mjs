#!/usr/bin/env node
// analyze() of a git ref against the working tree, alternating in one process so that load from other
// processes falls on both alike (on a shared machine, runs minutes apart differ by 2× or more).
//   node scripts/compare-analysis-speed.mjs <git-ref> <transcript> [rounds]
// Prints each side's median and fastest CPU time, both sides as multiples of a line split of the text timed in
// the same rounds (issue 13's yardstick; CPU and wall time), and the median of the rounds' new/old ratios.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleAnalyzeBothSides } from './analysisBundles.mjs';

const [ref, file, roundsArg] = process.argv.slice(2);
if (!ref || !file) {
  console.error('usage: compare-analysis-speed.mjs <git-ref> <transcript> [rounds]');
  process.exit(2);
}
const rounds = Number(roundsArg ?? 21);
const root = new URL('..', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'analysis-ab-'));
try {
  const sides = await bundleAnalyzeBothSides(root, ref, dir);
  const before = createRequire(import.meta.url)(sides.old).analyze;
  const after = createRequire(import.meta.url)(sides.new).analyze;
  const text = readFileSync(file, 'utf8');
  // Wall time too, for the ratio to a line split (the bench's measure); CPU time also counts V8's helper threads.
  const wallMs = new Map([[before, []], [after, []]]);
  const cpuMs = (fn) => {
    const start = process.cpuUsage();
    const wallStart = process.hrtime.bigint();
    fn(text, {}, file);
    wallMs.get(fn).push(Number(process.hrtime.bigint() - wallStart) / 1e6);
    const used = process.cpuUsage(start);
    return (used.user + used.system) / 1000;
  };
  for (let i = 0; i < 3; i++) {
    before(text, {}, file);
    after(text, {}, file);
  }
  const oldMs = [];
  const newMs = [];
  // Issue 13's yardstick: a line split of the same text, timed in every round (fastest of a few: it takes a
  // millisecond, so one preemption would skew it).
  const splitMs = [];
  const timeSplit = () => {
    let fastest = Infinity;
    for (let j = 0; j < 5; j++) {
      const start = process.hrtime.bigint();
      text.split(/\r\n|\r|\n/);
      fastest = Math.min(fastest, Number(process.hrtime.bigint() - start) / 1e6);
    }
    return fastest;
  };
  for (let i = 0; i < rounds; i++) {
    splitMs.push(timeSplit());
    // Alternate which goes first: the second pays for the garbage the first left.
    if (i % 2) {
      oldMs.push(cpuMs(before));
      newMs.push(cpuMs(after));
    } else {
      newMs.push(cpuMs(after));
      oldMs.push(cpuMs(before));
    }
  }
  const sorted = (values) => [...values].sort((a, b) => a - b);
  const median = (values) => sorted(values)[values.length >> 1];
  const ratios = sorted(newMs.map((ms, i) => ms / oldMs[i]));
  console.log(`${ref}: median ${median(oldMs).toFixed(1)} ms, fastest ${sorted(oldMs)[0].toFixed(1)} ms`);
  console.log(`working tree: median ${median(newMs).toFixed(1)} ms, fastest ${sorted(newMs)[0].toFixed(1)} ms`);
  const split = median(splitMs);
  // Under load the wall time of analyze() (tens of milliseconds) takes preemptions a split does not: the CPU ratio is the steadier one.
  const toSplit = (fn, cpu) => `${(median(cpu) / split).toFixed(0)}× CPU, ${(median(wallMs.get(fn)) / split).toFixed(0)}× wall`;
  console.log(`line split: median ${split.toFixed(2)} ms; full analysis / line split: ${ref} ${toSplit(before, oldMs)}, working tree ${toSplit(after, newMs)}`);
  console.log(`new/old per round: median ${median(ratios).toFixed(3)}, middle half ${ratios[rounds >> 2].toFixed(2)}–${ratios[(3 * rounds) >> 2].toFixed(2)} (${rounds} rounds, CPU time)`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
