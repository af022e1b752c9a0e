// Comparing two annotators' sidecars of one transcript, and showing names in another script, in a real VS Code.
import * as assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import type { ClaimKind } from '../../../src/core/analysis/model';
import { quoteTarget } from '../../../src/core/anchoring/target';
import { encodeSidecar } from '../../../src/core/sidecar/codec';
import type { Annotation } from '../../../src/core/sidecar/model';
import { SIDECAR_VERSION } from '../../../src/core/sidecar/model';
import type { TranscriptAnnotatorApi } from '../../../src/vscode/api';
import type { AgreementResult } from '../../../src/vscode/commands/agreement';
import { activateExtension, domQueriesSupported, openWorkspaceFile, queryDom, screenshotsSupported, takeScreenshot, testWorkspacePath, waitFor } from './helpers';

const sampleName = 'interview-zh-Hant.txt';
const copyName = 'agreement.txt';

const fact1 = '據公司年報，我們去年營收達到420億元，比前年增長了18%。';
const forecast = '明年很可能會再擴建兩座工廠。';
const opinion = '我們的客戶非常優秀，這是一個明智的選擇。';
const fact2 = '據估計，去年全行業的人才缺口約為3萬人。';
const market = '這個市場預計在2030年達到1兆美元。';

/** A sidecar for `text` with one tag per quote, stored as if tagged in `text`. */
function sidecar(text: string, author: string, tags: readonly [string, ClaimKind][]): string {
  const annotations: Annotation[] = tags.map(([quote, kind], i) => {
    const start = text.indexOf(quote);
    assert.ok(start >= 0, quote);
    return {
      id: `${author}-${i}`,
      kind,
      author,
      created: '2026-11-01T00:00:00.000Z',
      modified: '2026-11-01T00:00:00.000Z',
      speaker: '陳立文',
      topic: null,
      target: quoteTarget(text, { start, end: start + quote.length }),
    };
  });
  return encodeSidecar({ version: SIDECAR_VERSION, speakerAliases: {}, annotations });
}

