import { randomBytes } from 'node:crypto';
import { constants, type Stats } from 'node:fs';
import { access, open, readFile, rename, stat, unlink, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { MAX_SIDECAR_BYTES } from '../core/sidecar/model';
import { ReadOnlySidecarError, sameBytes, type SidecarFiles, type WriteOutcome } from '../core/sidecar/port';
import { acquireLock, DEFAULT_LOCK_TIMING, type HeldLock, type LockTiming, type LockWarning } from './sidecarLock';

export { lockPathFor } from './sidecarLock';

/**
 * The file's bytes, or `undefined` when it does not exist. A file over MAX_SIDECAR_BYTES is read only that
 * far plus one byte: enough for the codec to refuse it by size, without loading gigabytes.
 */
async function readIfExists(path: string): Promise<Uint8Array | undefined> {
  try {
    const handle = await open(path, 'r');
    try {
      const { size } = await handle.stat();
      if (size <= MAX_SIDECAR_BYTES) return await readFile(handle);
      const head = new Uint8Array(MAX_SIDECAR_BYTES + 1);
      const { bytesRead } = await handle.read(head, 0, head.length, 0);
      return head.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** The temporary file sits beside the target, so the rename stays on one file system and is atomic. */
function temporaryPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
}

export interface NodeSidecarFilesOptions {
  readonly lockTiming?: LockTiming;
  /** Told when an abandoned lock was cleared (the CLI prints it, the extension logs it). */
  readonly warn?: LockWarning;
}

/**
 * Sidecar files on a local disk, for the CLI and the extension's node entry. A write goes to a temporary
 * file in the same folder, is flushed to disk, and renamed over the target; the target's current content is
 * compared with what the caller read just before the rename, so a file someone else changed is not clobbered.
 */
export class NodeSidecarFiles implements SidecarFiles {
  constructor(private readonly options: NodeSidecarFilesOptions = {}) {}

  read(path: string): Promise<Uint8Array | undefined> {
    return readIfExists(path);
  }

  /**
   * The compare and the rename run under a lock file beside the target (see sidecarLock.ts), so that two
   * processes saving at once cannot both see the content they expect and the second rename silently drop
   * the first's save: the second one waits, then finds the file changed and merges.
   */
  async writeAtomic(path: string, bytes: Uint8Array, expected: Uint8Array | null): Promise<WriteOutcome> {
    const lock = await acquireLock(path, this.options.lockTiming ?? DEFAULT_LOCK_TIMING, this.options.warn);
    try {
      return await this.writeLocked(path, bytes, expected, lock);
    } finally {
      await lock.release();
    }
  }

  private async writeLocked(path: string, bytes: Uint8Array, expected: Uint8Array | null, lock: HeldLock): Promise<WriteOutcome> {
    // Read after taking the lock: whatever the caller read may already be out of date.
    const before = await readIfExists(path);
    if (!sameBytes(before ?? null, expected)) return { written: false, current: before };
    const target = await statIfExists(path);
    if (target && (await isReadOnly(path, target))) throw new ReadOnlySidecarError(path);
    const temporary = temporaryPathFor(path);
    let renamed = false;
    try {
      const handle = await open(temporary, 'wx');
      try {
        await handle.writeFile(bytes);
        if (target) await keepOwnerAndMode(handle, target);
        await handle.sync();
      } finally {
        await handle.close();
      }
      // Compare again as late as possible: the window for a lost update is now the rename alone.
      const current = await readIfExists(path);
      if (!sameBytes(current ?? null, expected)) return { written: false, current };
      if (!(await lock.stillHeld())) throw new Error(`${path}: the save took so long that its lock (${lock.path}) was cleared as abandoned; nothing was written, try again`);
      await renameWithRetry(temporary, path);
      renamed = true;
      await syncDirectory(dirname(path));
      return { written: true };
    } finally {
      if (!renamed) await unlink(temporary).catch(() => undefined);
    }
  }
}

async function statIfExists(path: string): Promise<Stats | undefined> {
  try {
    return await stat(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * Replacing a file needs only a writable folder, so the file's own permission is checked here. Root may
 * write anything, so for root a file with no write permission for anyone counts as read-only too.
 */
async function isReadOnly(path: string, info: Stats): Promise<boolean> {
  if ((info.mode & 0o222) === 0) return true;
  try {
    await access(path, constants.W_OK);
    return false;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'EACCES' || code === 'EPERM' || code === 'EROFS';
  }
}

/**
 * The new file replaces the old one, so it takes over the old one's group (a shared folder's group, say),
 * owner when we may set it (root), and mode. Owner before mode: a chown clears set-id bits.
 */
async function keepOwnerAndMode(handle: FileHandle, target: Stats): Promise<void> {
  const mine = await handle.stat();
  if (mine.uid !== target.uid || mine.gid !== target.gid) {
    await handle.chown(target.uid, target.gid).catch(() =>
      // Not root: only the group can be kept, and only if we are in it; otherwise it stays ours.
      handle.chown(-1, target.gid).catch(() => undefined),
    );
  }
  await handle.chmod(target.mode & 0o7777);
}
/** Windows refuses a rename while another process (a virus scanner, an editor) holds the target briefly. */
async function renameWithRetry(from: string, to: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await rename(from, to);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (attempt >= 5 || (code !== 'EPERM' && code !== 'EBUSY' && code !== 'EACCES')) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20 * attempt));
    }
  }
}

/** Makes the rename itself durable; not possible on every platform (Windows), so best effort. */
async function syncDirectory(dir: string): Promise<void> {
  try {
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Best effort.
  }
}
