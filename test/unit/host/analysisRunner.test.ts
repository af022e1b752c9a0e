import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { analyze } from '../../../src/core/analysis/analyze';
import type { AnalysisJobResult } from '../../../src/core/analysis/job';
import { previewAnalysis, type PreviewAnalysis } from '../../../src/core/analysis/preview';
import { LineIndex } from '../../../src/core/text/positions';
import { InThreadAnalysisRunner, WorkerAnalysisRunner, type AnalysisRunner, type RunMessage, type WorkerPort } from '../../../src/vscode/analysisRunner';
import { answer } from '../../../src/worker/serveAnalysis';
import { WARM_UP_SAMPLE } from '../../../src/worker/warmUp';
import { readFixture } from '../core/transcriptFixtures';

const TEXT = readFixture('interview-zh-Hans.txt');
const OTHER = readFixture('panel.md');

/** A worker that answers on a later task, in order, as the real one does; `hold` keeps the answers back. */
class FakeWorker implements WorkerPort {
  readonly received: RunMessage[] = [];
  terminated = false;
  private onReply: (reply: unknown) => void = () => undefined;
  onError: (error: unknown) => void = () => undefined;
  private held: RunMessage[] | undefined;

  constructor(hold = false) {
    if (hold) this.held = [];
  }

  post(message: RunMessage): void {
    this.received.push(message);
    if (this.held) this.held.push(message);
    else setTimeout(() => this.reply(message), 0);
  }

  listen(onReply: (reply: unknown) => void, onError: (error: unknown) => void): void {
    this.onReply = onReply;
    this.onError = onError;
  }

  terminate(): void {
    this.terminated = true;
  }

  release(): void {
    for (const message of this.held?.splice(0) ?? []) this.reply(message);
  }

  private reply(message: RunMessage): void {
    // Through structured clone, as postMessage would.
    const answered = answer(structuredClone(message), () => 0, (early) => this.onReply(structuredClone(early.reply)));
    if (answered) this.onReply(structuredClone(answered.reply));
  }
}

/** Lines 3-9 of TEXT as the preview sees them: offsets of the whole text. */
function expectedPreview(): { preview: PreviewAnalysis; lineStarts: Int32Array } {
  const lines = new LineIndex(TEXT);
  return { preview: previewAnalysis(TEXT, lines.lineStart(3), lines.lineEnd(9), {}, 'a.txt'), lineStarts: lines.lineStarts() };
}

/** Runs TEXT with a preview of lines 3-9; records what arrives in which order. */
async function runWithPreview(runner: AnalysisRunner): Promise<{ events: string[]; preview?: PreviewAnalysis; lines?: LineIndex; result: AnalysisJobResult }> {
  const events: string[] = [];
  let preview: PreviewAnalysis | undefined;
  let lines: LineIndex | undefined;
  const result = await runner.run('a', { text: TEXT, fileName: 'a.txt' }, {
    firstLine: 3,
    lastLine: 9,
    onPreview: (analysis, index) => {
      events.push('preview');
      preview = analysis;
      lines = index;
    },
  });
  events.push(result.status);
  return { events, preview, lines, result };
}

function analysisOf(result: AnalysisJobResult): unknown {
  assert.equal(result.status, 'done');
  return result.status === 'done' ? result.analysis : undefined;
}

