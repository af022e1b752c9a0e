// Discussion threads on tags through VS Code's Comments API, in a real VS Code: the old note is the first
// comment, a reply is stored in the sidecar with its author and time, threads follow edits, an orphan keeps
// its thread, and after the document is closed and opened again the thread is back from the file.
import * as assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { quoteTarget } from '../../../src/core/anchoring/target';
import { encodeSidecar } from '../../../src/core/sidecar/codec';
import type { Annotation } from '../../../src/core/sidecar/model';
import { SIDECAR_VERSION } from '../../../src/core/sidecar/model';
import type { TranscriptAnnotatorApi } from '../../../src/vscode/api';
import { activateExtension, extensionId, openWorkspaceFile, screenshotsSupported, takeScreenshot, TEST_AUTHOR, testWorkspacePath, waitFor } from './helpers';

const sampleName = 'interview-zh-Hant.txt';
const copyName = 'threads.txt';
const sidecarPath = (): string => join(testWorkspacePath(), `${copyName}.annotations.json`);

const withNote = '據公司年報，我們去年營收達到420億元，比前年增長了18%。';
const withoutDiscussion = '明年很可能會再擴建兩座工廠。';
const goneQuote = '這句話已經不在逐字稿裡了。';

interface StoredComment {
  id: string;
  author: string;
  created: string;
  body: string;
}

function stored(id: string): (Annotation & { comments?: StoredComment[] }) | undefined {
  try {
    return (JSON.parse(readFileSync(sidecarPath(), 'utf8')) as { annotations: (Annotation & { comments?: StoredComment[] })[] }).annotations.find((a) => a.id === id);
  } catch {
    return undefined; // half-written
  }
}

function tag(text: string, id: string, quote: string, changes: Partial<Annotation> = {}): Annotation {
  const start = text.indexOf(quote);
  const target = start >= 0 ? quoteTarget(text, { start, end: start + quote.length }) : { exact: quote, prefix: '', suffix: '', start: 40, end: 40 + quote.length };
  return { id, kind: 'fact', author: 'Ann', created: '2026-11-01T08:00:00.000Z', modified: '2026-11-01T08:00:00.000Z', speaker: null, topic: null, target, ...changes };
}

