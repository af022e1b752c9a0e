/**
 * What the core needs from a file system to keep sidecars safe. The Node implementation is
 * `src/node/nodeSidecarFiles.ts` (CLI and the extension's node entry); the extension can implement it over
 * `vscode.workspace.fs`. Paths are opaque strings to the core (file paths or URI strings).
 */
export interface SidecarFiles {
  /** The file's bytes, or `undefined` when it does not exist. */
  read(path: string): Promise<Uint8Array | undefined>;
  /**
   * Replaces the file with `bytes` atomically (temporary file in the same folder, flushed, renamed over),
   * but only if its content is still `expected` (`null`: the file must not exist). Otherwise nothing is
   * written and the current content comes back, so the caller can merge and try again. A file that may
   * not be written is left alone with ReadOnlySidecarError.
   */
  writeAtomic(path: string, bytes: Uint8Array, expected: Uint8Array | null): Promise<WriteOutcome>;
}

/** Thrown instead of replacing a file that is read-only (by its permissions, or as its file system says). */
export class ReadOnlySidecarError extends Error {
  constructor(readonly path: string) {
    super(`${path} is read-only, so it was left unchanged; make it writable to save`);
  }
}

export type WriteOutcome = { readonly written: true } | { readonly written: false; readonly current: Uint8Array | undefined };

export function sameBytes(a: Uint8Array | null | undefined, b: Uint8Array | null | undefined): boolean {
  if (!a || !b) return !a && !b;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
