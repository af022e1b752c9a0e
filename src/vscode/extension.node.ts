import { userInfo } from 'node:os';
import * as vscode from 'vscode';
import type { SidecarFiles, WriteOutcome } from '../core/sidecar/port';
import { NodeSidecarFiles } from '../node/nodeSidecarFiles';
import { activateShared } from './activate';
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

function osUserName(): string {
  try {
    return userInfo().username || 'anonymous';
  } catch {
    return 'anonymous';
  }
}

export function activate(context: vscode.ExtensionContext): TranscriptAnnotatorApi {
  return activateShared(context, {
    createRepository: (log) => new SidecarRepository(new DesktopSidecarFiles(log), (uri) => uri.toString(), log),
    defaultAuthor: osUserName,
  });
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