describe('WorkerAnalysisRunner', () => {
  it('returns what analyze() returns, through the worker', async () => {
    const worker = new FakeWorker();
    const runner = new WorkerAnalysisRunner(() => worker, new InThreadAnalysisRunner(), () => assert.fail('the worker did not fail'));
    assert.deepStrictEqual(analysisOf(await runner.run('a', { text: TEXT, fileName: 'a.txt' })), analyze(TEXT, {}, 'a.txt'));
    assert.equal(runner.where, 'worker');
    assert.equal(worker.received.length, 1);
    runner.dispose();
    assert.ok(worker.terminated);
  });

  it('cancels a document’s older job when a newer one is sent, and only that document’s', async () => {
    const worker = new FakeWorker(true);
    const runner = new WorkerAnalysisRunner(() => worker, new InThreadAnalysisRunner(), () => assert.fail('the worker did not fail'));
    const older = runner.run('a', { text: OTHER, fileName: 'a.md' });
    const otherDocument = runner.run('b', { text: OTHER, fileName: 'b.md' });
    const newer = runner.run('a', { text: TEXT, fileName: 'a.txt' });
    assert.deepStrictEqual(await older, { status: 'cancelled' });
    // The worker sees the cancellation through the shared flag, and answers `cancelled` for it.
    const flag = new Int32Array(worker.received[0]!.cancelFlag!);
    assert.equal(Atomics.load(flag, 0), 1);
    assert.equal(answer(worker.received[0], () => 0)?.reply.type, 'cancelled');
    worker.release();
    assert.deepStrictEqual(analysisOf(await newer), analyze(TEXT, {}, 'a.txt'));
    assert.deepStrictEqual(analysisOf(await otherDocument), analyze(OTHER, {}, 'b.md'));
    runner.dispose();
  });

  it('falls back to this thread when the worker cannot start, and says so', async () => {
    const failures: unknown[] = [];
    const runner = new WorkerAnalysisRunner(() => { throw new Error('no Worker here'); }, new InThreadAnalysisRunner(), (error) => failures.push(error));
    assert.deepStrictEqual(analysisOf(await runner.run('a', { text: TEXT, fileName: 'a.txt' })), analyze(TEXT, {}, 'a.txt'));
    assert.equal(runner.where, 'this thread');
    assert.equal(failures.length, 1);
  });

  it('runs the jobs a dying worker held on this thread, and all later ones', async () => {
    const worker = new FakeWorker(true);
    let spawned = 0;
    const failures: unknown[] = [];
    const runner = new WorkerAnalysisRunner(() => (spawned++, worker), new InThreadAnalysisRunner(), (error) => failures.push(error));
    const held = runner.run('a', { text: TEXT, fileName: 'a.txt' });
    worker.onError(new Error('killed'));
    assert.deepStrictEqual(analysisOf(await held), analyze(TEXT, {}, 'a.txt'));
    assert.deepStrictEqual(analysisOf(await runner.run('b', { text: OTHER, fileName: 'b.md' })), analyze(OTHER, {}, 'b.md'));
    assert.equal(spawned, 1);
    assert.ok(worker.terminated);
    assert.equal(failures.length, 1);
  });

  it('rejects a job the worker reports as failed, and ignores answers to no job', async () => {
    const worker = new FakeWorker(true);
    const runner = new WorkerAnalysisRunner(() => worker, new InThreadAnalysisRunner(), () => assert.fail('the worker did not fail'));
    const job = runner.run('a', { text: TEXT, fileName: 'a.txt' });
    const onReply = (worker as unknown as { onReply: (reply: unknown) => void }).onReply;
    onReply({ type: 'done', id: 999, packed: {}, patternsSkipped: false });
    onReply('nonsense');
    onReply({ type: 'failed', id: worker.received[0]!.id, message: 'boom' });
    await assert.rejects(job, /boom/);
    runner.dispose();
  });

  it('answers a run that asks for a preview with the preview of those lines first, then the full analysis', async () => {
    const worker = new FakeWorker();
    const runner = new WorkerAnalysisRunner(() => worker, new InThreadAnalysisRunner(), () => assert.fail('the worker did not fail'));
    const { events, preview, lines, result } = await runWithPreview(runner);
    const expected = expectedPreview();
    assert.deepStrictEqual(events, ['preview', 'done']);
    assert.ok(preview && preview.turns.length > 0, 'the window has turns');
    assert.deepStrictEqual(preview, expected.preview);
    assert.deepStrictEqual(lines?.lineStarts(), expected.lineStarts);
    assert.equal(lines?.text, TEXT);
    assert.deepStrictEqual(analysisOf(result), analyze(TEXT, {}, 'a.txt'));
    assert.deepStrictEqual(worker.received[0]?.preview, { firstLine: 3, lastLine: 9 });
    runner.dispose();
  });

  it('delivers no preview for a cancelled run, and ignores a malformed one', async () => {
    const worker = new FakeWorker(true);
    const runner = new WorkerAnalysisRunner(() => worker, new InThreadAnalysisRunner(), () => assert.fail('the worker did not fail'));
    const previews: string[] = [];
    const older = runner.run('a', { text: TEXT, fileName: 'a.txt' }, { firstLine: 0, lastLine: 5, onPreview: () => previews.push('older') });
    const newer = runner.run('a', { text: TEXT, fileName: 'a.txt' }, { firstLine: 0, lastLine: 5, onPreview: () => previews.push('newer') });
    const onReply = (worker as unknown as { onReply: (reply: unknown) => void }).onReply;
    onReply({ type: 'preview', id: worker.received[1]!.id, preview: { turns: 'not a list' }, lineStarts: new Int32Array([0]) });
    assert.deepStrictEqual(previews, []);
    worker.release();
    assert.deepStrictEqual(await older, { status: 'cancelled' });
    assert.equal((await newer).status, 'done');
    assert.deepStrictEqual(previews, ['newer']);
    runner.dispose();
  });

  it('scans the text itself when the preview’s line starts do not fit it', async () => {
    const worker = new FakeWorker(true);
    const runner = new WorkerAnalysisRunner(() => worker, new InThreadAnalysisRunner(), () => assert.fail('the worker did not fail'));
    let lines: LineIndex | undefined;
    const job = runner.run('a', { text: TEXT, fileName: 'a.txt' }, { firstLine: 0, lastLine: 5, onPreview: (_, index) => (lines = index) });
    const onReply = (worker as unknown as { onReply: (reply: unknown) => void }).onReply;
    const { preview } = expectedPreview();
    onReply({ type: 'preview', id: worker.received[0]!.id, preview, lineStarts: new Int32Array([0, 3, 7]) });
    assert.deepStrictEqual(lines?.lineStarts(), new LineIndex(TEXT).lineStarts());
    runner.dispose();
    assert.deepStrictEqual(await job, { status: 'cancelled' });
  });

  it('starts the worker when warmed, once', () => {
    let spawned = 0;
    const runner = new WorkerAnalysisRunner(() => (spawned++, new FakeWorker()), new InThreadAnalysisRunner(), () => assert.fail('the worker did not fail'));
    assert.equal(spawned, 0);
    runner.warm();
    runner.warm();
    assert.equal(spawned, 1);
    runner.dispose();
  });

  it('runs the real dist/analysisWorker.js on a worker thread', async function () {
    const bundle = join(process.cwd(), 'dist', 'analysisWorker.js');
    if (!existsSync(bundle)) this.skip();
    const runner = new WorkerAnalysisRunner(
      () => {
        const worker = new Worker(bundle);
        return {
          post: (message) => worker.postMessage(message),
          listen: (onReply, onError) => {
            worker.on('message', onReply);
            worker.on('error', onError);
          },
          terminate: () => void worker.terminate(),
        };
      },
      new InThreadAnalysisRunner(),
      (error) => assert.fail(`the worker failed: ${String(error)}`),
    );
    try {
      const cancelled = runner.run('a', { text: OTHER, fileName: 'a.md' });
      const result = runner.run('a', { text: TEXT, fileName: 'a.txt', labelPatterns: ['^(主持人)：'] });
      assert.deepStrictEqual(await cancelled, { status: 'cancelled' });
      assert.deepStrictEqual(analysisOf(await result), (await new InThreadAnalysisRunner().run('x', { text: TEXT, fileName: 'a.txt', labelPatterns: ['^(主持人)：'] }) as { analysis: unknown }).analysis);
      const previewed = await runWithPreview(runner);
      assert.deepStrictEqual(previewed.events, ['preview', 'done']);
      assert.deepStrictEqual(previewed.preview, expectedPreview().preview);
    } finally {
      runner.dispose();
    }
  });
});

