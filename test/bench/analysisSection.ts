import { analyze } from '../../src/core/analysis/analyze';
import { LineIndex } from '../../src/core/text/positions';
import { generateAdversarial, generateTranscript } from './generateTranscript';
import { caseResult, formatMb, formatMs, timeRuns, type BenchSection, type CaseResult } from './harness';

const MB = 1024 * 1024;
const SIZES_MB = [1, 10];
const RUNS: Record<number, number> = { 1: 9, 10: 5 };
/** Analysis of 1 MB should take at most this many times the line-split baseline. */
const TARGET_RATIO = 10;
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
 * Full analyze() on generated 1 MB and 10 MB transcripts, beside two plain passes that only split the
 * text into lines: String.split (native) and LineIndex (the line pass analyze() itself starts with).
 */
export const analysisSection: BenchSection = {
  name: 'analysis',
  cases: {
    split: (args) => measure(args, (text) => `${text.split(/\r\n|\r|\n/).length} lines`),
    lineIndex: (args) => measure(args, (text) => `${new LineIndex(text).lineCount} lines`),
    analyze: (args) => measure(args, describeAnalysis),
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
    const adversarial = [1, 4].map((size) => ({ size, result: context.runCase(this, 'adversarial', [String(size)]) }));
    for (const { size, result } of adversarial) {
      context.print(`adversarial ${size} MB (slow paths, one ${size / 4} MB line): ${formatMs(result.medianMs)}, ${(result.medianMs / size).toFixed(1)} ms/MB, peak RSS ${formatMb(result.peakRssBytes)}; ${String(result.notes?.['note'])}`);
    }
    const [small, large] = rows;
    if (!small || !large) return;
    const ratio = small.analysis.medianMs / small.split.medianMs;
    const growth = large.analysis.medianMs / large.size / (small.analysis.medianMs / small.size);
    context.print(`1 MB: analyze() is ${ratio.toFixed(1)}× split() (target ≤ ${TARGET_RATIO}×): ${ratio <= TARGET_RATIO ? 'OK' : 'OVER TARGET'}`);
    context.print(`10 MB: ${growth.toFixed(2)}× the time per MB of 1 MB (linear = 1): ${growth <= LINEAR_SLACK ? 'OK' : 'WORSE THAN LINEAR'}`);
  },
};
