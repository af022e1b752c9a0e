import * as vscode from 'vscode';
import { assignColorSlots } from '../../presentation/speakerColors';
import type { SpeakerNode, SpeakersTreeNode } from '../../presentation/speakersTree';
import { buildSpeakersTree } from '../../presentation/speakersTree';
import type { ActiveTranscript } from '../activeTranscript';
import type { AnalysisCache } from '../analysisCache';
import type { AnnotationSessions } from '../annotations/sessions';
import type { ScriptDisplay } from '../scriptDisplay';
import { SPEAKER_SLOTS } from '../decorations';
import { Disposable } from '../util/dispose';
import { revealCommand } from './revealTarget';
import { TreeRefresher, type TreeChange } from './treeRefresh';

export const SPEAKERS_VIEW = 'transcriptAnnotator.speakers';

/** The Speakers tree's data: speakers of the active transcript with their turns and aliases. */
export class SpeakersModel extends Disposable {
  private cache: { uri: string; roots: SpeakerNode[] } | undefined;
  private readonly onDidChangeEmitter = this._register(new vscode.EventEmitter<TreeChange>());
  readonly onDidChange = this.onDidChangeEmitter.event;

  constructor(
    private readonly active: ActiveTranscript,
    private readonly analysis: AnalysisCache,
    private readonly sessions: AnnotationSessions,
    private readonly scripts: ScriptDisplay,
  ) {
    super();
    const refreshFor = (document: vscode.TextDocument, why: TreeChange = 'other'): void => {
      if (document === this.active.document) this.changed(why);
    };
    this._register(active.onDidChange(() => this.changed()));
    this._register(scripts.onDidChange(() => this.changed()));
    this._register(analysis.onDidAnalyze((document) => refreshFor(document, 'analysis')));
    this._register(sessions.onDidChange((document) => refreshFor(document)));
  }

  get uri(): vscode.Uri | undefined {
    return this.active.document?.uri;
  }

  roots(): SpeakerNode[] {
    const document = this.active.document;
    if (!document) return [];
    if (this.cache?.uri === document.uri.toString()) return this.cache.roots;
    const analysed = this.analysis.peek(document) ?? this.analysis.get(document);
    if (!analysed) return [];
    const roots = buildSpeakersTree(analysed.analysis, analysed.text, this.sessions.peek(document.uri)?.aliases ?? {}, this.scripts.show);
    this.cache = { uri: document.uri.toString(), roots };
    return roots;
  }

  /** Every speaker name, for pickers. */
  speakerNames(): string[] {
    return this.roots().map((node) => node.name);
  }

  private changed(why: TreeChange = 'other'): void {
    this.cache = undefined;
    this.onDidChangeEmitter.fire(why);
  }
}

export class SpeakersTreeProvider extends Disposable implements vscode.TreeDataProvider<SpeakersTreeNode> {
  private readonly refresher = this._register(new TreeRefresher());
  readonly onDidChangeTreeData = this.refresher.event;

  constructor(private readonly model: SpeakersModel) {
    super();
    this._register(model.onDidChange((why) => (why === 'analysis' ? this.refresher.requestAfterAnalysis() : this.refresher.request())));
  }

  getChildren(node?: SpeakersTreeNode): SpeakersTreeNode[] {
    if (!node) return this.model.roots();
    return node.type === 'speaker' ? [...node.children] : [];
  }

  getTreeItem(node: SpeakersTreeNode): vscode.TreeItem {
    const uri = this.model.uri;
    if (node.type === 'speaker') {
      const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Collapsed);
      const turns = node.children.length === 1 ? vscode.l10n.t('1 turn') : vscode.l10n.t('{0} turns', node.children.length);
      item.description = node.aliases.length > 0 ? `${turns} · ${vscode.l10n.t('also {0}', node.aliases.join(', '))}` : turns;
      const slot = assignColorSlots(this.model.speakerNames(), SPEAKER_SLOTS).get(node.name) ?? 0;
      item.iconPath = new vscode.ThemeIcon('person', new vscode.ThemeColor(`transcriptAnnotator.speaker${slot + 1}`));
      item.contextValue = node.aliases.length > 0 ? 'speakerAliased' : 'speaker';
      item.id = node.id;
      return item;
    }
    const item = new vscode.TreeItem(node.preview || vscode.l10n.t('(empty turn)'), vscode.TreeItemCollapsibleState.None);
    item.iconPath = new vscode.ThemeIcon('comment');
    item.contextValue = 'turn';
    item.id = node.id;
    if (uri) item.command = revealCommand(uri, node.span);
    return item;
  }
}
