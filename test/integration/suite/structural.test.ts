// Typing in a Markdown heading and quote marks in speech, in a real VS Code (issue 13): the edits are
// re-analysed locally, and the Topics tree shows what the text now says.
import * as assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import type { TopicsTreeNode } from '../../../src/presentation/topicsTree';
import type { TranscriptAnnotatorApi } from '../../../src/vscode/api';
import { activateExtension, domQueriesSupported, openWorkspaceFile, queryDom, takeScreenshot, testWorkspacePath, waitFor } from './helpers';

const fileName = 'structural-write-up.md';
const TEXT = [
  '# 半導體的下一步', '', '## Market Outlook', '',
  '主持人：今年的市場怎麼看？', '李明：我認為這種擔心是多餘的，我們的客戶非常優秀。據公司年報，我們去年營收達到420億元。',
  '主持人：明年呢？', '李明：明年很可能會再擴建兩座工廠。', '',
  '## 人才與教育', '', '主持人：人才從哪裡來？', '王芳：据估计，去年全行业的人才缺口约为3万人。', '',
].join('\n');

function topicTitles(nodes: readonly TopicsTreeNode[]): string[] {
  return nodes.flatMap((node) => (node.type === 'topic' ? [node.title ?? '', ...topicTitles(node.children as TopicsTreeNode[])] : []));
}

describe('structural edits: typing in a heading and quote marks', () => {
  let api: TranscriptAnnotatorApi;
  let editor: vscode.TextEditor;

  before(async () => {
    api = await activateExtension();
    writeFileSync(join(testWorkspacePath(), fileName), TEXT);
    editor = await openWorkspaceFile(fileName);
    await waitFor(() => topicTitles(api.topicsTree()).includes('Market Outlook'), { what: 'the write-up\'s topics' });
    await vscode.commands.executeCommand('workbench.view.extension.transcriptAnnotator');
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    rmSync(join(testWorkspacePath(), fileName), { force: true });
    rmSync(join(testWorkspacePath(), `${fileName}.annotations.json`), { force: true });
  });

  it('the Topics tree shows a heading\'s title as it is typed', async () => {
    for (const ch of ' and AI') {
      const end = editor.document.lineAt(2).range.end;
      assert.ok(await editor.edit((edit) => edit.insert(end, ch)));
    }
    const version = editor.document.version;
    await waitFor(() => (api.decoratedVersion(editor.document.uri) ?? -1) >= version && topicTitles(api.topicsTree()).includes('Market Outlook and AI') ? true : undefined, { what: 'the new heading title in the Topics tree' });
    assert.ok(!topicTitles(api.topicsTree()).includes('Market Outlook'), 'the old title is gone');
    // The row as drawn (the view redraws a moment after the last analysis), where the runner can read it.
    if (domQueriesSupported()) await waitFor(async () => (await queryDom('.monaco-tl-contents'))?.some((row) => row.text.includes('Market Outlook and AI')), { what: 'the Topics row with the new title' });
    await takeScreenshot('structural-heading-typed');
  });

  it('keeps the turns and topics after quote marks typed into speech', async () => {
    const line = editor.document.lineAt(5);
    const at = line.text.indexOf('擔心');
    for (const mark of ['「', '」']) {
      assert.ok(await editor.edit((edit) => edit.insert(new vscode.Position(5, at + (mark === '」' ? 3 : 0)), mark)));
    }
    const version = editor.document.version;
    await waitFor(() => ((api.decoratedVersion(editor.document.uri) ?? -1) >= version ? true : undefined), { what: 'the edited version analysed' });
    assert.deepEqual(topicTitles(api.topicsTree()).slice(1), ['Market Outlook and AI', '人才與教育']);
    assert.ok(editor.document.lineAt(5).text.includes('「擔心」'));
  });
});
