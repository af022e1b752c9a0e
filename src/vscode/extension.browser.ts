import * as vscode from 'vscode';
import { activateShared } from './activate';
import { InThreadAnalysisRunner, WorkerAnalysisRunner, type WorkerPort } from './analysisRunner';
import type { TranscriptAnnotatorApi } from './api';
import { SidecarRepository } from './annotations/sidecarRepository';
import { WorkspaceSidecarFiles } from './annotations/workspaceSidecarFiles';

/** dist/analysisWorker.browser.js as a Web Worker nested in the extension host's own worker. */
function analysisWorker(extensionUri: vscode.Uri): WorkerPort {
  const worker = new Worker(vscode.Uri.joinPath(extensionUri, 'dist', 'analysisWorker.browser.js').toString(true));
  return {
    post: (message) => worker.postMessage(message),
    listen: (onReply, onError) => {
      worker.onmessage = (event: MessageEvent) => onReply(event.data);
      worker.onerror = (event: ErrorEvent) => onError(new Error(event.message || 'the analysis worker failed to load'));
    },
    terminate: () => worker.terminate(),
  };
}

/** The web extension host has no Node: sidecars go through workspace.fs (not atomic there). */
export function activate(context: vscode.ExtensionContext): TranscriptAnnotatorApi {
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
