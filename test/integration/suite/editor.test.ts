// The editor experience in a real VS Code: decorations, the Topics tree, tagging into the sidecar,
// re-anchoring after a change on disk, and a broken sidecar that is reported and never overwritten.
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import type { TranscriptAnnotatorApi } from '../../../src/vscode/api';
import { activateExtension, domQueriesSupported, openWorkspaceFile, queryDom, readJsonFile, screenshotsSupported, takeScreenshot, testWorkspacePath, waitFor } from './helpers';

const sampleName = 'interview-zh-Hant.txt';
const sidecarName = `${sampleName}.annotations.json`;
const forecastQuote = '明年很可能會再擴建兩座工廠。';

function titles(nodes: readonly { title: string | null; children: readonly unknown[] }[]): string[] {
  return nodes.flatMap((node) => [
    ...(node.title ? [node.title] : []),
    ...titles(node.children.filter((child): child is { title: string | null; children: readonly unknown[] } => (child as { type?: string }).type === 'topic')),
  ]);
}

function select(editor: vscode.TextEditor, text: string): void {
  const offset = editor.document.getText().indexOf(text);
  assert.ok(offset >= 0, `"${text}" is not in the document`);
  editor.selection = new vscode.Selection(editor.document.positionAt(offset), editor.document.positionAt(offset + text.length));
}

/** Lets a hover finish fading in before a screenshot (a picture only; nothing is asserted on time). */
function settleAnimations(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 600));
}

interface StoredAnnotation {
  id: string;
  kind: string;
  target: { exact: string; start: number; end: number };
}

function readSidecar(): { annotations: StoredAnnotation[] } | undefined {
  return readJsonFile<{ annotations: StoredAnnotation[] }>(join(testWorkspacePath(), sidecarName));
}

