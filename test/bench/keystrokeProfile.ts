/**
 * Types into speech of a generated transcript through IncrementalAnalyzer.update, as the incremental
 * bench's "typing in speech" row does, for a CPU profile of the local path:
 *   node scripts/build.mjs --production --bench && npx esbuild test/bench/keystrokeProfile.ts --bundle --platform=node --outfile=out/bench/keystrokeProfile.js
 *   node --cpu-prof --cpu-prof-dir=<dir> out/bench/keystrokeProfile.js [megabytes] [rounds]
 */
import { IncrementalAnalyzer } from '../../src/core/analysis/incremental';
import { generateTranscript } from './generateTranscript';

const megabytes = Number(process.argv[2] ?? 10);
const rounds = Number(process.argv[3] ?? 5);
let text = generateTranscript(megabytes * 1024 * 1024);
const analyzer = new IncrementalAnalyzer({}, 'bench.txt');
analyzer.update(text);
const typed = '而且我們也認為今年的訂單會繼續增加，this is what we expect';
let local = 0;
let count = 0;
const updates: number[] = [];
/** Process CPU time (getrusage, µs steps; includes V8's helper threads) of each update(). */
const cpuTimes: number[] = [];
const started = process.cpuUsage();
for (let round = 0; round < rounds; round++) {
  for (const share of [0.2, 0.5, 0.8]) {
    let at = text.indexOf('我們的客戶', Math.floor(text.length * share));
    for (const ch of typed) {
      // A flat copy, as VS Code's getText() hands over.
      text = Buffer.from(text.slice(0, at) + ch + text.slice(at), 'utf16le').toString('utf16le');
      const before = performance.now();
      const cpuBefore = process.cpuUsage();
      analyzer.update(text, [{ rangeOffset: at, rangeLength: 0, text: ch }]);
      const cpu = process.cpuUsage(cpuBefore);
      updates.push(performance.now() - before);
      cpuTimes.push((cpu.user + cpu.system) / 1000);
      if (analyzer.lastMode === 'line') local++;
      count++;
      at += ch.length;
    }
  }
}
const cpu = process.cpuUsage(started);
const figures = (values: readonly number[]): string => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number): string => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!.toFixed(2);
  return `mean ${(values.reduce((a, b) => a + b, 0) / values.length).toFixed(2)}, median ${at(0.5)}, p90 ${at(0.9)}, p99 ${at(0.99)} ms`;
};
console.log(`${count} keystrokes, ${local} local; update() wall: ${figures(updates)}; CPU: ${figures(cpuTimes)}; process CPU ${((cpu.user + cpu.system) / 1000 / count).toFixed(2)} ms per keystroke (with the flat copy)`);
