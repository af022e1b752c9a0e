import * as vscode from 'vscode';
import type { AnnotationView } from '../../presentation/annotationView';
import type { GroupNode, StatementBucketNode, StatementNode, TopicNode, TopicsGrouping, TopicsTreeNode } from '../../presentation/topicsTree';
import { buildTopicsTree } from '../../presentation/topicsTree';
import type { ActiveTranscript } from '../activeTranscript';
import type { AnalysisCache, AnalyzedDocument } from '../analysisCache';
import type { AnnotationSessions } from '../annotations/sessions';
import type { ScriptDisplay } from '../scriptDisplay';
import { kindLabel, shorten } from '../decorations';
import type { Span } from '../../core/text/positions';
import { AnalysisTreeModel } from './analysisTreeModel';
import { AnalysisTreeProvider } from './analysisTreeProvider';
import type { TreeShape } from './shownTree';
import { escapeMarkdown, escapeMarkdownLines, plainText } from '../../presentation/untrustedText';
import { untrustedMarkdown } from '../ui/untrustedUi';
import { cuesAsWritten } from '../../presentation/cueDisplay';
import { kindIcon } from './tagIcon';

export const TOPICS_VIEW = 'transcriptAnnotator.topics';

/** The Topics tree's data: the active transcript's topics and statements, grouped and filtered. */
export class TopicsModel extends AnalysisTreeModel<TopicNode> {
  private groupingValue: TopicsGrouping = 'speaker';
  private filterValue = '';

  constructor(active: ActiveTranscript, analysis: AnalysisCache, sessions: AnnotationSessions, scripts: ScriptDisplay) {
    super(active, analysis, sessions, scripts);
    void this.setContext();
  }

  get grouping(): TopicsGrouping {
    return this.groupingValue;
  }

  get filter(): string {
    return this.filterValue;
  }

  setGrouping(grouping: TopicsGrouping): void {
    this.groupingValue = grouping;
    void this.setContext();
    this.changed();
  }

  setFilter(filter: string): void {
    this.filterValue = filter.trim();
    void this.setContext();
    this.changed();
  }

  protected build(document: vscode.TextDocument, analysed: AnalyzedDocument): TopicNode[] {
    const annotations: readonly AnnotationView[] = this.sessions.peek(document.uri)?.annotations ?? [];
    return buildTopicsTree(analysed.analysis, annotations, {
      grouping: this.groupingValue,
      filter: this.filterValue,
      display: this.scripts.display,
      text: analysed.text,
    });
  }

  /** The context keys follow the grouping and the filter only (not every analysis: each is a message to the window). */
  private async setContext(): Promise<void> {
    await vscode.commands.executeCommand('setContext', 'transcriptAnnotator.topicsGrouping', this.groupingValue);
    await vscode.commands.executeCommand('setContext', 'transcriptAnnotator.topicsFiltered', this.filterValue !== '');
  }
}

const TOPICS_SHAPE: TreeShape<TopicsTreeNode> = {
  id: (node) => node.id,
  children: (node) => (node.type === 'statement' ? [] : node.children),
  sameRow: (shown, current) => {
    if (shown.type === 'topic') return current.type === 'topic' && shown.title === current.title && shown.hasChildren === current.hasChildren;
    if (shown.type === 'group') return current.type === 'group' && shown.key === current.key && shown.grouping === current.grouping && shown.count === current.count;
    if (shown.type === 'bucket') return current.type === 'bucket' && shown.first === current.first && shown.last === current.last;
    return (
      current.type === 'statement' &&
      shown.text === current.text &&
      shown.kind === current.kind &&
      shown.speaker === current.speaker &&
      (shown.annotation === undefined) === (current.annotation === undefined) &&
      shown.annotation?.note === current.annotation?.note &&
      shown.cues.length === current.cues.length &&
      shown.cues.every((cue, i) => cue === current.cues[i])
    );
  },
};

export class TopicsTreeProvider extends AnalysisTreeProvider<TopicsTreeNode> {
  constructor(protected override readonly model: TopicsModel) {
    super(model, TOPICS_SHAPE, 'transcriptAnnotator.topics.revealNode');
  }

