import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeSidecarBytes, decodeWholeText, encodeSidecar, formatProblem, type DecodeSidecarResult } from '../../src/core/sidecar/codec';
import { useLeanHeap } from '../../src/cli/heap';
import { caseResult, formatMs, timeRuns, type BenchSection, type CaseResult } from './harness';
import { bigSidecar } from './hostileSection';

// Sidecar decoding: in pieces (decodeSidecarBytes) beside the whole-text decoder it replaced (decodeWholeText,
// kept as the fallback and as this baseline), each file and decoder in a fresh process.
//
// Memory, over the file's size in bytes:
// - peak: the process's peak resident memory while reading and decoding, minus its resident memory just
//   before reading (after a forced GC): the bytes read (1×), the text, parsed values, the document, and
//   garbage V8 has not collected yet (its young generation alone grows by up to about 30 MB).
// - kept: V8 heap + external memory after a forced GC, the document alive and the bytes dropped, minus before.
// Each decode is measured after a warm-up decode of a small file, so that the code compiled on first use is
// the program's, not the file's; and again cold (the first decode in a fresh process), cold with the CLI's heap
// settings (src/cli/heap.ts, set at run time as the CLI sets them: what one CLI run costs), and with a 1 MB
// young generation (--max-semi-space-size=1), where the peak follows live memory.

const DECODERS: Readonly<Record<string, (bytes: Uint8Array) => DecodeSidecarResult>> = { pieces: decodeSidecarBytes, whole: decodeWholeText };

function gc(): void {
  const collect = (globalThis as { gc?: () => void }).gc;
  if (!collect) throw new Error('the sidecar bench needs node --expose-gc');
  collect();
  collect();
}

function heapAndExternal(): number {
  const usage = process.memoryUsage();
  return usage.heapUsed + usage.external;
}

/**
 * Decodes a small sidecar a few times first, so that the code compiled on first use counts as the program's,
 * not the file's (as the analysis bench warms up before measuring memory).
 */
function warmUp(decode: (bytes: Uint8Array) => DecodeSidecarResult): void {
  const small = new TextEncoder().encode(encodeSidecar(bigSidecar(300).document));
  for (let i = 0; i < 5; i++) decode(small);
}

function described(result: DecodeSidecarResult): string {
  return result.ok ? `${result.document.annotations.length} annotations` : formatProblem(result.problem);
}

/** The files measured: written by the parent, so that generating them costs the children nothing. */
function writeFiles(dir: string): { name: string; path: string; bytes: number }[] {
  const files: { name: string; path: string; bytes: number }[] = [];
  const write = (name: string, text: string): void => {
    const path = join(dir, `${name}.annotations.json`);
    writeFileSync(path, text);
    files.push({ name, path, bytes: Buffer.byteLength(text) });
  };
  write('10,000 annotations', encodeSidecar(bigSidecar(10_000).document));
  const large = encodeSidecar(bigSidecar(100_000).document);
  write('100,000 annotations', large);
  // The bench's typo: the quote before the last annotation's "kind" deleted.
  const last = large.lastIndexOf('"kind": "');
  write('100,000, one typo near the end', large.slice(0, last) + large.slice(last + 1));
  const first = large.indexOf('"kind": "');
  write('100,000, one typo near the start', large.slice(0, first) + large.slice(first + 1));
  write('100,000, a schema error near the end', `${large.slice(0, last)}"kind": "rumour", "was": "${large.slice(last + 9)}`);
  return files;
}

function ratio(bytes: number, of: number): string {
  return `${(bytes / of).toFixed(2)}×`;
}

const SMALL_YOUNG_GENERATION = ['--max-semi-space-size=1'];

/** Issue 13: decoding a sidecar should take at most this many times the file's size. */
const PEAK_TARGET = 5;

interface Measured {
  readonly warm: CaseResult;
  readonly cold: CaseResult;
  readonly cli: CaseResult;
  readonly small: CaseResult;
}

