import type * as vscode from 'vscode';
import { activateShared } from './activate';
import type { TranscriptAnnotatorApi } from './api';
import { SidecarRepository } from './annotations/sidecarRepository';
import { WorkspaceSidecarFiles } from './annotations/workspaceSidecarFiles';

/** The web extension host has no Node: sidecars go through workspace.fs (not atomic there). */
export function activate(context: vscode.ExtensionContext): TranscriptAnnotatorApi {
  return activateShared(context, {
    createRepository: (log) => new SidecarRepository(new WorkspaceSidecarFiles(), (uri) => uri.toString(), log),
    // No git and no OS user to ask: the box starts empty.
    suggestAuthorName: () => Promise.resolve(undefined),
  });
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
