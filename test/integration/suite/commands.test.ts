// The contributed commands that act on one tag, move between claims, reload or reveal, and change speakers,
// run in a real VS Code on a copy of the sample (its own sidecar, so other suites are not disturbed).
import * as assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import type { AnnotationView } from '../../../src/presentation/annotationView';
import type { TranscriptAnnotatorApi } from '../../../src/vscode/api';
import { activateExtension, openSampleCopy, openWorkspaceFile, readJsonFile, testWorkspacePath, waitFor } from './helpers';

const copyName = 'commands.txt';
const forecastQuote = '明年很可能會再擴建兩座工廠。';

interface StoredSidecar {
  speakerAliases: Record<string, string>;
  annotations: { id: string; kind: string; note?: string; target: { exact: string } }[];
}

function sidecarPath(): string {
  return join(testWorkspacePath(), `${copyName}.annotations.json`);
}

function readSidecar(): StoredSidecar | undefined {
  return readJsonFile<StoredSidecar>(sidecarPath());
}

describe('the tag, navigation, reload, reveal and speaker commands', () => {
  let api: TranscriptAnnotatorApi;
  let editor: vscode.TextEditor;

  before(async () => {
    api = await activateExtension();
    editor = await openSampleCopy(copyName);
    await waitFor(() => api.decorations(editor.document.uri).suggested.length > 2, { what: 'suggested claims in the copy' });
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  async function tagForecast(): Promise<AnnotationView> {
    await vscode.window.showTextDocument(editor.document);
    const start = editor.document.getText().indexOf(forecastQuote);
    editor.selection = new vscode.Selection(editor.document.positionAt(start), editor.document.positionAt(start + forecastQuote.length));
    const tagged = await vscode.commands.executeCommand<AnnotationView>('transcriptAnnotator.tagForecast');
    assert.ok(tagged, 'tagging returned nothing');
    await waitFor(() => readSidecar()?.annotations.some((a) => a.id === tagged.id), { what: 'the tag on disk' });
    return tagged;
  }

  it('Edit Note sets a tag’s note by id, and clears it from a hover link (the tag’s offset)', async () => {
    const tag = await tagForecast();
    const noted = await vscode.commands.executeCommand<AnnotationView>('transcriptAnnotator.editNote', tag.id, 'Check against the 2025 annual report.');
    assert.equal(noted?.note, 'Check against the 2025 annual report.');
    await waitFor(() => readSidecar()?.annotations.find((a) => a.id === tag.id && a.note === 'Check against the 2025 annual report.'), { what: 'the note on disk' });
    editor.selection = new vscode.Selection(0, 0, 0, 0); // the link names the tag; the cursor is elsewhere
    const cleared = await vscode.commands.executeCommand<AnnotationView>('transcriptAnnotator.editNote', { offset: tag.span!.start }, '  ');
    assert.equal(cleared?.id, tag.id);
    assert.equal(cleared?.note, undefined);
    await waitFor(() => readSidecar()?.annotations.find((a) => a.id === tag.id && a.note === undefined), { what: 'the note gone from disk' });
  });

  it('Remove Tag removes the tag named by a hover link, and only that one', async () => {
    const tag = api.annotations(editor.document.uri).find((a) => a.exact === forecastQuote);
    assert.ok(tag?.span);
    const before = api.annotations(editor.document.uri).length;
    const removed = await vscode.commands.executeCommand<AnnotationView>('transcriptAnnotator.removeTag', { offset: tag.span.start });
    assert.equal(removed?.id, tag.id);
    await waitFor(() => readSidecar() && !readSidecar()!.annotations.some((a) => a.id === tag.id), { what: 'the tag gone from disk' });
    assert.equal(api.annotations(editor.document.uri).length, before - 1);
  });

  it('Next Claim and Previous Claim select the following and preceding claims, wrapping around', async () => {
    await vscode.window.showTextDocument(editor.document);
    const document = editor.document;
    const starts = [...new Set(api.decorations(document.uri).suggested.map((claim) => document.offsetAt(claim.range.start)))].sort((a, b) => a - b);
    assert.ok(starts.length >= 3, `only ${starts.length} claims`);
    const selectedStart = (): number => document.offsetAt(vscode.window.activeTextEditor!.selection.start);

    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await vscode.commands.executeCommand('transcriptAnnotator.nextClaim');
    assert.equal(selectedStart(), starts.find((start) => start > 0));
    assert.ok(!vscode.window.activeTextEditor!.selection.isEmpty, 'the claim is not selected');
    await vscode.commands.executeCommand('transcriptAnnotator.nextClaim');
    assert.equal(selectedStart(), starts.filter((start) => start > 0)[1]);
    await vscode.commands.executeCommand('transcriptAnnotator.previousClaim');
    assert.equal(selectedStart(), starts.find((start) => start > 0));

    editor.selection = new vscode.Selection(document.positionAt(starts[0]!), document.positionAt(starts[0]!));
    await vscode.commands.executeCommand('transcriptAnnotator.previousClaim');
    assert.equal(selectedStart(), starts[starts.length - 1], 'Previous Claim does not wrap to the last claim');
  });

  it('Reload Annotations from Disk takes in a change made to the sidecar outside the editor', async () => {
    const tag = await tagForecast();
    const stored = readSidecar()!;
    for (const annotation of stored.annotations) if (annotation.id === tag.id) annotation.note = 'edited by a colleague';
    writeFileSync(sidecarPath(), `${JSON.stringify(stored, null, 2)}\n`);
    await vscode.commands.executeCommand('transcriptAnnotator.reloadSidecar');
    // Right after the command, not eventually: the file watcher may be slower.
    assert.equal(api.annotations(editor.document.uri).find((a) => a.id === tag.id)?.note, 'edited by a colleague');
  });

  it('Reveal opens the document and selects the span it is given (what tree items run)', async () => {
    const other = await openWorkspaceFile('interview-zh-Hant.txt');
    assert.notEqual(vscode.window.activeTextEditor?.document.uri.toString(), editor.document.uri.toString());
    const start = editor.document.getText().indexOf(forecastQuote);
    await vscode.commands.executeCommand('transcriptAnnotator.reveal', editor.document.uri, start, start + forecastQuote.length);
    const active = vscode.window.activeTextEditor;
    assert.equal(active?.document.uri.toString(), editor.document.uri.toString());
    assert.equal(active.document.getText(active.selection), forecastQuote);
    assert.notEqual(other.document.uri.toString(), active.document.uri.toString());
  });

  it('Merge Speaker into… stores an alias, and Remove Alias takes it back', async () => {
    await vscode.window.showTextDocument(editor.document);
    await waitFor(() => api.speakersTree().some((speaker) => speaker.name === '林雅婷'), { what: 'the Speakers view of the copy' });
    await vscode.commands.executeCommand('transcriptAnnotator.speakers.merge', '林雅婷', '陳立文');
    await waitFor(() => readSidecar()?.speakerAliases['林雅婷'] === '陳立文', { what: 'the alias on disk' });
    // Aliases come from the sidecar at once, turns from the next analysis: wait for both together.
    const merged = await waitFor(
      () => {
        const tree = api.speakersTree();
        const target = tree.find((speaker) => speaker.name === '陳立文' && speaker.aliases.includes('林雅婷'));
        return target && !tree.some((speaker) => speaker.name === '林雅婷') ? target : undefined;
      },
      { what: 'the merged speaker, with no 林雅婷 of its own' },
    );
    assert.ok(merged.children.length > 0);

    await vscode.commands.executeCommand('transcriptAnnotator.speakers.removeAlias', '陳立文');
    await waitFor(() => readSidecar() && readSidecar()!.speakerAliases['林雅婷'] === undefined, { what: 'the alias gone from disk' });
    await waitFor(() => api.speakersTree().some((speaker) => speaker.name === '林雅婷'), { what: 'the speaker back on its own' });
  });
});
