// The fact-checking desk's editor parts in the web-worker host: the status-bar menu, the sample, the
// sidecar's language and the fuzzy tag's diff (the full flows are in suite/editorDesk.test.ts).
import * as vscode from 'vscode';
import type { TranscriptAnnotatorApi } from '../../../src/vscode/api';
import { check, EXTENSION_ID, waitFor } from './webHelpers';

describe('the fact-checking desk in the web extension host', () => {
  let api: TranscriptAnnotatorApi;

  before(async () => {
    api = await vscode.extensions.getExtension<TranscriptAnnotatorApi>(EXTENSION_ID)!.activate();
  });

  it('opens the sample into the workspace and lists the status-bar menu', async () => {
    const editor = await vscode.commands.executeCommand<vscode.TextEditor>('transcriptAnnotator.openSample');
    check(editor.document.uri.path.endsWith('/transcript-annotator-sample.txt'), `opened ${editor.document.uri.toString()}`);
    await waitFor(() => api.isEnabled(editor.document.uri), 'the sample to be enabled');
    const shown = vscode.commands.executeCommand<string[]>('transcriptAnnotator.statusMenu');
    await new Promise((resolve) => setTimeout(resolve, 500));
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    const labels = (await shown) ?? [];
    check(labels.some((label) => label.endsWith('Turn Off for This File')), labels.join(' | '));
    check(labels.some((label) => label.endsWith('forecast')), labels.join(' | '));
  });

  it('shows a fuzzy tag what changed, and gives its sidecar the annotations language', async () => {
    const editor = await vscode.commands.executeCommand<vscode.TextEditor>('transcriptAnnotator.openSample');
    const quote = '明年很可能會再擴建兩座工廠。';
    const start = editor.document.getText().indexOf(quote);
    check(start >= 0, 'quote not found');
    editor.selection = new vscode.Selection(editor.document.positionAt(start), editor.document.positionAt(start + quote.length));
    await vscode.commands.executeCommand('transcriptAnnotator.tagForecast');
    const sidecar = editor.document.uri.with({ path: `${editor.document.uri.path}.annotations.json` });
    await waitFor(async () => vscode.workspace.fs.stat(sidecar).then(() => true, () => false), 'the sidecar');
    check((await vscode.workspace.openTextDocument(sidecar)).languageId === 'transcript-annotations', 'sidecar language');
    // Changed on disk, so the tag is re-anchored approximately (fuzzy).
    const changed = editor.document.getText().replace(quote, '明年可能會再擴建三座工廠。');
    await vscode.workspace.fs.writeFile(editor.document.uri, new TextEncoder().encode(changed));
    const fuzzy = await waitFor(() => api.annotations(editor.document.uri).find((a) => a.status === 'fuzzy'), 'a fuzzy tag');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, editor.document.positionAt(fuzzy.span!.start + 3));
    const text = hovers.flatMap((hover) => hover.contents).map((content) => (typeof content === 'string' ? content : 'value' in content ? content.value : '')).join('\n');
    check(text.includes('{+**三**+}'), text);
  });
});
