import { sameBytes, type SidecarFiles, type WriteOutcome } from '../../../../src/core/sidecar/port';

/** An in-memory SidecarFiles with a hook to change a file "behind the session's back". */
export class MemoryFiles implements SidecarFiles {
  readonly files = new Map<string, Uint8Array>();
  writes = 0;
  /** Runs inside writeAtomic before the comparison, to simulate someone else writing first. */
  beforeWrite: ((path: string) => void) | undefined;

  async read(path: string): Promise<Uint8Array | undefined> {
    return this.files.get(path);
  }

  async writeAtomic(path: string, bytes: Uint8Array, expected: Uint8Array | null): Promise<WriteOutcome> {
    const hook = this.beforeWrite;
    this.beforeWrite = undefined;
    hook?.(path);
    const current = this.files.get(path);
    if (!sameBytes(current ?? null, expected)) return { written: false, current };
    this.files.set(path, bytes);
    this.writes++;
    return { written: true };
  }

  text(path: string): string | undefined {
    const bytes = this.files.get(path);
    return bytes && new TextDecoder().decode(bytes);
  }

  put(path: string, text: string): void {
    this.files.set(path, new TextEncoder().encode(text));
  }
}
