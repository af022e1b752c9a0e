import * as vscode from 'vscode';
import type { DocumentTracker } from '../documentTracker';
import { Disposable } from '../util/dispose';
import type { AnnotationRepository, AnnotationSession, TextEdit } from './repository';

/**
 * Keeps one annotation session per enabled transcript: opens it (re-anchoring against the text), follows
 * in-editor edits exactly, re-anchors after changes made outside the editor, and reloads when the sidecar
 * changes on disk (a colleague's pull, a merge).
 */
export class AnnotationSessions extends Disposable {
  private readonly sessions = new Map<string, Promise<AnnotationSession | undefined>>();
  private readonly ready = new Map<string, AnnotationSession>();
  private readonly watchers = new Map<string, vscode.Disposable>();
  private readonly onDidChangeEmitter = this._register(new vscode.EventEmitter<vscode.TextDocument>());
  /** Fires when a document's annotations, aliases or sidecar problem change. */
  readonly onDidChange = this.onDidChangeEmitter.event;

  constructor(
    private readonly repository: AnnotationRepository,
    private readonly tracker: DocumentTracker,
    private readonly log: vscode.LogOutputChannel,
  ) {
    super();
    this._register(tracker.onDidChange((document) => (tracker.isEnabled(document) ? void this.open(document) : this.close(document.uri))));
    this._register(vscode.workspace.onDidCloseTextDocument((document) => this.close(document.uri)));
    this._register(vscode.workspace.onDidChangeTextDocument((event) => this.follow(event)));
    this._register(
      vscode.workspace.onDidSaveTextDocument((document) => {
        this.peek(document.uri)
          ?.persistPositions(document.getText())
          .catch((error: unknown) => this.log.error(`Storing tag positions of ${document.uri.toString(true)} failed`, error));
      }),
    );
    this._register({ dispose: () => [...this.sessions.keys()].forEach((key) => this.close(vscode.Uri.parse(key))) });
    for (const document of tracker.enabledDocuments()) void this.open(document);
  }

  /** The session of an open transcript, once loaded. */
  peek(uri: vscode.Uri): AnnotationSession | undefined {
    return this.ready.get(uri.toString());
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
    const key = document.uri.toString();
    let pending = this.sessions.get(key);
    if (!pending) {
      pending = this.repository.open(document.uri, document.getText()).then(
        (session) => {
          if (this.sessions.get(key) !== pending) {
            session.dispose();
            return undefined;
          }
          this.ready.set(key, session);
          session.onDidChange(() => this.onDidChangeEmitter.fire(document));
          this.watch(document, session);
          this.onDidChangeEmitter.fire(document);
          return session;
        },
        (error: unknown) => {
          this.log.error(`Could not open the annotations of ${document.uri.toString(true)}`, error);
          this.sessions.delete(key);
          return undefined;
        },
      );
      this.sessions.set(key, pending);
    }
    return pending;
  }

  private close(uri: vscode.Uri): void {
    const key = uri.toString();
    this.sessions.delete(key);
    this.ready.get(key)?.dispose();
    this.ready.delete(key);
    this.watchers.get(key)?.dispose();
    this.watchers.delete(key);
  }

  /** Watches the one sidecar file; a rename over it arrives as a create, so create and change both reload. */
  private watch(document: vscode.TextDocument, session: AnnotationSession): void {
    const sidecar = session.sidecarUri;
    const folder = vscode.Uri.joinPath(sidecar, '..');
    const name = sidecar.path.slice(sidecar.path.lastIndexOf('/') + 1);
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, name));
    const reload = (): void => {
      if (document.isClosed) return;
      session.reload(document.getText()).catch((error: unknown) => this.log.error(`Reloading ${sidecar.toString(true)} failed`, error));
    };
    watcher.onDidCreate(reload);
    watcher.onDidChange(reload);
    watcher.onDidDelete(reload);
    this.watchers.set(document.uri.toString(), watcher);
  }

  /**
   * In-editor edits move the annotations exactly. A change that leaves the document clean is VS Code
   * reloading it after a change on disk: that goes through re-anchoring instead.
   */
  private follow(event: vscode.TextDocumentChangeEvent): void {
    if (event.contentChanges.length === 0) return;
    const session = this.peek(event.document.uri);
    if (!session) return;
    const text = event.document.getText();
    if (!event.document.isDirty && event.reason === undefined) {
      session.reanchor(text);
      return;
    }
    // Changes arrive ordered so that each offset is valid after applying the ones before it.
    const edits: TextEdit[] = event.contentChanges.map(({ rangeOffset, rangeLength, text: inserted }) => ({ rangeOffset, rangeLength, text: inserted }));
    const fromHistory = event.reason === vscode.TextDocumentChangeReason.Undo || event.reason === vscode.TextDocumentChangeReason.Redo;
    session.applyEdits(edits, text, fromHistory);
  }
}
