// Caption formats VS Code has no language for: a `.sbv` file (YouTube's SubViewer captions) opens as plain text,
// is a transcript by the default file patterns, and its timing lines are cue machinery.
import * as assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { activateExtension, openWorkspaceFile, testWorkspacePath, waitFor } from './helpers';

const SBV =
  '0:00:00.900,0:00:05.400\nmorning everybody here with\nyour daily update on the industry\n\n' +
  '0:00:06.000,0:00:11.820\nthe paper came out January 5th 2021\nand it is only 12 pages long\n\n' +
  '0:00:11.820,0:00:17.700\nhumans are one million times\nmore efficient than computers\n\n' +
  '0:00:18.600,0:00:24.300\nour brain runs on about 20 watts\nwhile the first exascale computer\n\n' +
  '0:00:25.320,0:00:29.280\nruns on 21 million watts\nso you do the math\n';

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
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });
});
