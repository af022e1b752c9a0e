// The desk queue in a real VS Code: every tag still to check across transcripts that are not open, read
// from their sidecars; a sidecar written on disk appears through the watcher; a closed transcript whose text
// changed gets its fuzzy and orphaned tags in the Problems panel, which the editor's own take over on opening.
import * as assert from 'node:assert/strict';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import type { QueueItem } from '../../../src/core/queue/queue';
import { createAnnotation } from '../../../src/core/sidecar/annotations';
import { encodeSidecar } from '../../../src/core/sidecar/codec';
import { emptySidecar, sidecarPathFor, type Annotation } from '../../../src/core/sidecar/model';
import type { TranscriptAnnotatorApi } from '../../../src/vscode/api';
import { activateExtension, domQueriesSupported, queryDom, screenshotsSupported, takeScreenshot, testWorkspacePath, waitFor, workspaceUri } from './helpers';

const FOLDER = 'desk-queue';

const budget = [
  '主持人：請談談今年的預算。',
  '王立委：今年的國防預算增加了百分之十五，總額達到五千億元。我認為這樣的增幅非常合理。',
  '主持人：明年呢？',
  '王立委：明年預算很可能會繼續成長，預計突破五千五百億元。',
  '',
].join('\n');

const energy = [
  'HOST: Where does the power come from?',
  'DR. LEE: Coal supplied 42 percent of the island\'s electricity in 2023, down from 46 percent in 2022.',
  'DR. LEE: I think the new offshore wind farms will change everything by 2030.',
  '',
].join('\n');

const water = [
  '記者：水庫的情況如何？',
  '李處長：目前全台水庫的平均蓄水率只有百分之三十二，比去年同期低了十個百分點。',
  '李處長：如果五月梅雨不來，中部地區恐怕要限水。',
  '',
].join('\n');

interface Tag {
  readonly quote: string;
  readonly kind: Annotation['kind'];
  readonly author?: string;
  readonly status?: string;
  readonly verdict?: string;
  readonly speaker?: string;
}

function tagsOn(text: string, tags: readonly Tag[]): Annotation[] {
  return tags.map((tag, i) => {
    const start = text.indexOf(tag.quote);
    assert.ok(start >= 0, tag.quote);
    const annotation = createAnnotation({ text, span: { start, end: start + tag.quote.length }, kind: tag.kind, author: tag.author ?? 'ann', speaker: tag.speaker ?? null, now: new Date(Date.UTC(2026, 10, 20, 8, 0, i)) });
    return {
      ...annotation,
      ...(tag.status ? { status: { value: tag.status, by: 'ann', at: annotation.created } } : {}),
      ...(tag.verdict ? { verdict: { label: tag.verdict } } : {}),
    };
  });
}

function write(name: string, text: string, tags: readonly Tag[]): Annotation[] {
  const path = join(testWorkspacePath(), FOLDER, name);
  const annotations = tagsOn(text, tags);
  writeFileSync(path, text);
  writeFileSync(sidecarPathFor(path), encodeSidecar({ ...emptySidecar(), annotations }));
  return annotations;
}

function ours(api: TranscriptAnnotatorApi): QueueItem[] {
  return api.queue().groups.flatMap((group) => group.items).filter((item) => item.fileLabel.startsWith(`${FOLDER}/`));
}

const problemsOf = (name: string): vscode.Diagnostic[] => vscode.languages.getDiagnostics(workspaceUri(`${FOLDER}/${name}`)).filter((d) => d.source === 'Transcript Annotator');

