// The fact-checking desk's editor (issue 11): the sidebar keeps its transcript while a companion file has the
// focus, the status-bar menu, word wrap and the sidecar's language, the walkthrough, relocating an orphan
// most-alike first, the fuzzy tag's diff, cue words as written, and tagging a label or heading line.
import * as assert from 'node:assert/strict';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import type { TranscriptAnnotatorApi } from '../../../src/vscode/api';
import { activateExtension, domQueriesSupported, extensionId, queryDom, screenshotsSupported, takeScreenshot, testWorkspacePath, waitFor, workspaceUri } from './helpers';

const SAMPLE = readFileSync(join(testWorkspacePath(), 'interview-zh-Hant.txt'), 'utf8');
const created: string[] = [];

/** Writes a file into the test workspace (removed after the suite) and returns its URI. */
function writeWorkspaceFile(name: string, text: string): vscode.Uri {
  writeFileSync(join(testWorkspacePath(), name), text);
  created.push(name, `${name}.annotations.json`);
  return workspaceUri(name);
}

async function openTranscript(api: TranscriptAnnotatorApi, name: string, text = SAMPLE): Promise<vscode.TextEditor> {
  const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(writeWorkspaceFile(name, text)));
  await waitFor(() => api.isEnabled(editor.document.uri), { what: `${name} to be enabled` });
  return editor;
}

interface TitledNode {
  readonly type?: string;
  readonly title?: string | null;
  readonly children?: readonly unknown[];
}

/** Every topic title in the Topics view, nested ones included. */
function topicTitles(api: TranscriptAnnotatorApi): string[] {
  const titles = (nodes: readonly unknown[]): string[] =>
    (nodes as readonly TitledNode[]).flatMap((node) => (node.type === 'topic' ? [...(node.title ? [node.title] : []), ...titles(node.children ?? [])] : []));
  return titles(api.topicsTree());
}

function hoverText(hovers: readonly vscode.Hover[]): string {
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : 'value' in content ? content.value : ''))
    .join('\n');
}

function placeCursor(editor: vscode.TextEditor, text: string, delta = 0): number {
  const offset = editor.document.getText().indexOf(text);
  assert.ok(offset >= 0, `"${text}" is not in the document`);
  const position = editor.document.positionAt(offset + delta);
  editor.selection = new vscode.Selection(position, position);
  return offset;
}

/** The rows of the open quick pick, top to bottom, once it shows one matching `ready`. */
async function quickPickRows(ready: (text: string) => boolean, what: string): Promise<string[]> {
  const rows = await waitFor(async () => {
    const found = await queryDom('.quick-input-list .monaco-list-row');
    return found?.some((row) => ready(row.text)) ? found : undefined;
  }, { what });
  return rows.map((row) => row.text);
}

function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 600));
}

