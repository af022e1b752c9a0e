// A clean transcript reloaded from disk with other line endings (LF ↔ CRLF): VS Code switches the document's
// end of line in an event of its own with no content change, so a text kept from the change events must
// not outlive it (documentTexts.ts).
import * as assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import type { TranscriptAnnotatorApi } from '../../../src/vscode/api';
import { openAndTagForecast, testWorkspacePath, waitFor } from './helpers';

const copyName = 'line-endings.txt';
const quote = '明年很可能會再擴建兩座工廠。';
const lines = [
  '林雅婷：今年的營收如何？',
  '',
  '陳立文：謝謝邀請。據公司年報，我們去年營收達到420億元，比前年增長了18%。',
  `我預計下半年的需求會更強，${quote}`,
  '',
  '林雅婷：有人擔心產能過剩。',
  '陳立文：我認為這種擔心是多餘的。我們的客戶非常優秀。',
  '',
];

describe('a reload from disk that changes the line endings', () => {
  let api: TranscriptAnnotatorApi;
  let editor: vscode.TextEditor;
  let tagId: string;

  function tagNow(): { status: string; text: string } | undefined {
    const tag = api.annotations(editor.document.uri).find((a) => a.id === tagId);
    return tag?.span ? { status: tag.status, text: editor.document.getText().slice(tag.span.start, tag.span.end) } : undefined;
  }

  /** The label ranges the turn decorations were drawn at, as the document's text there. */
  function labelTexts(): string[] {
    const shown = api.shownAnalysisDecorations(editor);
    return [...shown].filter(([layer]) => layer.startsWith('label ')).flatMap(([, ranges]) => ranges.map((r) => editor.document.getText(r))).sort();
  }

  before(async () => {
    ({ api, editor, tagId } = await openAndTagForecast(copyName, lines.join('\n'), quote));
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const name of [copyName, `${copyName}.annotations.json`]) rmSync(join(testWorkspacePath(), name), { force: true });
  });

  for (const [from, to, eol] of [['LF', 'CRLF', vscode.EndOfLine.CRLF], ['CRLF', 'LF', vscode.EndOfLine.LF]] as const) {
    it(`${from} → ${to}: the tag and the turns stay on their text, and a keystroke after it lands where it was typed`, async () => {
      assert.equal(editor.document.isDirty, false);
      writeFileSync(join(testWorkspacePath(), copyName), lines.join(to === 'CRLF' ? '\r\n' : '\n'));
      await waitFor(() => editor.document.eol === eol, { what: `the editor to reload the file with ${to}` });
      assert.deepEqual(await waitFor(() => tagNow()?.text === quote && tagNow(), { what: 'the tag on its quote after the reload', timeoutMs: 10_000 }), { status: 'anchored', text: quote });
      // Typing inside the tag, near the end of the document: a stale text puts the character lines further on.
      const at = editor.document.getText().indexOf(quote) + 2;
      await editor.edit((edit) => edit.insert(editor.document.positionAt(at), '將'));
      const typed = quote.slice(0, 2) + '將' + quote.slice(2);
      assert.deepEqual(await waitFor(() => tagNow()?.text === typed && tagNow(), { what: 'the tag to take the keystroke in', timeoutMs: 10_000 }), { status: 'anchored', text: typed });
      await waitFor(() => api.decoratedVersion(editor.document.uri) === editor.document.version, { what: 'the analysis of the edited text' });
      const labels = labelTexts();
      assert.equal(labels.length, 4, `labels drawn: ${labels.join(', ')}`);
      for (const label of labels) assert.match(label, /^(林雅婷|陳立文)/);
      // Back to the text on disk, so that the next reload is one.
      await editor.edit((edit) => edit.delete(new vscode.Range(editor.document.positionAt(at), editor.document.positionAt(at + 1))));
      assert.ok(await editor.document.save());
    });
  }
});
