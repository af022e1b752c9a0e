// Per-document state lives in one URI-keyed map: an open transcript has state in every service that
// works on it, and turning the extension off for it releases the analysis and the sidecar session.
// (Closing releases every slot through the same map, on onDidCloseTextDocument, which VS Code sends
// only when it disposes the document model, minutes after the editor closes: too late for a test.)
import * as assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { activateExtension, openWorkspaceFile, testWorkspacePath, waitFor } from './helpers';

describe('per-document state', () => {
  it('is kept by every service while a transcript is open, and released when it is turned off', async () => {
    const api = await activateExtension();
    writeFileSync(join(testWorkspacePath(), 'state.transcript'), '甲：今年營收增長了18%。\n乙：明年會更好。\n');
    const editor = await openWorkspaceFile('state.transcript');
    const uri = editor.document.uri;
    await waitFor(() => api.decorations(uri).turns.length > 0, { what: 'the analysed transcript' });
    const open = await waitFor(() => {
      const slots = api.documentState(uri);
      return ['tracking', 'text', 'analysis', 'annotations', 'decorations'].every((slot) => slots.includes(slot)) ? slots : undefined;
    }, { what: 'state in every service' });
    assert.ok(open.length >= 4);
    await vscode.commands.executeCommand('transcriptAnnotator.toggleFile');
    await waitFor(() => !api.isEnabled(uri), { what: 'the transcript to be turned off' });
    const left = await waitFor(() => {
      const slots = api.documentState(uri);
      return slots.includes('analysis') || slots.includes('annotations') || slots.includes('text') ? undefined : slots;
    }, { what: 'the analysis, the session and the kept text to be released' });
    assert.ok(left.includes('tracking'), 'the tracker still knows the file is turned off');
    await waitFor(() => api.decorations(uri).turns.length === 0, { what: 'the turns to be cleared' });
    await vscode.commands.executeCommand('transcriptAnnotator.toggleFile');
    await waitFor(() => api.documentState(uri).includes('analysis'), { what: 'the analysis after turning it on again' });
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });
});