describe('the transcript editor', () => {
  let api: TranscriptAnnotatorApi;
  let editor: vscode.TextEditor;

  before(async () => {
    api = await activateExtension();
    // No fade-ins, so screenshots show hovers fully drawn.
    await vscode.workspace.getConfiguration('workbench').update('reduceMotion', 'on', vscode.ConfigurationTarget.Global);
    editor = await openWorkspaceFile(sampleName);
  });

  after(async () => {
    await vscode.workspace.getConfiguration('workbench').update('reduceMotion', undefined, vscode.ConfigurationTarget.Global);
  });

  it('treats the sample (a plain-text file with speaker turns) as a transcript', async () => {
    await waitFor(() => api.isEnabled(editor.document.uri), { what: 'the sample to be enabled' });
  });

  it('decorates speaker turns and suggested claims', async () => {
    const snapshot = await waitFor(
      () => {
        const s = api.decorations(editor.document.uri);
        return s.turns.length > 0 && s.suggested.length > 0 ? s : undefined;
      },
      { what: 'turn and claim decorations' },
    );
    const speakers = new Set(snapshot.turns.map((turn) => turn.speaker));
    assert.ok(speakers.has('陳立文') && speakers.has('林雅婷'), `speakers: ${[...speakers].join(', ')}`);
    const slots = new Map(snapshot.turns.map((turn) => [turn.speaker, turn.slot]));
    assert.notEqual(slots.get('陳立文'), slots.get('林雅婷'), 'two speakers share a colour');
    const kinds = new Set(snapshot.suggested.map((claim) => claim.kind));
    assert.ok(kinds.size >= 2, `suggested kinds: ${[...kinds].join(', ')}`);
  });

  it('lists the expected topics in the Topics view', async () => {
    const expected = ['供應鏈的壓力', '人才與教育', '下一個十年'];
    const found = await waitFor(
      () => {
        const all = titles(api.topicsTree());
        return expected.every((title) => all.includes(title)) ? all : undefined;
      },
      { what: `topics ${expected.join(', ')}` },
    );
    assert.ok(found.length >= 3);
    await vscode.commands.executeCommand('workbench.view.extension.transcriptAnnotator');
    if (domQueriesSupported()) {
      const rows = await waitFor(
        async () => {
          const found = await queryDom('.monaco-tl-contents');
          return found?.some((row) => row.text.includes('供應鏈的壓力')) ? found : undefined;
        },
        { what: 'the Topics tree rows' },
      );
      // Trees render only the rows in view, so check the first ones.
      assert.ok(rows.some((row) => row.text.includes('晶片與人工智能')));
    }
  });

  it('groups the Topics view by kind and filters it', async () => {
    type Node = { type: string; grouping?: string; key?: string | null; text?: string; children?: readonly Node[] };
    const all = (nodes: readonly Node[]): Node[] => nodes.flatMap((node) => [node, ...all(node.children ?? [])]);
    await vscode.commands.executeCommand('transcriptAnnotator.topics.groupByKind');
    const groups = all(api.topicsTree() as unknown as Node[]).filter((node) => node.type === 'group');
    assert.ok(groups.length > 0 && groups.every((group) => group.grouping === 'kind'));
    await vscode.commands.executeCommand('transcriptAnnotator.topics.filter', '人才缺口');
    const statements = all(api.topicsTree() as unknown as Node[]).filter((node) => node.type === 'statement');
    assert.deepEqual(statements.map((statement) => statement.text), ['據估計，去年全行業的人才缺口約為3萬人。']);
    await vscode.commands.executeCommand('transcriptAnnotator.topics.clearFilter');
    await vscode.commands.executeCommand('transcriptAnnotator.topics.groupBySpeaker');
    assert.ok(all(api.topicsTree() as unknown as Node[]).filter((node) => node.type === 'statement').length > 5);
  });

  it('tags a sentence as a forecast and writes the sidecar with its quote', async () => {
    await vscode.window.showTextDocument(editor.document);
    select(editor, forecastQuote);
    await vscode.commands.executeCommand('transcriptAnnotator.tagForecast');
    const sidecar = await waitFor(() => readSidecar(), { what: 'the sidecar file' });
    assert.equal(sidecar.annotations.length, 1);
    const stored = sidecar.annotations[0]!;
    assert.equal(stored.kind, 'forecast');
    assert.equal(stored.target.exact, forecastQuote);
    const text = editor.document.getText();
    assert.equal(text.slice(stored.target.start, stored.target.end), forecastQuote);
    const tagged = await waitFor(() => api.decorations(editor.document.uri).tagged.find((t) => t.id === stored.id), { what: 'the tag decoration' });
    assert.equal(tagged.kind, 'forecast');
    assert.equal(editor.document.getText(tagged.range), forecastQuote);
  });

  it('shows kind, author and status in a hover over the tag', async function () {
    const offset = editor.document.getText().indexOf(forecastQuote) + 2;
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, editor.document.positionAt(offset));
    const text = hovers
      .flatMap((hover) => hover.contents)
      .map((content) => (typeof content === 'string' ? content : 'value' in content ? content.value : ''))
      .join('\n');
    assert.match(text, /forecast|預測|预测/u);
    if (!screenshotsSupported()) this.skip();
    editor.selection = new vscode.Selection(editor.document.positionAt(offset), editor.document.positionAt(offset));
    await vscode.commands.executeCommand('editor.action.showHover');
    if (domQueriesSupported()) await waitFor(async () => (await queryDom('.monaco-hover-content'))?.length, { what: 'the hover' });
    await settleAnimations();
    await takeScreenshot('editor-hover');
    await vscode.commands.executeCommand('editor.action.hideHover');
  });

  it('shows the sidebar and the decorations together (screenshot)', async function () {
    if (!screenshotsSupported() || !domQueriesSupported()) this.skip();
    await vscode.commands.executeCommand('workbench.view.extension.transcriptAnnotator');
    // A wider sidebar, so statements are readable in the picture.
    await vscode.window.showTextDocument(editor.document);
    for (let i = 0; i < 4; i++) await vscode.commands.executeCommand('workbench.action.decreaseViewWidth');
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    // Wait until statements under a later topic are rendered, not just the topic rows.
    await waitFor(async () => (await queryDom('.monaco-tl-contents'))?.some((row) => row.text.includes('據公司年報')), { what: 'statement rows' });
    await waitFor(async () => (await queryDom('.monaco-tl-contents'))?.some((row) => row.text.includes('明年很可能')), { what: 'the tagged row' });
    await vscode.commands.executeCommand('notifications.clearAll');
    await takeScreenshot('editor-topics');
  });

  it('explains a suggestion with its cues in a hover, in light and dark themes (screenshots)', async function () {
    if (!screenshotsSupported() || !domQueriesSupported()) this.skip();
    await vscode.window.showTextDocument(editor.document);
    const offset = editor.document.getText().indexOf('據公司年報') + 3;
    editor.selection = new vscode.Selection(editor.document.positionAt(offset), editor.document.positionAt(offset));
    await vscode.commands.executeCommand('editor.action.hideHover');
    await vscode.commands.executeCommand('editor.action.showHover');
    await waitFor(async () => (await queryDom('.monaco-hover-content'))?.some((h) => /Suggested: fact/u.test(h.text) && /420/u.test(h.text)), { what: 'the suggestion hover with its cues' });
    await vscode.commands.executeCommand('notifications.clearAll');
    await settleAnimations();
    await takeScreenshot('editor-hover-suggestion');
    const config = vscode.workspace.getConfiguration('workbench');
    await config.update('colorTheme', 'Default Dark Modern', vscode.ConfigurationTarget.Global);
    try {
      await waitFor(async () => (await queryDom('.monaco-workbench.vs-dark'))?.length, { what: 'the dark theme' });
      await vscode.commands.executeCommand('editor.action.showHover');
      await waitFor(async () => (await queryDom('.monaco-hover-content'))?.length, { what: 'the hover again' });
      await settleAnimations();
      await takeScreenshot('editor-dark');
      await vscode.commands.executeCommand('editor.action.hideHover');
    } finally {
      await config.update('colorTheme', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  it('re-anchors the tag when a paragraph is inserted above it on disk', async () => {
    const path = join(testWorkspacePath(), sampleName);
    const before = readFileSync(path, 'utf8');
    const paragraph = '編者按：本文經受訪者審閱，略有刪節。\n\n';
    const insertAt = before.indexOf('供應鏈的壓力\n\n林雅婷：');
    assert.ok(insertAt > 0);
    writeFileSync(path, before.slice(0, insertAt) + paragraph + before.slice(insertAt));
    await waitFor(() => editor.document.getText().includes('編者按'), { what: 'the editor to reload the changed file' });
    const expectedStart = editor.document.getText().indexOf(forecastQuote);
    const annotation = await waitFor(
      () => api.annotations(editor.document.uri).find((a) => a.span?.start === expectedStart),
      { what: `the tag at its new offset ${expectedStart}` },
    );
    assert.equal(annotation.status, 'anchored');
    assert.equal(editor.document.isDirty, false);
    const tagged = await waitFor(() => api.decorations(editor.document.uri).tagged.find((t) => editor.document.getText(t.range) === forecastQuote), { what: 'the moved decoration' });
    assert.equal(tagged.kind, 'forecast');
  });

  it('keeps the tag exact when its sentence is re-wrapped and re-punctuated on disk', async () => {
    const path = join(testWorkspacePath(), sampleName);
    const before = readFileSync(path, 'utf8');
    const retypeset = '明年很可能會再\n擴建兩座工廠.';
    writeFileSync(path, before.replace(forecastQuote, retypeset));
    await waitFor(() => editor.document.getText().includes(retypeset), { what: 'the editor to reload the changed file' });
    const annotation = await waitFor(() => api.annotations(editor.document.uri).find((a) => a.kind === 'forecast' && a.span && editor.document.getText().slice(a.span.start, a.span.end) === retypeset), { what: 'the tag over the re-wrapped sentence' });
    assert.equal(annotation.status, 'anchored');
    assert.equal(api.decorations(editor.document.uri).fuzzy.length, 0);
    writeFileSync(path, before);
    await waitFor(() => api.annotations(editor.document.uri).find((a) => a.id === annotation.id && a.span && editor.document.getText().slice(a.span.start, a.span.end) === forecastQuote), { what: 'the tag back on the original sentence' });
  });

  it('moves the tag exactly with typing in the editor, and back on undo', async () => {
    await vscode.window.showTextDocument(editor.document);
    const quoteStart = editor.document.getText().indexOf(forecastQuote);
    const lineStart = editor.document.positionAt(quoteStart).with({ character: 0 });
    await editor.edit((edit) => edit.insert(lineStart, '（補充）'));
    const moved = await waitFor(() => api.annotations(editor.document.uri).find((a) => a.span?.start === quoteStart + 4), { what: 'the tag moved by 4' });
    assert.equal(editor.document.getText().slice(moved.span!.start, moved.span!.end), forecastQuote);
    await vscode.commands.executeCommand('undo');
    await waitFor(() => !editor.document.isDirty, { what: 'the undo' });
    await waitFor(() => api.annotations(editor.document.uri).find((a) => a.span?.start === quoteStart), { what: 'the tag back in place' });
  });

  it('renames a speaker through an alias stored in the sidecar', async () => {
    await vscode.commands.executeCommand('transcriptAnnotator.speakers.rename', '林雅婷', '林記者');
    const sidecar = await waitFor(() => {
      const stored = readSidecar() as { speakerAliases?: Record<string, string> } | undefined;
      return stored?.speakerAliases?.['林雅婷'] ? stored : undefined;
    }, { what: 'the alias in the sidecar' });
    assert.deepEqual(sidecar.speakerAliases, { 林雅婷: '林記者' });
    const renamed = await waitFor(() => api.speakersTree().find((speaker) => speaker.name === '林記者'), { what: 'the renamed speaker' });
    assert.deepEqual(renamed.aliases, ['林雅婷']);
    assert.ok(!api.speakersTree().some((speaker) => speaker.name === '林雅婷'));
  });

  it('marks a tag whose text changed on disk as fuzzy, and accepting it makes it exact again', async () => {
    const path = join(testWorkspacePath(), sampleName);
    const changed = '明年很可能會再擴建三座工廠。';
    writeFileSync(path, readFileSync(path, 'utf8').replace(forecastQuote, changed));
    const fuzzy = await waitFor(() => api.annotations(editor.document.uri).find((a) => a.kind === 'forecast' && a.status === 'fuzzy'), { what: 'a fuzzy tag' });
    assert.equal(editor.document.getText().slice(fuzzy.span!.start, fuzzy.span!.end), changed);
    await waitFor(() => api.decorations(editor.document.uri).fuzzy.length === 1, { what: 'the fuzzy decoration' });
    const warning = await waitFor(() => api.diagnostics(editor.document.uri).find((d) => d.severity === vscode.DiagnosticSeverity.Warning), { what: 'a fuzzy diagnostic' });
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', editor.document.uri, warning.range, vscode.CodeActionKind.QuickFix.value);
    const accept = actions.find((action) => action.command?.command === 'transcriptAnnotator.acceptSuggestion');
    assert.ok(accept?.command, 'no accept quick fix');
    await vscode.commands.executeCommand(accept.command.command, ...((accept.command.arguments ?? []) as unknown[]));
    await waitFor(() => api.annotations(editor.document.uri).find((a) => a.id === fuzzy.id && a.status === 'anchored'), { what: 'the accepted tag' });
    await waitFor(() => readSidecar()?.annotations.find((a) => a.id === fuzzy.id && a.target.exact === changed), { what: 'the new quote on disk' });
    assert.equal(api.diagnostics(editor.document.uri).length, 0);
  });

  it('turns off for this file and on again from the status-bar command', async () => {
    await vscode.window.showTextDocument(editor.document);
    assert.equal(await vscode.commands.executeCommand('transcriptAnnotator.toggleFile'), false);
    await waitFor(() => !api.isEnabled(editor.document.uri) && api.decorations(editor.document.uri).turns.length === 0, { what: 'decorations cleared' });
    assert.equal(await vscode.commands.executeCommand('transcriptAnnotator.toggleFile'), true);
    await waitFor(() => api.decorations(editor.document.uri).turns.length > 0 && api.annotations(editor.document.uri).length > 0, { what: 'decorations and tags back' });
  });

  it('reports a tag whose text is gone as orphaned, with quick fixes, keeping it in the sidecar', async () => {
    await vscode.window.showTextDocument(editor.document);
    select(editor, '我們在上個月的會議上已經將其列為首要任務。');
    await vscode.commands.executeCommand('transcriptAnnotator.tagFact');
    const tag = await waitFor(() => api.annotations(editor.document.uri).find((a) => a.kind === 'fact'), { what: 'the fact tag' });
    const path = join(testWorkspacePath(), sampleName);
    writeFileSync(path, readFileSync(path, 'utf8').replace('我們在上個月的會議上已經將其列為首要任務。', ''));
    await waitFor(() => api.annotations(editor.document.uri).find((a) => a.id === tag.id && a.status === 'orphaned'), { what: 'the orphaned tag' });
    const diagnostic = await waitFor(() => api.diagnostics(editor.document.uri).find((d) => d.severity === vscode.DiagnosticSeverity.Error), { what: 'an orphan diagnostic' });
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', editor.document.uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
    assert.ok(actions.some((action) => action.command?.command === 'transcriptAnnotator.relocateOrphan'), 'no relocate quick fix');
    assert.ok(api.annotationsTree().some((group) => group.key === 'orphaned' && group.children.some((c) => c.annotation.id === tag.id)));
    // Relocating onto a selection keeps the tag (id, note) and anchors it again.
    select(editor, '據估計，去年全行業的人才缺口約為3萬人。');
    await vscode.commands.executeCommand('transcriptAnnotator.relocateOrphan', tag.id);
    const relocated = await waitFor(() => api.annotations(editor.document.uri).find((a) => a.id === tag.id && a.status === 'anchored'), { what: 'the relocated tag' });
    assert.equal(relocated.exact, '據估計，去年全行業的人才缺口約為3萬人。');
    const stored = await waitFor(() => readSidecar()?.annotations.find((a) => a.id === tag.id && a.target.exact === relocated.exact), { what: 'the relocated tag on disk' });
    assert.equal(stored.kind, 'fact');
  });

  it('takes a tag back with Undo Last Tagging', async () => {
    await vscode.window.showTextDocument(editor.document);
    const sentence = '我認為這種擔心是多餘的。';
    select(editor, sentence);
    await vscode.commands.executeCommand('transcriptAnnotator.tagOpinion');
    await waitFor(() => readSidecar()?.annotations.some((a) => a.target.exact === sentence), { what: 'the opinion tag on disk' });
    assert.equal(await vscode.commands.executeCommand('transcriptAnnotator.undoLastTagging'), true);
    await waitFor(() => readSidecar() && !readSidecar()!.annotations.some((a) => a.target.exact === sentence), { what: 'the opinion tag gone from disk' });
    assert.ok(!api.annotations(editor.document.uri).some((a) => a.exact === sentence));
  });

  it('exports the tags where they are now', async () => {
    await vscode.window.showTextDocument(editor.document);
    // A path argument is relative to the workspace folder (see security.test.ts for the ones refused).
    const output = vscode.Uri.file(join(testWorkspacePath(), 'interview-tags.csv'));
    const written = await vscode.commands.executeCommand<vscode.Uri>('transcriptAnnotator.export', 'csv', 'interview-tags.csv');
    assert.equal(written?.fsPath, output.fsPath);
    const csv = readFileSync(output.fsPath, 'utf8');
    assert.match(csv, /據估計，去年全行業的人才缺口約為3萬人。/u);
    assert.match(csv, /forecast/u);
  });

  it('keeps the sidebar in step with every change (rendered rows)', async function () {
    if (!domQueriesSupported()) this.skip();
    await vscode.commands.executeCommand('workbench.view.extension.transcriptAnnotator');
    // The rename, the accepted fuzzy tag and the relocated tag all happened after the sidebar was first drawn.
    await waitFor(async () => (await queryDom('.monaco-tl-contents'))?.some((row) => row.text.includes('林記者')), { what: 'the renamed speaker row' });
    await waitFor(async () => (await queryDom('.monaco-tl-contents'))?.some((row) => row.text.startsWith('據估計，去年全行業')), { what: 'the relocated tag row' });
    await vscode.window.showTextDocument(editor.document);
  });

  it('reports a broken sidecar and never overwrites it', async () => {
    const path = join(testWorkspacePath(), sidecarName);
    const broken = Buffer.from('{\n  "version": 1,\n  "annotations": [\n    { "id": "x", \n', 'utf8');
    await vscode.commands.executeCommand('notifications.clearAll');
    writeFileSync(path, broken);
    const problem = await waitFor(() => api.sidecarProblem(editor.document.uri), { what: 'the sidecar problem' });
    // The kind of problem is said in the UI's words; the parser's detail follows it.
    assert.match(problem.message, /^(it is not valid JSON|它不是有效的 JSON)/u);
    if (domQueriesSupported()) {
      await waitFor(
        async () => (await queryDom('.notification-list-item-message'))?.some((m) => /cannot be read|無法讀取|无法读取/u.test(m.text)),
        { what: 'an error notification' },
      );
    }
    const onSidecar = await waitFor(() => vscode.languages.getDiagnostics(vscode.Uri.file(path)).find((d) => d.source === 'Transcript Annotator'), { what: 'the problem on the sidecar' });
    assert.equal(onSidecar.range.start.line + 1, problem.line);
    if (screenshotsSupported()) await takeScreenshot('editor-broken-sidecar');
    // Tagging is refused while the file is broken, and nothing writes it.
    select(editor, '這個市場預計在2030年達到1兆美元。');
    const result = await vscode.commands.executeCommand('transcriptAnnotator.tagFact');
    assert.equal(result, undefined);
    assert.ok(!api.annotations(editor.document.uri).some((a) => a.exact === '這個市場預計在2030年達到1兆美元。'));
    assert.deepEqual(readFileSync(path), broken);
  });

  it('merges tag by tag a sidecar that git left with conflict markers', async () => {
    const path = join(testWorkspacePath(), sidecarName);
    const text = editor.document.getText();
    const tagOn = (id: string, kind: string, exact: string): string => {
      const start = text.indexOf(exact);
      assert.ok(start >= 0, exact);
      const annotation = { id, kind, author: 'Ann', created: '2026-01-01T00:00:00.000Z', modified: '2026-01-01T00:00:00.000Z', speaker: null, topic: null, target: { exact, prefix: '', suffix: '', start, end: start + exact.length } };
      return JSON.stringify(annotation, null, 2);
    };
    // What git's line merge leaves when two branches each added a tag to the same place in the list.
    const conflicted = ['{', '"version": 1,', '"speakerAliases": {},', '"annotations": [', '<<<<<<< HEAD', tagOn('from-ours', 'fact', '我們去年營收達到420億元，比前年增長了18%。'), '=======', tagOn('from-theirs', 'fact', '這個市場預計在2030年達到1兆美元。'), '>>>>>>> their-branch', ']', '}', ''].join('\n');
    writeFileSync(path, conflicted);
    await vscode.commands.executeCommand('notifications.clearAll');
    await waitFor(() => api.sidecarProblem(editor.document.uri)?.code === 'conflict-markers', { what: 'the conflict-markers problem' });
    await vscode.window.showTextDocument(editor.document);
    const mergeButton = /^(?:Merge Tag by Tag|逐條合併|逐条合并)$/u;
    await waitFor(() => api.shownMessages().find((m) => m.severity === 'error' && m.actions.some((a) => mergeButton.test(a))), { what: 'the error offering Merge Tag by Tag' });
    // A picture of the toast when the workbench shows it (toasts may already sit in the notification centre).
    if (domQueriesSupported() && screenshotsSupported() && (await queryDom('.notification-list-item .monaco-button'))?.some((b) => mergeButton.test(b.text))) {
      await takeScreenshot('editor-conflicted-sidecar');
    }
    await vscode.commands.executeCommand('transcriptAnnotator.mergeConflictedSidecar');
    await waitFor(() => !api.sidecarProblem(editor.document.uri), { what: 'the problem to clear' });
    const ids = await waitFor(() => {
      const found = api.annotations(editor.document.uri).map((a) => a.id).sort();
      return found.length === 2 ? found : undefined;
    }, { what: 'both sides\' tags' });
    assert.deepEqual(ids, ['from-ours', 'from-theirs']);
    const onDisk = readFileSync(path, 'utf8');
    assert.doesNotMatch(onDisk, /^<{7}|^={7}|^>{7}/mu);
    assert.deepEqual((JSON.parse(onDisk) as { annotations: { id: string }[] }).annotations.map((a) => a.id).sort(), ['from-ours', 'from-theirs']);
  });
});

describe('converting a transcript to Simplified Chinese', () => {
  it('carries its tags along exactly and saves them', async () => {
    const api = await activateExtension();
    const path = join(testWorkspacePath(), 'convert.txt');
    writeFileSync(path, readFileSync(join(testWorkspacePath(), sampleName), 'utf8'));
    const editor = await openWorkspaceFile('convert.txt');
    await waitFor(() => api.isEnabled(editor.document.uri), { what: 'the copy to be enabled' });
    const traditional = '今年上半年的出貨量大約是1,200萬片。';
    select(editor, traditional);
    await vscode.commands.executeCommand('transcriptAnnotator.tagForecast');
    await waitFor(() => existsSync(`${path}.annotations.json`), { what: 'the sidecar of the copy' });
    assert.equal(await vscode.commands.executeCommand('transcriptAnnotator.convertScript', 'cn'), true);
    const simplified = '今年上半年的出货量大约是1,200万片。';
    assert.ok(editor.document.getText().includes('陈立文：'));
    const tag = await waitFor(() => api.annotations(editor.document.uri).find((a) => a.exact === simplified), { what: 'the converted tag' });
    assert.equal(tag.status, 'anchored');
    assert.equal(editor.document.getText().slice(tag.span!.start, tag.span!.end), simplified);
    // Undoing the conversion brings the text back; the tag finds its Traditional quote again.
    await vscode.commands.executeCommand('undo');
    await waitFor(() => editor.document.getText().includes('陳立文：'), { what: 'the undone conversion' });
    const back = await waitFor(() => api.annotations(editor.document.uri).find((a) => a.id === tag.id && a.status === 'anchored' && editor.document.getText().slice(a.span!.start, a.span!.end) === traditional), { what: 'the tag on the Traditional text' });
    assert.equal(back.span!.start, editor.document.getText().indexOf(traditional));
    // Typing still moves the tag exactly.
    await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), '新'));
    await waitFor(() => api.annotations(editor.document.uri).find((a) => a.id === tag.id && a.span!.start === back.span!.start + 1), { what: 'the tag moved by one' });
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });
});

