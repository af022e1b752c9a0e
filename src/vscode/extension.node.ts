import { execFile } from 'node:child_process';
import { homedir, userInfo } from 'node:os';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import * as vscode from 'vscode';
import type { SidecarFiles, WriteOutcome } from '../core/sidecar/port';
import { NodeSidecarFiles } from '../node/nodeSidecarFiles';
import { activateShared } from './activate';
import { InThreadAnalysisRunner, WorkerAnalysisRunner, type WorkerPort } from './analysisRunner';
import type { TranscriptAnnotatorApi } from './api';
import { SidecarRepository } from './annotations/sidecarRepository';
import { WorkspaceSidecarFiles } from './annotations/workspaceSidecarFiles';

/** Local files are written atomically with Node (temp file + rename); other schemes go through workspace.fs. */
class DesktopSidecarFiles implements SidecarFiles {
  private readonly local: NodeSidecarFiles;
  private readonly workspace = new WorkspaceSidecarFiles();

  constructor(log: vscode.LogOutputChannel) {
    // A cleared abandoned lock goes to the log: the save itself went ahead, nothing to ask the user.
    this.local = new NodeSidecarFiles({ warn: (message) => log.warn(message) });
  }

  read(path: string): Promise<Uint8Array | undefined> {
    const uri = vscode.Uri.parse(path);
    return uri.scheme === 'file' ? this.local.read(uri.fsPath) : this.workspace.read(path);
  }

  writeAtomic(path: string, bytes: Uint8Array, expected: Uint8Array | null): Promise<WriteOutcome> {
    const uri = vscode.Uri.parse(path);
    return uri.scheme === 'file' ? this.local.writeAtomic(uri.fsPath, bytes, expected) : this.workspace.writeAtomic(path, bytes, expected);
  }
}

function osUserName(): string | undefined {
  try {
    return userInfo().username || undefined;
  } catch {
    return undefined;
  }
}

/**
 * `git config user.name` as seen from the transcript's folder, else the OS user. In an untrusted workspace
 * git runs from the home folder, so only the user's own configuration is read, never the workspace's.
 */
async function gitOrOsUserName(scope: vscode.Uri | undefined): Promise<string | undefined> {
  const folder = scope?.scheme === 'file' && vscode.workspace.isTrusted ? dirname(scope.fsPath) : homedir();
  const fromGit = await new Promise<string>((resolve) => {
    execFile('git', ['config', 'user.name'], { cwd: folder, timeout: 3000, windowsHide: true }, (error, stdout) => resolve(error ? '' : String(stdout).trim()));
  });
  return fromGit || osUserName();
}

/** dist/analysisWorker.js on a worker thread. */
function analysisWorker(extensionPath: string): WorkerPort {
  const worker = new Worker(join(extensionPath, 'dist', 'analysisWorker.js'));
  // The extension host may exit while an analysis runs.
  worker.unref();
  return {
    post: (message) => worker.postMessage(message),
    listen: (onReply, onError) => {
      worker.on('message', onReply);
      worker.on('error', onError);
      worker.on('exit', (code) => onError(new Error(`the analysis worker exited (code ${code})`)));
    },
    terminate: () => void worker.terminate(),
  };
}

export function activate(context: vscode.ExtensionContext): TranscriptAnnotatorApi {
  return activateShared(context, {
    createRepository: (log) => new SidecarRepository(new DesktopSidecarFiles(log), (uri) => uri.toString(), log),
    suggestAuthorName: gitOrOsUserName,
    createAnalysisRunner: (log) =>
      new WorkerAnalysisRunner(() => analysisWorker(context.extensionPath), new InThreadAnalysisRunner(), (error) =>
        log.warn(`Analysing on the extension host's thread: the analysis worker failed (${error instanceof Error ? error.message : String(error)})`),
      ),
  });
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
