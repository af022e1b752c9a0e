import * as vscode from 'vscode';
import { Disposable } from '../util/dispose';

export const REPORT_SCHEME = 'transcript-agreement';
const KEPT_REPORTS = 20;

/** Markdown links to `file:`-like URIs, as the report writes them: `[text](target)`. */
const LINK = /\[((?:[^\]\\]|\\.)*)\]\(([a-z][\w+.-]*:[^)\s]+)\)/gu;

/**
 * Agreement reports as read-only virtual Markdown documents: no file to save or clean up, plain text a
 * screen reader reads, the Markdown preview a keystroke away. Line links open the transcript at the line
 * (Ctrl+click, or *Open Link* from the keyboard).
 */
export class AgreementReports extends Disposable implements vscode.TextDocumentContentProvider, vscode.DocumentLinkProvider {
  /** The latest reports, so a closed one reopens from the editor history; each comparison opens a new one. */
  private readonly contents = new Map<string, string>();
  private count = 0;

  constructor() {
    super();
    this._register(vscode.workspace.registerTextDocumentContentProvider(REPORT_SCHEME, this));
    this._register(vscode.languages.registerDocumentLinkProvider({ scheme: REPORT_SCHEME }, this));
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.contents.get(uri.toString()) ?? '';
  }

  provideDocumentLinks(document: vscode.TextDocument): vscode.DocumentLink[] {
    const text = document.getText();
    return [...text.matchAll(LINK)].map((match) => {
      const start = match.index + 1;
      const range = new vscode.Range(document.positionAt(start), document.positionAt(start + match[1]!.length));
      return new vscode.DocumentLink(range, vscode.Uri.parse(match[2]!));
    });
  }

  /** Opens a new report beside the transcript. `title` names its tab. */
  async show(title: string, markdown: string): Promise<vscode.TextEditor> {
    this.count++;
    const uri = vscode.Uri.from({ scheme: REPORT_SCHEME, path: `/${title.replace(/[/\\]/gu, '_')}.md`, query: String(this.count) });
    this.contents.set(uri.toString(), markdown);
    if (this.contents.size > KEPT_REPORTS) this.contents.delete(this.contents.keys().next().value!);
    // The `.md` name makes it Markdown (setting the language instead would close and reopen the document).
    const document = await vscode.workspace.openTextDocument(uri);
    return vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.Beside, preview: false });
  }
}
