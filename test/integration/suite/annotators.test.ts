// Several annotators on one transcript, in a real VS Code: each has their own tag on a statement, a re-tag
// changes only the tagger's own (recording who changed it), the hover shows every tag, and an empty author
// setting is asked for before the first tag.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import type { TranscriptAnnotatorApi } from '../../../src/vscode/api';
import { activateExtension, domQueriesSupported, extensionId, openWorkspaceFile, queryDom, TEST_AUTHOR, testWorkspacePath, waitFor } from './helpers';

const transcriptName = 'annotators-zh-Hant.txt';
const sidecarName = `${transcriptName}.annotations.json`;
const sharedSentence = '據估計，去年全行業的人才缺口約為3萬人。';
const promptSentence = '明年很可能會再擴建兩座工廠。';

interface StoredAnnotation {
  id: string;
  kind: string;
  author: string;
  created: string;
  modified: string;
  modifiedBy?: string;
  note?: string;
  target: { exact: string; start: number; end: number };
}

function storedTags(): StoredAnnotation[] {
  const path = join(testWorkspacePath(), sidecarName);
  if (!existsSync(path)) return [];
  try {
    return (JSON.parse(readFileSync(path, 'utf8')) as { annotations: StoredAnnotation[] }).annotations;
  } catch {
    return [];
  }
}

const tagsOn = (exact: string): StoredAnnotation[] => storedTags().filter((tag) => tag.target.exact === exact);

function setAuthor(name: string | undefined): Thenable<void> {
  return vscode.workspace.getConfiguration('transcriptAnnotator').update('author', name, vscode.ConfigurationTarget.Global);
}

function configuredAuthor(): string | undefined {
  return vscode.workspace.getConfiguration('transcriptAnnotator').inspect<string>('author')?.globalValue;
}

/** Runs a command that opens an input box, answering it with `quickInputCommand` until the command finishes. */
async function answeringInput<T>(command: Thenable<T>, quickInputCommand: string): Promise<T> {
  let settled = false;
  const result = Promise.resolve(command).finally(() => (settled = true));
  const deadline = Date.now() + 15_000;
  while (!settled) {
    if (Date.now() > deadline) throw new Error(`the input box was not answered by ${quickInputCommand}`);
    await vscode.commands.executeCommand(quickInputCommand);
    await Promise.race([result.catch(() => undefined), new Promise((resolve) => setTimeout(resolve, 150))]);
  }
  return result;
}

function hoverText(hovers: readonly vscode.Hover[]): string {
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : 'value' in content ? content.value : ''))
    .join('\n');
}

/** What the hover's markdown shows, without the backslashes that escape markdown characters. */
const unescaped = (markdown: string): string => markdown.replace(/\\(.)/gu, '$1');

