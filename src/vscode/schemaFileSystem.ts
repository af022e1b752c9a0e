import * as vscode from 'vscode';

export const SCHEMA_SCHEME = 'transcript-annotator';

/**
 * Serves the bundled `schemas/` folder read-only under `transcript-annotator:/schemas/…`, the `$schema`
 * every sidecar carries, so VS Code validates sidecars offline wherever the extension is installed.
 */
export class SchemaFileSystem implements vscode.FileSystemProvider {
  private readonly onDidChangeFileEmitter = new vscode.EventEmitter<vscode.FileChangeEvent[]>();
  readonly onDidChangeFile = this.onDidChangeFileEmitter.event;

  constructor(private readonly extensionUri: vscode.Uri) {}

  static register(extensionUri: vscode.Uri): vscode.Disposable {
    return vscode.workspace.registerFileSystemProvider(SCHEMA_SCHEME, new SchemaFileSystem(extensionUri), { isReadonly: true, isCaseSensitive: true });
  }

  watch(): vscode.Disposable {
    return new vscode.Disposable(() => undefined);
  }

  stat(uri: vscode.Uri): Thenable<vscode.FileStat> {
    return vscode.workspace.fs.stat(this.bundled(uri));
  }

  readDirectory(uri: vscode.Uri): Thenable<[string, vscode.FileType][]> {
    return vscode.workspace.fs.readDirectory(this.bundled(uri));
  }

  readFile(uri: vscode.Uri): Thenable<Uint8Array> {
    return vscode.workspace.fs.readFile(this.bundled(uri));
  }

  createDirectory(uri: vscode.Uri): never {
    throw vscode.FileSystemError.NoPermissions(uri);
  }

  writeFile(uri: vscode.Uri): never {
    throw vscode.FileSystemError.NoPermissions(uri);
  }

  delete(uri: vscode.Uri): never {
    throw vscode.FileSystemError.NoPermissions(uri);
  }

  rename(uri: vscode.Uri): never {
    throw vscode.FileSystemError.NoPermissions(uri);
  }

  /** Maps `/schemas/x.json` (and the versioned name the sidecars use) to the file in the extension, nothing else. */
  private bundled(uri: vscode.Uri): vscode.Uri {
    const path = uri.path.replace(/^\/+/u, '');
    if (path === 'schemas' || path === '') return vscode.Uri.joinPath(this.extensionUri, 'schemas');
    const match = /^schemas\/([\w.-]+\.json)$/u.exec(path);
    if (!match) throw vscode.FileSystemError.FileNotFound(uri);
    const name = match[1] === 'annotations.v1.schema.json' ? 'annotations.schema.json' : match[1]!;
    return vscode.Uri.joinPath(this.extensionUri, 'schemas', name);
  }
}
