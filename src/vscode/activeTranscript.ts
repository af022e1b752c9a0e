import * as vscode from 'vscode';
import type { DocumentTracker } from './documentTracker';
import { Disposable } from './util/dispose';
import { REPORT_SCHEME } from './agreement/reportDocuments';
import { isCompanionOf } from '../presentation/companion';

export const ENABLED_CONTEXT = 'transcriptAnnotator.enabled';
/** True while a companion of the transcript has the focus: the sidebar shows the transcript, but keys typed there must not tag it. */
export const COMPANION_CONTEXT = 'transcriptAnnotator.companionFocused';

/**
 * The transcript the sidebar shows: the active editor's document when it is a transcript. Focus moving to
 * the sidebar, a panel, or an editor on one of the transcript's companions (its sidecar, an export of it,
 * an agreement report) keeps the last one; any other editor clears it.
 */
export class ActiveTranscript extends Disposable {
  private current: vscode.TextDocument | undefined;
  /** Files exported from a transcript this session, wherever they were saved: transcript URI → export URIs. */
  private readonly exports = new Map<string, Set<string>>();
  private readonly onDidChangeEmitter = this._register(new vscode.EventEmitter<vscode.TextDocument | undefined>());
  readonly onDidChange = this.onDidChangeEmitter.event;

  constructor(private readonly tracker: DocumentTracker) {
    super();
    this._register(vscode.window.onDidChangeActiveTextEditor(() => this.update()));
    this._register(tracker.onDidChange(() => this.update()));
    this._register(
      vscode.workspace.onDidCloseTextDocument((document) => {
        if (document === this.current) this.update();
      }),
    );
    this.update();
  }

  get document(): vscode.TextDocument | undefined {
    return this.current && !this.current.isClosed && this.tracker.isEnabled(this.current) ? this.current : undefined;
  }

  /** The visible editor showing the active transcript, preferring the focused one. */
  get editor(): vscode.TextEditor | undefined {
    const document = this.document;
    if (!document) return undefined;
    const active = vscode.window.activeTextEditor;
    if (active?.document === document) return active;
    return vscode.window.visibleTextEditors.find((editor) => editor.document === document);
  }

  /** Remembers a file exported from `transcript`, so focusing it keeps the transcript in the sidebar. */
  noteExport(transcript: vscode.Uri, output: vscode.Uri): void {
    const key = transcript.toString();
    const outputs = this.exports.get(key) ?? new Set<string>();
    outputs.add(output.toString());
    this.exports.set(key, outputs);
  }

  private isCompanion(document: vscode.TextDocument): boolean {
    const current = this.current;
    if (!current) return false;
    if (document.uri.scheme === REPORT_SCHEME) return true;
    return isCompanionOf(current.uri, document.uri) || (this.exports.get(current.uri.toString())?.has(document.uri.toString()) ?? false);
  }

  private update(): void {
    const editor = vscode.window.activeTextEditor;
    let next = this.current;
    const companion = editor !== undefined && !this.tracker.isEnabled(editor.document) && this.isCompanion(editor.document);
    if (editor) next = this.tracker.isEnabled(editor.document) ? editor.document : companion ? this.current : undefined;
    if (next && (next.isClosed || !this.tracker.isEnabled(next))) next = undefined;
    void vscode.commands.executeCommand('setContext', ENABLED_CONTEXT, next !== undefined);
    void vscode.commands.executeCommand('setContext', COMPANION_CONTEXT, companion && next !== undefined);
    if (next !== this.current) {
      this.current = next;
      this.onDidChangeEmitter.fire(next);
    } else if (next) {
      this.onDidChangeEmitter.fire(next);
    }
  }
}
