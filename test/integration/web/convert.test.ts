// Simplified → Traditional in the web-worker extension host: dist/browser.js does not bundle opencc's
// phrase dictionaries, so this conversion reads dist/opencc-st-dictionaries.json on first use.
import * as vscode from 'vscode';
import type { TranscriptAnnotatorApi } from '../../../src/vscode/api';
import { readThroughFetch, readThroughWorkspaceFs, WEB_DICTIONARIES_FILE } from '../../../src/vscode/convert/webDictionaryLoader';
import { check, EXTENSION_ID, waitFor } from './webHelpers';

const fileName = 'convert-web.transcript';
// 头发 → 頭髮 only through STPhrases (character by character it is 頭發).
const transcript = '陈立文：\n她的头发很长，我们去年营收达到420亿元。\n林雅婷：\n明年呢？\n';
const converted = '她的頭髮很長，我們去年營收達到420億元。';

describe('converting Simplified to Traditional in the web extension host', () => {
  it('loads the phrase dictionaries on first use and converts with them', async () => {
    const api = await vscode.extensions.getExtension<TranscriptAnnotatorApi>(EXTENSION_ID)!.activate();
    const folder = vscode.workspace.workspaceFolders?.[0];
    check(folder, 'no workspace folder');
    const uri = vscode.Uri.joinPath(folder.uri, fileName);
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(transcript));
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    try {
      await waitFor(() => api.isEnabled(uri), `${fileName} to be enabled`);
      const result = await vscode.commands.executeCommand<boolean>('transcriptAnnotator.convertScript', 'tw');
      check(result === true, 'the conversion was not applied');
      const text = editor.document.getText();
      check(text.includes(converted), `not converted with the phrase dictionaries: ${text}`);
      check(text.startsWith('陳立文：'), `the speaker label was not converted: ${text}`);
    } finally {
      await vscode.window.showTextDocument(editor.document);
      if (editor.document.isDirty) await vscode.commands.executeCommand('workbench.action.files.revert');
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      await vscode.workspace.fs.delete(uri);
    }
  });

  it('reads the dictionaries file both through workspace.fs and with fetch, the fallback', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    check(extension, `${EXTENSION_ID} is not installed`);
    const uri = vscode.Uri.joinPath(extension.extensionUri, 'dist', WEB_DICTIONARIES_FILE);
    const [throughFs, throughFetch] = await Promise.all([readThroughWorkspaceFs(uri), readThroughFetch(uri)]);
    const text = new TextDecoder().decode(throughFs);
    check((JSON.parse(text) as { STPhrases: string }).STPhrases.includes('头发 頭髮'), 'STPhrases lacks 头发 頭髮');
    check(new TextDecoder().decode(throughFetch) === text, `fetch read ${throughFetch.length} bytes, workspace.fs ${throughFs.length}`);
  });
});
