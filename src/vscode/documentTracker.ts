import * as vscode from 'vscode';
import { looksLikeTranscript } from '../presentation/detect';
import type { Configuration } from './configuration';
import { DocumentSlot, type DocumentStates } from './documentStates';
import { Disposable } from './util/dispose';
import { showInformation } from './ui/untrustedUi';

export type TrackState =
  | { readonly kind: 'enabled'; readonly reason: 'language' | 'pattern' | 'turns' | 'sidecar' | 'toggle' }
  | { readonly kind: 'tooLarge'; readonly size: number; readonly limit: number }
  | { readonly kind: 'disabled'; readonly reason: 'toggle' | 'unrelated' };

const TRACKING = new DocumentSlot<TrackState>('tracking');

/** Schemes whose documents are the user's own files (not output panes, git views or settings). */
const FILE_SCHEMES = new Set(['file', 'untitled', 'vscode-remote', 'vscode-vfs', 'vscode-userdata', 'memfs']);
const OVERRIDES_KEY = 'transcriptAnnotator.fileOverrides';
export const SIDECAR_SUFFIX = '.annotations.json';

/**
 * Decides which documents are transcripts: the configured languages and file patterns always; plain text
 * and Markdown only when they contain speaker turns or already have a sidecar; and the per-file toggle
 * over all of that. Nothing else is ever analysed.
 */
export class DocumentTracker extends Disposable {
  private readonly warnedTooLarge = new Set<string>();
  private readonly onDidChangeEmitter = this._register(new vscode.EventEmitter<vscode.TextDocument>());
  /** Fires when a document's state changes (enabled, disabled, too large). */
  readonly onDidChange = this.onDidChangeEmitter.event;

  constructor(
    private readonly states: DocumentStates,
    private readonly configuration: Configuration,
    private readonly memento: vscode.Memento,
  ) {
    super();
    this._register(vscode.workspace.onDidOpenTextDocument((document) => void this.evaluate(document)));
    this._register(vscode.workspace.onDidSaveTextDocument((document) => void this.evaluate(document)));
    this._register(
      configuration.onDidChange((change) => {
        if (change.affects('enabledLanguages', 'filePatterns', 'detectInLanguages', 'maxFileSize')) this.evaluateAll();
      }),
    );
    this.evaluateAll();
  }

  state(document: vscode.TextDocument): TrackState {
    return this.states.get(document.uri, TRACKING) ?? { kind: 'disabled', reason: 'unrelated' };
  }

  isEnabled(document: vscode.TextDocument): boolean {
    return this.state(document).kind === 'enabled';
  }

  enabledDocuments(): vscode.TextDocument[] {
    return vscode.workspace.textDocuments.filter((document) => this.isEnabled(document));
  }

  /** Flips the per-file override and remembers it for this workspace. */
  async toggle(document: vscode.TextDocument): Promise<TrackState> {
    const overrides = { ...this.memento.get<Record<string, boolean>>(OVERRIDES_KEY, {}) };
    overrides[document.uri.toString()] = !this.isEnabled(document);
    await this.memento.update(OVERRIDES_KEY, overrides);
    await this.evaluate(document);
    return this.state(document);
  }

  /** Re-checks a document, e.g. after its language changed. */
  async evaluate(document: vscode.TextDocument): Promise<void> {
    if (!FILE_SCHEMES.has(document.uri.scheme) || document.uri.path.endsWith(SIDECAR_SUFFIX)) return;
    const next = await this.decide(document);
    if (document.isClosed) return;
    const previous = this.states.get(document.uri, TRACKING);
    this.states.set(document.uri, TRACKING, next);
    if (next.kind === 'tooLarge') this.warnTooLarge(document, next.size, next.limit);
    if (!previous || previous.kind !== next.kind) this.onDidChangeEmitter.fire(document);
  }

  private evaluateAll(): void {
    for (const document of vscode.workspace.textDocuments) void this.evaluate(document);
  }

  private async decide(document: vscode.TextDocument): Promise<TrackState> {
    const settings = this.configuration.get(document.uri);
    const override = this.memento.get<Record<string, boolean>>(OVERRIDES_KEY, {})[document.uri.toString()];
    if (override === false) return { kind: 'disabled', reason: 'toggle' };
    let enabled: TrackState | undefined;
    if (override === true) enabled = { kind: 'enabled', reason: 'toggle' };
    else if (settings.enabledLanguages.includes(document.languageId)) enabled = { kind: 'enabled', reason: 'language' };
    else if (settings.filePatterns.some((pattern) => vscode.languages.match({ pattern }, document) > 0)) enabled = { kind: 'enabled', reason: 'pattern' };
    else if (settings.detectInLanguages.includes(document.languageId)) {
      if (await this.hasSidecar(document.uri)) enabled = { kind: 'enabled', reason: 'sidecar' };
      else if (document.getText().length <= settings.maxFileSize && looksLikeTranscript(document.getText())) enabled = { kind: 'enabled', reason: 'turns' };
    }
    if (!enabled) return { kind: 'disabled', reason: 'unrelated' };
    const size = document.getText().length;
    return size > settings.maxFileSize ? { kind: 'tooLarge', size, limit: settings.maxFileSize } : enabled;
  }

  private async hasSidecar(uri: vscode.Uri): Promise<boolean> {
    if (uri.scheme === 'untitled') return false;
    try {
      await vscode.workspace.fs.stat(uri.with({ path: uri.path + SIDECAR_SUFFIX }));
      return true;
    } catch {
      return false;
    }
  }

  private warnTooLarge(document: vscode.TextDocument, size: number, limit: number): void {
    const key = document.uri.toString();
    if (this.warnedTooLarge.has(key)) return;
    this.warnedTooLarge.add(key);
    void showInformation(
      vscode.l10n.t(
        '{0} is too large to analyse ({1} characters, the limit is {2}). Raise "transcriptAnnotator.maxFileSize" to analyse it.',
        vscode.workspace.asRelativePath(document.uri),
        size.toLocaleString(),
        limit.toLocaleString(),
      ),
    );
  }
}
