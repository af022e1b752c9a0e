import * as vscode from 'vscode';
import { convertDocumentScript } from '../../core/convert/convertAnnotations';
import type { ScriptTarget } from '../../core/convert/scripts';
import { isScriptTarget, SCRIPT_TARGETS } from '../../core/convert/scripts';
import type { Services } from '../services';
import type { Command } from './commandManager';
import { currentTarget, ensureWritable } from './targets';
import { pick, showError, showInformation, showWarning } from '../ui/untrustedUi';

function targetLabel(target: ScriptTarget): string {
  switch (target) {
    case 'cn':
      return vscode.l10n.t('Simplified Chinese');
    case 'tw':
      return vscode.l10n.t('Traditional Chinese (Taiwan)');
    case 'twp':
      return vscode.l10n.t('Traditional Chinese (Taiwan, with Taiwanese phrases)');
    case 'hk':
      return vscode.l10n.t('Traditional Chinese (Hong Kong)');
  }
}

/**
 * Converts the transcript between Simplified and Traditional Chinese and carries every tag along exactly
 * (positions go through the conversion's offset map), with speaker names, topics and aliases converted too.
 * The dictionaries load on first use only. The text change is one undoable edit; the sidecar is written when
 * the converted transcript is saved, so undo, redo and revert before that leave it as it was.
 */
export class ConvertScriptCommand implements Command {
  readonly id = 'transcriptAnnotator.convertScript';

  constructor(private readonly services: Services) {}

  async execute(targetArg?: unknown): Promise<boolean> {
    const target = await currentTarget(this.services);
    if (!target || !ensureWritable(target.session)) return false;
    const script = isScriptTarget(targetArg)
      ? targetArg
      : (await pick(
          SCRIPT_TARGETS.map((value) => ({ label: targetLabel(value), value })),
          { title: vscode.l10n.t('Convert Transcript To') },
        ))?.value;
    if (!script) return false;
    const { document, session } = target;
    const version = document.version;
    const text = document.getText();
    const converted = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Converting to {0}…', targetLabel(script)) },
      () => convertDocumentScript(text, session.placedAnnotations(), session.aliases, script),
    );
    if (document.version !== version) {
      void showWarning(vscode.l10n.t('The transcript changed during the conversion; nothing was converted.'));
      return false;
    }
    if (converted.text === text) {
      void showInformation(vscode.l10n.t('The transcript is already in {0}.', targetLabel(script)));
      return false;
    }
    // Tags first, so that the editor's change event finds them already on the new text.
    await session.adoptRewrite(converted.text, converted.annotations, converted.speakerAliases);
    const edit = new vscode.WorkspaceEdit();
    edit.replace(document.uri, new vscode.Range(document.positionAt(0), document.positionAt(text.length)), converted.text);
    const applied = await vscode.workspace.applyEdit(edit);
    if (!applied) void showError(vscode.l10n.t('The converted text could not be applied.'));
    return applied;
  }
}
