import * as vscode from 'vscode';
import { Disposable } from '../util/dispose';
import type { RenderedReport } from './agreementMarkdown';

export const REPORT_SCHEME = 'transcript-agreement';
const KEPT_REPORTS = 20;


/**
 * Agreement reports as read-only virtual Markdown documents: no file to save or clean up, plain text a
 * screen reader reads, the Markdown preview a keystroke away. Line links open the transcript at the line
 * (Ctrl+click, or *Open Link* from the keyboard).
 */
export class AgreementReports extends Disposable implements vscode.TextDocumentContentProvider, vscode.DocumentLinkProvider {
  /** The latest reports, so a closed one reopens from the editor history; each comparison opens a new one. */
  private readonly contents = new Map<string, RenderedReport>();
  private count = 0;

  constructor() {
    super();
    this._register(vscode.workspace.registerTextDocumentContentProvider(REPORT_SCHEME, this));
    this._register(vscode.languages.registerDocumentLinkProvider({ scheme: REPORT_SCHEME }, this));
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.contents.get(uri.toString())?.text ?? '';
  }

  provideDocumentLinks(document: vscode.TextDocument): vscode.DocumentLink[] {
    const links = this.contents.get(document.uri.toString())?.links ?? [];
    return links.map((link) => new vscode.DocumentLink(new vscode.Range(link.line, link.start, link.line, link.end), link.target));
  }

  /** Opens a new report beside the transcript. `title` names its tab. */
  async show(title: string, report: RenderedReport): Promise<vscode.TextEditor> {
    this.count++;
    const uri = vscode.Uri.from({ scheme: REPORT_SCHEME, path: `/${title.replace(/[/\\]/gu, '_')}.md`, query: String(this.count) });
    this.contents.set(uri.toString(), report);
    if (this.contents.size > KEPT_REPORTS) this.contents.delete(this.contents.keys().next().value!);
    // The `.md` name makes it Markdown (setting the language instead would close and reopen the document).
    const document = await vscode.workspace.openTextDocument(uri);
    return vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.Beside, preview: false });
  }
}
