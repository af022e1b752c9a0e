/**
 * Where the incremental path still builds the whole text: types, deletes and breaks lines in a generated
 * transcript held as a ChunkedText (as the extension host holds it) and prints, for each kind of edit, the
 * call sites that flattened it (ChunkedText.toString), with how many edits were local.
 *   npx esbuild test/bench/flattenTrace.ts --bundle --platform=node --outfile=out/bench/flattenTrace.js
 *   node out/bench/flattenTrace.js [megabytes]
 */
import { IncrementalAnalyzer } from '../../src/core/analysis/incremental';
import { ChunkedText } from '../../src/core/text/chunkedText';
import { generateTranscript } from './generateTranscript';

const megabytes = Number(process.argv[2] ?? 1);
const initial = generateTranscript(megabytes * 1024 * 1024);
const analyzer = new IncrementalAnalyzer({}, 'bench.txt');
let text = ChunkedText.of(initial);
analyzer.update(text);
const sites = new Map<string, number>();
const original = ChunkedText.prototype.toString;
ChunkedText.prototype.toString = function traced(this: ChunkedText): string {
  if (!this.isFlattened) {
    const stack = (new Error().stack ?? '').split('\n').slice(2, 8).map((l) => l.trim().replace(/^at /, '').replace(/\(.*[/\\]/, '(')).join(' < ');
    sites.set(stack, (sites.get(stack) ?? 0) + 1);
  }
  return original.call(this);
};

function edit(at: number, removed: number, inserted: string): void {
  text = text.edited(at, removed, inserted);
  analyzer.update(text, [{ rangeOffset: at, rangeLength: removed, text: inserted }]);
}

const scenarios: Record<string, () => void> = {
  'typing in speech': () => {
    for (const share of [0.2, 0.5, 0.8]) {
      let at = text.indexOf('我們的客戶', Math.floor(text.length * share));
      for (const ch of '而且我們也認為今年的訂單會繼續增加，this is what we expect') { edit(at, 0, ch); at += ch.length; }
    }
  },
  backspace: () => {
    let at = text.indexOf('我們的客戶', Math.floor(text.length * 0.4)) + 5;
    for (let i = 0; i < 4; i++) edit(--at, 1, '');
  },
  'Enter mid-line, Backspace joining': () => {
    for (const share of [0.3, 0.6, 0.9]) {
      const at = text.indexOf('我們的客戶', Math.floor(text.length * share));
      edit(at, 0, '\n');
      edit(at, 1, '');
    }
  },
  'Enter at the end of a line, Backspace on the empty line': () => {
    for (const share of [0.3, 0.6, 0.9]) {
      const end = text.indexOf('\n', text.indexOf('我們的客戶', Math.floor(text.length * share)));
      edit(end, 0, '\n');
      edit(end, 1, '');
    }
  },
};
for (const [name, run] of Object.entries(scenarios)) {
  sites.clear();
  let local = 0;
  let count = 0;
  const update = analyzer.update.bind(analyzer);
  analyzer.update = (t, c) => { const r = update(t, c); count++; if (analyzer.lastMode === 'line') local++; return r; };
  run();
  analyzer.update = update;
  console.log(`${name}: ${count} edits, ${local} local, ${[...sites.values()].reduce((a, b) => a + b, 0)} flattened`);
  for (const [site, n] of [...sites].sort((a, b) => b[1] - a[1])) console.log(`  ${n}× ${site}`);
}
