// The worker's side: runs each job it is sent, in order, and answers with a packed analysis.
import { runAnalysisJob } from '../core/analysis/job';
import { packAnalysis, packedBuffers } from '../core/analysis/packed';
import type { RunMessage, WorkerReply } from '../vscode/analysisRunner';

export interface Reply {
  readonly reply: WorkerReply;
  /** Buffers to transfer rather than copy. */
  readonly transfer: ArrayBuffer[];
}

/** Answers one message from the host; anything but a run message is ignored (undefined). */
export function answer(message: unknown, now: () => number): Reply | undefined {
  if (!isRunMessage(message)) return undefined;
  const { id, request, cancelFlag } = message;
  const flag = cancelFlag ? new Int32Array(cancelFlag) : undefined;
  try {
    const result = runAnalysisJob(request, { isCancelled: () => flag !== undefined && Atomics.load(flag, 0) !== 0 }, now);
    if (result.status === 'cancelled') return { reply: { type: 'cancelled', id }, transfer: [] };
    const packed = packAnalysis(result.analysis, result.lines, result.summaryProfile);
    return { reply: { type: 'done', id, packed, patternsSkipped: result.patternsSkipped }, transfer: packedBuffers(packed) };
  } catch (error) {
    return { reply: { type: 'failed', id, message: error instanceof Error ? (error.stack ?? error.message) : String(error) }, transfer: [] };
  }
}

function isRunMessage(value: unknown): value is RunMessage {
  if (typeof value !== 'object' || value === null) return false;
  const { type, id, request } = value as Partial<RunMessage>;
  return type === 'run' && typeof id === 'number' && typeof request === 'object' && request !== null && typeof request.text === 'string';
}
