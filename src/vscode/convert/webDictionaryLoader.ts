import * as vscode from 'vscode';
import { parseSimplifiedToTraditionalDictionaries, type DictionaryLoader } from '../../core/convert/dictionaryLoader';

/** Must match WEB_DICTIONARIES_FILE in scripts/lazyDictionaries.mjs, which writes it. */
export const WEB_DICTIONARIES_FILE = 'opencc-st-dictionaries.json';

/** Reads a file of the extension through workspace.fs (resolves `vscode-remote:`, as in code-server). */
export async function readThroughWorkspaceFs(uri: vscode.Uri): Promise<Uint8Array> {
  return vscode.workspace.fs.readFile(uri);
}

/** Reads a file of the extension with fetch, for hosts whose extension location workspace.fs has no provider for. */
export async function readThroughFetch(uri: vscode.Uri): Promise<Uint8Array> {
  const response = await fetch(uri.toString(true));
  if (!response.ok) throw new Error(`${uri.toString(true)}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

/**
 * The web build's dictionary loader: reads dist/opencc-st-dictionaries.json through workspace.fs, or with
 * fetch when that fails (the extension served from an `https:` location). Plain JSON, so nothing is evaluated.
 */
export function webDictionaryLoader(extensionUri: vscode.Uri): DictionaryLoader {
  return async () => {
    const uri = vscode.Uri.joinPath(extensionUri, 'dist', WEB_DICTIONARIES_FILE);
    let bytes: Uint8Array;
    try {
      bytes = await readThroughWorkspaceFs(uri);
    } catch (fsError) {
      // The workspace.fs error says more (e.g. a missing file), so it is the one reported.
      bytes = await readThroughFetch(uri).catch(() => Promise.reject(fsError));
    }
    return parseSimplifiedToTraditionalDictionaries(JSON.parse(new TextDecoder().decode(bytes)) as unknown);
  };
}