describe('several annotators on one statement', () => {
  let api: TranscriptAnnotatorApi;
  let editor: vscode.TextEditor;

  function select(text: string): void {
    const offset = editor.document.getText().indexOf(text);
    assert.ok(offset >= 0, `"${text}" is not in the document`);
    editor.selection = new vscode.Selection(editor.document.positionAt(offset), editor.document.positionAt(offset + text.length));
  }

  function cursorIn(text: string): vscode.Position {
    const position = editor.document.positionAt(editor.document.getText().indexOf(text) + 3);
    editor.selection = new vscode.Selection(position, position);
    return position;
  }

  async function tagAs(author: string, command: string, text: string): Promise<void> {
    await setAuthor(author);
    await vscode.window.showTextDocument(editor.document);
    select(text);
    await vscode.commands.executeCommand(command);
  }

  before(async () => {
    api = await activateExtension();
    // A transcript of its own, so the editor suite's counts of tags on the sample stay as they are.
    copyFileSync(join(testWorkspacePath(), 'interview-zh-Hant.txt'), join(testWorkspacePath(), transcriptName));
    editor = await openWorkspaceFile(transcriptName);
    await waitFor(() => api.isEnabled(editor.document.uri) && api.decorations(editor.document.uri).turns.length > 0, { what: 'the transcript to be analysed' });
  });

  after(async () => {
    await setAuthor(TEST_AUTHOR);
  });

  it('asks for the author before the first tag when the setting is empty; Escape cancels the tag', async () => {
    await setAuthor(undefined);
    select(promptSentence);
    const result = await answeringInput(vscode.commands.executeCommand('transcriptAnnotator.tagForecast'), 'workbench.action.closeQuickOpen');
    assert.equal(result, undefined);
    assert.deepEqual(tagsOn(promptSentence), []);
    assert.equal(api.annotations(editor.document.uri).length, 0);
    assert.equal(configuredAuthor(), undefined);
  });

  it('offers the git or OS user name, stores the answer in the user setting and tags with it', async () => {
    await setAuthor(undefined);
    select(promptSentence);
    let gitName = '';
    try {
      gitName = execFileSync('git', ['config', 'user.name'], { cwd: testWorkspacePath(), encoding: 'utf8' }).trim();
    } catch {
      // No git name configured: the OS user is offered.
    }
    const expected = gitName || userInfo().username;
    const tagging = vscode.commands.executeCommand('transcriptAnnotator.tagForecast');
    if (domQueriesSupported()) {
      await waitFor(async () => (await queryDom('.quick-input-widget'))?.some((box) => box.text.includes('Your Name for Tags')), { what: 'the author input box' });
    }
    await answeringInput(tagging, 'workbench.action.acceptSelectedQuickOpenItem');
    assert.equal(configuredAuthor(), expected);
    const [stored] = await waitFor(() => (tagsOn(promptSentence).length ? tagsOn(promptSentence) : undefined), { what: 'the tag on disk' });
    assert.equal(stored!.author, expected);
    assert.equal(stored!.kind, 'forecast');
  });

  it('keeps Alice’s tag when Bob tags the same sentence: two annotations, each with its author', async () => {
    await tagAs('Alice', 'transcriptAnnotator.tagFact', sharedSentence);
    await tagAs('Bob', 'transcriptAnnotator.tagOpinion', sharedSentence);
    const tags = await waitFor(() => (tagsOn(sharedSentence).length === 2 ? tagsOn(sharedSentence) : undefined), { what: 'two tags on the sentence' });
    assert.deepEqual(tags.map((tag) => [tag.author, tag.kind]).sort(), [['Alice', 'fact'], ['Bob', 'opinion']]);
    assert.ok(tags.every((tag) => tag.modifiedBy === undefined));
    assert.equal(tags[0]!.target.start, tags[1]!.target.start);
    const tree = api.annotationsTree();
    const authorsInView = tree.flatMap((group) => group.children.map((leaf) => leaf.annotation)).filter((a) => a.exact === sharedSentence).map((a) => a.author);
    assert.deepEqual(authorsInView.sort(), ['Alice', 'Bob']);
  });

  it('changes only Bob’s tag when Bob tags it again, recording him as who changed it', async () => {
    const alicesBefore = tagsOn(sharedSentence).find((tag) => tag.author === 'Alice');
    assert.ok(alicesBefore);
    await tagAs('Bob', 'transcriptAnnotator.tagForecast', sharedSentence);
    const tags = await waitFor(() => (tagsOn(sharedSentence).some((tag) => tag.author === 'Bob' && tag.kind === 'forecast') ? tagsOn(sharedSentence) : undefined), {
      what: 'Bob’s tag changed on disk',
    });
    assert.equal(tags.length, 2);
    assert.deepEqual(tags.find((tag) => tag.author === 'Alice'), alicesBefore);
    assert.equal(tags.find((tag) => tag.author === 'Bob')!.modifiedBy, 'Bob');
    // The same tag again by Alice changes nothing.
    await tagAs('Alice', 'transcriptAnnotator.tagFact', sharedSentence);
    assert.deepEqual(tagsOn(sharedSentence).find((tag) => tag.author === 'Alice'), alicesBefore);
  });

  it('confirms a tag quietly, in the status bar, and Undo Last Tagging (on a key) takes it back', async () => {
    const keybinding = (vscode.extensions.getExtension(extensionId)!.packageJSON as { contributes: { keybindings: { command: string; key: string }[] } }).contributes.keybindings.find(
      (binding) => binding.command === 'transcriptAnnotator.undoLastTagging',
    );
    assert.equal(keybinding?.key, 'ctrl+alt+z');
    if (domQueriesSupported()) await vscode.commands.executeCommand('notifications.clearAll');
    await tagAs('Bob', 'transcriptAnnotator.tagOpinion', sharedSentence);
    await waitFor(() => tagsOn(sharedSentence).some((tag) => tag.author === 'Bob' && tag.kind === 'opinion'), { what: 'Bob’s opinion on disk' });
    if (domQueriesSupported()) {
      await waitFor(async () => (await queryDom('.statusbar-item'))?.some((item) => /Changed your tag to/u.test(item.text)), { what: 'the status bar confirmation' });
      const notifications = (await queryDom('.notification-list-item-message')) ?? [];
      assert.deepEqual(notifications.filter((message) => /tag/iu.test(message.text)).map((message) => message.text), []);
    }
    assert.equal(await vscode.commands.executeCommand('transcriptAnnotator.undoLastTagging'), true);
    await waitFor(() => tagsOn(sharedSentence).some((tag) => tag.author === 'Bob' && tag.kind === 'forecast'), { what: 'Bob’s forecast back on disk' });
    assert.equal(tagsOn(sharedSentence).find((tag) => tag.author === 'Alice')!.kind, 'fact');
  });

  it('shows every tag on the statement in the hover, each with its author and who changed it', async () => {
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, cursorIn(sharedSentence));
    const text = unescaped(hoverText(hovers));
    assert.match(text, /by Alice, /u);
    assert.match(text, /by Bob, /u);
    assert.match(text, /changed by Bob, /u);
    assert.doesNotMatch(text, /changed by Alice/u);
    assert.match(text, /Tagged as (Fact|fact)/u);
    assert.match(text, /Tagged as (Forecast|forecast)/u);
  });

  it('removes the current author’s own tag when several are under the cursor, leaving the others', async () => {
    await setAuthor('Alice');
    await vscode.window.showTextDocument(editor.document);
    cursorIn(sharedSentence);
    const removed = await vscode.commands.executeCommand<{ author: string } | undefined>('transcriptAnnotator.removeTag');
    assert.equal(removed?.author, 'Alice');
    await waitFor(() => tagsOn(sharedSentence).length === 1, { what: 'one tag left on disk' });
    assert.equal(tagsOn(sharedSentence)[0]!.author, 'Bob');
    assert.equal(await vscode.commands.executeCommand('transcriptAnnotator.undoLastTagging'), true);
    await waitFor(() => tagsOn(sharedSentence).length === 2, { what: 'Alice’s tag restored' });
  });

  it('edits the note of the current author’s own tag when several are under the cursor', async () => {
    await vscode.window.showTextDocument(editor.document);
    for (const author of ['Alice', 'Bob']) {
      await setAuthor(author);
      cursorIn(sharedSentence);
      const edited = await answeringInput(
        vscode.commands.executeCommand<{ author: string } | undefined>('transcriptAnnotator.editNote'),
        'workbench.action.acceptSelectedQuickOpenItem',
      );
      assert.equal(edited?.author, author);
    }
  });
});
