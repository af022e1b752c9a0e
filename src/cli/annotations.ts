import { formatProblem } from '../core/sidecar/codec';
import { sidecarPathFor } from '../core/sidecar/model';
import { SidecarSession } from '../core/sidecar/session';
import { NodeSidecarFiles } from '../node/nodeSidecarFiles';
import { CliError, EXIT_UNUSABLE_INPUT } from './io';

/** Sidecar files for every command; a cleared abandoned lock is told on stderr. */
export const files = new NodeSidecarFiles({ warn: (message) => process.stderr.write(`transcript-annotator: ${message}\n`) });

/** Opens a sidecar (a missing one is empty); one that does not parse is an exit-2 error, left untouched. */
export async function openSidecar(path: string): Promise<SidecarSession> {
  const opened = await SidecarSession.open(files, path);
  if (!opened.ok) throw new CliError(`${formatProblem(opened.problem, path)} (left unchanged)`, EXIT_UNUSABLE_INPUT);
  return opened.session;
}

export function openSidecarOf(transcriptPath: string): Promise<SidecarSession> {
  return openSidecar(sidecarPathFor(transcriptPath));
}

/** Writes a file atomically (temporary file, then rename), refusing if it changed since `expected` was read. */
export async function writeFileAtomic(path: string, content: string | Uint8Array, expected: Uint8Array | null | 'any'): Promise<void> {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  const current = expected === 'any' ? ((await files.read(path)) ?? null) : expected;
  const outcome = await files.writeAtomic(path, bytes, current);
  if (!outcome.written) throw new CliError(`${path}: changed on disk while working; nothing was written, run again`, EXIT_UNUSABLE_INPUT);
}
