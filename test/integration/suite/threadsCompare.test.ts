// Compare Annotators the way teams work, in a real VS Code: one sidecar against itself in an earlier commit
// (through the built-in Git extension), two authors within one sidecar, and a clear message without git.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
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
import { activateExtension, extensionId, openWorkspaceFile, screenshotsSupported, takeScreenshot, testWorkspacePath, waitFor } from './helpers';

const sampleName = 'interview-zh-Hant.txt';
const folder = 'history';
const copyName = `${folder}/history.txt`;

const fact1 = '據公司年報，我們去年營收達到420億元，比前年增長了18%。';
const forecast = '明年很可能會再擴建兩座工廠。';
const opinion = '我們的客戶非常優秀，這是一個明智的選擇。';

function sidecar(text: string, tags: readonly [string, ClaimKind, string][]): string {
  const annotations: Annotation[] = tags.map(([quote, kind, author], i) => {
    const start = text.indexOf(quote);
    assert.ok(start >= 0, quote);
    return { id: `${author}-${i}`, kind, author, created: '2026-11-01T00:00:00.000Z', modified: '2026-11-01T00:00:00.000Z', speaker: null, topic: null, target: quoteTarget(text, { start, end: start + quote.length }) };
  });
  return encodeSidecar({ version: SIDECAR_VERSION, speakerAliases: {}, annotations });
}

describe('comparing annotators across commits and authors', () => {
  let api: TranscriptAnnotatorApi;
  let editor: vscode.TextEditor;
  const repo = join(testWorkspacePath(), folder);
  const git = (...args: string[]): string =>
    execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd: repo, encoding: 'utf8' });

  before(async () => {
    api = await activateExtension();
    // The harness turns Git off for speed; these tests need the built-in Git extension's API.
    await vscode.workspace.getConfiguration('git').update('enabled', true, vscode.ConfigurationTarget.Global);
    const gitExtension = vscode.extensions.getExtension<{ getAPI(version: 1): unknown }>('vscode.git');
    assert.ok(gitExtension, 'the built-in Git extension is not installed');
    const exports = gitExtension.isActive ? gitExtension.exports : await gitExtension.activate();
    await waitFor(() => exports.getAPI(1), { what: 'the Git extension enabled' });
    // The sample as shipped: suites before this one may have edited the workspace's copy.
    const text = readFileSync(join(vscode.extensions.getExtension(extensionId)!.extensionPath, 'samples', sampleName), 'utf8');
    mkdirSync(repo, { recursive: true });
    writeFileSync(join(testWorkspacePath(), copyName), text);
    const sidecarFile = join(testWorkspacePath(), `${copyName}.annotations.json`);
    git('init', '-q');
    writeFileSync(sidecarFile, sidecar(text, [[fact1, 'fact', 'alice'], [forecast, 'forecast', 'alice']]));
    git('add', '.');
    git('commit', '-q', '-m', 'first tags');
    writeFileSync(sidecarFile, sidecar(text, [[fact1, 'fact', 'alice'], [forecast, 'opinion', 'alice'], [opinion, 'opinion', 'alice']]));
    git('commit', '-q', '-am', 'second thoughts');
    editor = await openWorkspaceFile(copyName);
    await waitFor(() => api.annotations(editor.document.uri).length === 3, { what: 'the three tags of the second commit' });
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.getConfiguration('git').update('enabled', undefined, vscode.ConfigurationTarget.Global);
  });

  it('compares the sidecar with itself in the commit before, through the Git extension', async () => {
    const result = await vscode.commands.executeCommand<AgreementResult | undefined>('transcriptAnnotator.compareAnnotators', { ref: 'HEAD~1' });
    assert.ok(result, `no report; messages: ${JSON.stringify(api.shownMessages().slice(-2))}`);
    assert.equal(result.view.counts.bothTagged, 2);
    assert.deepEqual(result.view.disagreements.map((row) => [row.kindA, row.kindB, row.quote]), [['opinion', 'forecast', forecast]]);
    assert.deepEqual(result.view.onlyA.map((row) => row.quote), [opinion]);
    assert.deepEqual(result.view.onlyB, []);
    const report = await vscode.workspace.openTextDocument(result.report);
    assert.ok(report.getText().includes('history.txt.annotations.json at HEAD~1') || report.getText().includes('HEAD~1'), 'the report names the commit');
    if (screenshotsSupported()) await takeScreenshot('desk-compare-commit');
    await vscode.window.showTextDocument(editor.document);
  });

  it('compares two authors within one sidecar', async () => {
    const text = editor.document.getText();
    writeFileSync(
      join(testWorkspacePath(), `${copyName}.annotations.json`),
      sidecar(text, [[fact1, 'fact', 'alice'], [forecast, 'opinion', 'alice'], [fact1, 'fact', 'bob'], [forecast, 'forecast', 'bob'], [opinion, 'fact', 'bob']]),
    );
    await waitFor(() => api.annotations(editor.document.uri).length === 5, { what: 'Bob’s tags beside Alice’s' });
    const result = await vscode.commands.executeCommand<AgreementResult | undefined>('transcriptAnnotator.compareAnnotators', { authors: ['alice', 'bob'] });
    assert.ok(result);
    assert.equal(result.view.counts.bothTagged, 2);
    assert.deepEqual(result.view.disagreements.map((row) => [row.kindA, row.kindB]), [['opinion', 'forecast']]);
    assert.deepEqual(result.view.onlyB.map((row) => [row.kind, row.quote]), [['fact', opinion]]);
    await vscode.window.showTextDocument(editor.document);
    const unknown = await vscode.commands.executeCommand<AgreementResult | undefined>('transcriptAnnotator.compareAnnotators', { authors: ['alice', 'carol'] });
    assert.equal(unknown, undefined);
    assert.match(api.shownMessages().at(-1)?.text ?? '', /alice, bob/u);
  });

  it('says so clearly when the file is not in a git repository, and when the commit does not have it', async () => {
    writeFileSync(join(testWorkspacePath(), 'outside.txt'), readFileSync(join(testWorkspacePath(), copyName), 'utf8'));
    const outside = await openWorkspaceFile('outside.txt');
    await waitFor(() => api.isEnabled(outside.document.uri), { what: 'the sample enabled' });
    const result = await vscode.commands.executeCommand<AgreementResult | undefined>('transcriptAnnotator.compareAnnotators', { ref: 'HEAD' });
    assert.equal(result, undefined);
    assert.match(api.shownMessages().at(-1)?.text ?? '', /not in a git repository|不在 git/u, JSON.stringify(api.shownMessages().slice(-2)));

    await vscode.window.showTextDocument(editor.document);
    // A branch whose commit has no files at all (the empty tree), without touching the working copy.
    const emptyCommit = git('commit-tree', '4b825dc642cb6eb9a060e54bf8d69288fbee4904', '-m', 'nothing').trim();
    git('branch', 'empty', emptyCommit);
    const missing = await vscode.commands.executeCommand<AgreementResult | undefined>('transcriptAnnotator.compareAnnotators', { ref: 'empty' });
    assert.equal(missing, undefined);
    assert.match(api.shownMessages().at(-1)?.text ?? '', /does not exist in empty|empty 中沒有/u);
  });
});