describe('comparing annotators', () => {
  let api: TranscriptAnnotatorApi;
  let editor: vscode.TextEditor;
  const bobFolder = join(testWorkspacePath(), 'bob');
  const bobFile = vscode.Uri.file(join(bobFolder, `${copyName}.annotations.json`));

  before(async () => {
    api = await activateExtension();
    const text = readFileSync(join(testWorkspacePath(), sampleName), 'utf8');
    writeFileSync(join(testWorkspacePath(), copyName), text);
    writeFileSync(join(testWorkspacePath(), `${copyName}.annotations.json`), sidecar(text, 'alice', [[fact1, 'fact'], [forecast, 'forecast'], [opinion, 'opinion'], [fact2, 'fact']]));
    // Bob tagged an older version with a preface line: his offsets are off, re-anchoring must place them.
    mkdirSync(bobFolder, { recursive: true });
    writeFileSync(bobFile.fsPath, sidecar(`（前言：初稿）\n${text}`, 'bob', [[fact1, 'fact'], [forecast, 'opinion'], [opinion, 'opinion'], [market, 'forecast']]));
    editor = await openWorkspaceFile(copyName);
    await waitFor(() => api.annotations(editor.document.uri).length === 4, { what: 'Alice’s four tags' });
  });

  after(async () => {
    await vscode.window.showTextDocument(editor.document);
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('reports kappa, the pairs, the one-sided tags and the disagreements with current line numbers', async () => {
    // An unsaved line at the top: the report must count lines in the editor's text, not the file's.
    await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), '（未存檔的一行）\n'));
    await waitFor(() => api.annotations(editor.document.uri).every((a) => editor.document.getText().slice(a.span!.start, a.span!.end) === a.exact), { what: 'tags moved with the edit' });
    const lineOf = (quote: string): number => editor.document.positionAt(editor.document.getText().indexOf(quote)).line + 1;

    const result = await vscode.commands.executeCommand<AgreementResult>('transcriptAnnotator.compareAnnotators', bobFile);
    assert.ok(result, 'the command returned no report');
    const { view } = result;
    // Pairs (fact, fact), (forecast, opinion), (opinion, opinion): observed 2/3, chance 1/3, kappa 0.5.
    assert.ok(view.kappa.value !== null && Math.abs(view.kappa.value - 0.5) < 1e-9, `kappa ${view.kappa.value}`);
    assert.equal(view.counts.bothTagged, 3);
    assert.deepEqual(view.disagreements.map((row) => [row.line, row.kindA, row.kindB, row.quote]), [[lineOf(forecast), 'forecast', 'opinion', forecast]]);
    assert.deepEqual(view.onlyA.map((row) => [row.line, row.kind]), [[lineOf(fact2), 'fact']]);
    assert.deepEqual(view.onlyB.map((row) => [row.line, row.kind]), [[lineOf(market), 'forecast']]);
    assert.equal(view.counts.leftOutB, 0);

    // The report is open beside the transcript, read-only Markdown, with links to the transcript's lines.
    const report = await vscode.workspace.openTextDocument(result.report);
    assert.equal(report.languageId, 'markdown');
    assert.ok(vscode.window.visibleTextEditors.some((e) => e.document === report));
    const content = report.getText();
    assert.match(content, /\*\*0\.500\*\*/u);
    assert.ok(content.includes(forecast));
    assert.ok(content.includes(`- line ${lineOf(forecast)}: A forecast, B opinion — “${forecast}”`), 'the disagreement is not listed with its line');
    const links = await vscode.commands.executeCommand<vscode.DocumentLink[]>('vscode.executeLinkProvider', report.uri);
    const toTranscript = links.filter((link) => link.target?.path === editor.document.uri.path);
    assert.ok(toTranscript.some((link) => link.target?.fragment === `L${lineOf(forecast)}`), 'no clickable link to the disagreement’s line');
    if (screenshotsSupported()) {
      await takeScreenshot('agreement-report');
      await vscode.commands.executeCommand('markdown.showPreview', report.uri);
      await new Promise((resolve) => setTimeout(resolve, 1500)); // the preview renders in a webview: a picture only
      await takeScreenshot('agreement-report-preview');
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    }

    // Following the link opens the transcript at that line.
    const link = toTranscript.find((l) => l.target?.fragment === `L${lineOf(forecast)}`)!;
    await vscode.commands.executeCommand('vscode.open', link.target);
    await waitFor(() => vscode.window.activeTextEditor?.document === editor.document && vscode.window.activeTextEditor.selection.active.line + 1 === lineOf(forecast), { what: 'the transcript at the disagreement’s line' });
  });

  it('reports an invalid annotations file with its line and reason, and opens no report', async () => {
    await vscode.window.showTextDocument(editor.document);
    const broken = vscode.Uri.file(join(bobFolder, 'broken.annotations.json'));
    writeFileSync(broken.fsPath, '{\n  "version": 1,\n  "annotations": [\n    { "id": "x",\n');
    await vscode.commands.executeCommand('notifications.clearAll');
    const reportsBefore = vscode.workspace.textDocuments.filter((d) => d.uri.scheme === 'transcript-agreement').length;
    const result = await vscode.commands.executeCommand<AgreementResult | undefined>('transcriptAnnotator.compareAnnotators', broken);
    assert.equal(result, undefined);
    assert.equal(vscode.workspace.textDocuments.filter((d) => d.uri.scheme === 'transcript-agreement').length, reportsBefore);
    if (domQueriesSupported()) {
      const message = await waitFor(async () => (await queryDom('.notification-list-item-message'))?.find((m) => m.text.includes('broken.annotations.json')), { what: 'the error notification' });
      assert.match(message.text, /line 5|第 5 行/u);
    }
  });

  it('explains an undefined kappa in the report', async () => {
    await vscode.window.showTextDocument(editor.document);
    const text = editor.document.getText();
    const single = vscode.Uri.file(join(bobFolder, 'single.annotations.json'));
    // The one statement both tagged is a fact for both: chance agreement is 1, so kappa is 0/0.
    writeFileSync(single.fsPath, sidecar(text, 'carol', [[fact1, 'fact']]));
    const result = await vscode.commands.executeCommand<AgreementResult>('transcriptAnnotator.compareAnnotators', single);
    assert.equal(result.view.kappa.value, null);
    assert.equal(result.view.kappa.undefinedReason, 'singleCategory');
    const content = (await vscode.workspace.openTextDocument(result.report)).getText();
    assert.match(content, /\*\*undefined\*\* \(both used one and the same kind throughout/u);
    assert.match(content, /Tagged only by A: 3; only by B: 0/u);
  });

  it('says so when the other file has no tags', async () => {
    await vscode.window.showTextDocument(editor.document);
    const empty = vscode.Uri.file(join(bobFolder, 'empty.annotations.json'));
    writeFileSync(empty.fsPath, encodeSidecar({ version: SIDECAR_VERSION, speakerAliases: {}, annotations: [] }));
    await vscode.commands.executeCommand('notifications.clearAll');
    assert.equal(await vscode.commands.executeCommand('transcriptAnnotator.compareAnnotators', empty), undefined);
    if (domQueriesSupported()) {
      await waitFor(async () => (await queryDom('.notification-list-item-message'))?.some((m) => m.text.includes('empty.annotations.json')), { what: 'the warning' });
    }
  });
});