describe('a transcript over the size limit', () => {
  it('is not analysed, and the user is told why', async () => {
    const api = await activateExtension();
    const path = join(testWorkspacePath(), 'huge.transcript');
    writeFileSync(path, '甲：這是一句很長的話。\n乙：這也是。\n'.repeat(120_000)); // 2.28 million characters
    const editor = await openWorkspaceFile('huge.transcript');
    await waitFor(() => api.state(editor.document.uri) === 'tooLarge', { what: 'the too-large state' });
    assert.equal(api.decorations(editor.document.uri).turns.length, 0);
    if (domQueriesSupported()) {
      await waitFor(async () => (await queryDom('.notification-list-item-message'))?.some((m) => m.text.includes('too large')), { what: 'the size message' });
    }
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });
});

describe('a suggested claim over two hard-wrapped lines', () => {
  const name = 'wrapped.transcript';
  const first = '「海外營收已經占四成，';
  const second = '明年將在日本設立研發中心。」';

  function readWrappedSidecar(): { annotations: StoredAnnotation[] } | undefined {
    const path = join(testWorkspacePath(), `${name}.annotations.json`);
    return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as { annotations: StoredAnnotation[] }) : undefined;
  }

  it('is decorated over both lines, tagged whole from a cursor on its second line, and hidden below the confidence setting', async () => {
    const api = await activateExtension();
    writeFileSync(join(testWorkspacePath(), name), `林雅婷：海外市場呢？\n陳立文：${first}\n${second}\n`);
    const editor = await openWorkspaceFile(name);
    const wrapped = await waitFor(() => api.decorations(editor.document.uri).suggested.find((claim) => claim.range.start.line === 1), { what: 'the suggested claim on line 2' });
    assert.equal(wrapped.kind, 'forecast');
    assert.equal(wrapped.range.end.line, 2, 'the decoration ends on the third line');
    assert.equal(editor.document.getText(wrapped.range), `${first}\n${second}`);

    editor.selection = new vscode.Selection(new vscode.Position(2, 3), new vscode.Position(2, 3));
    await vscode.commands.executeCommand('transcriptAnnotator.tagForecast');
    const sidecar = await waitFor(() => readWrappedSidecar(), { what: 'the sidecar of the wrapped transcript' });
    assert.equal(sidecar.annotations.length, 1);
    assert.equal(sidecar.annotations[0]!.target.exact, `${first}\n${second}`);

    const config = vscode.workspace.getConfiguration('transcriptAnnotator');
    await config.update('claims.minimumConfidence', 0.99, vscode.ConfigurationTarget.Workspace);
    try {
      await waitFor(() => api.decorations(editor.document.uri).suggested.length === 0, { what: 'every suggestion hidden at confidence 0.99' });
    } finally {
      await config.update('claims.minimumConfidence', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await waitFor(() => api.decorations(editor.document.uri).suggested.length > 0, { what: 'the suggestions back at the default threshold' });
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });
});

describe('speaker-label patterns from settings', () => {
  it('recognise extra label styles, run a pattern that used to hang the host, and reject a back-reference with a reason', async () => {
    const api = await activateExtension();
    writeFileSync(join(testWorkspacePath(), 'panel.transcript'), '<<小王>> 歡迎大家來到今天的座談。\n#' + 'a'.repeat(95) + '\n<<老李>> 我認為明年會更好。\n<<小王>> 謝謝。\n');
    const editor = await openWorkspaceFile('panel.transcript');
    const config = vscode.workspace.getConfiguration('transcriptAnnotator');
    await config.update('speakerLabelPatterns', ['^<<(?<speaker>[^>]{1,8})>>', '^#(.*)(.*)(.*)(.*)(.*)(.*)(.*)(.*)=', '^(\\w+) \\1:'], vscode.ConfigurationTarget.Workspace);
    try {
      const turns = await waitFor(() => {
        const found = api.decorations(editor.document.uri).turns;
        return found.some((turn) => turn.speaker === '老李') ? found : undefined;
      }, { what: 'turns from the extra pattern' });
      assert.deepEqual([...new Set(turns.map((turn) => turn.speaker))], ['小王', '老李']);
      if (domQueriesSupported()) {
        await waitFor(async () => (await queryDom('.notification-list-item-message'))?.some((m) => m.text.includes('back-references')), { what: 'the warning about the rejected pattern' });
      }
    } finally {
      await config.update('speakerLabelPatterns', undefined, vscode.ConfigurationTarget.Workspace);
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    }
  });
});

describe('in an untrusted workspace (run with --workspace-trust)', () => {
  it('ignores speaker-label patterns from the workspace settings', async function () {
    if (vscode.workspace.isTrusted) this.skip();
    const api = await activateExtension();
    writeFileSync(join(testWorkspacePath(), 'untrusted.transcript'), '<<小王>> 歡迎大家。\n<<老李>> 我認為明年會更好。\n甲：好。\n');
    const editor = await openWorkspaceFile('untrusted.transcript');
    await vscode.workspace.getConfiguration('transcriptAnnotator').update('speakerLabelPatterns', ['^<<(?<speaker>[^>]{1,8})>>'], vscode.ConfigurationTarget.Workspace);
    try {
      const turns = await waitFor(() => {
        const found = api.decorations(editor.document.uri).turns;
        return found.length > 0 ? found : undefined;
      }, { what: 'the built-in turns' });
      assert.ok(turns.some((turn) => turn.speaker === '甲'));
      assert.ok(!turns.some((turn) => turn.speaker === '老李'), 'a workspace pattern ran in an untrusted workspace');
    } finally {
      await vscode.workspace.getConfiguration('transcriptAnnotator').update('speakerLabelPatterns', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });
});

describe('the sidecar schema', () => {
  it('is served offline at the $schema address sidecars carry', async () => {
    // The JSON language features read a custom-scheme `$schema` through openTextDocument.
    const document = await vscode.workspace.openTextDocument(vscode.Uri.parse('transcript-annotator:/schemas/annotations.v1.schema.json'));
    const schema = JSON.parse(document.getText()) as { $id: string };
    assert.equal(schema.$id, 'transcript-annotator:/schemas/annotations.v1.schema.json');
    await assert.rejects(Promise.resolve(vscode.workspace.openTextDocument(vscode.Uri.parse('transcript-annotator:/package.json'))), 'only the bundled schemas are served');
  });

  it('validates hand edits of a sidecar', async () => {
    const path = join(testWorkspacePath(), 'hand-edited.txt.annotations.json');
    const sidecar = {
      $schema: 'transcript-annotator:/schemas/annotations.v1.schema.json',
      version: 1,
      speakerAliases: {},
      annotations: [
        {
          id: 'a1', kind: 'rumour', author: 'me', created: '2026-01-01T00:00:00.000Z', modified: '2026-01-01T00:00:00.000Z',
          speaker: null, topic: null, target: { exact: 'x', prefix: '', suffix: '', start: 0, end: 1 },
        },
      ],
    };
    writeFileSync(path, `${JSON.stringify(sidecar, null, 2)}\n`);
    const document = await vscode.workspace.openTextDocument(vscode.Uri.file(path));
    await vscode.window.showTextDocument(document);
    const problems = await waitFor(() => {
      const found = vscode.languages.getDiagnostics(document.uri);
      return found.length > 0 ? found : undefined;
    }, { what: 'schema diagnostics on the sidecar', timeoutMs: 20_000 });
    const line = document.getText().split('\n').findIndex((text) => text.includes('rumour'));
    assert.ok(problems.some((problem) => problem.range.start.line === line), problems.map((p) => `${p.range.start.line}: ${p.message}`).join('; '));
  });
});
