// The first edit of a clean transcript (after an open or a save) arrives with the document still clean,
// as a reload from disk does: the annotation sessions must follow the one and re-anchor after the other.
import * as assert from 'node:assert/strict';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import type { TranscriptAnnotatorApi } from '../../../src/vscode/api';
import { openAndTagForecast, testWorkspacePath, waitFor } from './helpers';

const copyName = 'first-keystroke.txt';
const quote = '明年很可能會再擴建兩座工廠。';
// Its own text: other suites change the sample on disk.
const transcript = [
  '林雅婷：今年的營收如何？',
  '',
  '陳立文：',
  '謝謝邀請。據公司年報，我們去年營收達到420億元，比前年增長了18%。',
  `我預計下半年的需求會更強，${quote}`,
  '',
  '林雅婷：有人擔心產能過剩。',
  '陳立文：我認為這種擔心是多餘的。我們的客戶非常優秀。',
  '',
].join('\n');

describe('the first keystroke after an open or a save', () => {
  let api: TranscriptAnnotatorApi;
  let editor: vscode.TextEditor;
  let tagId: string;

  function tagNow(): { status: string; text: string } {
    const tag = api.annotations(editor.document.uri).find((a) => a.id === tagId);
    assert.ok(tag?.span, 'the tag has no place');
    return { status: tag.status, text: editor.document.getText().slice(tag.span.start, tag.span.end) };
  }

  /** Types `typed` inside the tag, `at` characters from its start, and waits for the tag to take it in or lose it. */
  async function typeInsideTag(at: number, typed: string): Promise<{ status: string; text: string }> {
    const before = tagNow().text;
    const tagStart = api.annotations(editor.document.uri).find((a) => a.id === tagId)!.span!.start;
    assert.equal(editor.document.isDirty, false, 'the keystroke is not the first of a clean document');
    await editor.edit((edit) => edit.insert(editor.document.positionAt(tagStart + at), typed));
    return waitFor(() => {
      const now = tagNow();
      return (now.text !== before || now.status !== 'anchored') && now;
    }, { what: 'the tag to follow the keystroke' });
  }

  before(async () => {
    ({ api, editor, tagId } = await openAndTagForecast(copyName, transcript, quote));
    assert.deepEqual(tagNow(), { status: 'anchored', text: quote });
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const name of [copyName, `${copyName}.annotations.json`]) rmSync(join(testWorkspacePath(), name), { force: true });
  });

  it('after an open, is followed as an edit: typing inside a tag keeps it anchored around the typed text', async () => {
    const tag = await typeInsideTag(4, '將');
    assert.deepEqual(tag, { status: 'anchored', text: '明年很可將能會再擴建兩座工廠。' });
  });

  it('after a save, is followed as an edit too', async () => {
    assert.ok(await editor.document.save());
    const tag = await typeInsideTag(2, '或許');
    assert.deepEqual(tag, { status: 'anchored', text: '明年或許很可將能會再擴建兩座工廠。' });
  });

  it('while a change on disk to a clean transcript still re-anchors the tag: fuzzy when its text changed there', async () => {
    assert.ok(await editor.document.save());
    const path = join(testWorkspacePath(), copyName);
    const saved = readFileSync(path, 'utf8');
    assert.ok(saved.includes('明年或許很可將能會再擴建兩座工廠。'));
    writeFileSync(path, `編者按：本文經受訪者審閱。\n\n${saved.replace('可將能', '可能')}`);
    await waitFor(() => editor.document.getText().startsWith('編者按'), { what: 'the editor to reload the changed file' });
    // Followed as an edit, the tag would stay anchored over the changed words; re-anchored, it is fuzzy.
    const tag = await waitFor(() => tagNow().status === 'fuzzy' && tagNow(), { what: 'the re-anchored tag' });
    assert.equal(tag.text, '明年或許很可能會再擴建兩座工廠。');
    assert.equal(editor.document.isDirty, false);
  });
});
