/**
 * Types into speech of a generated court record with a line-number gutter (every line numbered 1…25 per page,
 * as a stenographer's transcript) through IncrementalAnalyzer.update, for the keystroke cost of the gutter path
 * (updateInGutter):
 *   npx esbuild test/bench/gutterKeystrokes.ts --bundle --platform=node --outfile=out/bench/gutterKeystrokes.js
 *   node [--cpu-prof --cpu-prof-dir=<dir>] out/bench/gutterKeystrokes.js [megabytes] [rounds]
 */
import { IncrementalAnalyzer } from '../../src/core/analysis/incremental';
import { courtRecord } from './courtRecord';

const megabytes = Number(process.argv[2] ?? 10);
const rounds = Number(process.argv[3] ?? 3);

let text = courtRecord(megabytes * 1024 * 1024);
const analyzer = new IncrementalAnalyzer({}, 'record.txt');
const fullStarted = performance.now();
analyzer.update(text);
console.log(`${megabytes} MB record, ${analyzer.analysis!.turns.length} turns; full analysis ${(performance.now() - fullStarted).toFixed(0)} ms`);
const typed = ' and the witness said so';
let local = 0;
let count = 0;
let first: number | undefined;
const updates: number[] = [];
for (let round = 0; round < rounds; round++) {
  for (const share of [0.2, 0.5, 0.8]) {
    let at = text.indexOf('grow by 12 percent', Math.floor(text.length * share)) + 'grow'.length;
    for (const ch of typed) {
      // A flat copy, as VS Code's getText() hands over.
      text = Buffer.from(text.slice(0, at) + ch + text.slice(at), 'utf16le').toString('utf16le');
      const before = performance.now();
      analyzer.update(text, [{ rangeOffset: at, rangeLength: 0, text: ch }]);
      const took = performance.now() - before;
      // The first keystroke builds the blanked lines' baseline (once per adopted analysis).
      if (first === undefined) first = took;
      else updates.push(took);
      if (analyzer.lastMode === 'line') local++;
      count++;
      at += ch.length;
    }
  }
}
// Read the turns, as the decorations do, so a lazily built list is paid for somewhere.
const readStarted = performance.now();
const turns = analyzer.analysis!.turns.length;
const figures = (values: readonly number[]): string => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number): string => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!.toFixed(2);
  return `mean ${(values.reduce((a, b) => a + b, 0) / values.length).toFixed(2)}, median ${at(0.5)}, p90 ${at(0.9)}, p99 ${at(0.99)} ms`;
};
console.log(`${count} keystrokes, ${local} local; first ${first!.toFixed(1)} ms; the others' update() wall: ${figures(updates)}; reading ${turns} turns after: ${(performance.now() - readStarted).toFixed(1)} ms`);
