// Where full analyses run: a worker thread (desktop: worker_threads, web: a Web Worker) so the extension
// host's thread only applies results, or this thread when no worker can start. No `vscode` import: the
// unit tests drive it with a fake worker.
import { runAnalysisJob, runPreviewJob, type AnalysisJobRequest, type AnalysisJobResult, type PreviewLines } from '../core/analysis/job';
import { unpackAnalysis, type PackedAnalysis } from '../core/analysis/packed';
import type { PreviewAnalysis } from '../core/analysis/preview';
import { LineIndex } from '../core/text/positions';
import { isEditReply, type EditMessage, type EditReply, type KeepRequest } from '../worker/editsProtocol';

/** Asks a run for a preview of some lines (preview.ts) first, delivered before the full analysis. */
export interface PreviewRequest extends PreviewLines {
  /** Called at most once, before the run settles, and not once it is cancelled; `lines` indexes the request's text. */
  readonly onPreview: (preview: PreviewAnalysis, lines: LineIndex) => void;
}

/** Runs full analyses. A newer run for the same document cancels the older one, which resolves `cancelled`. */
export interface AnalysisRunner {
  /**
   * `document` identifies the document (its URI); `request.text` is its text at the version the caller
   * analyses. With `preview`, a preview of those lines comes first, off the caller's thread where the full
   * analysis runs off it. With `keep`, a worker keeps an analyzer of the result for the document's later edits
   * (editsProtocol.ts); elsewhere it is ignored.
   */
  run(document: string, request: AnalysisJobRequest, preview?: PreviewRequest, keep?: KeepRequest): Promise<AnalysisJobResult>;
  /** Gets ready for a first run (a worker starts and warms up), so that run is not the one paying for it. */
  warm(): void;
  /** Cancels the document's job, if one is under way or waiting. */
  cancel(document: string): void;
  /** Where the analyses run, for the log and the tests. */
  readonly where: 'worker' | 'this thread';
  dispose(): void;
}

/** Messages to the worker. `cancelFlag`: an Int32Array over shared memory that the host sets to 1 to cancel. */
export interface RunMessage {
  readonly type: 'run';
  readonly id: number;
  readonly request: AnalysisJobRequest;
  readonly cancelFlag?: SharedArrayBuffer;
  /** Preview these lines first and answer with a `preview` reply before the full analysis. */
  readonly preview?: PreviewLines;
  /** Keep an analyzer of the result for the document's edits (editsProtocol.ts). */
  readonly keep?: KeepRequest;
}

/** Messages from the worker. */
export type WorkerReply =
  | { readonly type: 'preview'; readonly id: number; readonly preview: PreviewAnalysis; readonly lineStarts: Int32Array }
  | { readonly type: 'done'; readonly id: number; readonly packed: PackedAnalysis; readonly patternsSkipped: boolean }
  | { readonly type: 'cancelled'; readonly id: number }
  | { readonly type: 'failed'; readonly id: number; readonly message: string };

/** A started worker, whatever its kind. */
export interface WorkerPort {
  post(message: RunMessage | EditMessage): void;
  /** `error` fires when the worker cannot start or dies. */
  listen(onReply: (reply: unknown) => void, onError: (error: unknown) => void): void;
  terminate(): void;
}

/** Runs jobs on the calling thread, one task after the call, so that a newer run can cancel a waiting one. */
export class InThreadAnalysisRunner implements AnalysisRunner {
  readonly where = 'this thread';
  private readonly latest = new Map<string, { cancelled: boolean }>();

  constructor(private readonly now: () => number = () => performance.now()) {}

  run(document: string, request: AnalysisJobRequest, preview?: PreviewRequest): Promise<AnalysisJobResult> {
    // No worker keeps an analyzer here: `keep` is ignored.
    this.cancel(document);
    const ticket = { cancelled: false };
    this.latest.set(document, ticket);
    return new Promise((resolve, reject) => {
      const fail = (error: unknown): void => reject(error instanceof Error ? error : new Error(String(error)));
      const analyse = (lines?: LineIndex): void => {
        if (this.latest.get(document) === ticket) this.latest.delete(document);
        try {
          resolve(runAnalysisJob(request, { isCancelled: () => ticket.cancelled }, this.now, lines));
        } catch (error) {
          fail(error);
        }
      };
      setTimeout(() => {
        if (!preview || ticket.cancelled) return analyse();
        let lines: LineIndex;
        try {
          lines = new LineIndex(request.text);
          preview.onPreview(runPreviewJob(request, lines, preview, this.now), lines);
        } catch (error) {
          this.latest.delete(document);
          return fail(error);
        }
        // The full analysis in a later task, so the preview's decorations reach the editor first.
        setTimeout(() => analyse(lines), 0);
      }, 0);
    });
  }

  warm(): void {
    // Nothing to start: this thread is running.
  }

  cancel(document: string): void {
    const ticket = this.latest.get(document);
    if (ticket) ticket.cancelled = true;
    this.latest.delete(document);
  }

  dispose(): void {
    for (const document of [...this.latest.keys()]) this.cancel(document);
  }
}

interface PendingJob {
  readonly document: string;
  readonly request: AnalysisJobRequest;
  /** Until the preview has been delivered. */
  preview: PreviewRequest | undefined;
  readonly flag: Int32Array | undefined;
  readonly resolve: (result: AnalysisJobResult) => void;
  readonly reject: (error: Error) => void;
}

/**
 * Sends jobs to one worker, which runs them in order. Cancelling sets the job's shared flag (the worker
 * looks at it between stages) and settles the job at once; the worker's late answer is dropped. When
 * the worker cannot start or dies, the jobs it held and every later one go to `fallback`.
 */
