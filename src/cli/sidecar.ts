import { execFile } from 'node:child_process';
import { userInfo } from 'node:os';
import { dirname } from 'node:path';
import { formatProblem } from '../core/sidecar/codec';
import { ReadOnlySidecarError } from '../core/sidecar/port';
import { sidecarPathFor } from '../core/sidecar/model';
import { SidecarSession, SidecarUnreadableError, type SaveResult } from '../core/sidecar/session';
import { LockTimeoutError } from '../node/sidecarLock';
import { files } from './annotations';
import { CliError, EXIT_UNUSABLE_INPUT } from './io';

/** Opens the sidecar beside `transcriptPath`; one that does not parse ends the command with exit 2 and its line. */
export async function openSidecar(transcriptPath: string): Promise<SidecarSession> {
  const path = sidecarPathFor(transcriptPath);
  const opened = await SidecarSession.open(files, path);
  if (!opened.ok) throw new CliError(`${formatProblem(opened.problem, path)} (the file was left unchanged)`, EXIT_UNUSABLE_INPUT);
  return opened.session;
}

/** `git config user.name` as seen from the transcript's folder, else the OS user. */
export async function defaultAuthor(transcriptPath: string): Promise<string> {
  const fromGit = await new Promise<string>((resolve) => {
    execFile('git', ['config', 'user.name'], { cwd: dirname(transcriptPath) || '.', timeout: 5000 }, (error, stdout) => resolve(error ? '' : String(stdout).trim()));
  });
  if (fromGit) return fromGit;
  try {
    return userInfo().username || 'unknown';
  } catch {
    return 'unknown';
  }
}

/** Tells on stderr when saving had to merge with a file someone else changed meanwhile. */
export function reportSave(path: string, result: SaveResult): void {
  if (result.outcome !== 'merged') return;
  process.stderr.write(`transcript-annotator: ${path} had changed on disk; merged with it\n`);
  for (const conflict of result.conflicts) process.stderr.write(`  conflict: ${conflict.key}: ${conflict.reason}\n`);
}

/**
 * Saves the session, turning a refused write (disk full, file too large, read-only, a lock held too long)
 * into one line that names the file and says it was left as it was. The write is atomic, so on any
 * failure the sidecar on disk is the one from before.
 */
export async function saveSidecar(session: SidecarSession): Promise<SaveResult> {
  try {
    return await session.save();
  } catch (error) {
    if (error instanceof SidecarUnreadableError || error instanceof ReadOnlySidecarError || error instanceof LockTimeoutError) throw new CliError(error.message, EXIT_UNUSABLE_INPUT);
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code ? `${code}: ${describeErrno(code)}` : error instanceof Error ? error.message : String(error);
    throw new CliError(`${session.path}: could not save (${reason}); the file on disk was left unchanged`, EXIT_UNUSABLE_INPUT);
  }
}

function describeErrno(code: string): string {
  switch (code) {
    case 'ENOSPC':
      return 'no space left on the device';
    case 'EDQUOT':
      return 'disk quota exceeded';
    case 'EFBIG':
      return 'the file would be larger than the system allows';
    case 'EROFS':
      return 'the file system is read-only';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    default:
      return 'the write was refused';
  }
}
