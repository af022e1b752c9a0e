import { execFile } from 'node:child_process';
import { readdir, stat } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { placeAnnotations } from '../core/export/place';
import { decodeSidecarBytes, formatProblem } from '../core/sidecar/codec';
import { ReadOnlySidecarError } from '../core/sidecar/port';
import { SIDECAR_SUFFIX, sidecarPathFor } from '../core/sidecar/model';
import { SidecarSession, SidecarUnreadableError, type SaveResult } from '../core/sidecar/session';
import { escapeControlCharacters } from '../core/text/escape';
import { LockTimeoutError } from '../node/sidecarLock';
import { files } from './annotations';
import { CliError, EXIT_FINDINGS, EXIT_UNUSABLE_INPUT, note } from './io';

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
  note(`${path} had changed on disk; merged with it`);
  // Keys and reasons quote the sidecar, so they go through note's escaping.
  for (const conflict of result.conflicts) process.stderr.write(`  ${escapeControlCharacters(`conflict: ${conflict.key}: ${conflict.reason}`)}\n`);
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

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

export function sidecarExists(transcriptPath: string): Promise<boolean> {
  return exists(sidecarPathFor(transcriptPath));
}

/** How many sidecars beside a transcript are weighed as the one it lost by a rename. */
const MAX_ORPHANS_READ = 20;

/**
 * Why a transcript has no sidecar, in one line: none was ever made, or (after a rename) one lies beside it
 * whose transcript is gone; the one whose tags are most found in `text` is named, with the rename to make.
 */
export async function missingSidecarMessage(transcriptPath: string, text: string): Promise<string> {
  const dir = dirname(transcriptPath);
  const expected = sidecarPathFor(transcriptPath);
  let orphans: string[] = [];
  try {
    const names = await readdir(dir || '.');
    orphans = names.filter((name) => name.endsWith(SIDECAR_SUFFIX) && name.length > SIDECAR_SUFFIX.length);
  } catch {
    // An unreadable folder: there is nothing to suggest.
  }
  let best: { path: string; found: number; total: number } | undefined;
  for (const name of orphans.slice(0, MAX_ORPHANS_READ)) {
    const path = join(dir, name);
    if (path === expected || (await exists(path.slice(0, -SIDECAR_SUFFIX.length)))) continue;
    const bytes = await files.read(path).catch(() => undefined);
    const decoded = bytes ? decodeSidecarBytes(bytes) : undefined;
    if (!decoded?.ok) continue;
    const annotations = decoded.document.annotations;
    const found = placeAnnotations(text, annotations).filter((p) => p.status !== 'orphaned').length;
    if (!best || found > best.found) best = { path, found, total: annotations.length };
  }
  const none = `${transcriptPath} has no sidecar (${basename(expected)}): it has no tags yet`;
  if (!best) return none;
  return (
    `${transcriptPath} has no sidecar (${basename(expected)}), but ${best.path} belongs to a transcript that is gone ` +
    `(${best.found} of its ${best.total} tag(s) are found in this file); if the transcript was renamed, rename it: mv ${quoteArg(best.path)} ${quoteArg(expected)}`
  );
}

/** A shell word for a path, quoted only when it needs to be. */
function quoteArg(path: string): string {
  return /^[\w./@%+=:,-]+$/.test(path) ? path : `'${path.replace(/'/g, `'\\''`)}'`;
}

/** Ends a command that changes existing tags with exit 1 when the transcript has no sidecar. */
export async function requireSidecar(command: string, transcriptPath: string, text: string): Promise<void> {
  if (!(await sidecarExists(transcriptPath))) throw new CliError(`${command}: ${await missingSidecarMessage(transcriptPath, text)}`, EXIT_FINDINGS);
}
