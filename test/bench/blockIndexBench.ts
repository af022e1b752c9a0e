/**
 * The block index alone: an edit, a near() read, a replacement and an indexAtOrAfter() per step, at
 * random places of a list of claim-like items (127,623 is the claims of the 10 MB generated transcript):
 *   npx esbuild test/bench/blockIndexBench.ts --bundle --platform=node --outfile=out/bench/blockIndexBench.js
 *   node out/bench/blockIndexBench.js [items] [items per block]
 */
import { BLOCK_SIZE, BlockList } from '../../src/core/analysis/blocks';

interface Item {
  readonly span: { readonly start: number; readonly end: number };
}
const bounds = (item: Item): { low: number; high: number } => ({ low: item.span.start, high: item.span.end });
const startOf = (item: Item): number => item.span.start;
const move = (item: Item, delta: number): Item => ({ span: { start: item.span.start + delta, end: item.span.end + delta } });

const count = Number(process.argv[2] ?? 127_623);
const size = Number(process.argv[3] ?? BLOCK_SIZE);
const spacing = 46;
let list = BlockList.of(Array.from({ length: count }, (_, k): Item => ({ span: { start: k * spacing, end: k * spacing + 40 } })), bounds, startOf, move, size);
let state = 7;
const random = (): number => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32;
const times: number[] = [];
for (let step = 0; step < 3000; step++) {
  const at = Math.floor(random() * (count * spacing - 100));
  const started = performance.now();
  list = list.edited(at, at + 10, 1, (item) => (item.span.end < at ? item : item.span.start > at + 10 ? move(item, 1) : { span: { start: item.span.start, end: item.span.end + 1 } }));
  const near = list.near(at - 200, at + 200);
  list = list.replaced(at - 100, at + 100, near.filter((item) => item.span.start >= at - 100 && item.span.start < at + 100), 0);
  list.indexAtOrAfter(at);
  times.push(performance.now() - started);
}
times.sort((a, b) => a - b);
const micros = (p: number): string => (times[Math.floor(p * times.length)]! * 1000).toFixed(0);
console.log(`${count} items, ${size} per block: edited + near + replaced + indexAtOrAfter per step: median ${micros(0.5)} µs, p90 ${micros(0.9)} µs`);
