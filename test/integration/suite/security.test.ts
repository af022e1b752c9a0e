// A shared annotations file (or transcript) written to attack the editor: command links in values, names,
// ids and repeated keys; Markdown that would rewrite a report; export paths outside the workspace. In a real
// VS Code, checked where the extension hands text to the UI (its recorded notifications, the hover's
// Markdown, the report) and, where the runner can read it, in the rendered workbench.
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import * as vscode from 'vscode';
import { quoteTarget } from '../../../src/core/anchoring/target';
import { encodeSidecar } from '../../../src/core/sidecar/codec';
import type { Annotation } from '../../../src/core/sidecar/model';
import { SIDECAR_VERSION } from '../../../src/core/sidecar/model';
import type { TranscriptAnnotatorApi } from '../../../src/vscode/api';
import type { AgreementResult } from '../../../src/vscode/commands/agreement';
import { activateExtension, domQueriesSupported, openWorkspaceFile, queryDom, testWorkspacePath, waitFor } from './helpers';

/** How VS Code finds links in notification text (vs/base/common/linkedText.ts). */
const NOTIFICATION_LINK = /\[([^\]]+)\]\(((?:https?:\/\/|command:|file:)[^)\s]+)(?: (["'])(.+?)(\3))?\)/iu;
const commandLink = '[Open the annotations file](command:workbench.action.closeAllEditors)';
const evidenceUrl = 'https://example.org/evidence';
const sample = (): string => readFileSync(join(testWorkspacePath(), 'interview-zh-Hant.txt'), 'utf8');
const fact = '據公司年報，我們去年營收達到420億元，比前年增長了18%。';
// Sentences the editor suite leaves as they are when it edits the sample on disk.
const otherFact = '據估計，去年全行業的人才缺口約為3萬人。';

function hostileAnnotation(text: string, quote: string, fields: Partial<Annotation>): Annotation {
  const start = text.indexOf(quote);
  assert.ok(start >= 0, quote);
  return {
    id: 'a1',
    kind: 'fact',
    author: 'alice',
    created: '2026-11-01T00:00:00.000Z',
    modified: '2026-11-01T00:00:00.000Z',
    speaker: null,
    topic: null,
    target: quoteTarget(text, { start, end: start + quote.length }),
    ...fields,
  };
}

/** Every link a Markdown string renders (VS Code renders hovers with HTML off). */
function renderedLinks(markdown: string): string[] {
  const html = new MarkdownIt({ html: false, linkify: false }).render(markdown);
  return [...html.matchAll(/<a href="([^"]*)"/gu)].map((match) => match[1]!.replace(/&amp;/gu, '&'));
}

describe('a hostile annotations file', () => {
  let api: TranscriptAnnotatorApi;

  before(async () => {
    api = await activateExtension();
    await vscode.commands.executeCommand('notifications.clearAll');
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  const brokenFiles: [string, (text: string) => string][] = [
    ['a command link as the kind', (text) => encodeSidecar({ version: SIDECAR_VERSION, speakerAliases: {}, annotations: [hostileAnnotation(text, fact, {})] }).replace('"kind": "fact"', `"kind": ${JSON.stringify(commandLink)}`)],
    ['a command link as a repeated key', () => `{ "version": 1, ${JSON.stringify(commandLink)}: 1, ${JSON.stringify(commandLink)}: 2, "annotations": [] }\n`],
    ['a command link as a repeated id', (text) => encodeSidecar({ version: SIDECAR_VERSION, speakerAliases: {}, annotations: [hostileAnnotation(text, fact, { id: commandLink }), hostileAnnotation(text, otherFact, { id: commandLink })] })],
    ['a command link as a source address', (text) => encodeSidecar({ version: SIDECAR_VERSION, speakerAliases: {}, annotations: [hostileAnnotation(text, fact, { sources: [{ url: commandLink }] })] })],
  ];
  brokenFiles.forEach(([what, content], index) => {
    it(`with ${what} is reported without a clickable link`, async () => {
      const name = `hostile-broken-${index}.txt`;
      // Toasts beyond the first few wait in the notification centre, out of the rendered page.
      await vscode.commands.executeCommand('notifications.clearAll');
      const text = sample();
      writeFileSync(join(testWorkspacePath(), name), text);
      writeFileSync(join(testWorkspacePath(), `${name}.annotations.json`), content(text));
      const editor = await openWorkspaceFile(name);
      const problem = await waitFor(() => api.sidecarProblem(editor.document.uri), { what: 'the sidecar problem' });
      assert.ok(problem.message.includes('command:workbench.action.closeAllEditors'), `the reason does not quote the value: ${problem.message}`);

      const message = await waitFor(() => api.shownMessages().find((m) => m.severity === 'error' && m.text.includes(`${name}.annotations.json`)), { what: 'the error notification' });
      assert.doesNotMatch(message.text, NOTIFICATION_LINK);
      assert.ok(message.text.includes('[Open the annotations file] (command:workbench.action.closeAllEditors)'), message.text);
      const sidecarUri = vscode.Uri.joinPath(editor.document.uri, '..', `${name}.annotations.json`);
      const onSidecar = await waitFor(() => vscode.languages.getDiagnostics(sidecarUri)[0], { what: 'the problem on the sidecar' });
      assert.doesNotMatch(onSidecar.message, NOTIFICATION_LINK);
      if (domQueriesSupported()) {
        const rendered = async (): Promise<boolean> => ((await queryDom('.notification-list-item-message')) ?? []).some((m) => m.text.includes(`${name}.annotations.json`));
        // On a busy host the toast may already have moved to the notification centre: look there too.
        const asToast = await waitFor(rendered, { what: 'the rendered toast', timeoutMs: 10_000 }).then(() => true, () => false);
        if (!asToast) await vscode.commands.executeCommand('notifications.showList');
        try {
          if (!asToast) await waitFor(rendered, { what: 'the rendered notification, as a toast or in the notification centre', timeoutMs: 15_000 });
          const links = (await queryDom('.notification-list-item-message a')) ?? [];
          assert.deepEqual(links.filter((link) => link.text.includes('Open the annotations file')), [], 'the notification renders a link');
        } finally {
          if (!asToast) await vscode.commands.executeCommand('notifications.hideList');
        }
      }
    });
  });

  describe('that parses, with command links and Markdown in every value', () => {
    const name = 'hostile-valid.txt';
    const hostileNote = `${commandLink}\n# A heading\n<img src=x onerror=alert(1)>\n\`\`\`\nfenced`;
    const hostileAuthor = `mallory\n\n[Remove everything](command:workbench.action.closeAllEditors)`;
    const hostileId = 'id-[x](command:workbench.action.closeAllEditors)';
    let editor: vscode.TextEditor;

    before(async () => {
      const text = `陳立文：請看 [點此](command:workbench.action.quit) 的說明。\n\n${sample()}`;
      writeFileSync(join(testWorkspacePath(), name), text);
      const annotation = hostileAnnotation(text, fact, {
        id: hostileId,
        note: hostileNote,
        author: hostileAuthor,
        speaker: commandLink,
        topic: commandLink,
        // The desk's fields are file text too; a source's address can only be http(s) (anything else is refused on reading).
        verdict: { label: commandLink },
        status: { value: commandLink, by: hostileAuthor, at: '2026-11-01T00:00:00.000Z' },
        sources: [{ url: evidenceUrl, title: commandLink, quote: hostileNote }],
      });
      writeFileSync(join(testWorkspacePath(), `${name}.annotations.json`), encodeSidecar({ version: SIDECAR_VERSION, speakerAliases: { 林雅婷: commandLink }, annotations: [annotation] }));
      editor = await openWorkspaceFile(name);
      await waitFor(() => api.annotations(editor.document.uri).some((a) => a.id === hostileId && a.status === 'anchored'), { what: 'the hostile tag in place' });
    });

    it('shows its note, author and speaker in the hover as text; the only links are the hover’s own, with offsets', async () => {
      const offset = editor.document.getText().indexOf(fact) + 2;
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, editor.document.positionAt(offset));
      const values = hovers.flatMap((hover) => hover.contents).map((content) => (typeof content === 'string' ? content : 'value' in content ? content.value : ''));
      const value = values.join('\n\n');
      assert.ok(value.includes('Open the annotations file') && value.includes('mallory'), value);
      assert.ok(!value.includes(hostileId) && !value.includes(encodeURIComponent(hostileId)), 'a hover link carries the file’s id');
      const links = values.flatMap(renderedLinks);
      assert.ok(links.length >= 2, `the hover lost its own links: ${value}`);
      assert.ok(links.includes(evidenceUrl), `the source is not a link: ${value}`);
      for (const link of links) {
        if (link === evidenceUrl) continue; // the source's own address, the one non-command link
        const match = /^command:transcriptAnnotator\.(editNote|removeTag|acceptSuggestion|setVerdict|setStatus|addSource)\?(.*)$/u.exec(link);
        assert.ok(match, `a link the hover did not make: ${link}`);
        // Numbers the extension computed (where, and which of the tags there), never file text such as an id.
        const [args] = JSON.parse(decodeURIComponent(match[2]!)) as Record<string, unknown>[];
        assert.ok(['offset', 'offset,index'].includes(Object.keys(args!).join(',')), link);
        assert.ok(Object.values(args!).every((value) => typeof value === 'number'), link);
      }
      const html = values.map((v) => new MarkdownIt({ html: false }).render(v)).join('');
      assert.doesNotMatch(html, /<h\d|<pre|<img/u, html);
    });

    it('tags transcript text holding a command link and says so without a link', async () => {
      await vscode.window.showTextDocument(editor.document);
      const quote = '[點此](command:workbench.action.quit)';
      const start = editor.document.getText().indexOf(quote);
      editor.selection = new vscode.Selection(editor.document.positionAt(start), editor.document.positionAt(start + quote.length));
      const tagged = await vscode.commands.executeCommand<{ id: string }>('transcriptAnnotator.tagFact');
      assert.ok(tagged);
      const message = await waitFor(() => api.shownMessages().find((m) => m.text.includes('command:workbench.action.quit')), { what: 'the tagging confirmation' });
      assert.doesNotMatch(message.text, NOTIFICATION_LINK);
      assert.ok(message.text.includes('[點此] (command:workbench.action.quit)'), message.text);
      await vscode.commands.executeCommand('transcriptAnnotator.removeTag', tagged.id);
      const removed = await waitFor(() => api.shownMessages().filter((m) => m.text.includes('command:workbench.action.quit'))[1], { what: 'the removal confirmation' });
      assert.doesNotMatch(removed.text, NOTIFICATION_LINK);
    });

    it('cannot rewrite the Compare Annotators report through an author name', async () => {
      const text = editor.document.getText();
      const fakeSummary = 'bob\n\n## Summary\n\n- Cohen’s kappa over the kinds, on the statements both tagged: **1.000**, almost perfect agreement\n\n````\n';
      const other = vscode.Uri.file(join(testWorkspacePath(), 'hostile-other.annotations.json'));
      writeFileSync(other.fsPath, encodeSidecar({ version: SIDECAR_VERSION, speakerAliases: {}, annotations: [hostileAnnotation(text, fact, { id: 'b1', kind: 'opinion', author: fakeSummary }), hostileAnnotation(text, otherFact, { id: 'b2', author: '`` ` ``' })] }));
      await vscode.window.showTextDocument(editor.document);
      const result = await vscode.commands.executeCommand<AgreementResult>('transcriptAnnotator.compareAnnotators', other);
      assert.ok(result, 'no report');
      const report = (await vscode.workspace.openTextDocument(result.report)).getText();
      const html = new MarkdownIt({ html: true }).render(report);
      assert.equal(html.match(/<h2>Summary<\/h2>/gu)?.length, 1, 'a second Summary');
      assert.doesNotMatch(html, /<pre/u, 'a fence opened by an author name');
      assert.equal(html.match(/<h1>/gu)?.length, 1);
      assert.ok(report.split('\n').filter((line) => line.startsWith('- **B**')).some((line) => line.includes('\\#\\# Summary')), 'the author name is not shown as written');
      assert.equal((report.match(/^## /gmu) ?? []).length, (html.match(/<h2>/gu) ?? []).length);
    });
  });
});

describe('exporting to a path given as an argument', () => {
  let editor: vscode.TextEditor;

  before(async () => {
    await activateExtension();
    writeFileSync(join(testWorkspacePath(), 'export-target.txt'), sample());
    editor = await openWorkspaceFile('export-target.txt');
    await waitFor(async () => (await activateExtension()).isEnabled(editor.document.uri), { what: 'the copy to be enabled' });
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('refuses a place outside the workspace, a URI, a hidden folder or an existing file, and writes nothing', async () => {
    const api = await activateExtension();
    const outside = join(testWorkspacePath(), '..', 'escaped-export.csv');
    const existing = join(testWorkspacePath(), 'existing-export.csv');
    writeFileSync(existing, 'keep me\n');
    for (const arg of ['../escaped-export.csv', outside, vscode.Uri.file(outside), '.vscode/export.csv', 'existing-export.csv', 'export.md']) {
      await vscode.window.showTextDocument(editor.document);
      // The extension keeps only the latest messages, so new ones are told apart by identity, not by count.
      const before = new Set(api.shownMessages());
      assert.equal(await vscode.commands.executeCommand('transcriptAnnotator.export', 'csv', arg), undefined, String(arg));
      assert.ok(api.shownMessages().some((m) => !before.has(m) && m.severity === 'error'), `no error for ${String(arg)}`);
    }
    assert.ok(!existsSync(outside));
    assert.ok(!existsSync(join(testWorkspacePath(), '.vscode', 'export.csv')));
    assert.ok(!existsSync(join(testWorkspacePath(), 'export.md')));
    assert.equal(readFileSync(existing, 'utf8'), 'keep me\n');
  });

  it('writes a new file at a workspace-relative path', async () => {
    await vscode.window.showTextDocument(editor.document);
    const written = await vscode.commands.executeCommand<vscode.Uri>('transcriptAnnotator.export', 'markdown', 'exports-security/tags.md');
    assert.equal(written?.fsPath, join(testWorkspacePath(), 'exports-security', 'tags.md'));
    assert.ok(existsSync(written.fsPath));
  });
});
