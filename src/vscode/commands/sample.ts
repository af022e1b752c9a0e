import * as vscode from 'vscode';
import type { Command } from './commandManager';

const SAMPLE = 'samples/interview-zh-Hant.txt';
export const SAMPLE_COPY_NAME = 'transcript-annotator-sample.txt';

/**
 * Opens the bundled sample interview for the walkthrough: a copy in the first workspace folder (so tags can
 * be stored beside it; an existing copy is reopened, never overwritten), or an untitled document when no
 * folder is open.
 */
export class OpenSampleCommand implements Command {
  readonly id = 'transcriptAnnotator.openSample';

  constructor(private readonly extensionUri: vscode.Uri) {}

  async execute(): Promise<vscode.TextEditor> {
    // Read and written rather than copied: in the browser the extension's files are on another file system.
    const read = (): Thenable<Uint8Array> => vscode.workspace.fs.readFile(vscode.Uri.joinPath(this.extensionUri, SAMPLE));
    const folder = vscode.workspace.workspaceFolders?.[0];
    if (!folder) return vscode.window.showTextDocument(await vscode.workspace.openTextDocument({ content: new TextDecoder().decode(await read()), language: 'plaintext' }));
    const copy = vscode.Uri.joinPath(folder.uri, SAMPLE_COPY_NAME);
    try {
      await vscode.workspace.fs.stat(copy);
    } catch {
      await vscode.workspace.fs.writeFile(copy, await read());
    }
    return vscode.window.showTextDocument(copy);
  }
}
