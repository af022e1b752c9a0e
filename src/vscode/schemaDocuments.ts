import * as vscode from 'vscode';

export const SCHEMA_SCHEME = 'transcript-annotator';

/**
 * Serves the bundled `schemas/` folder read-only under `transcript-annotator:/schemas/…`, the `$schema`
 * every sidecar carries, so VS Code validates sidecars offline wherever the extension is installed.
 *
 * A content provider, not a file system: for every file-system scheme VS Code scans each open document's
 * whole text for links of that scheme on the extension host's thread (0.6-0.8 s per open and per edit of a
 * 10 MB transcript). The JSON language features read a custom-scheme schema through `openTextDocument`,
 * which content providers serve.
 */
export class SchemaDocuments implements vscode.TextDocumentContentProvider {
  constructor(private readonly extensionUri: vscode.Uri) {}

  static register(extensionUri: vscode.Uri): vscode.Disposable {
    return vscode.workspace.registerTextDocumentContentProvider(SCHEMA_SCHEME, new SchemaDocuments(extensionUri));
  }

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(this.bundled(uri)));
  }

  /** Maps `/schemas/x.json` (and the versioned name the sidecars use) to the file in the extension, nothing else. */
  private bundled(uri: vscode.Uri): vscode.Uri {
    const path = uri.path.replace(/^\/+/u, '');
    const match = /^schemas\/([\w.-]+\.json)$/u.exec(path);
    if (!match) throw vscode.FileSystemError.FileNotFound(uri);
    const name = match[1] === 'annotations.v1.schema.json' ? 'annotations.schema.json' : match[1]!;
    return vscode.Uri.joinPath(this.extensionUri, 'schemas', name);
  }
}
