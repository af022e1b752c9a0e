// Where full analyses run: a worker thread (desktop: worker_threads, web: a Web Worker) so the extension
// host's thread only applies results, or this thread when no worker can start. No `vscode` import: the
// unit tests drive it with a fake worker.
import { runAnalysisJob, type AnalysisJobRequest, type AnalysisJobResult } from '../core/analysis/job';
import { unpackAnalysis, type PackedAnalysis } from '../core/analysis/packed';

/** Runs full analyses. A newer run for the same document cancels the older one, which resolves `cancelled`. */
export interface AnalysisRunner {
  /** `document` identifies the document (its URI); `request.text` is its text at the version the caller analyses. */
  run(document: string, request: AnalysisJobRequest): Promise<AnalysisJobResult>;
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
}

/** Messages from the worker. */
export type WorkerReply =
  | { readonly type: 'done'; readonly id: number; readonly packed: PackedAnalysis; readonly patternsSkipped: boolean }
  | { readonly type: 'cancelled'; readonly id: number }
  | { readonly type: 'failed'; readonly id: number; readonly message: string };

/** A started worker, whatever its kind. */
export interface WorkerPort {
  post(message: RunMessage): void;
  /** `error` fires when the worker cannot start or dies. */
  listen(onReply: (reply: unknown) => void, onError: (error: unknown) => void): void;
  terminate(): void;
}

/** Runs jobs on the calling thread, one task after the call, so that a newer run can cancel a waiting one. */
export class InThreadAnalysisRunner implements AnalysisRunner {
  readonly where = 'this thread';
  private readonly latest = new Map<string, { cancelled: boolean }>();

  constructor(private readonly now: () => number = () => performance.now()) {}

  run(document: string, request: AnalysisJobRequest): Promise<AnalysisJobResult> {
    this.cancel(document);
    const ticket = { cancelled: false };
    this.latest.set(document, ticket);
    return new Promise((resolve, reject) => {
      setTimeout(() => {
        if (this.latest.get(document) === ticket) this.latest.delete(document);
        try {
          resolve(runAnalysisJob(request, { isCancelled: () => ticket.cancelled }, this.now));
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      }, 0);
    });
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

  constructor(
    private readonly spawn: () => WorkerPort,
    private readonly fallback: AnalysisRunner,
    private readonly onWorkerFailed: (error: unknown) => void,
  ) {}

  get where(): 'worker' | 'this thread' {
    return this.broken ? this.fallback.where : 'worker';
  }

  run(document: string, request: AnalysisJobRequest): Promise<AnalysisJobResult> {
    this.cancel(document);
    const port = this.broken ? undefined : this.started();
    if (!port) return this.fallback.run(document, request);
    const id = this.nextId++;
    // Shared memory exists in worker_threads, and in a browser only when the page is cross-origin isolated.
    const shared = typeof SharedArrayBuffer === 'function' ? new SharedArrayBuffer(4) : undefined;
    return new Promise((resolve, reject) => {
      this.jobs.set(id, { document, request, flag: shared && new Int32Array(shared), resolve, reject });
      this.byDocument.set(document, id);
      port.post({ type: 'run', id, request, ...(shared ? { cancelFlag: shared } : {}) });
    });
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
    if (!isReply(reply)) return;
    const job = this.jobs.get(reply.id);
    // A cancelled job's answer, or one from a worker since replaced.
    if (!job) return;
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
    for (const job of orphans) this.fallback.run(job.document, job.request).then(job.resolve, job.reject);
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
  return typeof id === 'number' && (type === 'done' || type === 'cancelled' || type === 'failed');
}