function peakOf(result: CaseResult): number {
  return Number(result.notes?.['peakGrowth']);
}

function figures(measured: Measured, bytes: number): string {
  const n = measured.warm.notes ?? {};
  const verdict = peakOf(measured.warm) / bytes <= PEAK_TARGET ? 'OK' : 'OVER TARGET';
  const peak = `peak ${ratio(peakOf(measured.warm), bytes)} (target ≤ ${PEAK_TARGET}×: ${verdict}; the first decode in a fresh process ${ratio(peakOf(measured.cold), bytes)}, in a CLI run ${ratio(peakOf(measured.cli), bytes)}, with a 1 MB young generation ${ratio(peakOf(measured.small), bytes)})`;
  return `${formatMs(measured.warm.medianMs)} (first run ${formatMs(Number(n['firstMs']))}), ${peak}, kept ${ratio(Number(n['kept']), bytes)}`;
}

export const sidecarSection: BenchSection = {
  name: 'sidecar',
  cases: {
    /**
     * args: decoder (pieces | whole), file, and `cold` to skip the warm-up, `once` to skip timing, `cli` to
     * apply the CLI's heap settings first. Memory from the first decode of the file; time the median of three more.
     */
    decode: (args) => {
      const decode = DECODERS[args[0] ?? ''];
      if (!decode || !args[1]) throw new Error(`usage: decode pieces|whole FILE [cold] [once], not ${args.join(' ')}`);
      // At run time, as the CLI's main does: Node 20 ignores --semi-space-growth-factor on its command line.
      if (args.includes('cli')) useLeanHeap();
      if (!args.includes('cold')) warmUp(decode);
      gc();
      const heapBefore = heapAndExternal();
      const rssBefore = process.memoryUsage().rss;
      let bytes: Uint8Array | undefined = readFileSync(args[1]);
      const started = process.hrtime.bigint();
      let result: DecodeSidecarResult | undefined = decode(bytes);
      const firstMs = Number(process.hrtime.bigint() - started) / 1e6;
      const peakGrowth = process.resourceUsage().maxRSS * 1024 - rssBefore;
      bytes = undefined;
      gc();
      const kept = heapAndExternal() - heapBefore;
      const reported = described(result);
      result = undefined;
      const again = readFileSync(args[1]);
      const runs = args.includes('once') ? [firstMs] : timeRuns(3, () => decode(again), 0);
      return caseResult(runs, { firstMs, peakGrowth, kept, reported });
    },
  },
  report(context) {
    const dir = mkdtempSync(join(tmpdir(), 'ta-sidecar-bench-'));
    try {
      context.print('peak: resident memory growth from before reading the file to the decoded document, after a warm-up decode of a small file; kept: heap + external after a GC, document alive; both over the file\'s bytes');
      const measure = (decoder: string, path: string): Measured => ({
        warm: context.runCase(this, 'decode', [decoder, path]),
        cold: context.runCase(this, 'decode', [decoder, path, 'cold', 'once']),
        cli: context.runCase(this, 'decode', [decoder, path, 'cold', 'once', 'cli']),
        small: context.runCase(this, 'decode', [decoder, path, 'once'], SMALL_YOUNG_GENERATION),
      });
      for (const file of writeFiles(dir)) {
        const pieces = measure('pieces', file.path);
        const whole = measure('whole', file.path);
        const reported = pieces.warm.notes?.['reported'];
        const same = reported === whole.warm.notes?.['reported'] ? '' : ` — DIFFERENT from the baseline's: ${String(whole.warm.notes?.['reported'])}`;
        context.print(`${file.name} (${(file.bytes / (1024 * 1024)).toFixed(1)} MB): ${String(reported)}${same}`);
        context.print(`  in pieces:  ${figures(pieces, file.bytes)}`);
        context.print(`  whole text: ${figures(whole, file.bytes)} (baseline, same run)`);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