describe('discussion threads on tags', () => {
  let api: TranscriptAnnotatorApi;
  let editor: vscode.TextEditor;
  const reply = '**Checked** against the annual report.\n\nSecond paragraph <b>bold?</b> [quit](command:workbench.action.quit)';

  before(async () => {
    api = await activateExtension();
    // The sample as shipped: suites before this one may have edited the workspace's copy.
    const text = readFileSync(join(vscode.extensions.getExtension(extensionId)!.extensionPath, 'samples', sampleName), 'utf8');
    writeFileSync(join(testWorkspacePath(), copyName), text);
    const annotations = [
      tag(text, 'noted', withNote, { note: 'annual report, p. 3' }),
      tag(text, 'plain', withoutDiscussion, { kind: 'forecast', author: TEST_AUTHOR }),
      tag(text, 'orphan', goneQuote, { kind: 'opinion', author: 'Bob', comments: [{ id: 'c-bob', author: 'Bob', created: '2026-11-02T09:00:00.000Z', body: 'Where did this go?' }] } as Partial<Annotation>),
    ];
    writeFileSync(sidecarPath(), encodeSidecar({ version: SIDECAR_VERSION, speakerAliases: {}, annotations }));
    editor = await openWorkspaceFile(copyName);
    await waitFor(() => api.annotations(editor.document.uri).length === 3, { what: 'the three tags' });
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('shows the old note as the first comment, and an orphan’s thread labelled, never dropped', async () => {
    const threads = await waitFor(() => (api.threads(editor.document.uri).length === 2 ? api.threads(editor.document.uri) : undefined), { what: 'two threads' });
    const noted = threads.find((t) => t.tagId === 'noted')!;
    assert.deepEqual(noted.comments.map((c) => [c.author, c.body, c.role]), [['Ann', 'annual report, p. 3', 'note']]);
    const start = editor.document.getText().indexOf(withNote);
    assert.deepEqual([noted.range.start, noted.range.end], [editor.document.positionAt(start), editor.document.positionAt(start + withNote.length)]);
    const orphan = threads.find((t) => t.tagId === 'orphan')!;
    assert.ok(orphan.orphaned);
    assert.match(orphan.label ?? '', /orphaned|失去位置/u);
    assert.deepEqual(orphan.comments.map((c) => [c.author, c.body, c.role]), [['Bob', 'Where did this go?', 'other']]);
    assert.ok(!threads.some((t) => t.tagId === 'plain'), 'a tag nobody discussed has no thread');
  });

  it('stores a reply with its author and time in the sidecar and shows it as untrusted Markdown', async () => {
    const before = Date.now();
    await vscode.commands.executeCommand('transcriptAnnotator.discussTag', 'noted', { body: reply });
    const comments = await waitFor(() => stored('noted')?.comments, { what: 'the reply in the sidecar' });
    assert.equal(comments.length, 1);
    assert.equal(comments[0]!.author, TEST_AUTHOR);
    assert.equal(comments[0]!.body, reply, 'the Markdown is stored as written, line breaks included');
    const created = Date.parse(comments[0]!.created);
    assert.ok(created >= before - 1000 && created <= Date.now() + 1000, comments[0]!.created);
    assert.equal(stored('noted')?.note, 'annual report, p. 3', 'the note is kept in the file');

    const thread = await waitFor(() => api.threads(editor.document.uri).find((t) => t.tagId === 'noted' && t.comments.length === 2), { what: 'the reply in the thread' });
    const shown = thread.comments[1]!;
    assert.deepEqual([shown.author, shown.body, shown.role], [TEST_AUTHOR, reply, 'own']);
    assert.equal(shown.trusted, false, 'a comment must not run command links');
    assert.equal(shown.supportHtml, false);

    // "+" on a tag nobody discussed yet: Discuss Tag opens an empty thread on it, kept while typing elsewhere.
    await vscode.commands.executeCommand('transcriptAnnotator.discussTag', 'plain');
    await waitFor(() => api.threads(editor.document.uri).some((t) => t.tagId === 'plain' && t.comments.length === 0), { what: 'an empty thread on the plain tag' });
  });

  it('moves the thread with its tag when the text above is edited', async () => {
    await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), '（新的一行）\n'));
    const start = editor.document.getText().indexOf(withNote);
    await waitFor(() => api.threads(editor.document.uri).find((t) => t.tagId === 'noted')?.range.start.isEqual(editor.document.positionAt(start)), {
      what: 'the thread on the tag’s new place',
    });
    assert.ok(api.threads(editor.document.uri).some((t) => t.tagId === 'plain'), 'the open empty thread survived the edit');
    if (screenshotsSupported()) {
      await vscode.commands.executeCommand('transcriptAnnotator.discussTag', 'noted');
      editor.revealRange(new vscode.Range(editor.document.positionAt(start), editor.document.positionAt(start)), vscode.TextEditorRevealType.AtTop);
      await new Promise((resolve) => setTimeout(resolve, 1500)); // the thread widget renders asynchronously: a picture only
      await takeScreenshot('desk-thread');
    }
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('brings the thread back from the sidecar after the transcript is turned off and on, with a colleague’s reply', async () => {
    // (Closing the editor would not do: VS Code disposes the document model minutes later.)
    const uri = editor.document.uri;
    await vscode.commands.executeCommand('transcriptAnnotator.toggleFile');
    await waitFor(() => api.threads(uri).length === 0, { what: 'the threads gone with the session' });
    // A colleague's reply arrives with a pull meanwhile.
    const file = JSON.parse(readFileSync(sidecarPath(), 'utf8')) as { annotations: (Annotation & { comments?: StoredComment[] })[] };
    file.annotations.find((a) => a.id === 'noted')!.comments!.push({ id: 'c-carol', author: 'Carol', created: '2030-01-01T00:00:00.000Z', body: 'Agreed.' });
    writeFileSync(sidecarPath(), JSON.stringify(file, null, 2) + '\n');

    await vscode.commands.executeCommand('transcriptAnnotator.toggleFile');
    const thread = await waitFor(() => api.threads(editor.document.uri).find((t) => t.tagId === 'noted' && t.comments.length === 3), { timeoutMs: 15_000, what: 'the thread back' });
    assert.deepEqual(
      thread.comments.map((c) => [c.author, c.role]),
      [['Ann', 'note'], [TEST_AUTHOR, 'own'], ['Carol', 'other']],
    );
    assert.equal(thread.comments[1]!.body, reply);
  });

  it('edits and deletes only one’s own comments, and Undo Last Tagging brings a deleted one back', async () => {
    const own = stored('noted')!.comments!.find((c) => c.author === TEST_AUTHOR)!;
    await vscode.commands.executeCommand('transcriptAnnotator.threads.saveComment', { tagId: 'noted', commentId: own.id, body: 'Checked: p. 3.' });
    const edited = await waitFor(() => stored('noted')?.comments?.find((c) => c.id === own.id && c.body === 'Checked: p. 3.'), { what: 'the edit in the sidecar' });
    assert.ok((edited as StoredComment & { modified?: string }).modified, 'an edit records when');
    await waitFor(() => api.threads(editor.document.uri).find((t) => t.tagId === 'noted')?.comments.some((c) => c.body === 'Checked: p. 3.'), { what: 'the edit in the thread' });

    // Carol's comment is hers: neither edited nor deleted, and the user is told why.
    await vscode.commands.executeCommand('transcriptAnnotator.threads.saveComment', { tagId: 'noted', commentId: 'c-carol', body: 'changed' });
    await vscode.commands.executeCommand('transcriptAnnotator.threads.deleteComment', { tagId: 'noted', commentId: 'c-carol' });
    assert.equal(stored('noted')?.comments?.find((c) => c.id === 'c-carol')?.body, 'Agreed.');
    assert.match(api.shownMessages().at(-1)?.text ?? '', /Only the author|只有/u);

    await vscode.commands.executeCommand('transcriptAnnotator.threads.deleteComment', { tagId: 'noted', commentId: own.id });
    await waitFor(() => !stored('noted')?.comments?.some((c) => c.id === own.id), { what: 'the comment deleted from the sidecar' });
    assert.deepEqual(stored('noted')?.comments?.map((c) => c.id), ['c-carol']);
    await vscode.commands.executeCommand('transcriptAnnotator.undoLastTagging');
    await waitFor(() => stored('noted')?.comments?.some((c) => c.id === own.id && c.body === 'Checked: p. 3.'), { what: 'the comment back' });
    await waitFor(() => api.threads(editor.document.uri).find((t) => t.tagId === 'noted')?.comments.length === 3, { what: 'the comment back in the thread' });
  });
});
