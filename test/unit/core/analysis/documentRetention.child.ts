// Spawned (with --expose-gc) by documentRetention.test.ts: analyses the corpus as one document, drops it and
// its analysis, and prints as JSON where the heap still holds a string cut from it, found by the marker the
// document starts with. Also scans while the document is alive, so a scan that finds nothing proves nothing.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeHeapSnapshot } from 'node:v8';
import { analyze } from '../../../../src/core/analysis/analyze';
import { repoRoot } from '../../repoRoot';
import { runAsTestChild } from '../../../support/testChild';

interface HeapSnapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[]]; edge_fields: string[]; edge_types: [string[]] } };
  nodes: number[];
  edges: number[];
  strings: string[];
}

/** Strings holding `marker` in a heap snapshot of this process, each with the chain that keeps it (nearest first). */
function stringsHolding(marker: string): string[][] {
  const dir = mkdtempSync(join(tmpdir(), 'retention-'));
  let heap: HeapSnapshot;
  try {
    heap = JSON.parse(readFileSync(writeHeapSnapshot(join(dir, 'heap.heapsnapshot')), 'utf8')) as HeapSnapshot;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const { node_fields: nodeFields, node_types: nodeTypes, edge_fields: edgeFields, edge_types: edgeTypes } = heap.snapshot.meta;
  const nodeSize = nodeFields.length;
  const edgeSize = edgeFields.length;
  const typeAt = nodeFields.indexOf('type');
  const nameAt = nodeFields.indexOf('name');
  const edgeCountAt = nodeFields.indexOf('edge_count');
  const edgeTypeAt = edgeFields.indexOf('type');
  const edgeNameAt = edgeFields.indexOf('name_or_index');
  const edgeToAt = edgeFields.indexOf('to_node');
  const nodeCount = heap.nodes.length / nodeSize;
  const describe = (node: number): string => `${nodeTypes[0][heap.nodes[node * nodeSize + typeAt]!]} ${heap.strings[heap.nodes[node * nodeSize + nameAt]!]!.slice(0, 40)}`;
  const retainers: [number, string][][] = Array.from({ length: nodeCount }, () => []);
  for (let node = 0, edge = 0; node < nodeCount; node++) {
    for (const end = edge + heap.nodes[node * nodeSize + edgeCountAt]! * edgeSize; edge < end; edge += edgeSize) {
      const type = edgeTypes[0][heap.edges[edge + edgeTypeAt]!];
      if (type === 'weak') continue;
      const name = type === 'element' || type === 'hidden' ? `[${heap.edges[edge + edgeNameAt]}]` : heap.strings[heap.edges[edge + edgeNameAt]!]!;
      retainers[heap.edges[edge + edgeToAt]! / nodeSize]!.push([node, name]);
    }
  }
  const found: string[][] = [];
  for (let node = 0; node < nodeCount; node++) {
    if (!nodeTypes[0][heap.nodes[node * nodeSize + typeAt]!]!.includes('string') || !heap.strings[heap.nodes[node * nodeSize + nameAt]!]!.includes(`${marker}\n`)) continue;
    const chain = [describe(node)];
    const seen = new Set([node]);
    for (let at = node; chain.length < 12; ) {
      const next = retainers[at]!.find(([from]) => !seen.has(from));
      if (!next) break;
      seen.add(next[0]);
      chain.push(`${next[1]} of ${describe(next[0])}`);
      at = next[0];
    }
    found.push(chain);
  }
  // The parsed snapshot's string table holds copies of the marked strings; V8 may keep this frame's context (and
  // `heap`) alive into the next snapshot, which then finds them there. Empty it so only the analysis' strings count.
  heap.strings.length = 0;
  return found;
}

runAsTestChild('documentRetention', async () => {
  const marker = `retentionmarker${Date.now()}`;
  const corpus = join(repoRoot(), 'test/corpus');
  const files = ['en', 'zh-Hans', 'zh-Hant'].flatMap((language) =>
    readdirSync(join(corpus, language))
      .filter((name) => !name.endsWith('.json'))
      .map((name) => join(corpus, language, name)),
  );
  // Long heads and figures (13 characters or more), whose slices V8 makes views into the document.
  const longCuts = ['Professor Margaret Thompson: Revenue grew 12% on January 5, 2010, and I think it will again.', '國立臺灣大學經濟學系教授陳立文：我認為明年營收將增長百分之二十。'];
  let text: string | undefined = [marker, ...longCuts, ...files.map((file) => readFileSync(file, 'utf8')), ...longCuts].join('\n');
  let analysis: ReturnType<typeof analyze> | undefined = analyze(text, {}, 'corpus.txt');
  const whileAlive = stringsHolding(marker).length;
  const claims = analysis.claims.length;
  text = undefined;
  analysis = undefined;
  // The last regular-expression match's input (RegExp.input) is V8's, released by the next match anywhere.
  /^$/.exec('');
  (globalThis as { gc?: () => void }).gc?.();
  process.stdout.write(JSON.stringify({ files: files.length, claims, whileAlive, afterDropping: stringsHolding(marker) }));
});
