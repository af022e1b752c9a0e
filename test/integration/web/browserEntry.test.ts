// The browser build (dist/browser.js) in VS Code's web-worker extension host: no Node, sidecars through
// workspace.fs. Runs with `npm run test:integration:web`.
import * as vscode from 'vscode';
import type { TranscriptAnnotatorApi } from '../../../src/vscode/api';
import { EXTENSION_ID, waitFor } from './webHelpers';

const sampleName = 'interview-zh-Hant.txt';
const quote = '這個市場預計在2030年達到1兆美元。';

/** Node's assert is not in the worker; these two are all the suite needs. */
interface Assert {
  ok(value: unknown, message?: string): asserts value;
  equal(actual: unknown, expected: unknown): void;
}

const assert: Assert = {
  ok(value: unknown, message = 'expected a truthy value'): asserts value {
    if (!value) throw new Error(message);
  },
  equal(actual: unknown, expected: unknown): void {
    if (actual !== expected) throw new Error(`expected ${String(expected)}, got ${String(actual)}`);
  },
};

function workspaceUri(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'no workspace folder');
  return vscode.Uri.joinPath(folder.uri, name);
}

describe('the browser build in the web extension host', () => {
  let api: TranscriptAnnotatorApi;
  let editor: vscode.TextEditor;

  before(async () => {
    const extension = vscode.extensions.getExtension<TranscriptAnnotatorApi>(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not installed`);
    api = await extension.activate();
    editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(workspaceUri(sampleName)));
  });

  it('runs without Node', () => {
    assert.equal(typeof (globalThis as { process?: unknown }).process, 'undefined');
    assert.equal(vscode.env.uiKind, vscode.UIKind.Web);
  });

  it('analyses and decorates the sample', async () => {
    await waitFor(() => api.isEnabled(editor.document.uri), 'the sample to be enabled');
    const snapshot = await waitFor(() => {
      const s = api.decorations(editor.document.uri);
      return s.turns.length > 0 && s.suggested.length > 0 ? s : undefined;
    }, 'decorations');
    assert.ok(snapshot.turns.some((turn) => turn.speaker === '陳立文'));
    assert.ok(api.topicsTree().length > 0);
  });

  it('runs full analyses in a Web Worker nested in the extension host worker', async () => {
    const document = editor.document;
    // A new line is never re-analysed locally: this analysis goes to the worker.
    const line = document.lineAt(Math.floor(document.lineCount / 2));
    assert.ok(await editor.edit((edit) => edit.insert(line.range.end, '\n')));
    try {
      await waitFor(() => api.decoratedVersion(document.uri) === document.version, 'decorations of the edited text');
      console.log(`      full analyses run in: ${api.analysisThread()}`);
      assert.equal(api.analysisThread(), 'worker');
    } finally {
      assert.ok(await editor.edit((edit) => edit.delete(new vscode.Range(line.range.end, line.range.end.translate(1, 0).with(undefined, 0)))));
    }
    await waitFor(() => api.decoratedVersion(document.uri) === document.version, 'decorations after the undo');
    assert.ok(api.decorations(document.uri).turns.some((turn) => turn.speaker === '陳立文'));
  });

  it('writes a tag to the sidecar through workspace.fs', async () => {
    const offset = editor.document.getText().indexOf(quote);
    editor.selection = new vscode.Selection(editor.document.positionAt(offset), editor.document.positionAt(offset + quote.length));
    await vscode.commands.executeCommand('transcriptAnnotator.tagForecast');
    const sidecarUri = workspaceUri(`${sampleName}.annotations.json`);
    const stored = await waitFor(async () => {
      try {
        const json = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(sidecarUri))) as { annotations: { kind: string; target: { exact: string } }[] };
        return json.annotations[0];
      } catch {
        return undefined;
      }
    }, 'the sidecar');
    assert.equal(stored.kind, 'forecast');
    assert.equal(stored.target.exact, quote);
  });

  it('discusses a tag in a thread (Comments API), stored in the sidecar', async () => {
    const [tag] = api.annotations(editor.document.uri);
    assert.ok(tag, 'no tag to discuss');
    await vscode.commands.executeCommand('transcriptAnnotator.discussTag', tag.id, { body: 'Source?\n\n**annual report**' });
    const sidecarUri = workspaceUri(`${sampleName}.annotations.json`);
    const comment = await waitFor(async () => {
      try {
        const json = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(sidecarUri))) as { annotations: { comments?: { body: string }[] }[] };
        return json.annotations[0]?.comments?.[0];
      } catch {
        return undefined;
      }
    }, 'the comment in the sidecar');
    assert.equal(comment.body, 'Source?\n\n**annual report**');
    const thread = await waitFor(() => api.threads(editor.document.uri).find((t) => t.tagId === tag.id && t.comments.length === 1), 'the thread');
    assert.equal(thread.comments[0]!.trusted, false);
  });

  it('says that comparing with a commit needs the Git extension', async () => {
    const result = await vscode.commands.executeCommand('transcriptAnnotator.compareAnnotators', { ref: 'HEAD~1' });
    assert.equal(result, undefined);
    assert.ok(/Git/u.test(api.shownMessages().at(-1)?.text ?? ''), `no message about Git: ${JSON.stringify(api.shownMessages().slice(-1))}`);
  });
});
