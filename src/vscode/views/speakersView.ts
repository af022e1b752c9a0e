import * as vscode from 'vscode';
import { assignColorSlots } from '../../presentation/speakerColors';
import type { SpeakerNode, SpeakersTreeNode } from '../../presentation/speakersTree';
import { buildSpeakersTree } from '../../presentation/speakersTree';
import type { AnalyzedDocument } from '../analysisCache';
import { SPEAKER_SLOTS } from '../decorations';
import type { Span } from '../../core/text/positions';
import { AnalysisTreeModel } from './analysisTreeModel';
import { AnalysisTreeProvider } from './analysisTreeProvider';
import type { TreeShape } from './shownTree';
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

const SPEAKERS_SHAPE: TreeShape<SpeakersTreeNode> = {
  id: (node) => node.id,
  children: (node) => (node.type === 'turn' ? [] : node.children),
  sameRow: (shown, current) =>
    shown.type === 'speaker'
      ? current.type === 'speaker' &&
        shown.label === current.label &&
        shown.turnCount === current.turnCount &&
        shown.aliases.length === current.aliases.length &&
        shown.aliases.every((alias, i) => alias === current.aliases[i])
      : shown.type === 'bucket'
        ? current.type === 'bucket' && shown.first === current.first && shown.last === current.last
        : current.type === 'turn' && shown.preview === current.preview,
};

export class SpeakersTreeProvider extends AnalysisTreeProvider<SpeakersTreeNode> {
  constructor(protected override readonly model: SpeakersModel) {
    super(model, SPEAKERS_SHAPE, 'transcriptAnnotator.speakers.revealNode');
  }

  protected item(node: SpeakersTreeNode): vscode.TreeItem {
    if (node.type === 'speaker') {
      const item = new vscode.TreeItem(plainText(node.label), vscode.TreeItemCollapsibleState.Collapsed);
      const turns = node.turnCount === 1 ? vscode.l10n.t('1 turn') : vscode.l10n.t('{0} turns', node.turnCount);
      item.description = node.aliases.length > 0 ? plainText(`${turns} · ${vscode.l10n.t('also {0}', node.aliases.join(', '))}`) : turns;
      const slot = assignColorSlots(this.model.speakerNames(), SPEAKER_SLOTS).get(node.name) ?? 0;
      item.iconPath = new vscode.ThemeIcon('person', new vscode.ThemeColor(`transcriptAnnotator.speaker${slot + 1}`));
      item.contextValue = node.aliases.length > 0 ? 'speakerAliased' : 'speaker';
      item.id = node.id;
      return item;
    }
    if (node.type === 'bucket') {
      // A run of a speaker's many turns: collapsed, so VS Code loads its rows only when opened.
      const item = new vscode.TreeItem(vscode.l10n.t('turns {0}–{1}', node.first, node.last), vscode.TreeItemCollapsibleState.Collapsed);
      item.iconPath = new vscode.ThemeIcon('list-unordered');
      item.contextValue = 'turnBucket';
      item.id = node.id;
      return item;
    }
    const item = new vscode.TreeItem(node.preview ? plainText(node.preview) : vscode.l10n.t('(empty turn)'), vscode.TreeItemCollapsibleState.None);
    item.iconPath = new vscode.ThemeIcon('comment');
    item.contextValue = 'turn';
    item.id = node.id;
    item.command = this.revealCommand(node);
    return item;
  }

  protected spanOf(node: SpeakersTreeNode): Span | undefined {
    return node.type === 'turn' ? node.span : undefined;
  }
}
