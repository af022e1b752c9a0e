import * as vscode from 'vscode';
import { summarize } from '../../presentation/statusSummary';
import { kindLabel } from '../decorations';
import type { Services } from '../services';
import { pickMenu } from '../ui/untrustedUi';
import type { Command } from './commandManager';
import { ToggleFileCommand } from './file';

export const VIEW_CONTAINER_COMMAND = 'workbench.view.extension.transcriptAnnotator';
const ANNOTATIONS_VIEW_FOCUS = 'transcriptAnnotator.annotations.focus';

interface MenuItem extends vscode.QuickPickItem {
  /** The command the item runs; none for separators. */
  readonly run?: string;
}

/**
 * The status-bar item's menu: the file's tags and open suggestions by kind and its tags by status (each
 * opens the Annotations view), turning the extension off or on for the file, and opening the views.
 * Returns the labels it showed, for tests.
 */
export class StatusMenuCommand implements Command {
  static readonly ID = 'transcriptAnnotator.statusMenu';
  readonly id = StatusMenuCommand.ID;

  constructor(private readonly services: Services) {}

  async execute(): Promise<string[] | undefined> {
    const document = vscode.window.activeTextEditor?.document;
    if (!document) return undefined;
    const items = this.items(document);
    const picked = await pickMenu(items, { title: vscode.l10n.t('Transcript Annotator: {0}', vscode.workspace.asRelativePath(document.uri)) });
    if (picked?.run) await vscode.commands.executeCommand(picked.run);
    return items.filter((item) => item.kind !== vscode.QuickPickItemKind.Separator).map((item) => item.label);
  }

  private items(document: vscode.TextDocument): MenuItem[] {
    const items: MenuItem[] = [];
    const enabled = this.services.tracker.isEnabled(document);
    if (enabled) {
      const annotations = this.services.sessions.peek(document.uri)?.annotations ?? [];
      const claims = this.services.analysis.peek(document)?.analysis.claims ?? [];
      const summary = summarize(annotations, claims);
      items.push({ label: vscode.l10n.t('Summary'), kind: vscode.QuickPickItemKind.Separator });
      for (const { kind, tagged, suggested } of summary.kinds) {
        items.push({
          label: `$(tag) ${kindLabel(kind)}`,
          description: vscode.l10n.t('{0} tagged · {1} suggested', tagged, suggested),
          run: ANNOTATIONS_VIEW_FOCUS,
        });
      }
      const { anchored, fuzzy, orphaned } = summary.statuses;
      items.push({
        label: `$(pass) ${vscode.l10n.t('Tags')}`,
        description: vscode.l10n.t('{0} in place · {1} need review · {2} orphaned', anchored, fuzzy, orphaned),
        run: ANNOTATIONS_VIEW_FOCUS,
      });
      items.push({ label: '', kind: vscode.QuickPickItemKind.Separator });
    }
    items.push(
      enabled
        ? { label: `$(circle-slash) ${vscode.l10n.t('Turn Off for This File')}`, run: ToggleFileCommand.ID }
        : { label: `$(check) ${vscode.l10n.t('Turn On for This File')}`, run: ToggleFileCommand.ID },
    );
    items.push({ label: `$(list-tree) ${vscode.l10n.t('Open the Transcript Views')}`, run: VIEW_CONTAINER_COMMAND });
    return items;
  }
}
