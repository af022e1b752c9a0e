import * as vscode from 'vscode';
import type { AnnotationGroupNode, AnnotationsTreeNode } from '../../presentation/annotationsTree';
import { buildAnnotationsTree } from '../../presentation/annotationsTree';
import type { AnnotationView } from '../../presentation/annotationView';
import type { ActiveTranscript } from '../activeTranscript';
import type { AnnotationSessions } from '../annotations/sessions';
import type { ScriptDisplay } from '../scriptDisplay';
import { kindLabel, shorten } from '../decorations';
import { Disposable } from '../util/dispose';
import { revealCommand } from './revealTarget';
import { kindIcon, orphanedIcon, tagIcon } from './tagIcon';
import { TreeRefresher, type TreeChange } from './treeRefresh';
import { escapeMarkdown, escapeMarkdownLines, plainText } from '../../presentation/untrustedText';
import { untrustedMarkdown } from '../ui/untrustedUi';
import { formatTimecode } from '../../core/desk/timecodes';
import { formatVerdict } from '../../core/desk/verdict';
import { timecodeAt } from '../timecodes';

export const ANNOTATIONS_VIEW = 'transcriptAnnotator.annotations';

/** The Annotations tree's data: the active transcript's tags by kind, with orphans apart. */
export class AnnotationsModel extends Disposable {
  private readonly onDidChangeEmitter = this._register(new vscode.EventEmitter<TreeChange>());
  readonly onDidChange = this.onDidChangeEmitter.event;

  constructor(
    private readonly active: ActiveTranscript,
    private readonly sessions: AnnotationSessions,
    private readonly scripts: ScriptDisplay,
  ) {
    super();
    this._register(active.onDidChange(() => this.onDidChangeEmitter.fire('transcript')));
    this._register(scripts.onDidChange(() => this.onDidChangeEmitter.fire('other')));
    this._register(
      sessions.onDidChange((document) => {
        if (document === this.active.document) this.onDidChangeEmitter.fire('other');
      }),
    );
  }

  get uri(): vscode.Uri | undefined {
    return this.active.document?.uri;
  }

  roots(): AnnotationGroupNode[] {
    const document = this.active.document;
    const session = document ? this.sessions.peek(document.uri) : undefined;
    return session ? buildAnnotationsTree(session.annotations, this.scripts.display) : [];
  }

  /** Where a placed tag's statement is in the recording, for a timed transcript. */
  timeOf(annotation: AnnotationView): number | null {
    const document = this.active.document;
    return document && annotation.span ? timecodeAt(document, annotation.span.start) : null;
  }

  /** The sidecar problem of the active transcript, shown as the view's message. */
  problem(): string | undefined {
    const document = this.active.document;
    const problem = document ? this.sessions.peek(document.uri)?.problem : undefined;
    if (!problem) return undefined;
    return plainText(
      problem.line !== undefined
        ? vscode.l10n.t('The annotations file cannot be read (line {0}): {1}. It is left untouched until fixed.', problem.line, problem.message)
        : vscode.l10n.t('The annotations file cannot be read: {0}. It is left untouched until fixed.', problem.message),
    );
  }
}

export class AnnotationsTreeProvider extends Disposable implements vscode.TreeDataProvider<AnnotationsTreeNode> {
  private readonly refresher = this._register(new TreeRefresher());
  readonly onDidChangeTreeData = this.refresher.event;

  constructor(private readonly model: AnnotationsModel) {
    super();
    this._register(model.onDidChange((why) => this.refresher.requestFor(why)));
  }

  getChildren(node?: AnnotationsTreeNode): AnnotationsTreeNode[] {
    if (!node) return this.model.roots();
    return node.type === 'annotationGroup' ? [...node.children] : [];
  }

  getTreeItem(node: AnnotationsTreeNode): vscode.TreeItem {
    if (node.type === 'annotationGroup') {
      const orphaned = node.key === 'orphaned';
      const item = new vscode.TreeItem(orphaned ? vscode.l10n.t('Orphaned') : kindLabel(node.key), vscode.TreeItemCollapsibleState.Expanded);
      item.description = String(node.children.length);
      item.iconPath = orphaned ? orphanedIcon() : kindIcon(node.key);
      item.contextValue = orphaned ? 'orphanedGroup' : 'kindGroup';
      item.id = `group:${node.key}`;
      return item;
    }
    return annotationItem(node.annotation, this.model.uri, this.model.timeOf(node.annotation));
  }
}

function annotationItem(annotation: AnnotationView, uri: vscode.Uri | undefined, time: number | null): vscode.TreeItem {
  const item = new vscode.TreeItem(plainText(shorten(annotation.exact, 60)), vscode.TreeItemCollapsibleState.None);
  item.id = `annotation:${annotation.id}`;
  // The time in the recording first, as a rundown reads; then the author, by whom several annotators' tags
  // on one statement are told apart; then the desk's verdict and step, which a checker scans the list for.
  const description = [
    time !== null ? formatTimecode(time) : undefined,
    annotation.author,
    annotation.verdict ? formatVerdict(annotation.verdict) : undefined,
    annotation.checkStatus?.value,
    annotation.note ? shorten(annotation.note, 30) : undefined,
    annotation.speaker ?? undefined,
  ].filter(Boolean);
  if (annotation.status === 'fuzzy') description.unshift(vscode.l10n.t('needs review'));
  item.description = plainText(description.join(' · '));
  item.iconPath = tagIcon(annotation.status, annotation.kind);
  item.contextValue = `annotation${annotation.status[0]!.toUpperCase()}${annotation.status.slice(1)}`;
  const tooltip = untrustedMarkdown();
  tooltip.appendMarkdown(escapeMarkdown(annotation.exact));
  tooltip.appendMarkdown('\n\n');
  tooltip.appendMarkdown(escapeMarkdown(`${kindLabel(annotation.kind)} · ${vscode.l10n.t('by {0}, {1}', annotation.author, annotation.created)}`));
  if (annotation.modifiedBy !== undefined) tooltip.appendMarkdown(escapeMarkdown(` · ${vscode.l10n.t('changed by {0}, {1}', annotation.modifiedBy, annotation.modified)}`));
  const desk = [
    time !== null ? formatTimecode(time) : undefined,
    annotation.verdict ? vscode.l10n.t('Verdict: {0}', formatVerdict(annotation.verdict)) : undefined,
    annotation.checkStatus ? vscode.l10n.t('Status: {0} (set by {1}, {2})', annotation.checkStatus.value, annotation.checkStatus.by, annotation.checkStatus.at) : undefined,
    annotation.sources.length ? vscode.l10n.t('{0} sources', annotation.sources.length) : undefined,
  ].filter(Boolean);
  if (desk.length) tooltip.appendMarkdown(`\n\n${escapeMarkdown(desk.join(' · '))}`);
  if (annotation.note) tooltip.appendMarkdown(`\n\n${escapeMarkdownLines(annotation.note)}`);
  item.tooltip = tooltip;
  if (uri) {
    item.command = annotation.span
      ? revealCommand(uri, annotation.span)
      : { command: 'transcriptAnnotator.relocateOrphan', title: vscode.l10n.t('Relocate'), arguments: [annotation.id] };
  }
  return item;
}
