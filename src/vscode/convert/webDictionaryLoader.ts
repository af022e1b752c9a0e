import * as vscode from 'vscode';
import { parseSimplifiedToTraditionalDictionaries, type DictionaryLoader } from '../../core/convert/dictionaryLoader';

/** Must match WEB_DICTIONARIES_FILE in scripts/lazyDictionaries.mjs, which writes it. */
export const WEB_DICTIONARIES_FILE = 'opencc-st-dictionaries.json';

/**
 * The web build's dictionary loader: reads dist/opencc-st-dictionaries.json through workspace.fs, which
 * resolves the extension's own `vscode-remote:` or `https:` location in VS Code for the Web. Plain JSON, so
 * nothing is evaluated.
 */
export function webDictionaryLoader(extensionUri: vscode.Uri): DictionaryLoader {
  return async () => {
    const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, 'dist', WEB_DICTIONARIES_FILE));
    return parseSimplifiedToTraditionalDictionaries(JSON.parse(new TextDecoder().decode(bytes)) as unknown);
  };
}
