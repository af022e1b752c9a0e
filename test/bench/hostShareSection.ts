// `npm run bench -- hostshare`: the extension's own share of the host thread per keystroke, with the fake
// host, profiled as the real-host latency test profiles VS Code's (test/integration/suite/hostProfile.ts):
// which of our functions the slowest keystrokes spend their time in, without starting VS Code.
import { join } from 'node:path';
import { PerformanceObserver, performance } from 'node:perf_hooks';
import { attribute, profileNow, startProfile, type Span } from '../integration/suite/hostProfile';
import { activatedWithFullAnalysis } from './activationSection';
import { rangesBuilt } from './fakeVscode';
import { generateTranscript } from './generateTranscript';
import { caseResult, formatMs, type BenchSection } from './harness';
import { courtRecord } from './courtRecord';
import { hearingRecord } from './hearingRecord';
import { percentile, processCpuMs, threadCpuMs } from './measures';

const MB = 1024 * 1024;
const ROOT = process.cwd();
const SAMPLING_US = 100;
/** As the latency test: every 50 keystrokes the next labelled line below. */
const KEYSTROKES_PER_LINE = 50;

/**
 * Where the bench types: the lines of speech it picks (see typingLines); `longLine` and `gutter` (the speech of a
 * generated court record with a line-number gutter, courtRecord.ts) only when asked for (TA_BENCH_TYPING).
 */
export type Typing = 'labelled' | 'shapes' | 'longLine' | 'gutter' | 'hearing' | 'latency';
const TYPINGS: readonly Typing[] = ['labelled', 'shapes'];
/** `longLine`: a labelled line of this many characters replaces line LONG_LINE_AT; every keystroke in it goes to the worker (MAX_LOCAL_LINE). */
const LONG_LINE_LENGTH = 30_000;
const LONG_LINE_AT = 30;

function withLongLine(text: string): string {
  const lines = text.split('\n');
  const sentence = '我預計下半年的需求會更強，明年很可能會再擴建兩座工廠。';
  lines[LONG_LINE_AT] = `李明：${sentence.repeat(Math.ceil(LONG_LINE_LENGTH / sentence.length))}`;
  return lines.join('\n');
}

/**
 * `latency`: where the real-host latency test types (latency.test.ts): its first line is the first line with a colon
 * from the middle of the editor at open (line 19 of the generated transcript in its window: speech under the label
 * `Dr. Amy Chen:` alone, near the document's head, which the head checks read), the next ones labelled lines below.
 */
const LATENCY_FIRST_LINE = 19;

/** The line shapes of the generated text a keystroke goes into (generateTranscript.ts). */
type Shape = 'labelled' | 'underLabel' | 'underTitle' | 'colonInSpeech';
/** `shapes`: each next line in the next of these, as a writer moves through the text. */
const SHAPES: readonly Shape[] = ['underLabel', 'underTitle', 'colonInSpeech', 'labelled'];

