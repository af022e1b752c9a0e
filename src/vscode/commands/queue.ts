import * as vscode from 'vscode';
import { isQueueGrouping, QUEUE_GROUPINGS, type QueueGrouping } from '../../core/queue/queue';
import type { Span } from '../../core/text/positions';
import type { Services } from '../services';
import { pick } from '../ui/untrustedUi';
import type { QueueModel } from '../views/queueView';
import { OPEN_QUEUE_ITEM_COMMAND } from '../views/queueView';
import type { Command } from './commandManager';

function groupingLabel(grouping: QueueGrouping): string {
  switch (grouping) {
    case 'status':
      return vscode.l10n.t('Status');
    case 'kind':
      return vscode.l10n.t('Kind');
    case 'verdict':
      return vscode.l10n.t('Verdict');
    case 'speaker':
      return vscode.l10n.t('Speaker');
    case 'file':
      return vscode.l10n.t('File');
    case 'author':
      return vscode.l10n.t('Author');
  }
}

/** Chooses how the queue is grouped: from the argument, else from a quick pick. */
export class GroupQueueCommand implements Command {
  readonly id = 'transcriptAnnotator.queue.groupBy';

  constructor(private readonly model: QueueModel) {}

  async execute(value?: unknown): Promise<void> {
    if (isQueueGrouping(value)) {
      this.model.setGrouping(value);
      return;
    }
    const picked = await pick(
      QUEUE_GROUPINGS.map((grouping) => ({ label: groupingLabel(grouping), grouping, ...(grouping === this.model.grouping ? { description: vscode.l10n.t('current') } : {}) })),
      { title: vscode.l10n.t('Group the Queue By') },
    );
    if (picked) this.model.setGrouping(picked.grouping);
  }
}

export class FilterQueueCommand implements Command {
  readonly id = 'transcriptAnnotator.queue.filter';

  constructor(private readonly model: QueueModel) {}

  async execute(value?: unknown): Promise<void> {
    const filter =
      typeof value === 'string'
        ? value
        : await vscode.window.showInputBox({
            title: vscode.l10n.t('Filter the Queue'),
            prompt: vscode.l10n.t('Words in the quote, note, speaker or file; narrow with kind:, status:, verdict:, speaker:, author:, file: (e.g. kind:fact 營收).'),
            value: this.model.filter,
          });
    if (filter !== undefined) this.model.setFilter(filter);
  }
}

export class ClearQueueFilterCommand implements Command {
  readonly id = 'transcriptAnnotator.queue.clearFilter';

  constructor(private readonly model: QueueModel) {}

  execute(): void {
    this.model.setFilter('');
  }
}

export class RefreshQueueCommand implements Command {
  readonly id = 'transcriptAnnotator.queue.refresh';

  constructor(private readonly model: QueueModel) {}

  execute(): Promise<void> {
    return this.model.index.rescan();
  }
}

/**
 * Opens a queued tag's transcript with the tag selected. The open editor re-anchors the tags, so its place is
 * taken from there; the queue's own offsets are the fallback.
 */
export class OpenQueueItemCommand implements Command {
  readonly id = OPEN_QUEUE_ITEM_COMMAND;

  constructor(private readonly services: Services) {}

  async execute(transcript: unknown, id: unknown, start: unknown, end: unknown): Promise<void> {
    if (typeof transcript !== 'string' || typeof id !== 'string') return;
    const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(transcript));
    const editor = await vscode.window.showTextDocument(document, { preview: true });
    const live = (await this.services.sessions.get(document))?.annotations.find((annotation) => annotation.id === id);
    const span: Span | undefined = live
      ? (live.span ?? { start: live.storedStart, end: live.storedStart })
      : typeof start === 'number' && typeof end === 'number'
        ? { start, end }
        : undefined;
    if (!span || editor.document !== document) return;
    const range = new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }
}
