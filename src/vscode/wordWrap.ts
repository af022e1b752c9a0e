import * as vscode from 'vscode';
import type { Configuration } from './configuration';
import type { DocumentTracker } from './documentTracker';
import { Disposable } from './util/dispose';

/**
 * Turns word wrap on for a transcript whose language does not have it by default (plain text, mostly;
 * the transcript languages get it from `configurationDefaults`), once per opened document, in its editor
 * only, the way View: Toggle Word Wrap does. Off with `transcriptAnnotator.wordWrap`.
 */
export class TranscriptWordWrap extends Disposable {
  /** Documents wrapped this time they are open: the user's own toggle afterwards is left alone. */
  private readonly wrapped = new Set<string>();

  constructor(
    private readonly tracker: DocumentTracker,
    private readonly configuration: Configuration,
  ) {
    super();
    this._register(vscode.window.onDidChangeActiveTextEditor(() => void this.update()));
    this._register(tracker.onDidChange(() => void this.update()));
    this._register(vscode.workspace.onDidCloseTextDocument((document) => this.wrapped.delete(document.uri.toString())));
    void this.update();
  }

  /** True when this session turned word wrap on for the document's editor. */
  isWrapped(uri: vscode.Uri): boolean {
    return this.wrapped.has(uri.toString());
  }

  private async update(): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    if (!editor) return;
    const document = editor.document;
    const key = document.uri.toString();
    if (this.wrapped.has(key) || !this.tracker.isEnabled(document) || !this.configuration.get(document.uri).wordWrap) return;
    if (vscode.workspace.getConfiguration('editor', document).get<string>('wordWrap') !== 'off') return;
    this.wrapped.add(key);
    // The toggle acts on the focused editor, which is this one: nothing was awaited since it was checked.
    await vscode.commands.executeCommand('editor.action.toggleWordWrap');
  }
}
