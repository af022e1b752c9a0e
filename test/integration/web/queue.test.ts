// The desk queue in the web-worker extension host: sidecars found and read through workspace.fs, and a
// closed transcript re-anchored into the Problems panel, without Node.
import * as vscode from 'vscode';
import { createAnnotation } from '../../../src/core/sidecar/annotations';
import { encodeSidecar } from '../../../src/core/sidecar/codec';
import { emptySidecar } from '../../../src/core/sidecar/model';
import type { TranscriptAnnotatorApi } from '../../../src/vscode/api';
import { check, EXTENSION_ID, waitFor } from './webHelpers';

const text = '記者：水庫的情況如何？\n李處長：目前全台水庫的平均蓄水率只有百分之三十二，比去年同期低了十個百分點。\n';
const quote = '目前全台水庫的平均蓄水率只有百分之三十二';

describe('the desk queue in the web extension host', () => {
  let api: TranscriptAnnotatorApi;
  let folder: vscode.Uri;

  before(async () => {
    const extension = vscode.extensions.getExtension<TranscriptAnnotatorApi>(EXTENSION_ID);
    check(extension, `${EXTENSION_ID} is not installed`);
    api = await extension.activate();
    const root = vscode.workspace.workspaceFolders?.[0];
    check(root, 'no workspace folder');
    folder = vscode.Uri.joinPath(root.uri, 'desk-queue-web');
  });

  after(async () => {
    await vscode.workspace.fs.delete(folder, { recursive: true });
  });

  it('lists a closed transcript’s tags and reports its orphan in the Problems panel', async () => {
    const transcript = vscode.Uri.joinPath(folder, 'water.txt');
    const start = text.indexOf(quote);
    const annotation = createAnnotation({ text, span: { start, end: start + quote.length }, kind: 'fact', author: 'Web Tester' });
    await vscode.workspace.fs.writeFile(transcript, new TextEncoder().encode(text));
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, 'water.txt.annotations.json'), new TextEncoder().encode(encodeSidecar({ ...emptySidecar(), annotations: [annotation] })));
    await vscode.commands.executeCommand('transcriptAnnotator.queue.refresh');
    const item = await waitFor(() => api.queue().groups.flatMap((g) => g.items).find((i) => i.id === annotation.id), 'the tag in the queue', 15_000);
    check(item.exact === quote && item.anchor === 'anchored', `unexpected item ${JSON.stringify(item)}`);
    await vscode.workspace.fs.writeFile(transcript, new TextEncoder().encode(text.replace(quote, '')));
    const problems = await waitFor(() => {
      const found = vscode.languages.getDiagnostics(transcript).filter((d) => d.code === 'orphaned-tag');
      return found.length > 0 ? found : undefined;
    }, 'the orphan in the Problems panel', 15_000);
    check(problems[0]!.message.includes(quote), problems[0]!.message);
  });
});