export class WorkerAnalysisRunner implements AnalysisRunner {
  private port: WorkerPort | undefined;
  private broken = false;
  private nextId = 1;
  private readonly jobs = new Map<number, PendingJob>();
  private readonly byDocument = new Map<string, number>();
  private editListener: ((reply: EditReply) => void) | undefined;

  constructor(
    private readonly spawn: () => WorkerPort,
    private readonly fallback: AnalysisRunner,
    private readonly onWorkerFailed: (error: unknown) => void,
  ) {}

  get where(): 'worker' | 'this thread' {
    return this.broken ? this.fallback.where : 'worker';
  }

  run(document: string, request: AnalysisJobRequest, preview?: PreviewRequest, keep?: KeepRequest): Promise<AnalysisJobResult> {
    this.cancel(document);
    const port = this.broken ? undefined : this.started();
    if (!port) return this.fallback.run(document, request, preview);
    const id = this.nextId++;
    // Shared memory exists in worker_threads, and in a browser only when the page is cross-origin isolated.
    const shared = typeof SharedArrayBuffer === 'function' ? new SharedArrayBuffer(4) : undefined;
    return new Promise((resolve, reject) => {
      this.jobs.set(id, { document, request, preview, flag: shared && new Int32Array(shared), resolve, reject });
      this.byDocument.set(document, id);
      const lines = preview && { firstLine: preview.firstLine, lastLine: preview.lastLine };
      port.post({ type: 'run', id, request, ...(shared ? { cancelFlag: shared } : {}), ...(lines ? { preview: lines } : {}), ...(keep ? { keep } : {}) });
    });
  }

  /** Posts an edit message to the worker, after the runs posted before it; false when there is no worker. */
  postEdit(message: EditMessage): boolean {
    const port = this.broken ? undefined : this.port;
    port?.post(message);
    return port !== undefined;
  }

  /** Where the worker's replies to edit messages (and to runs with `keep`) go. */
  listenEdits(listener: (reply: EditReply) => void): void {
    this.editListener = listener;
  }

  warm(): void {
    if (!this.broken) this.started();
  }

  cancel(document: string): void {
    this.fallback.cancel(document);
    const id = this.byDocument.get(document);
    if (id === undefined) return;
    const job = this.jobs.get(id);
    this.forgetJob(id);
    if (!job) return;
    if (job.flag) Atomics.store(job.flag, 0, 1);
    job.resolve({ status: 'cancelled' });
  }

  dispose(): void {
    for (const document of [...this.byDocument.keys()]) this.cancel(document);
    this.port?.terminate();
    this.port = undefined;
    this.fallback.dispose();
  }

  private started(): WorkerPort | undefined {
    if (this.port) return this.port;
    try {
      const port = this.spawn();
      port.listen(
        (reply) => this.received(reply),
        (error) => this.failed(error),
      );
      this.port = port;
      return port;
    } catch (error) {
      this.failed(error);
      return undefined;
    }
  }

  private received(reply: unknown): void {
    if (isEditReply(reply)) return this.editListener?.(reply);
    if (!isReply(reply)) return;
    const job = this.jobs.get(reply.id);
    // A cancelled job's answer, or one from a worker since replaced.
    if (!job) return;
    if (reply.type === 'preview') return this.previewed(job, reply.preview, reply.lineStarts);
    this.forgetJob(reply.id);
    switch (reply.type) {
      case 'done':
        try {
          job.resolve({ status: 'done', analysis: unpackAnalysis(reply.packed), patternsSkipped: reply.patternsSkipped });
        } catch (error) {
          job.reject(error instanceof Error ? error : new Error(String(error)));
        }
        return;
      case 'cancelled':
        job.resolve({ status: 'cancelled' });
        return;
      case 'failed':
        job.reject(new Error(reply.message));
    }
  }

  private previewed(job: PendingJob, preview: PreviewAnalysis, lineStarts: Int32Array): void {
    const request = job.preview;
    job.preview = undefined;
    if (!request) return;
    let lines: LineIndex;
    try {
      // The starts are checked against the text; a scan when they do not fit it.
      lines = LineIndex.fromLineStarts(job.request.text, lineStarts);
    } catch {
      lines = new LineIndex(job.request.text);
    }
    request.onPreview(preview, lines);
  }

  /** The worker is gone: what it held runs here, and so does everything after. */
  private failed(error: unknown): void {
    if (this.broken) return;
    this.broken = true;
    this.port?.terminate();
    this.port = undefined;
    this.onWorkerFailed(error);
    const orphans = [...this.jobs.values()];
    this.jobs.clear();
    this.byDocument.clear();
    for (const job of orphans) this.fallback.run(job.document, job.request, job.preview).then(job.resolve, job.reject);
  }

  private forgetJob(id: number): void {
    const job = this.jobs.get(id);
    this.jobs.delete(id);
    if (job && this.byDocument.get(job.document) === id) this.byDocument.delete(job.document);
  }
}

function isReply(value: unknown): value is WorkerReply {
  if (typeof value !== 'object' || value === null) return false;
  const { type, id } = value as { type?: unknown; id?: unknown };
  if (type === 'preview') return typeof id === 'number' && isPreview(value);
  return typeof id === 'number' && (type === 'done' || type === 'cancelled' || type === 'failed');
}

/** The shape the decorations read (the worker is ours, but a malformed reply must not throw there). */
function isPreview(value: object): boolean {
  const { preview, lineStarts } = value as { preview?: Partial<Record<keyof PreviewAnalysis, unknown>>; lineStarts?: unknown };
  if (!(lineStarts instanceof Int32Array) || typeof preview !== 'object' || preview === null) return false;
  return [preview.speakers, preview.turns, preview.stageDirections, preview.claims].every(Array.isArray);
}
