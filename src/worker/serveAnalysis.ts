// The worker's side: runs each job it is sent, in order, and answers with a packed analysis.
import { runAnalysisJob, runPreviewJob, type AnalysisJobResult, type PreviewLines } from '../core/analysis/job';
import { packedBuffers, packJobResult, unpackAnalysis, type PackedAnalysis } from '../core/analysis/packed';
import { LineIndex } from '../core/text/positions';
import type { RunMessage, WorkerReply } from '../vscode/analysisRunner';
import type { DocumentAnalyzers } from './documentAnalyzers';
import { isEditMessage, isKeepRequest, type EditReply } from './editsProtocol';

export interface Reply {
  readonly reply: WorkerReply | EditReply;
  /** Buffers to transfer rather than copy. */
  readonly transfer: ArrayBuffer[];
}

/**
 * Serves one message from the host: a run is answered (`answer`), and one asking to `keep` its analysis gives the
 * document's analyzer to `documents` after the answer is sent; an edit message goes to `documents`.
 */
export function serve(message: unknown, now: () => number, send: (reply: Reply) => void, documents: DocumentAnalyzers): void {
  if (isEditMessage(message)) return documents.receive(message);
  const keep = isRunMessage(message) && isKeepRequest(message.keep) ? message.keep : undefined;
  let copy: PackedAnalysis | undefined;
  // Run without the user's patterns (over their budget): no reading the host's analyzer would make. Copied before the
  // packed buffers go to the host, unpacked after: what the first edits read comes with it, as on the host.
  const keepCopy = (result: Extract<AnalysisJobResult, { status: 'done' }>, packed: PackedAnalysis): void => {
    if (!result.patternsSkipped) copy = structuredClone(packed);
  };
  const answered = answer(message, now, send, keep && keepCopy);
  if (answered) send(answered);
  if (keep && copy) documents.keep(keep, (message as RunMessage).request, unpackAnalysis(copy));
}

/**
 * Answers one message from the host; anything but a run message is ignored (undefined). A run asking for
 * a preview gets it through `sendEarly` first (skipped when the run was cancelled already). `onDone` is
 * given the finished job's result and its packed form, before the packed buffers are transferred.
 */
export function answer(
  message: unknown,
  now: () => number,
  sendEarly: (reply: Reply) => void = () => undefined,
  onDone?: (result: Extract<AnalysisJobResult, { status: 'done' }>, packed: PackedAnalysis) => void,
): Reply | undefined {
  if (!isRunMessage(message)) return undefined;
  const { id, request, cancelFlag, preview } = message;
  const flag = cancelFlag ? new Int32Array(cancelFlag) : undefined;
  const isCancelled = (): boolean => flag !== undefined && Atomics.load(flag, 0) !== 0;
  try {
    let lines: LineIndex | undefined;
    if (isPreviewLines(preview) && !isCancelled()) {
      lines = new LineIndex(request.text);
      const lineStarts = lines.lineStarts();
      sendEarly({ reply: { type: 'preview', id, preview: runPreviewJob(request, lines, preview, now), lineStarts }, transfer: [lineStarts.buffer as ArrayBuffer] });
    }
    const result = runAnalysisJob(request, { isCancelled }, now, lines);
    if (result.status === 'cancelled') return { reply: { type: 'cancelled', id }, transfer: [] };
    const packed = packJobResult(result);
    onDone?.(result, packed);
    return { reply: { type: 'done', id, packed, patternsSkipped: result.patternsSkipped }, transfer: packedBuffers(packed) };
  } catch (error) {
    return { reply: { type: 'failed', id, message: error instanceof Error ? (error.stack ?? error.message) : String(error) }, transfer: [] };
  }
}

function isPreviewLines(value: unknown): value is PreviewLines {
  if (typeof value !== 'object' || value === null) return false;
  const { firstLine, lastLine } = value as Partial<PreviewLines>;
  return Number.isFinite(firstLine) && Number.isFinite(lastLine);
}

function isRunMessage(value: unknown): value is RunMessage {
  if (typeof value !== 'object' || value === null) return false;
  const { type, id, request } = value as Partial<RunMessage>;
  return type === 'run' && typeof id === 'number' && typeof request === 'object' && request !== null && typeof request.text === 'string';
}
