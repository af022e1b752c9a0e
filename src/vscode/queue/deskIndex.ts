import * as vscode from 'vscode';
import { checkQueueFile, type AnchorProblem } from '../../core/queue/anchors';
import type { QueueAnchor, QueueFile } from '../../core/queue/queue';
import { decodeSidecarBytes } from '../../core/sidecar/codec';
import { SIDECAR_SUFFIX, type SidecarDocument } from '../../core/sidecar/model';
import { decodeTranscript } from '../../core/text/decode';
import { LineIndex, type Range } from '../../core/text/positions';
import { problemReason } from '../annotations/problemReason';
import type { AnnotationSessions } from '../annotations/sessions';
import type { Configuration } from '../configuration';
import { Disposable } from '../util/dispose';

/** Sidecars read at most: past this the view says it shows the first ones only. */
export const MAX_SIDECARS = 5_000;
const SIDECAR_GLOB = `**/*${SIDECAR_SUFFIX}`;
/** Watcher events arrive in bursts (a `git pull`, a checkout): they are handled together after this pause. */
const WATCH_DEBOUNCE_MS = 300;
/** Files read at once: enough to hide the round trips to the file system, few enough to keep memory flat. */
const CONCURRENCY = 8;
/** The longest stretch of work between two yields to the event loop, so typing never waits for the scan. */
const SLICE_MS = 8;
/** How long the search for sidecars may take before it is given up. */
const FIND_TIMEOUT_MS = 30_000;

/** A fuzzy or orphaned tag of a closed transcript, with its place in the text on disk. */
export interface ClosedProblem extends AnchorProblem {
  /** Where the tag is now, or the whole line of its stored place for an orphan. */
  readonly range: Range;
}

interface Checked {
  /** Versions of the transcript and the sidecar the check was made on. */
  readonly key: string;
  readonly anchors: ReadonlyMap<string, QueueAnchor>;
  readonly problems: readonly ClosedProblem[];
}

interface Entry {
  readonly sidecar: vscode.Uri;
  readonly transcript: vscode.Uri;
  readonly label: string;
  version: string | undefined;
  document: SidecarDocument | undefined;
  /** Why the sidecar cannot be read, when it cannot. */
  problem: string | undefined;
  checked: Checked | undefined;
}

/**
 * Every sidecar of the workspace, read through `vscode.workspace.fs` (so it works in VS Code for the Web)
 * without opening the transcripts, kept current by a file watcher and cached by modification time. Tags of
 * closed transcripts are re-anchored against the text on disk in the background, in short slices.
 */
export class DeskIndex extends Disposable {
  private readonly onDidChangeEmitter = this._register(new vscode.EventEmitter<void>());
  /** Fires after files were read or re-checked (not more often than once per slice of work). */
  readonly onDidChange = this.onDidChangeEmitter.event;
  private readonly onDidChangeProblemsEmitter = this._register(new vscode.EventEmitter<readonly vscode.Uri[]>());
  /** Transcripts whose closed-file problems changed (found, gone, or the transcript opened). */
  readonly onDidChangeProblems = this.onDidChangeProblemsEmitter.event;

  private readonly entries = new Map<string, Entry>();
  /** Transcript URI → its sidecar's key in `entries`. */
  private readonly byTranscript = new Map<string, string>();
  private readonly openDocuments = new Set<string>();
  private readonly pending = new Set<string>();
  private rescanRequested = false;
  private debounce: ReturnType<typeof setTimeout> | undefined;
  private working: Promise<void> | undefined;
  private transcriptWatcher: vscode.FileSystemWatcher | undefined;
  private transcriptPattern = '';
  private sliceStart = 0;
  private progressValue: { done: number; total: number } | undefined;
  private truncatedValue = false;

