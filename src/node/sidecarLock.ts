import { createHash, randomBytes } from 'node:crypto';
import { constants, readFileSync, readlinkSync } from 'node:fs';
import { link, lstat, open, rename, rmdir, unlink, utimes } from 'node:fs/promises';
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';

/**
 * A lock file beside the file being saved, `.<name>.lock`, so that writers in different processes (CLI runs,
 * editor windows, a git merge driver) replace the file one at a time.
 *
 * - Taken by an exclusive create: the lock's content (pid, host, a random token) is written to a temporary
 *   file first and hard-linked into place, so a lock is never seen half written.
 * - Its holder touches it every `staleMs / 4` while holding it.
 * - A lock is abandoned when its process is gone (checked only on the same host and pid namespace), when
 *   it names this process but none of its saves, when it has not been touched for `staleMs` (a live
 *   process that is not saving: a reused pid, a planted file), or when it is not a lock file at all (a
 *   symbolic link, a directory, unreadable content).
 * - An abandoned lock is removed only by whoever first creates the marker `.<name>.lock.break-<id>`,
 *   where `<id>` is a digest of exactly what was judged abandoned (inode and content). Holding the marker,
 *   the remover checks that the same thing is still in place, then renames it aside and deletes it. No one
 *   else removes that thing meanwhile (its owner is gone, other removers wait on the marker), so the rename
 *   moves exactly what was judged, never a lock a live writer has just taken. A marker left by a remover
 *   that was killed is itself abandoned and removed the same way.
 */
export interface LockTiming {
  /** How long to wait for a lock held by a live writer before giving up with a message. */
  readonly waitMs: number;
  /** A lock not touched for this long is abandoned, whatever process it names. */
  readonly staleMs: number;
}

export const DEFAULT_LOCK_TIMING: LockTiming = { waitMs: 20_000, staleMs: 10_000 };

/** Reports a lock that was cleared, so the person knows why a file appeared or vanished. */
export type LockWarning = (message: string) => void;

/** A lock left half-written by a writer of an earlier version (created empty, then filled) gets this long. */
const UNREADABLE_LOCK_GRACE_MS = 2_000;
/** Markers on markers: deeper than this means something keeps planting them. */
const MAX_MARKER_DEPTH = 4;
const MAX_LOCK_BYTES = 4096;
const WRITER = 'transcript-annotator';