const LABEL = /^[^:：[（(]{1,24}[:：]/u;

/** Whether `lineText` (below `above`) has the shape, and where in it to type: six characters into its speech, or -1. */
function typingOffset(shape: Shape, lineText: string, above: string, twoAbove: string): number {
  const label = LABEL.exec(lineText);
  switch (shape) {
    // The latency test's labelledLineFrom: a short label over speech without a colon.
    case 'labelled':
      return label && !/[:：]/u.test(lineText.slice(label[0].length)) && lineText.length > label[0].length + 12 ? label[0].length + 6 : -1;
    // `李明：我要告訴它的第一件事就是:多看看。…`: a colon inside the speech too.
    case 'colonInSpeech':
      return label && /[:：]/u.test(lineText.slice(label[0].length)) && lineText.length > label[0].length + 12 ? label[0].length + 6 : -1;
    // `Dr. Amy Chen:` alone on its line over the speech, as the real-host test types.
    case 'underLabel':
      return LABEL.test(above) && LABEL.exec(above)![0].length === above.length && lineText.length > 12 ? 6 : -1;
    // A section's title (after a blank line) over its first speech.
    case 'underTitle':
      return twoAbove === '' && above.length > 0 && above.length < 20 && !LABEL.test(above) && !above.startsWith('- ') && !LABEL.test(lineText) && lineText.length > 12 ? 6 : -1;
  }
}

/** Offsets to type at from line `fromLine` on, `count` of them: each in the next line of the typing's next shape. */
export function typingLines(text: string, fromLine: number, count: number, typing: Typing): number[] {
  const found: number[] = [];
  const lines = text.split('\n');
  if (typing === 'longLine') return Array.from({ length: count }, () => lines.slice(0, LONG_LINE_AT).join('\n').length + 1 + 9);
  if (typing === 'gutter' || typing === 'hearing') {
    // Into the answer `A.   We expect enrollment to grow…`, after `grow`, in each next line holding it.
    let start = 0;
    for (let line = 0; line < lines.length && found.length < count; line++) {
      const at = lines[line]!.indexOf('grow by 12 percent');
      if (line >= fromLine && at >= 0) found.push(start + at + 'grow'.length);
      start += lines[line]!.length + 1;
    }
    return found;
  }
  let start = 0;
  if (typing === 'latency') {
    // As speechLineFrom: six characters past the line's first colon.
    const first = lines.slice(0, LATENCY_FIRST_LINE).join('\n').length + 1 + lines[LATENCY_FIRST_LINE]!.indexOf(':') + 6;
    return [first, ...typingLines(text, LATENCY_FIRST_LINE + 1, count - 1, 'labelled')];
  }
  for (let line = 0; line < lines.length && found.length < count; line++) {
    const shape = typing === 'labelled' ? 'labelled' : SHAPES[found.length % SHAPES.length]!;
    const at = line >= fromLine ? typingOffset(shape, lines[line]!, lines[line - 1] ?? '', lines[line - 2] ?? '') : -1;
    if (at >= 0) found.push(start + at);
    start += lines[line]!.length + 1;
  }
  return found;
}

/**
 * Args: megabytes, keystrokes, bundle, typing. Types `keystrokes` characters into lines of speech on the screen
 * (the fake editor shows lines 0-60), each waited for until its decorations, and attributes the host thread's
 * CPU time of each keystroke by a CPU profile. Reports our time per keystroke and our functions. `labelled`
 * types into short-labelled lines only; `shapes` also under a label alone, under a title and into a line with
 * a colon in its speech; `longLine` into a line longer than MAX_LOCAL_LINE (each keystroke a full analysis).
 */
async function measureShare(args: readonly string[]): Promise<ReturnType<typeof caseResult>> {
  const megabytes = Number(args[0] ?? 10);
  const keystrokes = Number(args[1] ?? 300);
  const bundle = args[2] || join(ROOT, 'dist', 'extension.js');
  const typing = (args[3] ?? 'labelled') as Typing;
  const text = typing === 'longLine' ? withLongLine(generateTranscript(megabytes * MB)) : typing === 'gutter' ? courtRecord(megabytes * MB) : typing === 'hearing' ? hearingRecord(megabytes * MB) : generateTranscript(megabytes * MB);
  const fake = await activatedWithFullAnalysis(bundle, text);
  const lines = typingLines(text, 20, Math.ceil(keystrokes / KEYSTROKES_PER_LINE), typing);
  const rehearsal = fake.logs.find((l) => l.message.startsWith('Rehearsed'))?.message ?? 'no rehearsal';
  // Without the profiler (its interrupts cost the thread more than our code at 100 µs): thread CPU less GC.
  const profiled = process.env['TA_BENCH_PROFILE'] !== '0';
  // The thread's schedstat time, as the real-host test reads it, moves in 4 ms steps here (threadCpuMs);
  // TA_BENCH_CLOCK=process: the process's CPU time, to the microsecond, but with V8's collector and compiler
  // threads in it (at 10 MB the concurrent marking of a 0.5 GB heap: more than the thread's own time).
  const cpuNow = process.env['TA_BENCH_CLOCK'] === 'process' ? processCpuMs : threadCpuMs;
  const profiler = profiled ? await startProfile(SAMPLING_US) : undefined;
  const gcs: { start: number; end: number }[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) gcs.push({ start: entry.startTime, end: entry.startTime + entry.duration });
  });
  observer.observe({ entryTypes: ['gc'] });
  const walls: { start: number; end: number }[] = [];
  const built: number[] = [];
  const sentRanges: number[] = [];
  const spans: Span[] = [];
  let missed = 0;
  let drawn: (() => void) | undefined;
  // Woken when the keystroke's version is drawn (as the real-host test waits: a draw may send no layer at
  // all, when the editor moved every range as the analysis did), not by polling: the poll's timers would be
  // the thread's time too.
  const { document } = (fake.module as { window: { activeTextEditor: { document: { uri: unknown; version: number } } } }).window.activeTextEditor;
  const rendered = fake.api.onDidRender((uri) => {
    if ((fake.api.decoratedVersion(uri) ?? -1) >= document.version) drawn?.();
  });
  for (let i = 0; i < keystrokes; i++) {
    const line = Math.floor(i / KEYSTROKES_PER_LINE);
    // Every keystroke so far was typed at or before this line's offset.
    const at = lines[Math.min(line, lines.length - 1)]! + i;
    const before = fake.calls.length;
    const fire = fake.prepareEdit(at, 0, '很');
    const builtBefore = rangesBuilt.count;
    const start = profileNow();
    const wallStart = performance.now();
    const cpu = cpuNow();
    fire();
    await new Promise<void>((resolve) => {
      const timeout = setTimeout(() => ((drawn = undefined), missed++, resolve()), 5_000);
      drawn = () => (clearTimeout(timeout), (drawn = undefined), resolve());
    });
    spans.push({ start, end: profileNow(), cpuMs: cpuNow() - cpu });
    walls.push({ start: wallStart, end: performance.now() });
    built.push(rangesBuilt.count - builtBefore);
    sentRanges.push(fake.calls.slice(before).reduce((n, c) => n + c.ranges, 0));
    // A pause between keystrokes, as typing has: timers of the last keystroke run before the next.
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  await new Promise((resolve) => setTimeout(resolve, 100));
  rendered.dispose();
  observer.disconnect();
  const gcIn = (w: { start: number; end: number }): number => gcs.reduce((n, g) => n + Math.max(0, Math.min(w.end, g.end) - Math.max(w.start, g.start)), 0);
  const withoutGc = spans.map((s, i) => (s.cpuMs ?? NaN) - gcIn(walls[i]!));
  if (!profiler) {
    return caseResult(withoutGc, {
      keystrokes,
      missed,
      rehearsal,
      ranges: rangesNote(built, sentRanges),
      ours: `thread CPU less GC: median ${formatMs(percentile(withoutGc, 0.5))}, p90 ${formatMs(percentile(withoutGc, 0.9))}, p99 ${formatMs(percentile(withoutGc, 0.99))}, max ${formatMs(Math.max(...withoutGc))}`,
      first: withoutGc.slice(0, 10).map((ms) => ms.toFixed(1)).join(', '),
      firstThread: spans.slice(0, 10).map((s) => (s.cpuMs ?? NaN).toFixed(1)).join(', '),
      thread: `thread CPU median ${formatMs(percentile(spans.map((s) => s.cpuMs ?? NaN), 0.5))}, p99 ${formatMs(percentile(spans.map((s) => s.cpuMs ?? NaN), 0.99))}`,
      slowest: withoutGc.map((ms, i) => [ms, i] as const).sort((a, b) => b[0] - a[0]).slice(0, 8).map(([ms, i]) => `#${i} ${ms.toFixed(1)}`).join(', '),
    });
  }
  const attribution = attribute(await profiler.stop(), spans, { extension: join(bundle, '..', '..'), test: join(ROOT, 'out') }, SAMPLING_US);
  const ours = attribution.spans.map((s) => s.byOwner.ours);
  const sampled = attribution.spans.map((s) => s.oursSampled);
  const thread = spans.map((s) => s.cpuMs ?? NaN);
  const slowest = ours.map((ms, i) => [ms, i] as const).sort((a, b) => b[0] - a[0]).slice(0, 6);
  const top = (list: [string, number][], n: number, per = 1): string => list.slice(0, n).map(([name, ms]) => `${name} ${(ms / per).toFixed(2)}`).join('; ');
  return caseResult(ours, {
    keystrokes,
    missed,
    rehearsal,
    ranges: rangesNote(built, sentRanges),
    ours: `median ${formatMs(percentile(ours, 0.5))}, p90 ${formatMs(percentile(ours, 0.9))}, p99 ${formatMs(percentile(ours, 0.99))}`,
    sampled: `median ${formatMs(percentile(sampled, 0.5))}, p90 ${formatMs(percentile(sampled, 0.9))}, p99 ${formatMs(percentile(sampled, 0.99))}`,
    thread: `median ${formatMs(percentile(thread, 0.5))}, p90 ${formatMs(percentile(thread, 0.9))}, p99 ${formatMs(percentile(thread, 0.99))}`,
    lessGc: `thread CPU less GC, unprofiled figures are lower: median ${formatMs(percentile(withoutGc, 0.5))}, p99 ${formatMs(percentile(withoutGc, 0.99))}`,
    first: ours.slice(0, 5).map((ms) => ms.toFixed(1)).join(', '),
    gc: `mean ${(attribution.spans.reduce((n, s) => n + s.byOwner.gc, 0) / keystrokes).toFixed(2)} ms`,
    inclusive: top(attribution.ourInclusive, 25, keystrokes),
    self: top(attribution.ourFunctions, 15, keystrokes),
    slowest: slowest.map(([ms, i]) => `#${i} ${ms.toFixed(1)} ms (scale ${attribution.spans[i]!.scale.toFixed(1)}, gc ${attribution.spans[i]!.byOwner.gc.toFixed(1)}): ${top(attribution.spanInclusive[i]!, 8)}`).join('\n    '),
  });
}

/** The ranges a keystroke's draw built and sent to the editor (setDecorations). */
function rangesNote(built: readonly number[], sent: readonly number[]): string {
  const mean = (list: readonly number[]): string => (list.reduce((n, x) => n + x, 0) / Math.max(1, list.length)).toFixed(1);
  return `vscode.Range objects built per keystroke median ${percentile(built, 0.5)}, mean ${mean(built)}; ranges sent median ${percentile(sent, 0.5)}, mean ${mean(sent)}; keystrokes sending any ${sent.filter((n) => n > 0).length}`;
}

export const hostShareSection: BenchSection = {
  name: 'hostshare',
  cases: { share: (args) => measureShare(args) },
  report(context) {
    // TA_BENCH_TYPING: one of TYPINGS; both by default.
    const asked = process.env['TA_BENCH_TYPING'] as Typing | undefined;
    const typings = asked ? [asked] : TYPINGS;
    // TA_BENCH_MB: one size (1 or 10, or any other); both by default.
    const sizes = process.env['TA_BENCH_MB'] ? [Number(process.env['TA_BENCH_MB'])] : [1, 10];
    for (const typing of typings) for (const megabytes of sizes) {
      const result = context.runCase(this, 'share', [String(megabytes), process.env['TA_BENCH_KEYSTROKES'] ?? '300', process.env['TA_BENCH_BASELINE_BUNDLE'] ?? '', typing]);
      const n = result.notes ?? {};
      const where = { labelled: 'labelled lines', longLine: `a line of ${LONG_LINE_LENGTH} characters`, gutter: "a line-numbered court record's answers", hearing: "a hearing record's answers, examination headings and wrapped notes among them", latency: 'the lines the real-host latency test types into', shapes: `the shapes ${SHAPES.join(', ')} in turn` }[typing];
      context.print(`typing at ${megabytes} MB into ${where} (fake host, ${process.env['TA_BENCH_CLOCK'] === 'process' ? "the process's CPU" : "the thread's schedstat CPU"}, ${String(n['keystrokes'])} keystrokes, ${String(n['missed'])} without decorations): ours per keystroke ${String(n['ours'])}; as sampled ${String(n['sampled'])}; thread ${String(n['thread'])}; GC ${String(n['gc'])}`);
      context.print(`  ${String(n['rehearsal'])}; the first keystrokes (ms of ours): ${String(n['first'])}`);
      context.print(`  ${String(n['ranges'])}`);
      context.print(`  ours by inclusive time per keystroke (ms): ${String(n['inclusive'])}`);
      context.print(`  ours by self time per keystroke (ms): ${String(n['self'])}`);
      context.print(`  slowest:\n    ${String(n['slowest'])}`);
    }
  },
};
