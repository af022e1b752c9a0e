// Convert, then Undo, Redo, Revert or Save, in a real VS Code: tags follow the text that is there, and the
// sidecar on disk always describes the transcript on disk (it is written when the converted text is saved).
import * as assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import type { TranscriptAnnotatorApi } from '../../../src/vscode/api';
import { activateExtension, openWorkspaceFile, testWorkspacePath, waitFor } from './helpers';

// The first character changes under conversion (據 → 据), which is what undo used to cut off.
const traditional = '據公司年報，我們去年營收達到420億元';
const simplified = '据公司年报，我们去年营收达到420亿元';
const transcript = `陳立文：\n謝謝邀請。${traditional}，比前年增長了18%。\n林雅婷：\n明年呢？\n`;

interface StoredSidecar {
  annotations: { id: string; target: { exact: string; start: number; end: number } }[];
}

async function taggedCopy(name: string): Promise<{ api: TranscriptAnnotatorApi; editor: vscode.TextEditor; path: string; id: string }> {
  const api = await activateExtension();
  const path = join(testWorkspacePath(), name);
  writeFileSync(path, transcript);
  const editor = await openWorkspaceFile(name);
  await waitFor(() => api.isEnabled(editor.document.uri), { what: `${name} to be enabled` });
  const offset = editor.document.getText().indexOf(traditional);
  editor.selection = new vscode.Selection(editor.document.positionAt(offset), editor.document.positionAt(offset + traditional.length));
  await vscode.commands.executeCommand('transcriptAnnotator.tagFact');
  const tag = await waitFor(() => api.annotations(editor.document.uri).find((a) => a.exact === traditional), { what: 'the tag' });
  await waitFor(() => storedQuote(path, tag.id) === traditional, { what: 'the tag on disk' });
  return { api, editor, path, id: tag.id };
}

function storedQuote(path: string, id: string): string | undefined {
  const stored = JSON.parse(readFileSync(`${path}.annotations.json`, 'utf8')) as StoredSidecar;
  return stored.annotations.find((a) => a.id === id)?.target.exact;
}

/** The tag as the extension holds it, and the text actually under it. */
function placed(api: TranscriptAnnotatorApi, editor: vscode.TextEditor, id: string): { status: string; under: string | undefined } | undefined {
  const tag = api.annotations(editor.document.uri).find((a) => a.id === id);
  if (!tag) return undefined;
  return { status: tag.status, under: tag.span ? editor.document.getText().slice(tag.span.start, tag.span.end) : undefined };
}

async function convertToSimplified(api: TranscriptAnnotatorApi, editor: vscode.TextEditor, id: string): Promise<void> {
  assert.equal(await vscode.commands.executeCommand('transcriptAnnotator.convertScript', 'cn'), true);
  await waitFor(() => placed(api, editor, id)?.under === simplified, { what: 'the tag on the Simplified text' });
}

async function close(editor: vscode.TextEditor): Promise<void> {
  await vscode.window.showTextDocument(editor.document);
  if (editor.document.isDirty) await vscode.commands.executeCommand('workbench.action.files.revert');
  await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
}

describe('converting, then undo, redo, revert or save', () => {
  it('Convert → Undo puts the tag back on its whole Traditional quote, and Save stores that quote', async () => {
    const { api, editor, path, id } = await taggedCopy('convert-undo.transcript');
    await convertToSimplified(api, editor, id);
    assert.equal(storedQuote(path, id), traditional, 'the sidecar was written before the transcript was saved');
    await vscode.commands.executeCommand('undo');
    await waitFor(() => editor.document.getText() === transcript, { what: 'the undone conversion' });
    const back = await waitFor(() => { const p = placed(api, editor, id); return p?.under === traditional ? p : undefined; }, { what: 'the tag on its whole quote' });
    assert.equal(back.status, 'anchored');
    await editor.document.save();
    await waitFor(() => storedQuote(path, id) === traditional, { what: 'the saved quote' });
    assert.equal(storedQuote(path, id), traditional);
    await close(editor);
  });

  it('Convert → Undo → Redo returns the tag to the Simplified text exactly', async () => {
    const { api, editor, id } = await taggedCopy('convert-redo.transcript');
    await convertToSimplified(api, editor, id);
    await vscode.commands.executeCommand('undo');
    await waitFor(() => placed(api, editor, id)?.under === traditional, { what: 'the tag after undo' });
    await vscode.commands.executeCommand('redo');
    await waitFor(() => editor.document.getText().includes(simplified), { what: 'the redone conversion' });
    const again = await waitFor(() => { const p = placed(api, editor, id); return p?.under === simplified ? p : undefined; }, { what: 'the tag after redo' });
    assert.equal(again.status, 'anchored');
    await close(editor);
  });

  it('Convert → Revert leaves the sidecar and the tag as they are on disk', async () => {
    const { api, editor, path, id } = await taggedCopy('convert-revert.transcript');
    const sidecarBefore = readFileSync(`${path}.annotations.json`, 'utf8');
    await convertToSimplified(api, editor, id);
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await waitFor(() => !editor.document.isDirty && editor.document.getText() === transcript, { what: 'the reverted file' });
    await waitFor(() => placed(api, editor, id)?.under === traditional, { what: 'the tag on the reverted text' });
    assert.equal(placed(api, editor, id)?.status, 'anchored');
    assert.equal(readFileSync(`${path}.annotations.json`, 'utf8'), sidecarBefore);
    // A later save writes the Traditional quote, not the converted one.
    await editor.edit((edit) => edit.insert(editor.document.positionAt(editor.document.getText().length), '\n'));
    await editor.document.save();
    await waitFor(() => storedQuote(path, id) === traditional, { what: 'the quote after saving' });
    assert.equal(storedQuote(path, id), traditional);
    await close(editor);
  });

  it('Convert → Save writes the converted quote with the converted transcript', async () => {
    const { api, editor, path, id } = await taggedCopy('convert-save.transcript');
    await convertToSimplified(api, editor, id);
    await editor.document.save();
    await waitFor(() => storedQuote(path, id) === simplified, { what: 'the converted quote on disk' });
    assert.ok(readFileSync(path, 'utf8').includes(simplified));
    await close(editor);
  });
});
