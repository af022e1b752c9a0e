import { randomBytes } from 'node:crypto';
import { open, readFile, rename, stat, unlink, chmod } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { MAX_SIDECAR_BYTES } from '../core/sidecar/model';
import { sameBytes, type SidecarFiles, type WriteOutcome } from '../core/sidecar/port';

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

/**
 * Sidecar files on a local disk, for the CLI and the extension's node entry. A write goes to a temporary
 * file in the same folder, is flushed to disk, and renamed over the target; the target's current content is
 * compared with what the caller read just before the rename, so a file someone else changed is not clobbered.
 */
export class NodeSidecarFiles implements SidecarFiles {
  read(path: string): Promise<Uint8Array | undefined> {
    return readIfExists(path);
  }

  /**
   * The compare and the rename run under a lock file beside the target, so that two processes saving at
   * once cannot both see the content they expect and the second rename silently drop the first's save:
   * the second one waits, then finds the file changed and merges.
   */
  writeAtomic(path: string, bytes: Uint8Array, expected: Uint8Array | null): Promise<WriteOutcome> {
    return withLock(path, () => this.writeLocked(path, bytes, expected));
  }

  private async writeLocked(path: string, bytes: Uint8Array, expected: Uint8Array | null): Promise<WriteOutcome> {
    const before = await readIfExists(path);
    if (!sameBytes(before ?? null, expected)) return { written: false, current: before };
    const temporary = temporaryPathFor(path);
    let renamed = false;
    try {
      const handle = await open(temporary, 'wx');
      try {
        await handle.writeFile(bytes);
        await handle.sync();
      } finally {
        await handle.close();
      }
      await copyMode(path, temporary);
      // Compare again as late as possible: the window for a lost update is now the rename alone.
      const current = await readIfExists(path);
      if (!sameBytes(current ?? null, expected)) return { written: false, current };
      await renameWithRetry(temporary, path);
      renamed = true;
      await syncDirectory(dirname(path));
      return { written: true };
    } finally {
      if (!renamed) await unlink(temporary).catch(() => undefined);
    }
  }
}

/** How long a save waits for another process's lock before giving up with a message. */
const LOCK_WAIT_MS = 10_000;
/** A lock older than this is left over from a process that died while saving. */
const LOCK_STALE_MS = 30_000;

export function lockPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.lock`);
}

/** Runs `critical` holding `<dir>/.<name>.lock` (created exclusively, holding our pid), then removes it. */
async function withLock<T>(path: string, critical: () => Promise<T>): Promise<T> {
  const lock = lockPathFor(path);
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    try {
      const handle = await open(lock, 'wx');
      try {
        await handle.writeFile(`${process.pid}\n`);
      } finally {
        await handle.close();
      }
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (await isStale(lock)) {
        await unlink(lock).catch(() => undefined);
        continue;
      }
      if (Date.now() > deadline) throw new Error(`another program has been saving ${path} for ${LOCK_WAIT_MS / 1000} s (lock file ${lock}); try again`);
      await new Promise((resolve) => setTimeout(resolve, 5 + Math.random() * 20));
    }
  }
  try {
    return await critical();
  } finally {
    await unlink(lock).catch(() => undefined);
  }
}

/** Left by a process that no longer runs (killed while saving), or simply too old. */
async function isStale(lock: string): Promise<boolean> {
  try {
    const [content, info] = await Promise.all([readFile(lock, 'utf8'), stat(lock)]);
    const age = Date.now() - info.mtimeMs;
    if (age > LOCK_STALE_MS) return true;
    const pid = Number.parseInt(content, 10);
    // Created but killed before writing its pid: give a live writer a moment to write it.
    if (!Number.isInteger(pid) || pid <= 0) return age > 1000;
    return pid !== process.pid && !isRunning(pid);
  } catch {
    // Removed meanwhile: not stale, just gone; the next attempt will tell.
    return false;
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
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

/** Keeps the permissions of the file being replaced. */
async function copyMode(from: string, to: string): Promise<void> {
  try {
    await chmod(to, (await stat(from)).mode & 0o7777);
  } catch {
    // No file to copy from (a new sidecar): the default mode is right.
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
