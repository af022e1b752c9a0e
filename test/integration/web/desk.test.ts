// The fact-checking desk in the web-worker extension host (dist/browser.js, no Node): a verdict, a status
// and a source set through the commands reach the sidecar through workspace.fs and show in the hover.
import * as vscode from 'vscode';
import type { TranscriptAnnotatorApi } from '../../../src/vscode/api';
import { check, EXTENSION_ID, waitFor } from './webHelpers';

const sampleName = 'interview-zh-Hant.txt';
const quote = '今年上半年的出貨量大約是1,200萬片。';

interface StoredTag {
  verdict?: { label: string; rating?: { value: number; best: number } };
  status?: { value: string; by: string };
  sources?: { url: string }[];
  target: { exact: string };
}

describe('the fact-checking desk in the web extension host', () => {
  it('stores a verdict, a status and a source through workspace.fs and shows them in the hover', async () => {
    const api = await vscode.extensions.getExtension<TranscriptAnnotatorApi>(EXTENSION_ID)!.activate();
    const folder = vscode.workspace.workspaceFolders?.[0];
    check(folder, 'no workspace folder');
    const uri = vscode.Uri.joinPath(folder.uri, sampleName);
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await waitFor(() => api.isEnabled(uri), 'the sample to be enabled');
    const offset = editor.document.getText().indexOf(quote);
    editor.selection = new vscode.Selection(editor.document.positionAt(offset), editor.document.positionAt(offset + quote.length));
    await vscode.commands.executeCommand('transcriptAnnotator.tagFact');
    await vscode.commands.executeCommand('transcriptAnnotator.setVerdict', undefined, { label: 'Mostly true', rating: { value: 4, best: 5 } });
    await vscode.commands.executeCommand('transcriptAnnotator.setStatus', undefined, 'Checking');
    await vscode.commands.executeCommand('transcriptAnnotator.addSource', undefined, { url: 'https://example.org/shipments' });
    const sidecar = vscode.Uri.joinPath(folder.uri, `${sampleName}.annotations.json`);
    const stored = await waitFor(async () => {
      try {
        const json = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(sidecar))) as { annotations: StoredTag[] };
        const tag = json.annotations.find((a) => a.target.exact === quote);
        return tag?.verdict && tag.status && tag.sources ? tag : undefined;
      } catch {
        return undefined;
      }
    }, 'the desk fields in the sidecar');
    check(stored.verdict!.label === 'Mostly true' && stored.verdict!.rating?.value === 4, `verdict ${JSON.stringify(stored.verdict)}`);
    check(stored.status!.value === 'Checking' && stored.status!.by === 'Web Tester', `status ${JSON.stringify(stored.status)}`);
    check(stored.sources![0]!.url === 'https://example.org/shipments', `sources ${JSON.stringify(stored.sources)}`);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, editor.document.positionAt(offset + 2));
    const text = hovers.flatMap((hover) => hover.contents).map((content) => (typeof content === 'string' ? content : 'value' in content ? content.value : '')).join('\n');
    check(/Mostly true \(4\/5\)/u.test(text.replace(/\\(.)/gu, '$1')), `the verdict is not in the hover: ${text}`);
    check(text.includes('](https://example.org/shipments)'), 'the source is not a link in the hover');
  });
});
