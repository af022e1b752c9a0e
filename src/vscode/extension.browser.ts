import * as vscode from 'vscode';
import { activateShared } from './activate';
import { InThreadAnalysisRunner, WorkerAnalysisRunner, type WorkerPort } from './analysisRunner';
import type { TranscriptAnnotatorApi } from './api';
import { SidecarRepository } from './annotations/sidecarRepository';
import { WorkspaceSidecarFiles } from './annotations/workspaceSidecarFiles';
import { useDictionaryLoader } from '../core/convert/converter';
import { webDictionaryLoader } from './convert/webDictionaryLoader';

/**
 * dist/analysisWorker.browser.js as a Web Worker nested in the extension host's own worker. VS Code for
 * the Web refuses `new Worker` on a `vscode-remote:` URI (an extension installed on a remote, as in
 * code-server), but its fetch resolves one: the script is fetched and started from a blob: URL. Messages
 * posted before it runs wait in a queue.
 */
function analysisWorker(extensionUri: vscode.Uri): WorkerPort {
  const url = vscode.Uri.joinPath(extensionUri, 'dist', 'analysisWorker.browser.js').toString(true);
  const queued: Parameters<WorkerPort['post']>[0][] = [];
  let worker: Worker | undefined;
  let terminated = false;
  let onReply: (reply: unknown) => void = () => undefined;
  let onError: (error: unknown) => void = () => undefined;
  fetch(url)
    .then(async (response) => {
      if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
      const source = await response.text();
      if (terminated) return;
      worker = new Worker(URL.createObjectURL(new Blob([source], { type: 'application/javascript' })), { name: 'Transcript Annotator analysis' });
      worker.onmessage = (event: MessageEvent) => onReply(event.data);
      worker.onerror = (event: ErrorEvent) => onError(new Error(event.message || 'the analysis worker failed to load'));
      for (const message of queued.splice(0)) worker.postMessage(message);
    })
    .catch((error: unknown) => onError(error));
  return {
    post: (message) => (worker ? worker.postMessage(message) : queued.push(message)),
    listen: (reply, error) => {
      onReply = reply;
      onError = error;
    },
    terminate: () => {
      terminated = true;
      worker?.terminate();
    },
  };
}

/** The web extension host has no Node: sidecars go through workspace.fs (not atomic there). */
export function activate(context: vscode.ExtensionContext): TranscriptAnnotatorApi {
  // Simplified→Traditional dictionaries are not in this bundle: read on the first conversion that needs them.
  useDictionaryLoader(webDictionaryLoader(context.extensionUri));
  return activateShared(context, {
    createRepository: (log) => new SidecarRepository(new WorkspaceSidecarFiles(), (uri) => uri.toString(), log),
    // No git and no OS user to ask: the box starts empty.
    suggestAuthorName: () => Promise.resolve(undefined),
    createAnalysisRunner: (log) =>
      new WorkerAnalysisRunner(() => analysisWorker(context.extensionUri), new InThreadAnalysisRunner(), (error) =>
        log.warn(`Analysing on the extension host's thread: the analysis worker failed (${error instanceof Error ? error.message : String(error)})`),
      ),
  });
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
