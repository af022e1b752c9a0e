import { execFile } from 'node:child_process';
import { basename, dirname, resolve } from 'node:path';
import { MAX_SIDECAR_BYTES } from '../core/sidecar/model';
import { CliError, EXIT_UNUSABLE_INPUT } from './io';

// Reading a file as it is in another commit, through `git` run directly (never a shell): the ref is checked
// here and resolved by git to a commit before it is used, so it can be neither an option nor a path.

/** A branch, tag, commit or `HEAD~2`-style expression; no options, no `rev:path`, no ranges, no whitespace. */
const SAFE_REF = /^[A-Za-z0-9_][A-Za-z0-9_./~^@{}+-]{0,199}$/u;

export function isSafeRef(ref: string): boolean {
  return SAFE_REF.test(ref) && !ref.includes('..') && !ref.endsWith('.lock') && !ref.endsWith('/') && !ref.includes('@{-');
}

interface GitResult {
  readonly ok: boolean;
  readonly stdout: Buffer;
  readonly stderr: string;
}

function git(args: readonly string[], cwd: string): Promise<GitResult> {
  return new Promise((done, fail) => {
    execFile('git', [...args], { cwd, encoding: 'buffer', maxBuffer: MAX_SIDECAR_BYTES + 1, windowsHide: true }, (error, stdout, stderr) => {
      if (error && (error as NodeJS.ErrnoException).code === 'ENOENT') {
        fail(new CliError('git is not installed or not on the PATH; it is needed for --against', EXIT_UNUSABLE_INPUT));
        return;
      }
      done({ ok: !error, stdout, stderr: stderr.toString('utf8').trim() });
    });
  });
}

/** The bytes of `path` as committed at `ref`, in the repository that holds `path`. Refuses with exit 2 when that is not possible. */
export async function showFileAtRef(path: string, ref: string): Promise<Uint8Array> {
  if (!isSafeRef(ref)) throw new CliError(`--against '${ref}' is not a branch, tag or commit name`, EXIT_UNUSABLE_INPUT);
  const absolute = resolve(path);
  const cwd = dirname(absolute);
  const inside = await git(['rev-parse', '--is-inside-work-tree'], cwd);
  if (!inside.ok || inside.stdout.toString('utf8').trim() !== 'true') throw new CliError(`${path} is not in a git repository, so there is no other commit to compare with`, EXIT_UNUSABLE_INPUT);
  const commit = await git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], cwd);
  const hash = commit.stdout.toString('utf8').trim();
  if (!commit.ok || !/^[0-9a-f]{40,64}$/u.test(hash)) throw new CliError(`--against: no branch, tag or commit '${ref}' in the repository of ${path}`, EXIT_UNUSABLE_INPUT);
  const shown = await git(['show', `${hash}:./${basename(absolute)}`], cwd);
  if (!shown.ok) throw new CliError(`${path} does not exist in ${ref} (${hash.slice(0, 8)})`, EXIT_UNUSABLE_INPUT);
  return new Uint8Array(shown.stdout.buffer, shown.stdout.byteOffset, shown.stdout.byteLength);
}

/**
 * The three versions git keeps in its index for a file it could not merge (stages 1: ancestor, 2: ours,
 * 3: theirs; no stage 1 when both sides added the file), or undefined when the file is not in a conflicted
 * merge, not in a repository, or git is missing.
 */
export async function conflictStages(path: string): Promise<{ base: Uint8Array | undefined; ours: Uint8Array; theirs: Uint8Array } | undefined> {
  const absolute = resolve(path);
  const cwd = dirname(absolute);
  const show = async (stage: number): Promise<Uint8Array | undefined> => {
    const shown = await git(['show', `:${stage}:./${basename(absolute)}`], cwd).catch(() => undefined);
    return shown?.ok ? new Uint8Array(shown.stdout.buffer, shown.stdout.byteOffset, shown.stdout.byteLength) : undefined;
  };
  const ours = await show(2);
  const theirs = ours && (await show(3));
  if (!ours || !theirs) return undefined;
  return { base: await show(1), ours, theirs };
}
