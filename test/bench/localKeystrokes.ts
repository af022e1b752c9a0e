/**
 * The core's share of a keystroke as the hostshare bench types (its lines, a ChunkedText edited per keystroke, as the
 * extension host feeds the analyzer), without a profiler: each updateLocally's thread CPU and the GC pauses inside it.
 *   node scripts/build.mjs --bench && npx esbuild test/bench/localKeystrokes.ts --bundle --platform=node --outfile=out/bench/localKeystrokes.js
 *   node out/bench/localKeystrokes.js [megabytes] [keystrokes] [labelled|shapes|gutter|hearing|latency|frames] [rounds]
 * `latency`: the lines the real-host latency test types into, the first near the document's head (hostShareSection.ts).
 * `frames`: a Zoom saved chat (zoomChat.ts), typed into its messages, each under a line of the document's label frame.
 */
import { PerformanceObserver, performance } from 'node:perf_hooks';
import { IncrementalAnalyzer } from '../../src/core/analysis/incremental';
import { windowSentences } from '../../src/core/analysis/windowClassifications';
import { ChunkedText } from '../../src/core/text/chunkedText';
import { runAnalysisJob } from '../../src/core/analysis/job';
import { packAnalysis, unpackAnalysis } from '../../src/core/analysis/packed';
import { rehearsalEdits } from '../../src/core/analysis/rehearsal';
import { courtRecord } from './courtRecord';
import { hearingRecord } from './hearingRecord';
import { generateTranscript } from './generateTranscript';
import { messageOffsets, zoomChat } from './zoomChat';
import { typingLines, type Typing } from './hostShareSection';
import { percentile, threadCpuMs } from './measures';
import { startProfile, type CpuProfile } from '../integration/suite/hostProfile';

/** Our functions by inclusive sampled time (ms) in `profile`, most first; `under`: only samples with that function (name:line) on the stack, by self time. */
function inclusive(profile: CpuProfile, under?: string): [string, number][] {
  const parent = new Map<number, number>();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const totals = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const seen = new Set<string>();
    if (under) {
      const stack: string[] = [];
      for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) stack.push(`${byId.get(at)!.callFrame.functionName || '(anonymous)'}:${byId.get(at)!.callFrame.lineNumber}`);
      const top = stack.indexOf(under);
      if (top < 0) return;
      // The frame just below `under` on the stack (or its own self time).
      const name = top === 0 ? '(self)' : stack[top - 1]!;
      totals.set(name, (totals.get(name) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000);
      return;
    }
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at)!.callFrame;
      const name = `${frame.functionName || '(anonymous)'}:${frame.lineNumber}`;
      if (seen.has(name)) continue;
      seen.add(name);
      totals.set(name, (totals.get(name) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000);
    }
  });
  return [...totals].sort((a, b) => b[1] - a[1]);
}
/** PROFILE_AT=100,150: the keystrokes to profile alone (every 50 µs), their top frames printed. */
const profileAt = new Set((process.env['PROFILE_AT'] ?? '').split(',').filter(Boolean).map(Number));