  protected item(node: TopicsTreeNode): vscode.TreeItem {
    // A filter's matches open expanded, as they always did: the filter is what the user looks for.
    const expanded = node.type === 'topic' && (node.startsExpanded || this.model.filter !== '');
    const item =
      node.type === 'topic'
        ? topicItem(node, expanded)
        : node.type === 'group'
          ? groupItem(node)
          : node.type === 'bucket'
            ? bucketItem(node)
            : statementItem(node, this.model.grouping);
    item.command = this.revealCommand(node);
    // Explicit ids keep VS Code's handles valid across refreshes (generated ones go stale mid-update).
    item.id = `${this.model.grouping}:${node.id}`;
    return item;
  }

  protected override tooltip(node: TopicsTreeNode): vscode.MarkdownString | undefined {
    return node.type === 'statement' ? statementTooltip(node) : undefined;
  }

  protected spanOf(node: TopicsTreeNode): Span | undefined {
    if (node.type === 'statement') return node.span;
    return node.type === 'topic' && node.title !== null ? node.span : undefined;
  }
}

function topicItem(node: TopicNode, expanded: boolean): vscode.TreeItem {
  const state = !node.hasChildren
    ? vscode.TreeItemCollapsibleState.None
    : expanded
      ? vscode.TreeItemCollapsibleState.Expanded
      : vscode.TreeItemCollapsibleState.Collapsed;
  const item = new vscode.TreeItem(node.title !== null ? plainText(node.title) : vscode.l10n.t('(before the first topic)'), state);
  item.iconPath = new vscode.ThemeIcon(node.title === null ? 'list-flat' : 'bookmark');
  item.contextValue = 'topic';
  return item;
}

function groupItem(node: GroupNode): vscode.TreeItem {
  const label = node.grouping === 'kind' ? kindLabel(node.key as StatementNode['kind']) : (node.key ?? vscode.l10n.t('(no speaker)'));
  const item = new vscode.TreeItem(plainText(label), vscode.TreeItemCollapsibleState.Expanded);
  item.description = String(node.count);
  item.iconPath = node.grouping === 'kind' ? kindIcon(node.key as StatementNode['kind']) : new vscode.ThemeIcon('person');
  item.contextValue = node.grouping === 'kind' ? 'kindGroup' : 'speakerGroup';
  return item;
}

/** A run of a large group's statements: collapsed, so VS Code loads its rows only when opened. */
function bucketItem(node: StatementBucketNode): vscode.TreeItem {
  const item = new vscode.TreeItem(vscode.l10n.t('statements {0}–{1}', node.first, node.last), vscode.TreeItemCollapsibleState.Collapsed);
  item.iconPath = new vscode.ThemeIcon('list-unordered');
  item.contextValue = 'statementBucket';
  return item;
}

function statementItem(node: StatementNode, grouping: TopicsGrouping): vscode.TreeItem {
  const item = new vscode.TreeItem(plainText(shorten(node.text, 60)), vscode.TreeItemCollapsibleState.None);
  const tagged = node.annotation !== undefined;
  const kind = kindLabel(node.kind);
  const parts = [tagged ? kind : vscode.l10n.t('{0}?', kind)];
  if (grouping === 'kind' && node.speaker) parts.unshift(node.speaker);
  item.description = plainText(parts.join(' · '));
  item.iconPath = tagged
    ? kindIcon(node.kind)
    : new vscode.ThemeIcon('circle-small', new vscode.ThemeColor(`transcriptAnnotator.${node.kind}Border`));
  item.contextValue = tagged ? 'statementTagged' : 'statement';
  return item;
}

/** Built when VS Code shows it (resolveTreeItem): parsing every statement's Markdown on each redraw cost seconds at 10 MB. */
function statementTooltip(node: StatementNode): vscode.MarkdownString {
  const tagged = node.annotation !== undefined;
  const kind = kindLabel(node.kind);
  const tooltip = untrustedMarkdown();
  tooltip.appendMarkdown(escapeMarkdown(node.text));
  tooltip.appendMarkdown('\n\n');
  tooltip.appendMarkdown(escapeMarkdown(tagged ? vscode.l10n.t('Tagged as {0}', kind) : vscode.l10n.t('Suggested: {0}', kind)));
  if (node.cues.length > 0) tooltip.appendMarkdown(escapeMarkdown(` — ${vscode.l10n.t('cues: {0}', cuesAsWritten(node.text, node.cues).join(', '))}`));
  if (node.annotation?.note) tooltip.appendMarkdown(`\n\n${escapeMarkdownLines(node.annotation.note)}`);
  return tooltip;
}