describe('InThreadAnalysisRunner', () => {
  it('analyses on a later task, and a newer run cancels a waiting one', async () => {
    const runner = new InThreadAnalysisRunner();
    const older = runner.run('a', { text: OTHER, fileName: 'a.md' });
    const newer = runner.run('a', { text: TEXT, fileName: 'a.txt' });
    assert.deepStrictEqual(await older, { status: 'cancelled' });
    assert.deepStrictEqual(analysisOf(await newer), analyze(TEXT, {}, 'a.txt'));
  });

  it('delivers a preview of the lines asked for before the full analysis', async () => {
    const { events, preview, lines, result } = await runWithPreview(new InThreadAnalysisRunner());
    assert.deepStrictEqual(events, ['preview', 'done']);
    assert.deepStrictEqual(preview, expectedPreview().preview);
    assert.deepStrictEqual(lines?.lineStarts(), expectedPreview().lineStarts);
    assert.deepStrictEqual(analysisOf(result), analyze(TEXT, {}, 'a.txt'));
  });
});

describe('the worker’s warm-up sample', () => {
  it('has turns, a stage direction, topics and claims of every kind, so warming runs those paths', () => {
    const analysis = analyze(WARM_UP_SAMPLE, {}, 'warm-up.txt');
    assert.ok(analysis.turns.length >= 4);
    assert.ok(analysis.stageDirections.length >= 1);
    assert.ok(analysis.topics.length >= 1);
    assert.deepStrictEqual(new Set(analysis.claims.map((claim) => claim.kind)), new Set(['fact', 'forecast', 'opinion']));
  });
});
