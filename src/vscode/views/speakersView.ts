import * as vscode from 'vscode';
import { assignColorSlots } from '../../presentation/speakerColors';
import type { SpeakerNode, SpeakersTreeNode } from '../../presentation/speakersTree';
import { buildSpeakersTree } from '../../presentation/speakersTree';
import type { AnalyzedDocument } from '../analysisCache';
import { SPEAKER_SLOTS } from '../decorations';
import { Disposable } from '../util/dispose';
import { revealCommand } from './revealTarget';
import { AnalysisTreeModel } from './analysisTreeModel';
import { TreeRefresher } from './treeRefresh';
import { plainText } from '../../presentation/untrustedText';

export const SPEAKERS_VIEW = 'transcriptAnnotator.speakers';

/** The Speakers tree's data: speakers of the active transcript with their turns and aliases. */
export class SpeakersModel extends AnalysisTreeModel<SpeakerNode> {
  protected build(document: vscode.TextDocument, analysed: AnalyzedDocument): SpeakerNode[] {
    return buildSpeakersTree(analysed.analysis, analysed.text, this.sessions.peek(document.uri)?.aliases ?? {}, this.scripts.show);
  }

  /** Every speaker name, for pickers. */
  speakerNames(): string[] {
    return this.roots().map((node) => node.name);
  }
}

export class SpeakersTreeProvider extends Disposable implements vscode.TreeDataProvider<SpeakersTreeNode> {
  private readonly refresher = this._register(new TreeRefresher());
  readonly onDidChangeTreeData = this.refresher.event;

  constructor(private readonly model: SpeakersModel) {
    super();
    this._register(model.onDidChange((why) => this.refresher.requestFor(why)));
  }

  getChildren(node?: SpeakersTreeNode): SpeakersTreeNode[] {
    if (!node) return this.model.roots();
    return node.type === 'speaker' ? [...node.children] : [];
  }

  getTreeItem(node: SpeakersTreeNode): vscode.TreeItem {
    const uri = this.model.uri;
    if (node.type === 'speaker') {
      const item = new vscode.TreeItem(plainText(node.label), vscode.TreeItemCollapsibleState.Collapsed);
      const turns = node.children.length === 1 ? vscode.l10n.t('1 turn') : vscode.l10n.t('{0} turns', node.children.length);
      item.description = node.aliases.length > 0 ? plainText(`${turns} · ${vscode.l10n.t('also {0}', node.aliases.join(', '))}`) : turns;
      const slot = assignColorSlots(this.model.speakerNames(), SPEAKER_SLOTS).get(node.name) ?? 0;
      item.iconPath = new vscode.ThemeIcon('person', new vscode.ThemeColor(`transcriptAnnotator.speaker${slot + 1}`));
      item.contextValue = node.aliases.length > 0 ? 'speakerAliased' : 'speaker';
      item.id = node.id;
      return item;
    }
    const item = new vscode.TreeItem(node.preview ? plainText(node.preview) : vscode.l10n.t('(empty turn)'), vscode.TreeItemCollapsibleState.None);
    item.iconPath = new vscode.ThemeIcon('comment');
    item.contextValue = 'turn';
    item.id = node.id;
    if (uri) item.command = revealCommand(uri, node.span);
    return item;
  }
}
