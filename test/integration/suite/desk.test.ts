// The fact-checking desk in a real VS Code: a verdict, evidence and a workflow status on a tag, through the
// commands (by argument and through their pickers), stored in the sidecar and shown in the hover and the
// Annotations view with the statement's time in the recording; navigation to what is left to check.
import * as assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import type { TranscriptAnnotatorApi } from '../../../src/vscode/api';
import { activateExtension, domQueriesSupported, extensionId, openWorkspaceFile, queryDom, readJsonFile, screenshotsSupported, takeScreenshot, TEST_AUTHOR, testWorkspacePath, waitFor } from './helpers';

const transcriptName = 'desk-briefing.srt';
const sidecarName = `${transcriptName}.annotations.json`;
const revenue = 'Our revenue reached 42 billion dollars last year, up 18 percent.';
const prices = 'I expect memory prices to fall by half next year.';
const jobs = 'Unemployment fell to 3.5 percent in March, the lowest in 50 years.';
/** A suggested claim left untagged: what Next Claim, skipping tagged statements, goes to. */
const exports = 'Exports grew by 12 percent in 2024.';
const TRANSCRIPT = [
  '1',
  '00:00:01,000 --> 00:00:05,000',
  'Host: Welcome to the briefing. Thank you for joining us.',
  '',
  '2',
  '00:01:23,450 --> 00:01:29,000',
  `Jane: ${revenue}`,
  '',
  '3',
  '00:02:10,000 --> 00:02:16,000',
  `Jane: ${prices}`,
  '',
  '4',
  '00:03:05,000 --> 00:03:11,000',
  `Jane: ${jobs}`,
  '',
  '5',
  '00:04:02,000 --> 00:04:07,000',
  `Jane: ${exports}`,
  '',
].join('\n');

interface StoredDeskTag {
  id: string;
  kind: string;
  verdict?: { label: string; rating?: { value: number; best: number } };
  status?: { value: string; by: string; at: string };
  sources?: { url: string; title?: string; quote?: string }[];
  target: { exact: string };
}

function storedTag(exact: string): StoredDeskTag | undefined {
  return readJsonFile<{ annotations: StoredDeskTag[] }>(join(testWorkspacePath(), sidecarName))?.annotations.find((tag) => tag.target.exact === exact);
}

function hoverText(hovers: readonly vscode.Hover[]): string {
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : 'value' in content ? content.value : ''))
    .join('\n');
}

/** Runs a command that opens a quick pick or input box, answering with `quickInputCommand` until it finishes. */
async function answering<T>(command: Thenable<T>, quickInputCommand: string): Promise<T> {
  let settled = false;
  const result = Promise.resolve(command).finally(() => (settled = true));
  const deadline = Date.now() + 15_000;
  while (!settled) {
    if (Date.now() > deadline) throw new Error(`the quick input was not answered by ${quickInputCommand}`);
    await vscode.commands.executeCommand(quickInputCommand);
    await Promise.race([result.catch(() => undefined), new Promise((resolve) => setTimeout(resolve, 150))]);
  }
  return result;
}

function settleAnimations(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 600));
}