describe('the display script setting', () => {
  const settings = (): vscode.WorkspaceConfiguration => vscode.workspace.getConfiguration('transcriptAnnotator');
  type TitledNode = { type: string; title?: string | null; children?: readonly TitledNode[] };
  const titles = (nodes: readonly TitledNode[]): string[] =>
    nodes.flatMap((node) => (node.type === 'topic' ? [...(node.title ? [node.title] : []), ...titles(node.children ?? [])] : []));
  const topicTitles = (api: TranscriptAnnotatorApi): string[] => titles(api.topicsTree());

  after(async () => {
    await settings().update('displayScript', undefined, vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('shows topic titles and speaker names in Simplified Chinese without touching the Traditional file', async () => {
    const api = await activateExtension();
    const editor = await openWorkspaceFile(sampleName);
    const before = editor.document.getText();
    await waitFor(() => topicTitles(api).includes('供應鏈的壓力'), { what: 'the Traditional topics' });

    await settings().update('displayScript', 'cn', vscode.ConfigurationTarget.Global);
    await waitFor(() => topicTitles(api).includes('供应链的压力'), { what: 'the Simplified topics', timeoutMs: 20_000 });
    assert.ok(topicTitles(api).includes('人才与教育'));
    assert.ok(topicTitles(api).includes('晶片与人工智能：专访陈立文'), topicTitles(api).join(', '));
    assert.ok(!topicTitles(api).includes('供應鏈的壓力'));
    const speaker = api.speakersTree().find((node) => node.name === '陳立文');
    assert.equal(speaker?.label, '陈立文', 'the speaker is shown in Simplified and keeps the written name');
    // Only the display changed.
    assert.equal(editor.document.getText(), before);
    assert.equal(editor.document.isDirty, false);
    assert.equal(readFileSync(join(testWorkspacePath(), sampleName), 'utf8'), before);
    if (domQueriesSupported()) {
      await vscode.commands.executeCommand('workbench.view.extension.transcriptAnnotator');
      await waitFor(async () => (await queryDom('.monaco-tl-contents'))?.some((row) => row.text.includes('供应链的压力')), { what: 'the Simplified topic row' });
      await waitFor(async () => (await queryDom('.monaco-tl-contents'))?.some((row) => row.text.startsWith('陈立文') && row.text.includes('turns')), { what: 'the Simplified speaker row' });
      if (screenshotsSupported()) await takeScreenshot('display-script-cn');
    }

    await settings().update('displayScript', 'original', vscode.ConfigurationTarget.Global);
    await waitFor(() => topicTitles(api).includes('供應鏈的壓力'), { what: 'the topics as written again' });
  });
});
