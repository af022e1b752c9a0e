import * as vscode from 'vscode';
import { countQueue, filterQueue, groupQueue, isEmptyFilter, parseQueueFilter, queueItems, type QueueCounts, type QueueGroup, type QueueGrouping, type QueueItem } from '../../core/queue/queue';
import type { Configuration } from '../configuration';
import { kindLabel, shorten } from '../decorations';
import { MAX_SIDECARS, type DeskIndex } from '../queue/deskIndex';
import { untrustedMarkdown } from '../ui/untrustedUi';
import { Disposable } from '../util/dispose';
import { escapeMarkdown, escapeMarkdownLines, plainText } from '../../presentation/untrustedText';
import { TreeRefresher } from './treeRefresh';
import { kindIcon, tagIcon } from './tagIcon';

export const QUEUE_VIEW = 'transcriptAnnotator.queue';
export const OPEN_QUEUE_ITEM_COMMAND = 'transcriptAnnotator.queue.openItem';

export interface QueueGroupNode {
  readonly type: 'queueGroup';
  readonly group: QueueGroup;
  readonly label: string;
}

export interface QueueItemNode {
  readonly type: 'queueItem';
  readonly item: QueueItem;
}

export type QueueTreeNode = QueueGroupNode | QueueItemNode;

interface Snapshot {
  readonly groups: readonly QueueGroupNode[];
  /** Of all items, before the filter. */
  readonly all: QueueCounts;
  readonly shown: number;
}

/** The desk queue's data: the index's tags still to check, grouped and filtered as the user chose. */
export class QueueModel extends Disposable {
  private readonly onDidChangeEmitter = this._register(new vscode.EventEmitter<void>());
  readonly onDidChange = this.onDidChangeEmitter.event;
  private groupingValue: QueueGrouping = 'file';
  private filterValue = '';
  private snapshotValue: Snapshot | undefined;

  constructor(
    readonly index: DeskIndex,
    private readonly configuration: Configuration,
  ) {
    super();
    this._register(
      index.onDidChange(() => {
        this.snapshotValue = undefined;
        this.onDidChangeEmitter.fire();
      }),
    );
    this._register(
      configuration.onDidChange((change) => {
        if (change.affects('statusWorkflow')) this.changed();
      }),
    );
    void this.setContext();
  }

  get grouping(): QueueGrouping {
    return this.groupingValue;
  }

  get filter(): string {
    return this.filterValue;
  }

  setGrouping(grouping: QueueGrouping): void {
    this.groupingValue = grouping;
    this.changed();
  }

  setFilter(filter: string): void {
    this.filterValue = filter.trim();
    this.changed();
  }

  roots(): readonly QueueGroupNode[] {
    return this.snapshot().groups;
  }

  snapshot(): Snapshot {
    if (this.snapshotValue) return this.snapshotValue;
    const workflow = this.configuration.get().statusWorkflow.steps;
    const items = queueItems(this.index.files(), { workflow });
    const filter = parseQueueFilter(this.filterValue);
    const shown = isEmptyFilter(filter) ? items : filterQueue(items, filter);
    const groups = groupQueue(shown, this.groupingValue, { workflow }).map((group): QueueGroupNode => ({ type: 'queueGroup', group, label: groupLabel(group) }));
    this.snapshotValue = { groups, all: countQueue(items), shown: shown.length };
    return this.snapshotValue;
  }

  /** What the view shows above its items: progress, the limit reached, unreadable files, or why it is empty. */
  message(): string | undefined {
    const progress = this.index.progress;
    const lines: string[] = [];
    if (progress && progress.total > 1) lines.push(vscode.l10n.t('Reading annotations files… {0} of {1}', progress.done, progress.total));
    if (this.index.truncated) lines.push(vscode.l10n.t('Only the first {0} annotations files are read.', MAX_SIDECARS.toLocaleString()));
    const unreadable = this.index.unreadable();
    if (unreadable.length > 0) lines.push(plainText(vscode.l10n.t('{0} annotations files cannot be read, for example {1} ({2}).', unreadable.length, unreadable[0]!.label, unreadable[0]!.reason)));
    const { all, shown } = this.snapshot();
    if (!progress && all.items === 0) lines.push(vscode.l10n.t('Nothing to check: no tags wait in the annotations files of this workspace.'));
    else if (shown === 0 && this.filterValue !== '') lines.push(plainText(vscode.l10n.t('No tag matches the filter “{0}”.', this.filterValue)));
    return lines.length > 0 ? lines.join(' ') : undefined;
  }

  private changed(): void {
    this.snapshotValue = undefined;
    void this.setContext();
    this.onDidChangeEmitter.fire();
  }

  private async setContext(): Promise<void> {
    await vscode.commands.executeCommand('setContext', 'transcriptAnnotator.queueGrouping', this.groupingValue);
    await vscode.commands.executeCommand('setContext', 'transcriptAnnotator.queueFiltered', this.filterValue !== '');
  }
}

export class QueueTreeProvider extends Disposable implements vscode.TreeDataProvider<QueueTreeNode> {
  private readonly refresher = this._register(new TreeRefresher());
  readonly onDidChangeTreeData = this.refresher.event;

