// The Topics and Speakers views while typing, in a real VS Code: rows not redrawn after an edit (only
// positions moved) still reveal the right text, because a click looks the node up in the latest analysis.
import * as assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import type { StatementNode, TopicsTreeNode } from '../../../src/presentation/topicsTree';
import type { TranscriptAnnotatorApi } from '../../../src/vscode/api';
import { activateExtension, openSampleCopy, testWorkspacePath, waitFor } from './helpers';

const copyName = 'views.txt';

function statements(nodes: readonly TopicsTreeNode[]): StatementNode[] {
  return nodes.flatMap((node) => (node.type === 'statement' ? [node] : statements(node.children)));
}

describe('the Topics and Speakers views while typing', () => {
  let api: TranscriptAnnotatorApi;
  let editor: vscode.TextEditor;

  before(async () => {
    api = await activateExtension();
    editor = await openSampleCopy(copyName);
    await waitFor(() => statements(api.topicsTree()).length > 2 && api.speakersTree().length > 1, { what: 'statements and speakers of the copy' });
    // Drawn rows are what the views compare after an edit.
    await vscode.commands.executeCommand('workbench.view.extension.transcriptAnnotator');
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    rmSync(join(testWorkspacePath(), copyName), { force: true });
    rmSync(join(testWorkspacePath(), `${copyName}.annotations.json`), { force: true });
  });

  it('a row reveals its text after typing before it moved it', async () => {
    const before = statements(api.topicsTree());
    const first = before[0]!;
    const last = before[before.length - 1]!;
    const quote = editor.document.getText(new vscode.Range(editor.document.positionAt(last.span.start), editor.document.positionAt(last.span.end)));
    // Let the views draw and settle (they redraw 400 ms after the last analysis).
    await new Promise((resolve) => setTimeout(resolve, 800));
    assert.ok(await editor.edit((edit) => edit.insert(editor.document.positionAt(first.span.start), '很')));
    const version = editor.document.version;
    const moved = await waitFor(
      () => {
        if ((api.decoratedVersion(editor.document.uri) ?? -1) < version) return undefined;
        const node = statements(api.topicsTree()).find((statement) => statement.id === last.id);
        return node && node.span.start === last.span.start + 1 ? node : undefined;
      },
      { what: 'the last statement one character later, under the same id' },
    );
    await vscode.commands.executeCommand('workbench.action.focusSideBar');
    await vscode.commands.executeCommand('transcriptAnnotator.topics.revealNode', moved.id);
    const shown = await waitFor(() => vscode.window.activeTextEditor, { what: 'the editor' });
    assert.equal(shown.document.getText(shown.selection), quote);

    const turn = api.speakersTree()[0]!.children.at(-1)!;
    assert.equal(turn.type, 'turn', 'the sample has too few turns for buckets');
    if (turn.type !== 'turn') return;
    await vscode.commands.executeCommand('transcriptAnnotator.speakers.revealNode', turn.id);
    const selection = vscode.window.activeTextEditor!.selection;
    assert.equal(editor.document.offsetAt(selection.start), turn.span.start);
    assert.equal(editor.document.offsetAt(selection.end), turn.span.end);
  });

  it('ignores a reveal of a node that is not in the tree', async () => {
    const selection = editor.selection;
    await vscode.commands.executeCommand('transcriptAnnotator.topics.revealNode', 'no such node');
    await vscode.commands.executeCommand('transcriptAnnotator.speakers.revealNode', 42);
    assert.deepEqual(vscode.window.activeTextEditor?.selection, selection);
  });
});
