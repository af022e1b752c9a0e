// Checks the harness itself: the extension under development loads, a workspace file opens, screenshots work.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import {
  domQueriesSupported, extensionId, openWorkspaceFile, queryDom, screenshotsSupported, takeScreenshot, testWorkspacePath, waitFor,
} from './helpers';

const sampleName = 'interview-zh-Hant.txt';

describe('integration harness', () => {
  it('loads the extension under development and activates it', async () => {
    const extension = vscode.extensions.getExtension(extensionId);
    assert.ok(extension, `${extensionId} is not installed in this host`);
    await extension.activate();
    assert.equal(extension.isActive, true);
  });

  it('opens the copied fixture workspace', () => {
    const folders = vscode.workspace.workspaceFolders ?? [];
    assert.equal(folders.length, 1);
    assert.equal(folders[0]!.uri.fsPath, testWorkspacePath());
  });

  it('shows a workspace transcript in an editor with its content from disk', async () => {
    const editor = await openWorkspaceFile(sampleName);
    const onDisk = readFileSync(join(testWorkspacePath(), sampleName), 'utf8');
    assert.equal(editor.document.getText(), onDisk);
    const active = await waitFor(() => vscode.window.activeTextEditor, { what: 'an active editor' });
    assert.equal(active.document.uri.toString(), editor.document.uri.toString());
    assert.match(editor.document.lineAt(0).text, /專訪/);
  });

  it('takes a screenshot of the workbench', async function () {
    if (!screenshotsSupported()) this.skip();
    const png = await takeScreenshot('harness-sample-open');
    assert.ok(png);
    const bytes = readFileSync(png);
    assert.deepEqual([...bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'not a PNG');
    assert.ok(bytes.length > 10_000, `suspiciously small screenshot: ${bytes.length} bytes`);
  });

  it('reads the workbench DOM: the open file is the active tab and its first line is rendered', async function () {
    if (!domQueriesSupported()) this.skip();
    await openWorkspaceFile(sampleName);
    const tabs = await waitFor(async () => {
      const found = await queryDom('.tab.active .label-name');
      return found?.some((tab) => tab.text === sampleName) ? found : undefined;
    }, { what: 'the sample as active tab' });
    assert.ok(tabs.length >= 1);
    const lines = await waitFor(async () => {
      const found = await queryDom('.editor-instance .monaco-editor .view-line');
      return found?.length ? found : undefined;
    }, { what: 'rendered editor lines' });
    // Monaco renders spaces as U+00A0.
    assert.ok(lines.some((line) => line.text.replace(/\u00a0/g, ' ').includes('晶片與人工智能')), 'first line not rendered');
  });
});
