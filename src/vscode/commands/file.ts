import * as vscode from 'vscode';
import type { Services } from '../services';
import type { Command } from './commandManager';
import { showInformation } from '../ui/untrustedUi';

/** Turns the extension on or off for the active file (remembered per workspace). */
export class ToggleFileCommand implements Command {
  static readonly ID = 'transcriptAnnotator.toggleFile';
  readonly id = ToggleFileCommand.ID;

  constructor(private readonly services: Services) {}

  async execute(): Promise<boolean | undefined> {
    const document = vscode.window.activeTextEditor?.document;
    if (!document) {
      void showInformation(vscode.l10n.t('Open a file first.'));
      return undefined;
    }
    const state = await this.services.tracker.toggle(document);
    return state.kind === 'enabled';
  }
}

/** Merges tag by tag the active transcript's sidecar that git left with conflict markers. */
export class MergeConflictedSidecarCommand implements Command {
  readonly id = 'transcriptAnnotator.mergeConflictedSidecar';

  constructor(private readonly services: Services) {}

  async execute(): Promise<void> {
    const document = this.services.active.document;
    const session = document ? await this.services.sessions.get(document) : undefined;
    if (!session) {
      void showInformation(vscode.l10n.t('Open a transcript first.'));
      return;
    }
    if (session.problem?.code !== 'conflict-markers') {
      void showInformation(vscode.l10n.t('{0} has no git conflict markers: nothing to merge.', session.sidecarUri.path.split('/').pop() ?? ''));
      return;
    }
    await session.mergeConflictMarkers();
  }
}

/** Re-reads the sidecar of the active transcript and re-anchors its tags. */
export class ReloadSidecarCommand implements Command {
  readonly id = 'transcriptAnnotator.reloadSidecar';

  constructor(private readonly services: Services) {}

  async execute(): Promise<void> {
    const document = this.services.active.document;
    const session = document ? await this.services.sessions.get(document) : undefined;
    if (document && session) await session.reload(document.getText());
  }
}
