// Formats VS Code has no language for open as plain text: a `.sbv` file (YouTube's SubViewer captions) or an `.ass`
// script is a transcript by the default file patterns, and its timing lines are cue machinery; a CSV export is one by
// its header row.
import * as assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { activateExtension, openWorkspaceFile, takeScreenshot, testWorkspacePath, waitFor } from './helpers';
import { ASS_SCRIPT, SBV_CAPTIONS as SBV } from '../../fixtures/captionSamples';

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

describe('Advanced SubStation Alpha scripts (.ass)', () => {
  it('are analysed by default: the Name field names the speaker, claims hold only cue text', async () => {
    const api = await activateExtension();
    writeFileSync(join(testWorkspacePath(), 'interview.ass'), ASS_SCRIPT);
    const editor = await openWorkspaceFile('interview.ass');
    const uri = editor.document.uri;
    const snapshot = await waitFor(() => {
      const s = api.decorations(uri);
      return s.turns.length > 0 && s.suggested.length > 0 ? s : undefined;
    }, { what: 'turns and suggested claims in the .ass file' });
    assert.deepEqual([...new Set(snapshot.turns.map((turn) => turn.speaker))], ['Maria Lopez', 'Tom Reed']);
    for (const { range } of snapshot.suggested) {
      const text = editor.document.getText(range);
      assert.doesNotMatch(text, /Dialogue|Default,|0:00:/, `a claim holds the cue's fields: ${text}`);
    }
    assert.ok(snapshot.suggested.some(({ range }) => editor.document.getText(range).includes('containers in 2019')));
    await takeScreenshot('captions-ass');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });
});

describe('Transcripts exported as CSV', () => {
  it('open as plain text and are read row by row: the name cell names the speaker, claims hold only the text cell', async () => {
    const api = await activateExtension();
    const csv = [
      '"Speaker","Start Time","End Time","Text"',
      '"Ruth Okafor","00:00:04","00:00:14","Good evening and welcome. The library will open in March 2027."',
      '"Luis Diaz","00:00:15","00:00:20","Thank you. How much has the project cost so far?"',
      '"Ruth Okafor","00:00:21","00:00:32","About 14 million dollars, two million under the budget."',
      '',
    ].join('\r\n');
    writeFileSync(join(testWorkspacePath(), 'town-hall.csv'), csv);
    const editor = await openWorkspaceFile('town-hall.csv');
    const uri = editor.document.uri;
    const snapshot = await waitFor(() => {
      const s = api.decorations(uri);
      return s.turns.length > 0 && s.suggested.length > 0 ? s : undefined;
    }, { what: 'turns and suggested claims in the .csv file' });
    assert.deepEqual(snapshot.turns.map((turn) => turn.speaker), ['Ruth Okafor', 'Luis Diaz', 'Ruth Okafor']);
    for (const { range } of snapshot.suggested) {
      const text = editor.document.getText(range);
      assert.doesNotMatch(text, /^"|00:00|",/, `a claim holds the row's other cells: ${text}`);
    }
    assert.ok(snapshot.suggested.some(({ range }) => editor.document.getText(range).startsWith('About 14 million dollars')));
    await takeScreenshot('transcript-csv');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });
});
