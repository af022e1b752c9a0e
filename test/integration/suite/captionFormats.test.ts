// Caption formats VS Code has no language for: a `.sbv` file (YouTube's SubViewer captions) opens as plain text,
// is a transcript by the default file patterns, and its timing lines are cue machinery.
import * as assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { activateExtension, openWorkspaceFile, takeScreenshot, testWorkspacePath, waitFor } from './helpers';
import { SBV_CAPTIONS as SBV } from '../../fixtures/captionSamples';

describe('YouTube SubViewer captions (.sbv)', () => {
  it('are analysed without any speaker label, with claims that never start on a timing line', async () => {
    const api = await activateExtension();
    writeFileSync(join(testWorkspacePath(), 'talk.sbv'), SBV);
    const editor = await openWorkspaceFile('talk.sbv');
    const uri = editor.document.uri;
    const suggested = await waitFor(() => {
      const claims = api.decorations(uri).suggested;
      return claims.length > 0 ? claims : undefined;
    }, { what: 'suggested claims in the .sbv file' });
    for (const { range } of suggested) {
      const firstLine = editor.document.lineAt(range.start.line).text;
      assert.doesNotMatch(firstLine, /^\d:\d\d:\d\d\.\d{3},/, `a claim starts on the timing line ${firstLine}`);
    }
    assert.ok(suggested.some(({ range }) => editor.document.getText(range).includes('21 million watts')));
    await takeScreenshot('captions-sbv');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });
});