export function lockPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.lock`);
}

interface LockOwner {
  readonly pid: number;
  /** Absent in the pid-only locks of earlier versions, which were taken on this host. */
  readonly host?: string;
  /** Where `pid` means something: see pidSpace. */
  readonly space?: string;
  readonly token?: string;
}

/**
 * Which processes a pid can be checked among: the boot and the pid namespace on Linux, so that a container
 * or WSL sharing the folder (and often the host name) never takes a live writer's pid for a dead one there.
 * Empty where there is no /proc; a different value means "only the lock's age tells".
 */
function pidSpace(): string {
  try {
    return `${readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim()}/${readlinkSync('/proc/self/ns/pid')}`;
  } catch {
    return '';
  }
}

const PID_SPACE = pidSpace();

/**
 * Tokens of the locks and markers this process holds now (several saves may run in one process). Kept on
 * the global object so that two bundles of this module in one process (test files, say) share it.
 */
const heldTokens: Set<string> = ((globalThis as Record<symbol, unknown>)[Symbol.for('transcript-annotator.heldLockTokens')] ??= new Set<string>()) as Set<string>;

function newToken(): string {
  return randomBytes(9).toString('hex');
}

/** A lock's content as a writer on this machine writes it (exported for tests that plant locks). */
export function lockFileContent(pid: number, token: string, space = PID_SPACE): string {
  return `${JSON.stringify({ writer: WRITER, pid, host: hostname(), space, token })}\n`;
}

function encodeOwner(token: string): string {
  return lockFileContent(process.pid, token);
}

/** Content read from a file is untrusted: anything but the two known shapes names no writer. */
function parseOwner(text: string): LockOwner | undefined {
  if (/^\d{1,10}\n?$/.test(text)) return { pid: Number.parseInt(text, 10) };
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null) return undefined;
    const { writer, pid, host, space, token } = value as Record<string, unknown>;
    if (writer !== WRITER || typeof pid !== 'number' || !Number.isSafeInteger(pid) || pid <= 0) return undefined;
    if (typeof host !== 'string' || typeof token !== 'string') return undefined;
    return { pid, host, space: typeof space === 'string' ? space : '', token };
  } catch {
    return undefined;
  }
}

type Kind = 'file' | 'symbolic link' | 'directory' | 'special file';

/** What was at a lock path when looked at: `identity` changes when anything else is put there. */
interface Observed {
  readonly kind: Kind;
  readonly identity: string;
  readonly owner: LockOwner | undefined;
  readonly ageMs: number;
}

async function observe(path: string): Promise<Observed | undefined> {
  try {
    const info = await lstat(path);
    const ageMs = Date.now() - info.mtimeMs;
    if (!info.isFile()) {
      const kind: Kind = info.isSymbolicLink() ? 'symbolic link' : info.isDirectory() ? 'directory' : 'special file';
      return { kind, identity: `${kind}:${info.dev}:${info.ino}`, owner: undefined, ageMs };
    }
    // No following links, no blocking on a FIFO swapped in after the lstat: the content is only inspected.
    const handle = await open(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK).catch((error: NodeJS.ErrnoException) => {
      // A lock no one may read names no writer we could know of (our writers' locks are readable).
      if (error.code === 'EACCES' || error.code === 'EPERM') return undefined;
      throw error;
    });
    if (!handle) return { kind: 'file', identity: `file:${info.dev}:${info.ino}:unreadable:${info.mtimeMs}`, owner: undefined, ageMs };
    try {
      const opened = await handle.stat();
      if (!opened.isFile()) return { kind: 'special file', identity: `special file:${opened.dev}:${opened.ino}`, owner: undefined, ageMs };
      const buffer = Buffer.alloc(MAX_LOCK_BYTES);
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
      const text = buffer.toString('utf8', 0, bytesRead);
      const digest = createHash('sha256').update(text).digest('hex');
      return { kind: 'file', identity: `file:${opened.dev}:${opened.ino}:${digest}`, owner: parseOwner(text), ageMs: Date.now() - opened.mtimeMs };
    } finally {
      await handle.close();
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    // Replaced by a symbolic link between the lstat and the open: look again.
    if (code === 'ELOOP') return observe(path);
    throw error;
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

/** Why the lock is abandoned, or `undefined` when a live writer may be holding it. */
function abandonment(seen: Observed, timing: LockTiming): string | undefined {
  if (seen.kind !== 'file') return `it is a ${seen.kind}, not a lock file`;
  const owner = seen.owner;
  if (!owner) return seen.ageMs > Math.min(UNREADABLE_LOCK_GRACE_MS, timing.staleMs) ? 'its content names no writer' : undefined;
  if (owner.host === undefined || (owner.host === hostname() && owner.space === PID_SPACE)) {
    if (owner.pid === process.pid) {
      if (owner.token === undefined || !heldTokens.has(owner.token)) return `it names this process (${owner.pid}) but none of its saves`;
    } else if (!isRunning(owner.pid)) {
      return `process ${owner.pid} that took it is no longer running`;
    }
  }
  if (seen.ageMs > timing.staleMs) {
    return `process ${owner.pid}${owner.host && owner.host !== hostname() ? ` on ${owner.host}` : ''} has not touched it for ${Math.round(seen.ageMs / 1000)} s, so it is not saving`;
  }
  return undefined;
}

/**
 * Creates `path` holding `content` only if nothing is there. Returns false when something is. The link
 * makes the complete file appear at once; file systems without hard links get an exclusive open instead.
 */
async function createExclusive(path: string, content: string, token: string): Promise<boolean> {
  const temporary = `${path}.${token}.tmp`;
  try {
    const handle = await open(temporary, 'wx');
    try {
      await handle.writeFile(content);
    } finally {
      await handle.close();
    }
    await link(temporary, path);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS' && code !== 'EXDEV') throw error;
    return createWithExclusiveOpen(path, content);
  } finally {
    await unlink(temporary).catch(() => undefined);
  }
}

async function createWithExclusiveOpen(path: string, content: string): Promise<boolean> {
  try {
    const handle = await open(path, 'wx');
    try {
      await handle.writeFile(content);
    } finally {
      await handle.close();
    }
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

/** Removes our lock or marker, unless it is no longer ours (it was judged abandoned and cleared). */
async function releaseIfOurs(path: string, token: string): Promise<void> {
  const seen = await observe(path).catch(() => undefined);
  if (seen?.owner?.token === token) await unlink(path).catch(() => undefined);
  // Only now: until the file is gone, another save in this process must still see it as held.
  heldTokens.delete(token);
}

/**
 * Removes `seen` from `path` if it is still there, holding the marker for exactly that thing (see the
 * comment at the top). Returns whether it removed anything (the thing, or an abandoned marker in the way);
 * false when another process is clearing it or it changed meanwhile.
 */
async function clearAbandoned(path: string, seen: Observed, reason: string, timing: LockTiming, warn: LockWarning, depth = 0): Promise<boolean> {
  if (depth > MAX_MARKER_DEPTH) throw new Error(`${path}: cannot clear an abandoned lock (${reason}): markers keep appearing; remove ${path}* by hand`);
  const marker = `${path}.break-${createHash('sha256').update(seen.identity).digest('hex').slice(0, 16)}`;
  const token = newToken();
  heldTokens.add(token);
  if (!(await createExclusive(marker, encodeOwner(token), token))) {
    heldTokens.delete(token);
    const other = await observe(marker);
    const markerReason = other && abandonment(other, timing);
    return other !== undefined && markerReason !== undefined && (await clearAbandoned(marker, other, markerReason, timing, warn, depth + 1));
  }
  try {
    const now = await observe(path);
    if (!now || now.identity !== seen.identity || !abandonment(now, timing)) return false;
    const aside = `${path}.${token}.stale`;
    await rename(path, aside);
    if (now.kind === 'directory') {
      try {
        await rmdir(aside);
      } catch {
        warn(`${path}: moved an abandoned lock aside to ${aside} (${reason}); it is a directory with content, delete it when you have looked at it`);
        return true;
      }
    } else {
      await unlink(aside);
    }
    if (depth === 0) warn(`${path}: removed an abandoned lock (${reason})`);
    return true;
  } finally {
    await releaseIfOurs(marker, token);
  }
}

/** A lock this process holds; `stillHeld` checks it was not cleared as abandoned meanwhile. */
export interface HeldLock {
  readonly path: string;
  stillHeld(): Promise<boolean>;
  release(): Promise<void>;
}

export class LockTimeoutError extends Error {}

/** Waits for the lock on `path` (clearing an abandoned one) and takes it. */
export async function acquireLock(path: string, timing: LockTiming = DEFAULT_LOCK_TIMING, warn: LockWarning = () => undefined): Promise<HeldLock> {
  const lock = lockPathFor(path);
  const token = newToken();
  const content = encodeOwner(token);
  const deadline = Date.now() + timing.waitMs;
  // Known as ours before it exists, so another save in this process never takes it for a leftover.
  heldTokens.add(token);
  try {
    for (;;) {
      if (await createExclusive(lock, content, token)) break;
      const seen = await observe(lock);
      if (!seen) continue;
      const reason = abandonment(seen, timing);
      if (reason) {
        // Cleared something: try again at once (unless locks keep coming back); being cleared by another: wait.
        if ((await clearAbandoned(lock, seen, reason, timing, warn)) && Date.now() <= deadline + timing.staleMs) continue;
      }
      if (Date.now() > deadline) throw new LockTimeoutError(`${describeHolder(seen)} has been saving ${path} for over ${Math.round(timing.waitMs / 1000)} s (lock file ${lock}); nothing was written, try again`);
      await new Promise((resolve) => setTimeout(resolve, 5 + Math.random() * 20));
    }
  } catch (error) {
    heldTokens.delete(token);
    throw error;
  }
  const touch = setInterval(() => {
    const now = new Date();
    utimes(lock, now, now).catch(() => undefined);
  }, Math.max(1, Math.floor(timing.staleMs / 4)));
  touch.unref();
  return {
    path: lock,
    stillHeld: async () => (await observe(lock))?.owner?.token === token,
    release: async () => {
      clearInterval(touch);
      await releaseIfOurs(lock, token);
    },
  };
}

function describeHolder(seen: Observed): string {
  if (!seen.owner) return 'another program';
  return `process ${seen.owner.pid}${seen.owner.host && seen.owner.host !== hostname() ? ` on ${seen.owner.host}` : ''}`;
}