describe('the desk queue across closed transcripts', () => {
  let api: TranscriptAnnotatorApi;
  let budgetTags: Annotation[];

  before(async () => {
    api = await activateExtension();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    mkdirSync(join(testWorkspacePath(), FOLDER), { recursive: true });
    budgetTags = write('budget.txt', budget, [
      { quote: '今年的國防預算增加了百分之十五，總額達到五千億元', kind: 'fact', speaker: '王立委', status: 'Checking', verdict: 'Mostly true' },
      { quote: '我認為這樣的增幅非常合理', kind: 'opinion', speaker: '王立委', author: 'ben' },
      { quote: '明年預算很可能會繼續成長，預計突破五千五百億元', kind: 'forecast', speaker: '王立委', status: 'Published', verdict: 'Unproven' },
    ]);
    write('energy.txt', energy, [
      { quote: "Coal supplied 42 percent of the island's electricity in 2023", kind: 'fact', speaker: 'DR. LEE', author: 'ben', verdict: 'False' },
      { quote: 'I think the new offshore wind farms will change everything by 2030', kind: 'opinion', speaker: 'DR. LEE' },
    ]);
    await vscode.commands.executeCommand('transcriptAnnotator.queue.groupBy', 'file');
    await vscode.commands.executeCommand('transcriptAnnotator.queue.refresh');
    await api.queueSettled();
  });

  after(async () => {
    await vscode.commands.executeCommand('transcriptAnnotator.queue.clearFilter');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    rmSync(join(testWorkspacePath(), FOLDER), { recursive: true, force: true });
  });

  it('lists the tags still to check of transcripts that are not open, by file', async () => {
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.path.includes(`/${FOLDER}/`)), 'the transcripts are closed');
    const groups = api.queue().groups.filter((group) => group.key?.startsWith(`${FOLDER}/`));
    assert.deepEqual(groups.map((g) => [g.label, g.items.length]), [[`${FOLDER}/budget.txt`, 2], [`${FOLDER}/energy.txt`, 2]], 'the published tag has left the queue');
    const fact = ours(api).find((item) => item.kind === 'fact' && item.fileLabel.endsWith('budget.txt'))!;
    assert.equal(fact.status, 'Checking');
    assert.equal(fact.verdict, 'Mostly true');
    assert.equal(fact.anchor, 'anchored', 'closed transcripts are checked in the background');
  });

  it('groups by kind, status, verdict, speaker and author', async () => {
    const keys = async (grouping: string): Promise<(string | undefined)[]> => {
      await vscode.commands.executeCommand('transcriptAnnotator.queue.groupBy', grouping);
      return api.queue().groups.filter((g) => g.items.some((i) => i.fileLabel.startsWith(`${FOLDER}/`))).map((g) => g.key);
    };
    assert.deepEqual(await keys('kind'), ['fact', 'opinion']);
    assert.deepEqual((await keys('status')).filter((k) => k === 'To check' || k === 'Checking'), ['To check', 'Checking']);
    assert.deepEqual((await keys('verdict')).filter((k) => k !== undefined), ['False', 'Mostly true']);
    assert.ok((await keys('speaker')).includes('王立委'));
    assert.ok((await keys('author')).includes('ben'));
    await vscode.commands.executeCommand('transcriptAnnotator.queue.groupBy', 'file');
  });

  it('filters by words and field conditions, and clears the filter', async () => {
    await vscode.commands.executeCommand('transcriptAnnotator.queue.filter', 'kind:fact 国防');
    assert.deepEqual(ours(api).map((i) => i.exact), ['今年的國防預算增加了百分之十五，總額達到五千億元']);
    await vscode.commands.executeCommand('transcriptAnnotator.queue.filter', 'author:ben');
    assert.deepEqual(ours(api).map((i) => i.kind).sort(), ['fact', 'opinion']);
    await vscode.commands.executeCommand('transcriptAnnotator.queue.filter', 'no-such-words');
    assert.equal(ours(api).length, 0);
    assert.match(api.queue().message ?? '', /no-such-words/u);
    await vscode.commands.executeCommand('transcriptAnnotator.queue.clearFilter');
    assert.equal(ours(api).length, 4);
  });

  it('shows a sidecar written on disk without a refresh (file watcher)', async () => {
    write('water.txt', water, [{ quote: '目前全台水庫的平均蓄水率只有百分之三十二', kind: 'fact', speaker: '李處長' }]);
    const item = await waitFor(() => ours(api).find((i) => i.fileLabel === `${FOLDER}/water.txt`), { what: 'the new sidecar in the queue' });
    assert.equal(item.exact, '目前全台水庫的平均蓄水率只有百分之三十二');
  });

  it('reports fuzzy and orphaned tags of a closed transcript whose text changed in the Problems panel', async () => {
    const changed = budget.replace('我認為這樣的增幅非常合理。', '').replace('總額達到五千億元', '總額達到五千一百億元');
    writeFileSync(join(testWorkspacePath(), FOLDER, 'budget.txt'), changed);
    const problems = await waitFor(() => (problemsOf('budget.txt').length === 2 ? problemsOf('budget.txt') : undefined), { what: 'two problems on budget.txt' });
    const fuzzy = problems.find((d) => d.code === 'fuzzy-tag')!;
    const orphaned = problems.find((d) => d.code === 'orphaned-tag')!;
    assert.equal(fuzzy.severity, vscode.DiagnosticSeverity.Warning);
    assert.match(fuzzy.message, /moved with the text and needs review/u);
    assert.equal(fuzzy.range.start.line, 1);
    assert.equal(fuzzy.range.start.character, changed.split('\n')[1]!.indexOf('今年的國防預算'));
    assert.equal(orphaned.severity, vscode.DiagnosticSeverity.Error);
    assert.match(orphaned.message, /我認為這樣的增幅非常合理/u);
    assert.equal(orphaned.range.start.line, 1, 'an orphan is shown on the line it was stored at');
    const badge = ours(api).filter((i) => i.anchor === 'fuzzy' || i.anchor === 'orphaned').length;
    assert.equal(badge, 2);
    if (screenshotsSupported()) {
      await vscode.commands.executeCommand('transcriptAnnotator.queue.focus');
      await vscode.commands.executeCommand('workbench.actions.view.problems');
      if (domQueriesSupported()) await waitFor(async () => (await queryDom('.monaco-tl-contents'))?.some((row) => row.text.includes('我認為這樣的增幅')), { what: 'the queue and problem rows' });
      await vscode.commands.executeCommand('transcriptAnnotator.queue.focus');
      // The queue alone in a wider sidebar, so that the items' descriptions are readable in the picture.
      const others = ['transcriptAnnotator.topics', 'transcriptAnnotator.speakers', 'transcriptAnnotator.annotations'];
      for (const view of others) await vscode.commands.executeCommand(`${view}.toggleVisibility`);
      // The resize commands act on the editor area, which the sidebar gives way to.
      for (let i = 0; i < 5; i++) await vscode.commands.executeCommand('workbench.action.decreaseViewWidth');
      await vscode.commands.executeCommand('notifications.clearAll');
      try {
        await takeScreenshot('desk-queue');
      } finally {
        for (let i = 0; i < 5; i++) await vscode.commands.executeCommand('workbench.action.increaseViewWidth');
        for (const view of others) await vscode.commands.executeCommand(`${view}.toggleVisibility`);
      }
    }
  });

  it('opens a queued tag in its transcript, whose editor then reports the tag’s problems in place of the queue', async () => {
    const uri = workspaceUri(`${FOLDER}/budget.txt`);
    const orphan = budgetTags[1]!;
    const fact = ours(api).find((item) => item.id === budgetTags[0]!.id)!;
    await vscode.commands.executeCommand('transcriptAnnotator.queue.openItem', fact.transcript, fact.id, fact.start, fact.end);
    const editor = await waitFor(() => (vscode.window.activeTextEditor?.document.uri.toString() === uri.toString() ? vscode.window.activeTextEditor : undefined), { what: 'the transcript in an editor' });
    await waitFor(() => editor.document.getText(editor.selection).startsWith('今年的國防預算'), { what: 'the tag selected' });
    // The editor reports the same two tags: once, not once per collection.
    await waitFor(() => api.diagnostics(uri).length === 2, { what: 'the editor’s diagnostics' });
    assert.equal(problemsOf('budget.txt').length, 2);
    assert.ok(api.diagnostics(uri).some((d) => d.message.includes(orphan.target.exact)));
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('forgets a transcript’s tags and problems when its sidecar is deleted', async () => {
    rmSync(sidecarPathFor(join(testWorkspacePath(), FOLDER, 'budget.txt')));
    await waitFor(() => !ours(api).some((i) => i.fileLabel.endsWith('budget.txt')), { what: 'the budget tags to leave the queue' });
    await waitFor(() => problemsOf('budget.txt').length === 0, { what: 'the problems to go' });
  });
});
