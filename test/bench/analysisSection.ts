import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '../../src/core/analysis/analyze';
import { IncrementalAnalyzer } from '../../src/core/analysis/incremental';
import type { Analysis } from '../../src/core/analysis/model';
import { LineIndex } from '../../src/core/text/positions';
import { generateAdversarial, generateTranscript } from './generateTranscript';
import { caseResult, formatMb, formatMs, median, peakRssBytes, timeRuns, type BenchSection, type CaseResult } from './harness';

const MB = 1024 * 1024;
const SIZES_MB = [1, 10];
const RUNS: Record<number, number> = { 1: 9, 10: 5 };
const RATIO_ROUNDS = 15;
const SPLITS_PER_ROUND = 5;
/** Analysis of 1 MB should take at most this many times the line-split baseline (issue 13). */
const TARGET_RATIO = 20;
/** Memory above what was in use before, per byte of input (UTF-8 file size), should stay under this (issue 13). */
const MEMORY_TARGET_RATIO = 10;
/** Fresh processes per size for analyze()'s memory: one run's peak varies by about 0.5× with the machine's load. */
const MEMORY_ROUNDS = 3;
const CLI = join(process.cwd(), 'dist', 'cli.js');
/** 10 MB may take this much longer per MB than 1 MB before it counts as worse than linear (timing noise). */
const LINEAR_SLACK = 1.25;

function sizeArg(args: readonly string[]): number {
  return Number(args[0] ?? '1');
}

function describeAnalysis(text: string): string {
  const a = analyze(text, {}, 'bench.txt');
  return `${a.turns.length} turns, ${a.topics.length} topics, ${a.claims.length} claims, ${a.stageDirections.length} stage directions`;
}

function measure(args: readonly string[], fn: (text: string) => string): CaseResult {
  const megabytes = sizeArg(args);
  const text = generateTranscript(megabytes * MB);
  let note = '';
  // Warm up on about 10 MB of text whatever the size, so the JIT has settled before timing.
  const runs = timeRuns(RUNS[megabytes] ?? 3, () => (note = fn(text)), Math.max(3, Math.ceil(10 / megabytes)));
  return caseResult(runs, { note });
}

/**
 * split() and analyze() on the same text, one after the other in each round, so load from other processes
 * falls on both alike; the ratio is of their medians, with the middle half of the rounds' own ratios.
 */
function measureRatio(megabytes: number): CaseResult {
  const text = generateTranscript(megabytes * MB);
  const split = (): number => text.split(/\r\n|\r|\n/).length;
  const full = (): number => analyze(text, {}, 'bench.txt').claims.length;
  for (let i = 0; i < 3; i++) {
    split();
    full();
  }
  const ratios: number[] = [];
  const splitMs: number[] = [];
  const analyzeMs: number[] = [];
  for (let i = 0; i < RATIO_ROUNDS; i++) {
    // A split takes about a millisecond, so one preemption skews it: each round keeps the fastest of a few.
    let splitRound = Infinity;
    for (let j = 0; j < SPLITS_PER_ROUND; j++) {
      const start = process.hrtime.bigint();
      split();
      splitRound = Math.min(splitRound, Number(process.hrtime.bigint() - start) / 1e6);
    }
    const start = process.hrtime.bigint();
    full();
    const analyzeRound = Number(process.hrtime.bigint() - start) / 1e6;
    splitMs.push(splitRound);
    analyzeMs.push(analyzeRound);
    ratios.push(analyzeRound / splitRound);
  }
  const sorted = [...ratios].sort((a, b) => a - b);
  return caseResult(analyzeMs, { splitMs: median(splitMs), ratio: median(analyzeMs) / median(splitMs), ratioLow: sorted[Math.floor(sorted.length / 4)]!, ratioHigh: sorted[Math.floor((sorted.length * 3) / 4)]! });
}

/** The corpus's plain-text and Markdown transcripts in `language`, joined and repeated to `bytes`: real prose, which the generated text has little of. */
function corpusProse(language: string, bytes: number): string {
  const dir = join(process.cwd(), 'test', 'corpus', language);
  const files = readdirSync(dir).filter((name) => /\.(txt|md)$/.test(name)).sort();
  const joined = files.map((name) => readFileSync(join(dir, name), 'utf8')).join('\n\n');
  return joined.repeat(Math.ceil(bytes / joined.length)).slice(0, bytes);
}

/**
 * The editor's own full analysis (IncrementalAnalyzer without a baseline: the whole document's folded key, not
 * analyze()'s windows) beside analyze() on the same text, alternating. They should cost about the same; until
 * session 32 three rules searched the whole key past their sentence, which made the editor's path quadratic.
 */
