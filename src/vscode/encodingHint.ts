import * as vscode from 'vscode';
import { escapeControlCharacters } from '../core/text/escape';
import { suggestEncoding } from '../presentation/encodingHint';
import type { Configuration } from './configuration';
import { showInformation } from './ui/untrustedUi';
import { Disposable } from './util/dispose';

const FILE_SCHEMES = new Set(['file', 'vscode-remote', 'vscode-vfs', 'memfs']);

/**
 * A transcript saved as GBK, Big5 or UTF-16 and opened as UTF-8 shows as garbage. When a document the
 * extension would look at shows replacement characters, its bytes are checked, and if they are in one of
 * those encodings the user is offered VS Code's own "Reopen with Encoding". Asked once per file a session.
 */
export class EncodingHint extends Disposable {
  private readonly asked = new Set<string>();

  constructor(private readonly configuration: Configuration) {
    super();
    this._register(vscode.workspace.onDidOpenTextDocument((document) => void this.check(document)));
    for (const document of vscode.workspace.textDocuments) void this.check(document);
  }

  private async check(document: vscode.TextDocument): Promise<void> {
    const key = document.uri.toString();
    if (!FILE_SCHEMES.has(document.uri.scheme) || this.asked.has(key)) return;
    const settings = this.configuration.get(document.uri);
    const interesting = settings.enabledLanguages.includes(document.languageId) || settings.detectInLanguages.includes(document.languageId);
    const text = document.getText();
    if (!interesting || (!text.includes('\uFFFD') && !text.includes('\u0000'))) return;
    let bytes: Uint8Array;
    try {
      const { size } = await vscode.workspace.fs.stat(document.uri);
      if (size > settings.maxFileSize * 4) return;
      bytes = await vscode.workspace.fs.readFile(document.uri);
    } catch {
      return;
    }
    const suggestion = suggestEncoding(text, bytes, settings.maxFileSize * 4);
    if (!suggestion || this.asked.has(key)) return;
    this.asked.add(key);
    const reopen = vscode.l10n.t('Reopen with Encoding');
    const name = escapeControlCharacters(vscode.workspace.asRelativePath(document.uri));
    const choice = await showInformation(
      vscode.l10n.t('{0} looks like it was saved as {1}, not UTF-8, so it shows garbled. Reopen it with {1}?', name, suggestion.label),
      reopen,
    );
    if (choice !== reopen) return;
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.editor.changeEncoding');
  }
}
