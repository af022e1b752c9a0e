import * as vscode from 'vscode';
import { DocumentSlot, type DocumentStates } from '../documentStates';
import type { DocumentTracker } from '../documentTracker';
import { Disposable } from '../util/dispose';
import type { DocumentTexts } from '../documentTexts';
import { mayBeReloadFromDisk } from './changeOrigin';
import type { AnnotationRepository, AnnotationSession, TextEdit } from './repository';

/** A transcript's annotation session: opening, then open; and the watcher on its sidecar. */
interface SessionState {
  readonly opening: Promise<AnnotationSession | undefined>;
  ready?: AnnotationSession;
  watcher?: vscode.Disposable;
}

const SESSION = new DocumentSlot<SessionState>('annotations', (state) => {
  state.ready?.dispose();
  state.watcher?.dispose();
});

/**
 * Keeps one annotation session per enabled transcript: opens it (re-anchoring against the text), follows
 * in-editor edits exactly, re-anchors after changes made outside the editor, and reloads when the sidecar
 * changes on disk (a colleague's pull, a merge).
 */
export class AnnotationSessions extends Disposable {
  private readonly onDidChangeEmitter = this._register(new vscode.EventEmitter<vscode.TextDocument>());
  /** Fires when a document's annotations, aliases or sidecar problem change. */
  readonly onDidChange = this.onDidChangeEmitter.event;

  constructor(
    private readonly states: DocumentStates,
    private readonly texts: DocumentTexts,
    private readonly repository: AnnotationRepository,
    private readonly tracker: DocumentTracker,
    private readonly log: vscode.LogOutputChannel,
  ) {
    super();
    this._register(tracker.onDidChange((document) => (tracker.isEnabled(document) ? void this.open(document) : this.close(document.uri))));
    this._register(vscode.workspace.onDidChangeTextDocument((event) => this.follow(event)));
    this._register(
      vscode.workspace.onDidSaveTextDocument((document) => {
        this.peek(document.uri)
          ?.persistPositions(this.texts.textOf(document))
          .catch((error: unknown) => this.log.error(`Storing tag positions of ${document.uri.toString(true)} failed`, error));
      }),
    );
    for (const document of tracker.enabledDocuments()) void this.open(document);
  }

  /** The session of an open transcript, once loaded. */
  peek(uri: vscode.Uri): AnnotationSession | undefined {
    return this.states.get(uri, SESSION)?.ready;
  }

  /** The session of a transcript, opening it if needed; `undefined` when the document is not a transcript. */
  async get(document: vscode.TextDocument): Promise<AnnotationSession | undefined> {
    if (!this.tracker.isEnabled(document) || document.isUntitled) return undefined;
    return this.open(document);
  }

  sidecarUriFor(documentUri: vscode.Uri): vscode.Uri {
    return this.repository.sidecarUriFor(documentUri);
  }

  aliasesFor(uri: vscode.Uri): Readonly<Record<string, string>> {
    return this.peek(uri)?.aliases ?? {};
  }

  private open(document: vscode.TextDocument): Promise<AnnotationSession | undefined> {
    // An untitled document has no place for a sidecar yet; it is analysed, and tagged once saved.
    if (document.isUntitled) return Promise.resolve(undefined);
    const existing = this.states.get(document.uri, SESSION);
    if (existing) return existing.opening;
    const opening: Promise<AnnotationSession | undefined> = this.repository.open(document.uri, this.texts.textOf(document)).then(
      (session) => {
        const state = this.states.get(document.uri, SESSION);
        if (state?.opening !== opening) {
          // Closed or turned off while opening.
          session.dispose();
          return undefined;
        }
        state.ready = session;
        session.onDidChange(() => this.onDidChangeEmitter.fire(document));
        state.watcher = this.watch(document, session);
        this.onDidChangeEmitter.fire(document);
        return session;
      },
      (error: unknown) => {
        this.log.error(`Could not open the annotations of ${document.uri.toString(true)}`, error);
        if (this.states.get(document.uri, SESSION)?.opening === opening) this.states.delete(document.uri, SESSION);
        return undefined;
      },
    );
    this.states.set(document.uri, SESSION, { opening });
    return opening;
  }

  /** The transcript was turned off: its session and watcher go (closing drops them through DocumentStates). */
  private close(uri: vscode.Uri): void {
    this.states.delete(uri, SESSION);
  }

  /** Watches the one sidecar file; a rename over it arrives as a create, so create and change both reload. */
  private watch(document: vscode.TextDocument, session: AnnotationSession): vscode.Disposable {
    const sidecar = session.sidecarUri;
    const folder = vscode.Uri.joinPath(sidecar, '..');
    const name = sidecar.path.slice(sidecar.path.lastIndexOf('/') + 1);
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, name));
    const reload = (): void => {
      if (document.isClosed) return;
      session.reload(this.texts.textOf(document), { ifFileChanged: true }).catch((error: unknown) => this.log.error(`Reloading ${sidecar.toString(true)} failed`, error));
    };
    watcher.onDidCreate(reload);
    watcher.onDidChange(reload);
    watcher.onDidDelete(reload);
    return watcher;
  }

  /**
   * In-editor edits move the annotations exactly. VS Code reloading a clean document after a change on
   * disk (or a revert) goes through re-anchoring instead; the change's shape tells it from the first
   * keystroke after an open or a save, which also arrives with the document clean (changeOrigin.ts).
   */
  private follow(event: vscode.TextDocumentChangeEvent): void {
    if (event.contentChanges.length === 0) return;
    const session = this.peek(event.document.uri);
    if (!session) return;
    this.texts.follow(event);
    const text = this.texts.chunksOf(event.document);
    if (mayBeReloadFromDisk(event)) {
      session.reanchor(text.toString());
      return;
    }
    // Changes arrive ordered so that each offset is valid after applying the ones before it.
    const edits: TextEdit[] = event.contentChanges.map(({ rangeOffset, rangeLength, text: inserted }) => ({ rangeOffset, rangeLength, text: inserted }));
    const fromHistory = event.reason === vscode.TextDocumentChangeReason.Undo || event.reason === vscode.TextDocumentChangeReason.Redo;
    session.applyEdits(edits, text, fromHistory);
  }
}