const megabytes = Number(process.argv[2] ?? 10);
const keystrokes = Number(process.argv[3] ?? 300);
const framed = process.argv[4] === 'frames';
const typing = (framed ? 'labelled' : (process.argv[4] ?? 'labelled')) as Typing;
const rounds = Number(process.argv[5] ?? 1);
const source = framed ? zoomChat(megabytes * 1024 * 1024) : typing === 'gutter' ? courtRecord(megabytes * 1024 * 1024) : typing === 'hearing' ? hearingRecord(megabytes * 1024 * 1024) : generateTranscript(megabytes * 1024 * 1024);
const gcs: { start: number; end: number }[] = [];
const observer = new PerformanceObserver((list) => {
  for (const e of list.getEntries()) gcs.push({ start: e.startTime, end: e.startTime + e.duration });
});
observer.observe({ entryTypes: ['gc'] });
async function main(): Promise<void> {
for (let round = 0; round < rounds; round++) {
  let text = ChunkedText.of(source);
  const analyzer = new IncrementalAnalyzer({}, 'bench.txt');
  // As the extension host: the worker's packed result adopted (with the parts it sends, such as the inline label candidates).
  const job = runAnalysisJob({ text: source, fileName: 'bench.txt' } as Parameters<typeof runAnalysisJob>[0], { isCancelled: () => false }, () => performance.now());
  if (job.status !== 'done') throw new Error('analysis cancelled');
  const packed = packAnalysis(job.analysis, job.lines, job.summaryProfile, job.labelState, job.register, job.frames);
  const chars = (texts: readonly string[] | undefined): number => (texts ?? []).reduce((n, t) => n + t.length, 0);
  // What a gutter document's message carries for its blanked lines, beside the packed turns (bytes; characters for texts).
  console.log(`  packed: turns ${packed.turns.byteLength} B, claim texts ${packed.claimTexts.length} chars, line starts ${packed.lineStarts?.byteLength ?? 0} B; gutter number runs ${packed.gutterNumberRuns?.byteLength ?? 0} B, turn starts ${packed.gutterTurnStarts?.byteLength ?? 0} B, summary items ${chars(packed.gutterSummaryItemTexts)} chars, inline labels ${chars(packed.gutterInlineLabelCandidates)} chars (the document's own: ${chars(packed.inlineLabelCandidates)})`);
  analyzer.adopt(text, unpackAnalysis(packed));
  const lines = framed ? messageOffsets(source, 20, Math.ceil(keystrokes / 50)) : typingLines(source, 20, Math.ceil(keystrokes / 50), typing);
  // As the host's rehearsal after the open (analysisCache.ts): one keystroke nobody typed, dropped; PROFILE_REHEARSAL=1 profiles it.
  const rehearsed = rehearsalEdits(analyzer.lines!, 30, 1)[0];
  if (rehearsed) {
    const profiler = process.env['PROFILE_REHEARSAL'] ? await startProfile(100) : undefined;
    const start = performance.now();
    const local = analyzer.rehearse(text.edited(rehearsed.rangeOffset, rehearsed.rangeLength, rehearsed.text), rehearsed);
    const wall = performance.now() - start;
    console.log(`  rehearsal (${local ? 'local' : 'not local'}): ${wall.toFixed(1)} ms`);
    if (profiler) console.log(`  rehearsal inclusive (ms): ${inclusive(await profiler.stop()).slice(0, 40).map(([n, ms]) => `${n} ${ms.toFixed(1)}`).join('; ')}`);
  }
  const cpus: number[] = [];
  const walls: { start: number; end: number }[] = [];
  let local = 0;
  const windowBefore = { ...windowSentences };
  // PROFILE_ALL=1: one profile of keystrokes 10 on (the pauses are idle), our functions' inclusive time per keystroke printed.
  let whole: { stop(): Promise<CpuProfile> } | undefined;
  for (let i = 0; i < keystrokes; i++) {
    if (i === 10 && process.env['PROFILE_ALL']) whole = await startProfile(50);
    const at = lines[Math.min(Math.floor(i / 50), lines.length - 1)]! + i;
    const change = { rangeOffset: at, rangeLength: 0, text: '很' };
    text = text.edited(at, 0, '很');
    const profiler = profileAt.has(i) ? await startProfile(50) : undefined;
    const start = performance.now();
    const cpu = threadCpuMs();
    const result = analyzer.updateLocally(text, [change]);
    cpus.push(threadCpuMs() - cpu);
    walls.push({ start, end: performance.now() });
    if (profiler) console.log(`  #${i} (${(walls[i]!.end - walls[i]!.start).toFixed(1)} ms): ${inclusive(await profiler.stop()).slice(0, 40).map(([n, ms]) => `${n} ${ms.toFixed(1)}`).join('; ')}`);
    if (result) local++;
    else analyzer.update(text);
    // A pause between keystrokes, as typing has (and the GC observer's entries arrive).
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  await new Promise((resolve) => setTimeout(resolve, 50));
  if (whole) {
    const profile = await whole.stop();
    const top = inclusive(profile);
    console.log(`  inclusive per keystroke (ms): ${top.slice(0, 70).map(([n, ms]) => `${n} ${(ms / (keystrokes - 10)).toFixed(3)}`).join('; ')}`);
    // PROFILE_UNDER=name:line,…: what each of those functions calls, per keystroke.
    for (const under of (process.env['PROFILE_UNDER'] ?? '').split(',').filter(Boolean)) {
      console.log(`  under ${under}: ${inclusive(profile, under).slice(0, 25).map(([n, ms]) => `${n} ${(ms / (keystrokes - 10)).toFixed(3)}`).join('; ')}`);
    }
  }
  console.log(`  GC pauses seen: ${gcs.length}`);
  console.log(`  claim window per keystroke: ${((windowSentences.classified - windowBefore.classified) / keystrokes).toFixed(2)} sentences classified, ${((windowSentences.taken - windowBefore.taken) / keystrokes).toFixed(2)} kept from the last keystroke`);
  const gcIn = (w: { start: number; end: number }): number => gcs.reduce((n, g) => n + Math.max(0, Math.min(w.end, g.end) - Math.max(w.start, g.start)), 0);
  const wall = walls.map((w) => w.end - w.start);
  const less = wall.map((c, i) => c - gcIn(walls[i]!));
  const f = (v: number[]): string => `median ${percentile(v, 0.5).toFixed(2)}, p90 ${percentile(v, 0.9).toFixed(2)}, p99 ${percentile(v, 0.99).toFixed(2)}, max ${Math.max(...v).toFixed(2)}, mean ${(v.reduce((a, b) => a + b, 0) / v.length).toFixed(2)}`;
  console.log(`${megabytes} MB ${framed ? 'frames' : typing} round ${round}: ${local}/${keystrokes} local; updateLocally wall ${f(wall)}; less GC ${f(less)} (thread CPU, schedstat's ticks: mean ${(cpus.reduce((a, b) => a + b, 0) / cpus.length).toFixed(2)})`);
  console.log(`  slowest: ${wall.map((c, i) => [c, i] as const).sort((a, b) => b[0] - a[0]).slice(0, 10).map(([c, i]) => `#${i} ${c.toFixed(1)} (gc ${gcIn(walls[i]!).toFixed(1)})`).join(', ')}`);
  console.log(`  each line's first keystrokes: ${lines.map((_, l) => wall.slice(l * 50, l * 50 + 3).map((c) => c.toFixed(1)).join('/')).join(', ')}`);
}
}
void main();
