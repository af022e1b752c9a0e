// Full analysis in the worker (dist/analysisWorker.js on a worker thread, as the desktop extension runs it)
// against the same analysis on the calling thread: wall time, and how long the calling thread (the extension
// host's, in the editor) is blocked.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { analyze } from '../../src/core/analysis/analyze';
import { IncrementalAnalyzer } from '../../src/core/analysis/incremental';
import { InThreadAnalysisRunner, WorkerAnalysisRunner, type WorkerPort } from '../../src/vscode/analysisRunner';
import { generateTranscript } from './generateTranscript';
import { caseResult, formatMs, median, type BenchSection, type CaseResult } from './harness';

const MB = 1024 * 1024;
const WORKER_BUNDLE = join(process.cwd(), 'dist', 'analysisWorker.js');

function nodeWorker(): WorkerPort {
  const worker = new Worker(WORKER_BUNDLE);
  return {
    post: (message) => worker.postMessage(message),
    listen: (onReply, onError) => {
      worker.on('message', onReply);
      worker.on('error', onError);
    },
    terminate: () => void worker.terminate(),
  };
}

/** The longest the calling thread went without running a 1 ms timer while `work` was under way. */
async function longestBlock(work: () => Promise<unknown>): Promise<number> {
  let last = performance.now();
  let worst = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    worst = Math.max(worst, now - last);
    last = now;
  }, 1);
  try {
    await work();
  } finally {
    clearInterval(timer);
  }
  return Math.max(worst, performance.now() - last);
}

async function measure(megabytes: number, runs: number): Promise<CaseResult> {
  if (!existsSync(WORKER_BUNDLE)) throw new Error(`${WORKER_BUNDLE} is missing: build first`);
  const text = generateTranscript(megabytes * MB);
  const runner = new WorkerAnalysisRunner(nodeWorker, new InThreadAnalysisRunner(), (error) => {
    throw new Error(`the analysis worker failed: ${String(error)}`);
  });
  const wall: number[] = [];
  const blocked: number[] = [];
  const adopt: number[] = [];
  const inThread: number[] = [];
  try {
    // Warm-up: the worker's first job also loads its bundle and compiles.
    await runner.run('bench', { text, fileName: 'bench.txt' });
    for (let i = 0; i < runs; i++) {
      let result: Awaited<ReturnType<typeof runner.run>> | undefined;
      const start = performance.now();
      blocked.push(await longestBlock(async () => (result = await runner.run('bench', { text, fileName: 'bench.txt' }))));
      wall.push(performance.now() - start);
      if (result?.status !== 'done') throw new Error('the job did not finish');
      const analysis = result.analysis;
      // What the extension does next on its thread: make the result the base of local re-analysis.
      const adoptStart = performance.now();
      new IncrementalAnalyzer({}, 'bench.txt').adopt(text, analysis);
      adopt.push(performance.now() - adoptStart);
      const started = performance.now();
      analyze(text, {}, 'bench.txt');
      inThread.push(performance.now() - started);
    }
  } finally {
    runner.dispose();
  }
  return caseResult(wall, { blocked: median(blocked), blockedMax: Math.max(...blocked), adopt: median(adopt), inThread: median(inThread) });
}

export const workerSection: BenchSection = {
  name: 'worker',
  cases: { analysis: (args) => measure(Number(args[0] ?? 1), Number(args[1] ?? 5)) },
  report(context) {
    context.print('full analysis in the worker (dist/analysisWorker.js) vs on the calling thread; the calling thread is the extension host’s');
    for (const [megabytes, runs] of [[1, 5], [10, 3]] as const) {
      const result = context.runCase(this, 'analysis', [String(megabytes), String(runs)]);
      const n = result.notes ?? {};
      context.print(
        `  ${megabytes} MB: worker ${formatMs(result.medianMs)} wall, calling thread blocked at most ${formatMs(Number(n['blocked']))} (worst run ${formatMs(Number(n['blockedMax']))}) ` +
          `+ ${formatMs(Number(n['adopt']))} to adopt the result for local re-analysis   (baseline, on the calling thread: ${formatMs(Number(n['inThread']))}, all of it blocking)`,
      );
    }
  },
};