  constructor(
    private readonly sessions: AnnotationSessions,
    private readonly configuration: Configuration,
    private readonly log: vscode.LogOutputChannel,
  ) {
    super();
    for (const document of vscode.workspace.textDocuments) this.openDocuments.add(document.uri.toString());
    const watcher = this._register(vscode.workspace.createFileSystemWatcher(SIDECAR_GLOB));
    this._register(watcher.onDidCreate((uri) => this.touched(uri)));
    this._register(watcher.onDidChange((uri) => this.touched(uri)));
    this._register(watcher.onDidDelete((uri) => this.touched(uri)));
    this._register(vscode.workspace.onDidOpenTextDocument((document) => this.opened(document.uri)));
    this._register(vscode.workspace.onDidCloseTextDocument((document) => this.closed(document.uri)));
    this._register(
      sessions.onDidChange((document) => {
        if (this.byTranscript.has(document.uri.toString())) this.onDidChangeEmitter.fire();
      }),
    );
    this._register(vscode.workspace.onDidChangeWorkspaceFolders(() => void this.rescan()));
    this._register(
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('files.exclude') || event.affectsConfiguration('search.exclude')) void this.rescan();
      }),
    );
    this._register({ dispose: () => clearTimeout(this.debounce) });
    this._register({ dispose: () => void this.transcriptWatcher?.dispose() });
  }

  /** Reads the whole workspace again (what is unchanged since the last read is not read twice). */
  rescan(): Promise<void> {
    this.rescanRequested = true;
    return this.kick();
  }

  /** Resolves when everything announced so far has been read and checked. */
  async settled(): Promise<void> {
    while (this.working || this.debounce) {
      await (this.working ?? new Promise((resolve) => setTimeout(resolve, WATCH_DEBOUNCE_MS)));
    }
  }

  /** How far the current scan is, while one runs. */
  get progress(): { done: number; total: number } | undefined {
    return this.progressValue;
  }

  /** True when the workspace holds more sidecars than are read. */
  get truncated(): boolean {
    return this.truncatedValue;
  }

  /** Sidecars that could not be read, with the reason. */
  unreadable(): { label: string; reason: string }[] {
    return [...this.entries.values()].filter((e) => e.problem !== undefined).map((e) => ({ label: e.label, reason: e.problem! }));
  }

  /** The files for the queue; an open transcript's tags stand where its editor has them. */
  files(): QueueFile[] {
    const files: QueueFile[] = [];
    for (const entry of this.entries.values()) {
      if (!entry.document) continue;
      const anchors = this.isOpen(entry.transcript) ? this.liveAnchors(entry.transcript) : entry.checked?.anchors;
      files.push({ transcript: entry.transcript.toString(), label: entry.label, document: entry.document, ...(anchors ? { anchors } : {}) });
    }
    return files;
  }

  /** Fuzzy and orphaned tags of a transcript that is closed; none once it is open (the editor reports those). */
  closedProblems(transcript: vscode.Uri): readonly ClosedProblem[] {
    if (this.isOpen(transcript)) return [];
    const key = this.byTranscript.get(transcript.toString());
    return (key !== undefined && this.entries.get(key)?.checked?.problems) || [];
  }

  private liveAnchors(transcript: vscode.Uri): ReadonlyMap<string, QueueAnchor> | undefined {
    const session = this.sessions.peek(transcript);
    if (!session) return undefined;
    return new Map(session.annotations.map((a) => [a.id, { status: a.status, start: a.span?.start ?? null, end: a.span?.end ?? null }]));
  }

  private isOpen(uri: vscode.Uri): boolean {
    return this.openDocuments.has(uri.toString());
  }

  private opened(uri: vscode.Uri): void {
    const key = uri.toString();
    if (this.openDocuments.has(key)) return;
    this.openDocuments.add(key);
    if (this.byTranscript.has(key)) {
      this.onDidChangeProblemsEmitter.fire([uri]);
      this.onDidChangeEmitter.fire();
    }
  }

  private closed(uri: vscode.Uri): void {
    const key = uri.toString();
    this.openDocuments.delete(key);
    const sidecar = this.byTranscript.get(key);
    if (sidecar === undefined) return;
    // Its problems were the editor's; the text on disk may differ from what the editor showed, so check again.
    const entry = this.entries.get(sidecar);
    if (entry) entry.checked = undefined;
    this.enqueue(sidecar);
  }

  /** A sidecar or a transcript changed on disk. */
  private touched(uri: vscode.Uri): void {
    const key = uri.toString();
    const sidecar = key.endsWith(SIDECAR_SUFFIX) ? key : this.byTranscript.get(key);
    if (sidecar !== undefined) this.enqueue(sidecar);
  }

  private enqueue(sidecar: string): void {
    this.pending.add(sidecar);
    clearTimeout(this.debounce);
    this.debounce = setTimeout(() => {
      this.debounce = undefined;
      void this.kick();
    }, WATCH_DEBOUNCE_MS);
  }

  private kick(): Promise<void> {
    this.working ??= this.work().finally(() => {
      this.working = undefined;
      if (!this.isDisposed && (this.pending.size > 0 || this.rescanRequested) && !this.debounce) void this.kick();
    });
    return this.working;
  }

  private async work(): Promise<void> {
    while (!this.isDisposed && (this.rescanRequested || this.pending.size > 0)) {
      if (this.rescanRequested) {
        this.rescanRequested = false;
        await this.findAll();
      }
      const batch = [...this.pending];
      this.pending.clear();
      await this.process(batch);
    }
  }

  /** Finds every sidecar (files.exclude and search.exclude apply), forgets the ones gone, queues the rest. */
  private async findAll(): Promise<void> {
    if (!vscode.workspace.workspaceFolders?.length) return;
    let found: vscode.Uri[];
    // Where no search provider answers (some virtual file systems wait for one), the scan gives up after a
    // while, so that the watcher's changes are not held up behind it.
    const cancellation = new vscode.CancellationTokenSource();
    const timer = setTimeout(() => cancellation.cancel(), FIND_TIMEOUT_MS);
    try {
      found = await vscode.workspace.findFiles(SIDECAR_GLOB, searchExcludes(), MAX_SIDECARS + 1, cancellation.token);
    } catch (error) {
      this.log.error('Finding the annotations files of the workspace failed', error);
      return;
    } finally {
      clearTimeout(timer);
      cancellation.dispose();
    }
    if (cancellation.token.isCancellationRequested) {
      this.log.warn(`Finding the annotations files of the workspace took over ${FIND_TIMEOUT_MS / 1000} s and was given up`);
      return;
    }
    this.truncatedValue = found.length > MAX_SIDECARS;
    const keep = new Set(found.slice(0, MAX_SIDECARS).map((uri) => uri.toString()));
    const gone = [...this.entries.keys()].filter((key) => !keep.has(key));
    for (const key of gone) this.forget(key);
    for (const key of keep) this.pending.add(key);
    if (gone.length > 0) this.onDidChangeEmitter.fire();
  }

  private async process(keys: readonly string[]): Promise<void> {
    if (keys.length === 0) return;
    this.progressValue = { done: 0, total: keys.length };
    this.onDidChangeEmitter.fire();
    let next = 0;
    let changed = false;
    const worker = async (): Promise<void> => {
      while (next < keys.length && !this.isDisposed) {
        const key = keys[next++]!;
        try {
          if (await this.refresh(key)) changed = true;
        } catch (error) {
          this.log.error(`Reading ${key} for the desk queue failed`, error);
        }
        this.progressValue = { done: this.progressValue!.done + 1, total: keys.length };
        await this.breathe(() => {
          if (changed) this.onDidChangeEmitter.fire();
          changed = false;
        });
      }
    };
    await Promise.all(Array.from({ length: Math.min(CONCURRENCY, keys.length) }, worker));
    this.progressValue = undefined;
    this.updateTranscriptWatcher();
    this.onDidChangeEmitter.fire();
  }

  /** Yields to the event loop once a slice of work is used up; `atYield` runs just before. */
  private async breathe(atYield: () => void): Promise<void> {
    const now = Date.now();
    if (now - this.sliceStart < SLICE_MS) return;
    atYield();
    await new Promise((resolve) => setTimeout(resolve, 0));
    this.sliceStart = Date.now();
  }

  /** Reads one sidecar if it changed and re-checks its closed transcript if either changed; true when anything did. */
  private async refresh(key: string): Promise<boolean> {
    const sidecar = vscode.Uri.parse(key);
    const stat = await statOrUndefined(sidecar);
    if (!stat || stat.type !== vscode.FileType.File) {
      if (!this.entries.has(key)) return false;
      this.forget(key);
      return true;
    }
    let entry = this.entries.get(key);
    if (!entry) {
      const transcript = sidecar.with({ path: sidecar.path.slice(0, -SIDECAR_SUFFIX.length) });
      entry = { sidecar, transcript, label: vscode.workspace.asRelativePath(transcript), version: undefined, document: undefined, problem: undefined, checked: undefined };
      this.entries.set(key, entry);
      this.byTranscript.set(transcript.toString(), key);
    }
    let changed = false;
    const version = `${stat.mtime}:${stat.size}`;
    if (entry.version !== version) {
      const decoded = decodeSidecarBytes(await vscode.workspace.fs.readFile(sidecar));
      entry.version = version;
      entry.document = decoded.ok ? decoded.document : undefined;
      entry.problem = decoded.ok ? undefined : `${decoded.problem.line}:${decoded.problem.column}: ${problemReason(decoded.problem)}`;
      changed = true;
    }
    if (await this.check(entry)) changed = true;
    return changed;
  }

  /** Re-anchors a closed transcript's tags when the transcript or its sidecar changed since the last check. */
  private async check(entry: Entry): Promise<boolean> {
    if (this.isOpen(entry.transcript) || !entry.document || entry.document.annotations.length === 0) return this.setChecked(entry, undefined);
    const stat = await statOrUndefined(entry.transcript);
    if (!stat || stat.type !== vscode.FileType.File) return this.setChecked(entry, undefined);
    const key = `${stat.mtime}:${stat.size}|${entry.version}`;
    if (entry.checked?.key === key) return false;
    // Files the editor would not analyse are not re-anchored either; a UTF-16 unit is at most 3 bytes on disk.
    const maxCharacters = this.configuration.get(entry.transcript).maxFileSize;
    const maxBytes = maxCharacters * 3 + 4;
    if (stat.size > maxBytes) return this.setChecked(entry, undefined);
    const decoded = decodeTranscript(await vscode.workspace.fs.readFile(entry.transcript), maxBytes);
    if (!decoded.ok || decoded.text.length > maxCharacters || this.isOpen(entry.transcript)) return this.setChecked(entry, undefined);
    await this.breathe(() => undefined);
    const { anchors, problems } = checkQueueFile(decoded.text, entry.document.annotations);
    const lines = new LineIndex(decoded.text);
    const placed = problems.map((problem): ClosedProblem => {
      const range =
        problem.start !== null
          ? lines.rangeOf({ start: problem.start, end: problem.end! })
          : (() => {
              const line = lines.lineAt(Math.min(Math.max(0, problem.annotation.target.start), decoded.text.length));
              return lines.rangeOf({ start: lines.lineStart(line), end: lines.lineEnd(line) });
            })();
      return { ...problem, range };
    });
    return this.setChecked(entry, { key, anchors, problems: placed });
  }

  private setChecked(entry: Entry, checked: Checked | undefined): boolean {
    const hadProblems = (entry.checked?.problems.length ?? 0) > 0;
    const changed = entry.checked !== checked;
    entry.checked = checked;
    if (hadProblems || (checked?.problems.length ?? 0) > 0) this.onDidChangeProblemsEmitter.fire([entry.transcript]);
    return changed;
  }

  private forget(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.byTranscript.delete(entry.transcript.toString());
    if (entry.checked?.problems.length) this.onDidChangeProblemsEmitter.fire([entry.transcript]);
  }

  /**
   * Watches the transcripts too (a `git pull` may change a transcript and leave its sidecar alone), by
   * their extensions: one watcher, and no events for the rest of the workspace.
   */
  private updateTranscriptWatcher(): void {
    const names = new Set<string>();
    for (const entry of this.entries.values()) {
      const base = entry.transcript.path.slice(entry.transcript.path.lastIndexOf('/') + 1);
      const dot = base.lastIndexOf('.');
      names.add(dot > 0 ? `*${base.slice(dot)}` : base);
    }
    const globChars = /[{}[\]*?,]/u;
    const parts = [...names].filter((name) => !globChars.test(name.slice(1))).sort();
    const pattern = parts.length === 0 ? '' : `**/{${parts.join(',')}}`;
    if (pattern === this.transcriptPattern) return;
    this.transcriptPattern = pattern;
    this.transcriptWatcher?.dispose();
    this.transcriptWatcher = undefined;
    if (!pattern) return;
    const watcher = vscode.workspace.createFileSystemWatcher(pattern);
    watcher.onDidCreate((uri) => this.touched(uri));
    watcher.onDidChange((uri) => this.touched(uri));
    watcher.onDidDelete((uri) => this.touched(uri));
    this.transcriptWatcher = watcher;
  }
}

async function statOrUndefined(uri: vscode.Uri): Promise<vscode.FileStat | undefined> {
  try {
    return await vscode.workspace.fs.stat(uri);
  } catch (error) {
    if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') return undefined;
    throw error;
  }
}

/**
 * `search.exclude`'s plain patterns as one glob: `findFiles` applies `files.exclude` itself but not
 * `search.exclude`. Conditional entries (`{ "when": … }`) and patterns with braces (which cannot nest in the
 * combined glob) are left out.
 */
function searchExcludes(): string | undefined {
  const excludes = vscode.workspace.getConfiguration('search').get<Record<string, unknown>>('exclude') ?? {};
  const patterns = Object.entries(excludes)
    .filter(([pattern, on]) => on === true && !/[{},]/u.test(pattern))
    .map(([pattern]) => pattern);
  if (patterns.length === 0) return undefined;
  return patterns.length === 1 ? patterns[0] : `{${patterns.join(',')}}`;
}