function measureEditorPath(megabytes: number): CaseResult {
  const text = corpusProse('en', megabytes * MB);
  const windowed = (): number => analyze(text, {}, 'bench.txt').claims.length;
  const editor = (): number => new IncrementalAnalyzer({}, 'bench.txt').update(text).claims.length;
  windowed();
  editor();
  const editorMs: number[] = [];
  const analyzeMs: number[] = [];
  for (let i = 0; i < 5; i++) {
    for (const [fn, into] of [[windowed, analyzeMs], [editor, editorMs]] as const) {
      const start = process.hrtime.bigint();
      fn();
      into.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
  }
  return caseResult(editorMs, { analyzeMs: median(analyzeMs) });
}

function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/**
 * Memory of one analyze() of `file`, per byte of the file: the heap its result keeps (after a GC) and how far
 * the process's peak RSS rose above what it used before. The tables built on first use (cue trie, fold
 * tables) are loaded by a small warm-up first, so they count as the program's, not the input's.
 */
function measureMemory(file: string): CaseResult {
  analyze('李明：我認為明年營收會增長20%。\nMS. JONES: I think it will.', {}, 'warm-up.txt');
  gc();
  const heapBase = process.memoryUsage().heapUsed;
  let text: string | undefined = readFileSync(file, 'utf8');
  const inputBytes = statSync(file).size;
  const heapBefore = process.memoryUsage().heapUsed;
  const rssBefore = process.memoryUsage().rss;
  const start = process.hrtime.bigint();
  let result: Analysis | undefined = analyze(text, {}, 'bench.txt');
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const peakRss = peakRssBytes();
  // V8 keeps the input of the last regular-expression match alive (RegExp.input): here the document's folded
  // key. The next match anywhere releases it, so it is not the result's; one on '' releases it now.
  /^$/.exec('');
  gc();
  const kept = process.memoryUsage().heapUsed - heapBefore;
  const claims = result.claims.length;
  // What stays once the document and its analysis are dropped: module-level caches holding a slice of the
  // document kept all of it (about the file's size) until session 18.
  result = undefined;
  text = undefined;
  gc();
  const left = process.memoryUsage().heapUsed - heapBase;
  return caseResult([ms], { inputBytes, keptHeapBytes: kept, peakRssRiseBytes: Math.max(0, peakRss - rssBefore), leftHeapBytes: left, claims });
}

/** A script for `node -r` that reports the process's peak RSS and CPU time on stderr as it exits. */
function peakRssReporter(dir: string): string {
  const path = join(dir, 'report-peak-rss.js');
  writeFileSync(path, "process.on('exit', () => { const u = process.resourceUsage(); process.stderr.write(`\\npeak-rss ${u.maxRSS * 1024} cpu-us ${u.userCPUTime + u.systemCPUTime}\\n`); });\n");
  return path;
}

function childPeakRss(args: readonly string[]): { peak: number; cpuMs: number } {
  const child = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  if (child.status !== 0) throw new Error(`node ${args.join(' ')} failed: ${child.stderr}`);
  const found = /peak-rss (\d+) cpu-us (\d+)/.exec(child.stderr);
  if (!found) throw new Error(`no peak RSS from node ${args.join(' ')}`);
  return { peak: Number(found[1]), cpuMs: Number(found[2]) / 1000 };
}

/**
 * Given to Node, these make the CLI leave V8's default heap sizing alone (src/cli/heap.ts defers to flags the
 * user chose): the baseline the CLI's own settings are compared with.
 */
const V8_DEFAULT_HEAP = ['--semi-space-growth-factor=2', '--heap-growing-percent=0'];
const CLI_ROUNDS = 3;

/**
 * Peak RSS and CPU time of the built CLI's `analyze --json` on `file` (output to /dev/null), with its heap
 * settings and with V8's defaults, alternating in rounds so that load falls on both alike; and of Node
 * running nothing. Figures per byte of the file.
 */
function measureCliMemory(file: string): CaseResult {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: npm run bench builds it`);
  const dir = mkdtempSync(join(tmpdir(), 'bench-cli-'));
  try {
    const reporter = peakRssReporter(dir);
    const lean: { peak: number; cpuMs: number }[] = [];
    const usual: { peak: number; cpuMs: number }[] = [];
    const wallMs: number[] = [];
    for (let round = 0; round < CLI_ROUNDS; round++) {
      const start = process.hrtime.bigint();
      lean.push(childPeakRss(['-r', reporter, CLI, 'analyze', '--json', file]));
      wallMs.push(Number(process.hrtime.bigint() - start) / 1e6);
      usual.push(childPeakRss([...V8_DEFAULT_HEAP, '-r', reporter, CLI, 'analyze', '--json', file]));
    }
    const nodePeak = Math.min(...[0, 1, 2].map(() => childPeakRss(['-r', reporter, '-e', '']).peak));
    const list = (values: number[]): string => values.map((v) => Math.round(v)).join(',');
    return caseResult(wallMs, {
      inputBytes: statSync(file).size,
      cliPeakRss: list(lean.map((r) => r.peak)),
      cliCpuMs: list(lean.map((r) => r.cpuMs)),
      defaultHeapPeakRss: list(usual.map((r) => r.peak)),
      defaultHeapCpuMs: list(usual.map((r) => r.cpuMs)),
      nodePeakRssBytes: nodePeak,
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function timesRange(bytes: readonly number[], input: number): string {
  const low = (Math.min(...bytes) / input).toFixed(1);
  const high = (Math.max(...bytes) / input).toFixed(1);
  return low === high ? `${low}×` : `${low}-${high}×`;
}

function msRange(values: readonly number[]): string {
  return `${formatMs(Math.min(...values))}-${formatMs(Math.max(...values))}`;
}

/**
 * Full analyze() on generated 1 MB and 10 MB transcripts, beside two plain passes that only split the
 * text into lines: String.split (native) and LineIndex (the line pass analyze() itself starts with).
 */
export const analysisSection: BenchSection = {
  name: 'analysis',
  cases: {
    split: (args) => measure(args, (text) => `${text.split(/\r\n|\r|\n/).length} lines`),
    lineIndex: (args) => measure(args, (text) => `${new LineIndex(text).lineCount} lines`),
    analyze: (args) => measure(args, describeAnalysis),
    ratio: (args) => measureRatio(sizeArg(args)),
    editorPath: (args) => measureEditorPath(sizeArg(args)),
    memory: (args) => measureMemory(args[0]!),
    cliMemory: (args) => measureCliMemory(args[0]!),
    adversarial: (args) => {
      const text = generateAdversarial(sizeArg(args) * MB);
      let note = '';
      return caseResult(timeRuns(3, () => (note = describeAnalysis(text)), 1), { note });
    },
  },
  report(context) {
    const rows = SIZES_MB.map((size) => {
      const args = [String(size)];
      return { size, split: context.runCase(this, 'split', args), lineIndex: context.runCase(this, 'lineIndex', args), analysis: context.runCase(this, 'analyze', args) };
    });
    context.print(`${'size'.padEnd(6)}${'split()'.padStart(10)}${'LineIndex'.padStart(11)}${'analyze()'.padStart(11)}${'× split'.padStart(9)}${'× LineIndex'.padStart(13)}${'ms/MB'.padStart(9)}   peak RSS split / LineIndex / analyze`);
    for (const { size, split, lineIndex, analysis } of rows) {
      context.print(
        `${`${size} MB`.padEnd(6)}${formatMs(split.medianMs).padStart(10)}${formatMs(lineIndex.medianMs).padStart(11)}${formatMs(analysis.medianMs).padStart(11)}` +
          `${`${(analysis.medianMs / split.medianMs).toFixed(1)}×`.padStart(9)}${`${(analysis.medianMs / lineIndex.medianMs).toFixed(1)}×`.padStart(13)}${(analysis.medianMs / size).toFixed(1).padStart(9)}` +
          `   ${formatMb(split.peakRssBytes)} / ${formatMb(lineIndex.peakRssBytes)} / ${formatMb(analysis.peakRssBytes)}`,
      );
      context.print(`      ${String(analysis.notes?.['note'])}; ${String(split.notes?.['note'])}; medians of ${analysis.runsMs.length} runs after warm-ups on 10 MB`);
    }
    const dir = mkdtempSync(join(tmpdir(), 'bench-analysis-'));
    try {
      context.print(`memory per byte of input (UTF-8 file size; target < ${MEMORY_TARGET_RATIO}×; ranges over the rounds):`);
      for (const size of SIZES_MB) {
        const file = join(dir, `${size}mb.txt`);
        writeFileSync(file, generateTranscript(size * MB));
        const rounds = Array.from({ length: MEMORY_ROUNDS }, () => context.runCase(this, 'memory', [file]).notes ?? {});
        const cli = context.runCase(this, 'cliMemory', [file]).notes ?? {};
        const input = Number(rounds[0]!['inputBytes']);
        const of = (key: string): number[] => rounds.map((notes) => Number(notes[key]));
        const kept = Math.max(...of('keptHeapBytes'));
        const rise = Math.max(...of('peakRssRiseBytes'));
        const nodePeak = Number(cli['nodePeakRssBytes']);
        const numbers = (key: string): number[] => String(cli[key]).split(',').map(Number);
        const aboveNode = (key: string): string => timesRange(numbers(key).map((peak) => peak - nodePeak), input);
        const cliWorst = Math.max(...numbers('cliPeakRss')) - nodePeak;
        context.print(
          `  ${`${size} MB`.padEnd(6)} analyze() in a process with V8's defaults, ${MEMORY_ROUNDS} fresh processes: result keeps ${timesRange(of('keptHeapBytes'), input)}, peak RSS rises ${timesRange(of('peakRssRiseBytes'), input)}` +
            ` (${formatMb(Math.min(...of('peakRssRiseBytes')))}-${formatMb(rise)}): ${Math.max(kept, rise) / input < MEMORY_TARGET_RATIO ? 'OK' : 'OVER TARGET'}; heap left once the text and result are dropped ${formatMb(Math.max(...of('leftHeapBytes')))}`,
        );
        context.print(
          `         CLI analyze --json, peak RSS above Node alone (${formatMb(nodePeak)}), ${CLI_ROUNDS} runs: ${aboveNode('cliPeakRss')} (target < ${MEMORY_TARGET_RATIO}×: ${cliWorst / input < MEMORY_TARGET_RATIO ? 'OK' : 'OVER TARGET'}), CPU ${msRange(numbers('cliCpuMs'))};` +
            ` baseline with V8's default heap sizing, same rounds: ${aboveNode('defaultHeapPeakRss')}, CPU ${msRange(numbers('defaultHeapCpuMs'))}`,
        );
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const adversarial = [1, 4].map((size) => ({ size, result: context.runCase(this, 'adversarial', [String(size)]) }));
    for (const { size, result } of adversarial) {
      context.print(`adversarial ${size} MB (slow paths, one ${size / 4} MB line): ${formatMs(result.medianMs)}, ${(result.medianMs / size).toFixed(1)} ms/MB, peak RSS ${formatMb(result.peakRssBytes)}; ${String(result.notes?.['note'])}`);
    }
    // A split takes a millisecond and fits between preemptions; analyze() takes tens and does not: under load the ratio grows.
    const load = loadavg()[0]!;
    const busy = load > availableParallelism() / 2;
    context.print(`load average ${load.toFixed(1)} on ${availableParallelism()} cores${busy ? ': the machine is busy, timings and the ratio below run high' : ''}`);
    const [small, large] = rows;
    if (!small || !large) return;
    const interleaved = context.runCase(this, 'ratio', ['1']);
    const ratio = Number(interleaved.notes?.['ratio']);
    const growth = large.analysis.medianMs / large.size / (small.analysis.medianMs / small.size);
    context.print(
      `1 MB: full analysis / line split = ${ratio.toFixed(1)}× (analyze() ${formatMs(interleaved.medianMs)} / split() ${formatMs(Number(interleaved.notes?.['splitMs']))}, ` +
        `medians of ${RATIO_ROUNDS} alternating rounds in one process, rounds' middle half ${Number(interleaved.notes?.['ratioLow']).toFixed(1)}–${Number(interleaved.notes?.['ratioHigh']).toFixed(1)}×; target ≤ ${TARGET_RATIO}×): ${ratio <= TARGET_RATIO ? 'OK' : 'OVER TARGET'}`,
    );
    context.print(`10 MB: ${growth.toFixed(2)}× the time per MB of 1 MB (linear = 1): ${growth <= LINEAR_SLACK ? 'OK' : 'WORSE THAN LINEAR'}`);
    const editor = context.runCase(this, 'editorPath', ['1']);
    const editorRatio = editor.medianMs / Number(editor.notes?.['analyzeMs']);
    context.print(
      `1 MB of the corpus's English transcripts: the editor's full analysis (IncrementalAnalyzer, whole-document key) ${formatMs(editor.medianMs)} beside analyze() ${formatMs(Number(editor.notes?.['analyzeMs']))} in the same rounds: ` +
        `${editorRatio.toFixed(2)}× (same work, about 1×): ${editorRatio <= LINEAR_SLACK ? 'OK' : 'SLOWER THAN analyze()'}`,
    );
  },
};
