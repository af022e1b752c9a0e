// The Topics and Speakers views of a large transcript, in a real VS Code: topics open collapsed, a speaker's
// many turns come in buckets, and an edit keeps the ids of the rows it did not change. Screenshot of the
// sidebar with a speaker and a bucket opened: test-results/screenshots/sidebar-large.png.
import * as assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { BUCKET_SIZE } from '../../../src/presentation/lazyTree';
import { EXPANDED_TOPICS_LIMIT } from '../../../src/presentation/topicsTree';
import type { TranscriptAnnotatorApi } from '../../../src/vscode/api';
import { generateTranscript } from '../../bench/generateTranscript';
import { activateExtension, domQueriesSupported, openWorkspaceFile, queryDom, takeScreenshot, testWorkspacePath, waitFor } from './helpers';

const fileName = 'sidebar-large.transcript';

describe('the sidebar with a large transcript', function () {
  this.timeout(120_000);
  let api: TranscriptAnnotatorApi;
  let editor: vscode.TextEditor;

  before(async () => {
    api = await activateExtension();
    // About 0.6 million characters: several hundred topics, and speakers with more than BUCKET_SIZE turns.
    writeFileSync(join(testWorkspacePath(), fileName), generateTranscript(1_000_000));
    editor = await openWorkspaceFile(fileName);
    await vscode.commands.executeCommand('workbench.view.extension.transcriptAnnotator');
    await waitFor(() => api.topicsTree().length > EXPANDED_TOPICS_LIMIT && api.speakersTree().some((speaker) => speaker.turnCount > BUCKET_SIZE), {
      what: 'the large transcript in both views',
      timeoutMs: 60_000,
    });
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    rmSync(join(testWorkspacePath(), fileName), { force: true });
    rmSync(join(testWorkspacePath(), `${fileName}.annotations.json`), { force: true });
  });

  it('opens topics collapsed and puts a speaker’s many turns in buckets', async () => {
    const topics = api.topicsTree();
    assert.ok(topics.every((topic) => !topic.startsExpanded));
    const speaker = api.speakersTree().find((node) => node.turnCount > BUCKET_SIZE)!;
    const buckets = speaker.children.map((child) => (child.type === 'bucket' ? [child.first, child.last] : child.type));
    assert.deepEqual(buckets[0], [1, BUCKET_SIZE]);
    assert.equal(buckets.at(-1)![1], speaker.turnCount);
    if (domQueriesSupported()) {
      const title = topics[1]!.title!;
      // Earlier suites may leave the Speakers view collapsed; both views draw on their own schedule, so
      // show both and wait for the topic row and the speaker row together.
      await vscode.commands.executeCommand('transcriptAnnotator.speakers.focus');
      await vscode.commands.executeCommand('transcriptAnnotator.topics.focus');
      const rows = await waitFor(
        async () => {
          const found = await queryDom('.monaco-tl-contents');
          return found?.some((row) => row.text.includes(title)) && found.some((row) => row.text.includes(`${speaker.turnCount}`)) ? found : undefined;
        },
        { what: `the topic row ${title} and a speaker row with ${speaker.turnCount} turns` },
      );
      assert.ok(rows.some((row) => row.text.includes(`${speaker.turnCount}`)), 'a speaker row with its turn count');
    }
    // Open the first speaker and its first bucket, as a user would, for the screenshot.
    await vscode.commands.executeCommand('transcriptAnnotator.speakers.focus');
    for (const command of ['list.focusFirst', 'list.expand', 'list.focusDown', 'list.expand']) {
      await vscode.commands.executeCommand(command);
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
    await takeScreenshot('sidebar-large');
  });

  it('keeps the ids of topics and turns an Enter did not change', async () => {
    const topicIds = api.topicsTree().map((topic) => topic.id);
    const speaker = api.speakersTree()[0]!;
    const lastBucket = speaker.children.at(-1)!;
    const turnIds = (lastBucket.type === 'bucket' ? lastBucket.children : [lastBucket]).map((turn) => turn.id);
    // A blank line at the top: every row moves down, none changes.
    assert.ok(await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), '\n')));
    const version = editor.document.version;
    await waitFor(() => ((api.decoratedVersion(editor.document.uri) ?? -1) >= version ? true : undefined), { what: 'the edit analysed', timeoutMs: 60_000 });
    assert.deepEqual(
      api.topicsTree().map((topic) => topic.id),
      topicIds,
    );
    const after = api.speakersTree()[0]!.children.at(-1)!;
    assert.deepEqual((after.type === 'bucket' ? after.children : [after]).map((turn) => turn.id), turnIds);
  });
});
