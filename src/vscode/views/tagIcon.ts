import * as vscode from 'vscode';
import type { ClaimKind } from '../../core/analysis/model';
import type { AnchorStatus } from '../../core/anchoring/model';

/** A lost tag's icon: the Annotations view's orphaned group and items, the queue's orphaned items. */
export function orphanedIcon(): vscode.ThemeIcon {
  return new vscode.ThemeIcon('warning', new vscode.ThemeColor('editorError.foreground'));
}

/** A kind's tag icon in its colour. */
export function kindIcon(kind: ClaimKind): vscode.ThemeIcon {
  return new vscode.ThemeIcon('tag', new vscode.ThemeColor(`transcriptAnnotator.${kind}Border`));
}

/** A tag's icon in the trees: lost, moved (to review), or in place in its kind's colour. */
export function tagIcon(anchor: AnchorStatus | undefined, kind: ClaimKind): vscode.ThemeIcon {
  if (anchor === 'orphaned') return orphanedIcon();
  if (anchor === 'fuzzy') return new vscode.ThemeIcon('question', new vscode.ThemeColor('transcriptAnnotator.fuzzyBorder'));
  return kindIcon(kind);
}
