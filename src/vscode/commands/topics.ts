import * as vscode from 'vscode';
import type { TopicsGrouping } from '../../presentation/topicsTree';
import type { Services } from '../services';
import type { Command } from './commandManager';

export class GroupTopicsCommand implements Command {
  readonly id: string;

  constructor(
    private readonly services: Services,
    private readonly grouping: TopicsGrouping,
  ) {
    this.id = grouping === 'speaker' ? 'transcriptAnnotator.topics.groupBySpeaker' : 'transcriptAnnotator.topics.groupByKind';
  }

  execute(): void {
    this.services.topics.setGrouping(this.grouping);
  }
}

export class FilterTopicsCommand implements Command {
  readonly id = 'transcriptAnnotator.topics.filter';

  constructor(private readonly services: Services) {}

  async execute(value?: unknown): Promise<void> {
    const filter =
      typeof value === 'string'
        ? value
        : await vscode.window.showInputBox({
            title: vscode.l10n.t('Filter Topics'),
            prompt: vscode.l10n.t('Show statements whose text, speaker, kind or note contains this, and topics whose title does.'),
            value: this.services.topics.filter,
          });
    if (filter !== undefined) this.services.topics.setFilter(filter);
  }
}

export class ClearTopicsFilterCommand implements Command {
  readonly id = 'transcriptAnnotator.topics.clearFilter';

  constructor(private readonly services: Services) {}

  execute(): void {
    this.services.topics.setFilter('');
  }
}