describe('the fact-checking desk in the editor', () => {
  let api: TranscriptAnnotatorApi;

  before(async () => {
    api = await activateExtension();
    await vscode.workspace.getConfiguration('workbench').update('reduceMotion', 'on', vscode.ConfigurationTarget.Global);
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.getConfiguration('workbench').update('reduceMotion', undefined, vscode.ConfigurationTarget.Global);
    for (const name of created) rmSync(join(testWorkspacePath(), name), { force: true });
  });

  it('keeps the sidebar on the transcript while its sidecar or an export has the focus, and never shows the last file while a new one loads', async () => {
    const editor = await openTranscript(api, 'desk-views.txt');
    const titles = await waitFor(() => (topicTitles(api).length > 0 ? topicTitles(api) : undefined), { what: 'topics' });
    placeCursor(editor, '我預計下半年', 2);
    await vscode.commands.executeCommand('transcriptAnnotator.tagForecast');
    await waitFor(() => api.annotationsTree().length > 0, { what: 'the tag in the Annotations view' });
    const exported = await vscode.commands.executeCommand<vscode.Uri>('transcriptAnnotator.export', 'csv', 'desk-views.csv');
    created.push('desk-views.csv');
    const sidecar = editor.document.uri.with({ path: `${editor.document.uri.path}.annotations.json` });
    await waitFor(async () => (await vscode.workspace.fs.stat(sidecar).then(() => true, () => false)), { what: 'the sidecar' });

    for (const companion of [sidecar, exported]) {
      const opened = await vscode.window.showTextDocument(companion);
      assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), opened.document.uri.toString());
      await settle();
      assert.deepEqual(topicTitles(api), titles, `topics with ${companion.path} focused`);
      assert.ok(api.speakersTree().length >= 2 && api.annotationsTree().length > 0, `speakers and tags with ${companion.path} focused`);
    }

    // An unrelated file clears the views; another transcript shows only its own tree, never this one's.
    await vscode.window.showTextDocument(writeWorkspaceFile('desk-unrelated.json', '{"a": 1}\n'));
    await waitFor(() => topicTitles(api).length === 0, { what: 'the views cleared' });
    await vscode.window.showTextDocument(editor.document);
    await waitFor(() => topicTitles(api).length > 0, { what: 'the transcript back' });
    const other = '# 另一場訪談\n\n## 能源轉型\n\n王大明：我們明年會增加太陽能的比例。\n李小華：成本呢？\n王大明：去年的成本下降了兩成。\n';
    const seen: string[][] = [];
    const next = vscode.workspace.openTextDocument(writeWorkspaceFile('desk-other.md', other)).then((document) => vscode.window.showTextDocument(document));
    await waitFor(() => {
      // Only once the new editor is active: until then the last transcript is rightly shown.
      if (!vscode.window.activeTextEditor?.document.uri.path.endsWith('/desk-other.md')) return false;
      seen.push(topicTitles(api));
      return topicTitles(api).includes('能源轉型');
    }, { what: 'the other transcript in the Topics view', intervalMs: 5 });
    await next;
    assert.ok(seen.every((shown) => !titles.some((title) => shown.includes(title))), `the previous file's topics were shown: ${JSON.stringify(seen)}`);
  });

  it('gives the sidecar a language of its own without the ambiguous-character highlight, and wraps transcripts', async () => {
    const sidecar = await vscode.workspace.openTextDocument(workspaceUri('desk-views.txt.annotations.json'));
    assert.equal(sidecar.languageId, 'transcript-annotations');
    assert.equal(vscode.workspace.getConfiguration('editor', sidecar).get('unicodeHighlight.ambiguousCharacters'), false);
    assert.notEqual(vscode.workspace.getConfiguration('editor', { languageId: 'json' }).get('unicodeHighlight.ambiguousCharacters'), false, 'other JSON files keep the highlight');

    for (const [name, text] of [
      ['desk-wrap.srt', '1\n00:00:01,000 --> 00:00:04,000\n李明：你好。\n'],
      ['desk-wrap.vtt', 'WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v 李明>你好。\n'],
      ['desk-wrap.md', '李明：你好。\n王芳：你好。\n李明：再見。\n'],
    ] as const) {
      const document = await vscode.workspace.openTextDocument(writeWorkspaceFile(name, text));
      assert.equal(vscode.workspace.getConfiguration('editor', document).get('wordWrap'), 'on', name);
      // Full-width `：` and `，` are ordinary in a transcript: no box around each (Markdown keeps VS Code's default).
      if (document.languageId !== 'markdown') assert.equal(vscode.workspace.getConfiguration('editor', document).get('unicodeHighlight.ambiguousCharacters'), false, name);
    }

    // A plain-text transcript is wrapped by the extension: long lines take several rows, so fewer fit on screen.
    const long = (speaker: string, i: number): string => `${speaker}：${'我們今年的營收成長了百分之十，明年還會繼續擴大投資。'.repeat(12)}${i}`;
    const lines = Array.from({ length: 80 }, (_, i) => long(i % 2 ? '王芳' : '李明', i)).join('\n');
    const plain = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(writeWorkspaceFile('desk-notes-unwrapped.txt', lines.replace(/^(李明|王芳)：/gmu, ''))));
    await settle();
    const unwrappedLines = plain.visibleRanges[0]!.end.line - plain.visibleRanges[0]!.start.line;
    const transcript = await openTranscript(api, 'desk-wrap.txt', lines);
    await waitFor(() => transcript.visibleRanges[0]!.end.line - transcript.visibleRanges[0]!.start.line < unwrappedLines / 2, {
      what: `word wrap (unwrapped: ${unwrappedLines} lines on screen)`,
    });
  });

  it("shows a tag's gutter icon once, on its first row, when the tagged sentence wraps over several rows", async function () {
    if (!domQueriesSupported()) this.skip();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const sentence = `我們今年的營收成長了百分之十，${'明年還會繼續擴大在亞洲和歐洲的投資與研發，'.repeat(10)}預計後年完成。`;
    const editor = await openTranscript(api, 'desk-gutter.txt', `李明：\n${sentence}\n\n王芳：\n謝謝。\n\n李明：\n不客氣。\n\n王芳：\n再見。\n`);
    await waitFor(() => editor.visibleRanges.length > 0, { what: 'the editor' });
    placeCursor(editor, '我們今年的營收', 2);
    await vscode.commands.executeCommand('transcriptAnnotator.tagForecast');
    await waitFor(() => api.annotations(editor.document.uri).length === 1, { what: 'the tag' });
    // Several rows (word wrap), one icon: the icon sits on an empty range at the start of the tag.
    const icons = await waitFor(async () => {
      const found = await queryDom('.cgmr');
      return found && found.length > 0 ? found : undefined;
    }, { what: 'the gutter icon' });
    await settle();
    const settled = (await queryDom('.cgmr')) ?? icons;
    await takeScreenshot('desk-gutter-wrapped');
    assert.equal(settled.length, 1, `gutter icons: ${settled.length}`);
  });

  it('opens a menu from the status-bar item with the summary, turning off and the views', async function () {
    const editor = await openTranscript(api, 'desk-menu.txt');
    placeCursor(editor, '我預計下半年', 2);
    await vscode.commands.executeCommand('transcriptAnnotator.tagForecast');
    await waitFor(() => api.annotations(editor.document.uri).length === 1, { what: 'the tag' });
    const shown = vscode.commands.executeCommand<string[]>('transcriptAnnotator.statusMenu');
    if (domQueriesSupported()) {
      const rows = await quickPickRows((text) => text.includes('Turn Off for This File'), 'the status-bar menu');
      assert.ok(rows.some((row) => /forecast/u.test(row) && /1 tagged/u.test(row)), rows.join(' | '));
      assert.ok(rows.some((row) => /fact/u.test(row) && /0 tagged · [1-9]\d* suggested/u.test(row)), rows.join(' | '));
      assert.ok(rows.some((row) => /1 in place · 0 need review · 0 orphaned/u.test(row)), rows.join(' | '));
      assert.ok(rows.some((row) => row.includes('Open the Transcript Views')), rows.join(' | '));
      await vscode.commands.executeCommand('notifications.clearAll');
      await settle();
      await takeScreenshot('desk-statusbar-menu');
    }
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    const labels = await shown;
    assert.deepEqual(labels?.map((label) => label.replace(/^\$\([\w-]+\) /u, '')), ['fact', 'forecast', 'opinion', 'Tags', 'Turn Off for This File', 'Open the Transcript Views']);
    if (!domQueriesSupported()) this.skip();
    const statusItems = async (): Promise<string[]> => ((await queryDom('.statusbar-item')) ?? []).map((item) => item.text);
    await waitFor(async () => (await statusItems()).some((text) => text.includes('Transcript')), { what: 'the status-bar item on a transcript' });
    await vscode.window.showTextDocument(writeWorkspaceFile('README.md', '# Project\n\nInstall it with npm.\n\nSee LICENSE.\n'));
    await waitFor(async () => !(await statusItems()).some((text) => /Transcript/u.test(text)), { what: 'no status-bar item on a README' });
  });

  it('contributes a first-run walkthrough that opens the sample', async function () {
    const walkthroughs = (vscode.extensions.getExtension(extensionId)?.packageJSON as { contributes: { walkthroughs: { id: string; steps: { id: string }[] }[] } }).contributes.walkthroughs;
    assert.deepEqual(walkthroughs.map((w) => w.id), ['firstRun']);
    assert.deepEqual(walkthroughs[0]!.steps.map((step) => step.id), ['openSample', 'colours', 'tag', 'export', 'git']);
    await vscode.commands.executeCommand('workbench.action.openWalkthrough', `${extensionId}#firstRun`, false);
    if (domQueriesSupported()) {
      await waitFor(async () => (await queryDom('.getting-started-step'))?.some((step) => step.text.includes('Open the sample interview')), { what: 'the walkthrough steps' });
      await vscode.commands.executeCommand('notifications.clearAll');
      await settle();
      await takeScreenshot('desk-walkthrough');
    }
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    created.push('transcript-annotator-sample.txt');
    const sample = await vscode.commands.executeCommand<vscode.TextEditor>('transcriptAnnotator.openSample');
    assert.ok(sample.document.uri.path.endsWith('/transcript-annotator-sample.txt'));
    await waitFor(() => api.isEnabled(sample.document.uri), { what: 'the sample enabled' });
    if (!domQueriesSupported()) this.skip();
  });

  it('tags the sentence text, not the speaker label or the heading marks', async () => {
    const editor = await openTranscript(api, 'desk-labels.txt');
    placeCursor(editor, '陳立文：\n謝謝邀請。', 1);
    const onLabel = await vscode.commands.executeCommand<{ exact: string }>('transcriptAnnotator.tagFact');
    assert.equal(onLabel?.exact, '謝謝邀請。');
    placeCursor(editor, '## 摘要', 1);
    const onHeading = await vscode.commands.executeCommand<{ exact: string }>('transcriptAnnotator.tagOpinion');
    assert.equal(onHeading?.exact, '摘要');
    const line = '林雅婷：\n您好，感謝接受我們的訪問。';
    const start = placeCursor(editor, line);
    editor.selection = new vscode.Selection(editor.document.positionAt(start), editor.document.positionAt(start + line.length));
    const selected = await vscode.commands.executeCommand<{ exact: string }>('transcriptAnnotator.tagForecast');
    assert.equal(selected?.exact, '您好，感謝接受我們的訪問。');
  });

  it('shows cue words as the transcript writes them', async () => {
    const editor = await openTranscript(api, 'desk-cues.txt');
    const offset = placeCursor(editor, '我預計下半年', 2);
    const text = await waitFor(async () => {
      const hover = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, editor.document.positionAt(offset + 2)));
      return hover.includes('Cues:') ? hover : undefined;
    }, { what: 'the suggestion hover' });
    assert.match(text, /預計/u);
    assert.doesNotMatch(text, /预计/u);
  });

  it('offers the sentences most like a lost quote first when relocating an orphan, suggested claims or not', async () => {
    const editor = await openTranscript(api, 'desk-relocate.txt');
    const quote = '今年上半年的出貨量大約是1,200萬片。';
    const start = placeCursor(editor, quote);
    editor.selection = new vscode.Selection(editor.document.positionAt(start), editor.document.positionAt(start + quote.length));
    const tag = await vscode.commands.executeCommand<{ id: string }>('transcriptAnnotator.tagFact');
    assert.ok(tag);
    const alike = '下半年的出貨量預估大約是800萬片。';
    const path = join(testWorkspacePath(), 'desk-relocate.txt');
    writeFileSync(path, readFileSync(path, 'utf8').replace(quote, '').replace('謝謝邀請。', `謝謝邀請。${alike}`));
    await waitFor(() => api.annotations(editor.document.uri).find((a) => a.id === tag.id && a.status !== 'anchored'), { what: 'the tag losing its place' });
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    const relocating = vscode.commands.executeCommand('transcriptAnnotator.relocateOrphan', tag.id);
    if (domQueriesSupported()) {
      const rows = await quickPickRows((text) => text.includes('alike'), 'the relocation candidates');
      assert.ok(rows[0]!.includes(alike), `first: ${rows[0]}`);
      const likeness = rows.map((row) => Number(/(\d+)% alike/u.exec(row)?.[1]));
      assert.ok(likeness.every((value, i) => i === 0 || value <= likeness[i - 1]!), `not most-alike first: ${likeness.join(', ')}`);
    }
    // Picking the first candidate anchors the tag there.
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    await relocating;
    if (domQueriesSupported()) {
      const relocated = await waitFor(() => api.annotations(editor.document.uri).find((a) => a.id === tag.id && a.status === 'anchored'), { what: 'the relocated tag' });
      assert.equal(relocated.exact, alike);
    }
  });

  it('shows what changed in the hover of a fuzzy tag (screenshot)', async () => {
    const editor = await openTranscript(api, 'desk-fuzzy.txt');
    const quote = '明年很可能會再擴建兩座工廠。';
    const start = placeCursor(editor, quote);
    editor.selection = new vscode.Selection(editor.document.positionAt(start), editor.document.positionAt(start + quote.length));
    await vscode.commands.executeCommand('transcriptAnnotator.tagForecast');
    const path = join(testWorkspacePath(), 'desk-fuzzy.txt');
    writeFileSync(path, readFileSync(path, 'utf8').replace(quote, '明年可能會再擴建三座工廠。'));
    const fuzzy = await waitFor(() => api.annotations(editor.document.uri).find((a) => a.status === 'fuzzy'), { what: 'a fuzzy tag' });
    const at = editor.document.positionAt(fuzzy.span!.start + 3);
    const text = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, at));
    assert.match(text, /What changed:/u);
    assert.ok(text.includes('明年\\[-~~很~~-\\]可能會再擴建\\[-~~兩~~-\\]{+**三**+}座工廠。'), text);
    if (!screenshotsSupported()) return;
    editor.selection = new vscode.Selection(at, at);
    await vscode.commands.executeCommand('editor.action.showHover');
    if (domQueriesSupported()) await waitFor(async () => (await queryDom('.monaco-hover-content'))?.some((h) => h.text.includes('What changed')), { what: 'the hover' });
    await vscode.commands.executeCommand('notifications.clearAll');
    await settle();
    await takeScreenshot('desk-fuzzy-diff');
    await vscode.commands.executeCommand('editor.action.hideHover');
  });
});
