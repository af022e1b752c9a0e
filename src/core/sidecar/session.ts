import { mergeSidecars } from '../merge/mergeSidecars';
import type { MergeConflict } from '../merge/model';
import { decodeSidecarBytes, encodeSidecar, formatProblem, type SidecarProblem } from './codec';
import { emptySidecar, type SidecarDocument } from './model';
import { sameBytes, type SidecarFiles } from './port';

/** Thrown by `save` when the file on disk changed into something that does not parse: it is left untouched. */
export class SidecarUnreadableError extends Error {
  constructor(readonly path: string, readonly problem: SidecarProblem) {
    super(`${formatProblem(problem, path)} (left unchanged; nothing was saved)`);
  }
}

export type OpenSidecarResult =
  | { readonly ok: true; readonly session: SidecarSession }
  | { readonly ok: false; readonly path: string; readonly problem: SidecarProblem };

export interface SaveResult {
  /** `unchanged`: nothing to write; `written`: saved over what was read; `merged`: the file had changed on disk and was merged. */
  readonly outcome: 'unchanged' | 'written' | 'merged';
  /** From a merge with a changed file; both versions of each are in the document. */
  readonly conflicts: readonly MergeConflict[];
}

const encoder = new TextEncoder();

/**
 * How often `save` merges and retries when the file keeps changing under it. Each refused attempt means
 * another writer saved in between, so k writers saving at once need at most k attempts each; 5 made one of
 * eight simultaneous writers fail now and then although nothing was wrong.
 */
const MAX_SAVE_ATTEMPTS = 20;

/**
 * One sidecar, loaded → changed in memory → saved, safely: the write is atomic, and a file that changed on
 * disk since it was read is reloaded and merged three ways (what was read is the base) instead of being
 * overwritten. A file that does not parse is never opened, so never written.
 */
export class SidecarSession {
  private constructor(
    private readonly files: SidecarFiles,
    readonly path: string,
    /** What is on disk as far as this session knows; `null` when the file did not exist. */
    private baseBytes: Uint8Array | null,
    private base: SidecarDocument,
    private current: SidecarDocument,
  ) {}

  /** Reads `path` (a missing file is an empty sidecar). A file that does not parse comes back as a problem. */
  static async open(files: SidecarFiles, path: string): Promise<OpenSidecarResult> {
    const bytes = await files.read(path);
    if (!bytes) return { ok: true, session: new SidecarSession(files, path, null, emptySidecar(), emptySidecar()) };
    const decoded = decodeSidecarBytes(bytes);
    if (!decoded.ok) return { ok: false, path, problem: decoded.problem };
    return { ok: true, session: new SidecarSession(files, path, bytes, decoded.document, decoded.document) };
  }

  get document(): SidecarDocument {
    return this.current;
  }

  /** True when saving would write something. */
  get dirty(): boolean {
    return !sameBytes(this.encodedOrNull(this.current), this.baseBytes);
  }

  /** Replaces the in-memory document (use the pure helpers in annotations.ts to derive it). */
  update(change: (document: SidecarDocument) => SidecarDocument): SidecarDocument {
    this.current = change(this.current);
    return this.current;
  }

  /** Saves run one after another, so two quick saves never race each other. */
  private queue: Promise<unknown> = Promise.resolve();

  /** Writes the document if it differs from the file, merging with the file first if it changed on disk. */
  save(): Promise<SaveResult> {
    const run = this.queue.then(() => this.saveNow());
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async saveNow(): Promise<SaveResult> {
    let conflicts: readonly MergeConflict[] = [];
    let merged = false;
    for (let attempt = 0; attempt < MAX_SAVE_ATTEMPTS; attempt++) {
      const bytes = this.encodedOrNull(this.current);
      if (!bytes || sameBytes(bytes, this.baseBytes)) return { outcome: merged ? 'merged' : 'unchanged', conflicts };
      const outcome = await this.files.writeAtomic(this.path, bytes, this.baseBytes);
      if (outcome.written) {
        this.baseBytes = bytes;
        this.base = this.current;
        return { outcome: merged ? 'merged' : 'written', conflicts };
      }
      // Someone else wrote the file since we read it: merge their version with ours, then try again.
      const theirs = outcome.current ? this.decodeOrThrow(outcome.current) : emptySidecar();
      const result = mergeSidecars(this.base, this.current, theirs);
      conflicts = [...conflicts, ...result.conflicts];
      merged = true;
      this.base = theirs;
      this.baseBytes = outcome.current ?? null;
      this.current = result.document;
    }
    throw new Error(`${this.path}: the file kept changing while saving; try again`);
  }

  /**
   * Re-reads the file and merges it with unsaved changes (for a file watcher). Throws
   * SidecarUnreadableError, keeping the in-memory state, when the file no longer parses.
   */
  async reload(): Promise<readonly MergeConflict[]> {
    const bytes = await this.files.read(this.path);
    if (sameBytes(bytes ?? null, this.baseBytes)) return [];
    const theirs = bytes ? this.decodeOrThrow(bytes) : emptySidecar();
    const result = mergeSidecars(this.base, this.current, theirs);
    this.base = theirs;
    this.baseBytes = bytes ?? null;
    this.current = result.document;
    return result.conflicts;
  }

  /** The bytes to write, or `null` for "no file" (an empty sidecar is not created just by opening). */
  private encodedOrNull(document: SidecarDocument): Uint8Array | null {
    const isEmpty = document.annotations.length === 0 && Object.keys(document.speakerAliases).length === 0 && !document.unknown && !document.conflicts?.length;
    if (isEmpty && this.baseBytes === null) return null;
    return encoder.encode(encodeSidecar(document));
  }

  private decodeOrThrow(bytes: Uint8Array): SidecarDocument {
    const decoded = decodeSidecarBytes(bytes);
    if (!decoded.ok) throw new SidecarUnreadableError(this.path, decoded.problem);
    return decoded.document;
  }
}
