import * as vscode from 'vscode';
import type { Span } from '../../core/text/positions';

export const REVEAL_COMMAND = 'transcriptAnnotator.reveal';

/** The command a tree item runs on click: select the span in its document. */
export function revealCommand(uri: vscode.Uri, span: Span, title = vscode.l10n.t('Reveal in Editor')): vscode.Command {
  return { command: REVEAL_COMMAND, title, arguments: [uri, span.start, span.end] };
}