describe('the fact-checking desk', () => {
  let api: TranscriptAnnotatorApi;
  let editor: vscode.TextEditor;

  function offsetOf(text: string): number {
    const offset = editor.document.getText().indexOf(text);
    assert.ok(offset >= 0, `"${text}" is not in the document`);
    return offset;
  }

  function select(text: string): void {
    const offset = offsetOf(text);
    editor.selection = new vscode.Selection(editor.document.positionAt(offset), editor.document.positionAt(offset + text.length));
  }

  function cursorIn(text: string): vscode.Position {
    const position = editor.document.positionAt(offsetOf(text) + 3);
    editor.selection = new vscode.Selection(position, position);
    return position;
  }

  async function hoverOver(text: string): Promise<string> {
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, cursorIn(text));
    return hoverText(hovers).replace(/\\(.)/gu, '$1');
  }

  before(async () => {
    api = await activateExtension();
    await vscode.workspace.getConfiguration('workbench').update('reduceMotion', 'on', vscode.ConfigurationTarget.Global);
    writeFileSync(join(testWorkspacePath(), transcriptName), TRANSCRIPT);
    editor = await openWorkspaceFile(transcriptName);
    await waitFor(() => api.isEnabled(editor.document.uri) && api.decorations(editor.document.uri).turns.length > 0, { what: 'the subtitles to be analysed' });
    for (const sentence of [revenue, prices, jobs]) {
      select(sentence);
      await vscode.commands.executeCommand('transcriptAnnotator.tagFact');
    }
    await waitFor(() => [revenue, prices, jobs].every((sentence) => storedTag(sentence)), { what: 'three tags on disk' });
  });

  after(async () => {
    await vscode.workspace.getConfiguration('workbench').update('reduceMotion', undefined, vscode.ConfigurationTarget.Global);
    await vscode.workspace.getConfiguration('transcriptAnnotator').update('nextClaim.skipTagged', undefined, vscode.ConfigurationTarget.Global);
  });

  it('sets a verdict from the scale with the keyboard (the picker), and a typed one by argument', async () => {
    const keys = (vscode.extensions.getExtension(extensionId)!.packageJSON as { contributes: { keybindings: { command: string; key: string }[] } }).contributes.keybindings;
    assert.equal(keys.find((binding) => binding.command === 'transcriptAnnotator.setVerdict')?.key, 'ctrl+alt+v');
    cursorIn(jobs);
    // Enter takes the first step of the default scale: False, rated 1 of 5.
    await answering(vscode.commands.executeCommand('transcriptAnnotator.setVerdict'), 'workbench.action.acceptSelectedQuickOpenItem');
    await waitFor(() => storedTag(jobs)?.verdict?.label === 'False', { what: 'the picked verdict on disk' });
    assert.deepEqual(storedTag(jobs)!.verdict, { label: 'False', rating: { value: 1, best: 5 } });

    cursorIn(revenue);
    await vscode.commands.executeCommand('transcriptAnnotator.setVerdict', undefined, '2/5 Mostly false');
    await waitFor(() => storedTag(revenue)?.verdict, { what: 'the verdict on disk' });
    assert.deepEqual(storedTag(revenue)!.verdict, { label: 'Mostly false', rating: { value: 2, best: 5 } });
  });

  it('adds an http(s) source and refuses any other address without storing it', async () => {
    cursorIn(revenue);
    const refused = await vscode.commands.executeCommand('transcriptAnnotator.addSource', undefined, { url: 'javascript:alert(1)', title: 'click' });
    assert.equal(refused, undefined);
    assert.match(api.shownMessages().at(-1)?.text ?? '', /http:\/\/ or https:\/\//u);
    await vscode.commands.executeCommand('transcriptAnnotator.addSource', undefined, { url: 'https://example.org/annual-report-2025.pdf', title: 'Annual report 2025', quote: 'Revenue: 41.2 billion' });
    await waitFor(() => storedTag(revenue)?.sources?.length, { what: 'the source on disk' });
    assert.deepEqual(storedTag(revenue)!.sources, [{ url: 'https://example.org/annual-report-2025.pdf', title: 'Annual report 2025', quote: 'Revenue: 41.2 billion' }]);
  });

  it('sets the status with who set it, and Next Unchecked Statement skips what is checked', async () => {
    cursorIn(revenue);
    await vscode.commands.executeCommand('transcriptAnnotator.setStatus', undefined, 'Checked');
    cursorIn(jobs);
    await vscode.commands.executeCommand('transcriptAnnotator.setStatus', undefined, 'Checking');
    await waitFor(() => storedTag(revenue)?.status && storedTag(jobs)?.status, { what: 'the statuses on disk' });
    assert.equal(storedTag(revenue)!.status!.value, 'Checked');
    assert.equal(storedTag(revenue)!.status!.by, TEST_AUTHOR);
    assert.ok(!Number.isNaN(Date.parse(storedTag(revenue)!.status!.at)));

    editor.selection = new vscode.Selection(0, 0, 0, 0);
    // From the top: the revenue claim is checked, so the prices claim (no status) is next, then jobs (Checking).
    await vscode.commands.executeCommand('transcriptAnnotator.nextUnchecked');
    assert.equal(editor.document.getText(editor.selection), prices);
    await vscode.commands.executeCommand('transcriptAnnotator.nextUnchecked');
    assert.equal(editor.document.getText(editor.selection), jobs);
    await vscode.commands.executeCommand('transcriptAnnotator.nextUnchecked');
    assert.equal(editor.document.getText(editor.selection), prices);
  });

  it('Undo Last Tagging puts back the previous status as it was, with who set it and when', async () => {
    const before = storedTag(revenue)!.status;
    cursorIn(revenue);
    await vscode.commands.executeCommand('transcriptAnnotator.setStatus', undefined, 'Published');
    await waitFor(() => storedTag(revenue)?.status?.value === 'Published', { what: 'Published on disk' });
    assert.equal(await vscode.commands.executeCommand('transcriptAnnotator.undoLastTagging'), true);
    await waitFor(() => storedTag(revenue)?.status?.value === 'Checked', { what: 'Checked back on disk' });
    assert.deepEqual(storedTag(revenue)!.status, before);
  });

  it('shows the time, verdict, status and a clickable source in the hover, with links to the desk commands', async function () {
    const text = await hoverOver(revenue);
    assert.match(text, /00:01:23/u);
    assert.match(text, /Verdict: Mostly false \(2\/5\)/u);
    assert.match(text, new RegExp(`Status: Checked \\(set by ${TEST_AUTHOR}, `, 'u'));
    assert.match(text, /\[Annual report 2025\]\(https:\/\/example\.org\/annual-report-2025\.pdf\)/u);
    assert.match(text, /command:transcriptAnnotator\.setVerdict\?/u);
    assert.match(text, /command:transcriptAnnotator\.addSource\?/u);
    if (!screenshotsSupported()) this.skip();
    await vscode.window.showTextDocument(editor.document);
    await vscode.commands.executeCommand('notifications.clearAll');
    cursorIn(revenue);
    await vscode.commands.executeCommand('editor.action.showHover');
    if (domQueriesSupported()) await waitFor(async () => (await queryDom('.monaco-hover-content'))?.some((hover) => /Mostly false/u.test(hover.text)), { what: 'the hover with the verdict' });
    await settleAnimations();
    await takeScreenshot('desk-verdict');
    await vscode.commands.executeCommand('editor.action.hideHover');
  });

  it('shows each tag’s time, verdict and status in the Annotations view', async function () {
    const leaves = api.annotationsTree().flatMap((group) => group.children.map((leaf) => leaf.annotation));
    const revenueTag = leaves.find((annotation) => annotation.exact === revenue);
    assert.equal(revenueTag?.verdict?.label, 'Mostly false');
    assert.equal(revenueTag?.checkStatus?.value, 'Checked');
    if (!domQueriesSupported()) this.skip();
    await vscode.commands.executeCommand('workbench.view.extension.transcriptAnnotator');
    // A wider sidebar, so the rows' times, verdicts and statuses are readable in the picture.
    await vscode.window.showTextDocument(editor.document);
    for (let i = 0; i < 8; i++) await vscode.commands.executeCommand('workbench.action.decreaseViewWidth');
    await vscode.commands.executeCommand('transcriptAnnotator.annotations.focus');
    const rows = await waitFor(async () => {
      const found = await queryDom('.monaco-tl-contents');
      return found?.some((row) => row.text.includes('00:01:23')) ? found : undefined;
    }, { what: 'the Annotations rows with times' });
    // The Topics view lists the statement too; the Annotations row is the one with the time.
    const revenueRow = rows.find((row) => row.text.includes('Our revenue') && row.text.includes('00:01:23'));
    assert.match(revenueRow?.text ?? '', /00:01:23.*Integration Tester.*Mostly false \(2\/5\).*Checked/u);
    assert.ok(rows.some((row) => row.text.includes('00:03:05') && row.text.includes('Checking')));
    if (!screenshotsSupported()) return;
    await vscode.window.showTextDocument(editor.document);
    await vscode.commands.executeCommand('notifications.clearAll');
    cursorIn(jobs);
    await vscode.commands.executeCommand('editor.action.showHover');
    if (domQueriesSupported()) await waitFor(async () => (await queryDom('.monaco-hover-content'))?.some((hover) => /00:03:05/u.test(hover.text)), { what: 'the hover with the time' });
    await settleAnimations();
    await takeScreenshot('desk-timecodes');
    await vscode.commands.executeCommand('editor.action.hideHover');
    for (let i = 0; i < 8; i++) await vscode.commands.executeCommand('workbench.action.increaseViewWidth');
  });

  it('Next Claim skips statements that already have a tag, by argument or by the setting', async () => {
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await vscode.commands.executeCommand('transcriptAnnotator.nextClaim', { skipTagged: true });
    assert.equal(editor.document.getText(editor.selection), exports);
    await vscode.workspace.getConfiguration('transcriptAnnotator').update('nextClaim.skipTagged', true, vscode.ConfigurationTarget.Global);
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await vscode.commands.executeCommand('transcriptAnnotator.nextClaim');
    assert.equal(editor.document.getText(editor.selection), exports);
    // Without skipping, Next Claim stops at tagged statements too.
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await vscode.commands.executeCommand('transcriptAnnotator.nextClaim', { skipTagged: false });
    assert.equal(editor.document.getText(editor.selection), revenue);
  });
});