  constructor(private readonly model: QueueModel) {
    super();
    this._register(model.onDidChange(() => this.refresher.request()));
  }

  getChildren(node?: QueueTreeNode): QueueTreeNode[] {
    if (!node) return [...this.model.roots()];
    return node.type === 'queueGroup' ? node.group.items.map((item) => ({ type: 'queueItem', item })) : [];
  }

  getTreeItem(node: QueueTreeNode): vscode.TreeItem {
    if (node.type === 'queueGroup') {
      const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Expanded);
      item.id = `queueGroup:${node.group.grouping}:${node.group.key ?? ''}`;
      item.description = String(node.group.items.length);
      item.iconPath = groupIcon(node.group);
      item.contextValue = 'queueGroup';
      return item;
    }
    return queueItem(node.item, this.model.grouping);
  }
}

/** Shows the model in a tree view: the filter and counts in the description, tags needing review in the badge. */
export function createQueueView(model: QueueModel): vscode.Disposable {
  const provider = new QueueTreeProvider(model);
  const view = vscode.window.createTreeView(QUEUE_VIEW, { treeDataProvider: provider, showCollapseAll: true });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const show = (): void => {
    timer = undefined;
    const { all, shown } = model.snapshot();
    view.description = model.filter !== '' ? plainText(vscode.l10n.t('{0} of {1} · filter: {2}', shown, all.items, shorten(model.filter, 30))) : vscode.l10n.t('{0} in {1} files', all.items, all.files);
    const review = all.fuzzy + all.orphaned;
    view.badge = review > 0 ? { value: review, tooltip: vscode.l10n.t('{0} tags need review: their text moved or is gone', review) } : undefined;
    view.message = model.message();
  };
  // Progress changes often during a scan: the header is redrawn at most a few times a second.
  const subscription = model.onDidChange(() => (timer ??= setTimeout(show, 100)));
  show();
  return vscode.Disposable.from(view, provider, subscription, { dispose: () => clearTimeout(timer) });
}

function groupLabel(group: QueueGroup): string {
  const key = group.key;
  switch (group.grouping) {
    case 'kind':
      return key === undefined ? '' : kindLabel(key as QueueItem['kind']);
    case 'status':
      return key === undefined ? '' : plainText(key);
    case 'verdict':
      return key === undefined ? vscode.l10n.t('No verdict yet') : plainText(key);
    case 'speaker':
      return key === undefined ? vscode.l10n.t('No speaker') : plainText(key);
    case 'author':
    case 'file':
      return plainText(key ?? '');
  }
}

function groupIcon(group: QueueGroup): vscode.ThemeIcon {
  switch (group.grouping) {
    case 'kind':
      return kindIcon((group.key ?? 'fact') as QueueItem['kind']);
    case 'file':
      return vscode.ThemeIcon.File;
    case 'speaker':
    case 'author':
      return new vscode.ThemeIcon('person');
    case 'status':
      return new vscode.ThemeIcon('checklist');
    case 'verdict':
      return new vscode.ThemeIcon('law');
  }
}

function queueItem(queued: QueueItem, grouping: QueueGrouping): vscode.TreeItem {
  const item = new vscode.TreeItem(plainText(shorten(queued.exact, 60)), vscode.TreeItemCollapsibleState.None);
  item.id = `queueItem:${queued.transcript}#${queued.id}`;
  const description: string[] = [];
  if (queued.anchor === 'fuzzy') description.push(vscode.l10n.t('needs review'));
  if (queued.anchor === 'orphaned') description.push(vscode.l10n.t('orphaned'));
  if (grouping !== 'file') description.push(queued.fileLabel);
  if (grouping !== 'kind') description.push(kindLabel(queued.kind));
  if (grouping !== 'speaker' && queued.speaker) description.push(queued.speaker);
  if (grouping !== 'author') description.push(queued.author);
  if (grouping !== 'status') description.push(queued.status);
  if (grouping !== 'verdict' && queued.verdict !== undefined) description.push(queued.verdict);
  item.description = plainText(description.join(' · '));
  item.iconPath = tagIcon(queued.anchor, queued.kind);
  item.contextValue = 'queueItem';
  const tooltip = untrustedMarkdown();
  tooltip.appendMarkdown(escapeMarkdown(queued.exact));
  tooltip.appendMarkdown('\n\n');
  const facts = [kindLabel(queued.kind), queued.status, queued.verdict, queued.fileLabel, vscode.l10n.t('by {0}', queued.author)].filter((part): part is string => part !== undefined);
  tooltip.appendMarkdown(escapeMarkdown(facts.join(' · ')));
  if (queued.note) tooltip.appendMarkdown(`\n\n${escapeMarkdownLines(queued.note)}`);
  item.tooltip = tooltip;
  item.command = { command: OPEN_QUEUE_ITEM_COMMAND, title: vscode.l10n.t('Open at the Tag'), arguments: [queued.transcript, queued.id, queued.start, queued.end] };
  return item;
}
