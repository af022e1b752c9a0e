import { ReadOnlySidecarError, sameBytes, type WriteOutcome } from './port';

/**
 * One file on a file system that offers no lock and no atomic compare-and-replace (VS Code's
 * `workspace.fs`, the only file access of the web extension host).
 */
export interface UnlockedFile {
  /** The bytes, or `undefined` when the file does not exist. */
  read(): Promise<Uint8Array | undefined>;
  /** Changes whenever the file is written (modification time and size, say); `undefined` when it does not exist. */
  version(): Promise<string | undefined>;
  isReadOnly(): Promise<boolean>;
  write(bytes: Uint8Array): Promise<void>;
}

/**
 * Writes `bytes` only if the file still holds `expected` (`null`: does not exist), as `writeAtomic` does,
 * but without a lock: a writer elsewhere can still slip in between the last check and the write. The
 * window is kept to one metadata look-up: the content is compared first, then the version is looked at
 * again immediately before writing, and any change since the content was read refuses the write.
 */
export async function writeIfUnchanged(file: UnlockedFile, path: string, bytes: Uint8Array, expected: Uint8Array | null): Promise<WriteOutcome> {
  const versionRead = await file.version();
  const current = await file.read();
  if (!sameBytes(current ?? null, expected)) return { written: false, current };
  if (current && (await file.isReadOnly())) throw new ReadOnlySidecarError(path);
  if ((await file.version()) !== versionRead) {
    const changed = await file.read();
    if (!sameBytes(changed ?? null, expected)) return { written: false, current: changed };
  }
  await file.write(bytes);
  return { written: true };
}
