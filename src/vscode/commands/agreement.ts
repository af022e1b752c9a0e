import * as vscode from 'vscode';
import { compareAnnotators } from '../../core/agreement/agreement';
import { placeAnnotations } from '../../core/export/place';
import { decodeSidecarBytes } from '../../core/sidecar/codec';
import type { AgreementView } from '../../presentation/agreementView';
import { buildAgreementView, sideAtCurrentPlaces } from '../../presentation/agreementView';
import { agreementMarkdown } from '../agreement/agreementMarkdown';
import type { AgreementReports } from '../agreement/reportDocuments';
import type { Services } from '../services';
import type { Command } from './commandManager';
import { currentTarget } from './targets';
import { showError, showInformation, showWarning } from '../ui/untrustedUi';

/** What the command gives back (for tests and other extensions): the report's document and its content. */
export interface AgreementResult {
  readonly report: vscode.Uri;
  readonly view: AgreementView;
}

/**
 * Compares the active transcript's tags (A, where they are now) with another annotator's sidecar file
 * (B, re-anchored against the same text), and opens a report: Cohen's kappa, the statements both tagged,
 * each one's extra tags and the disagreements, each with a link to its line. Argument: the other file.
 */
export class CompareAnnotatorsCommand implements Command {
  readonly id = 'transcriptAnnotator.compareAnnotators';

  constructor(
    private readonly services: Services,
    private readonly reports: AgreementReports,
  ) {}

  async execute(otherArg?: unknown): Promise<AgreementResult | undefined> {
    const target = await currentTarget(this.services);
    if (!target) return undefined;
    const { document, session } = target;
    if (session.problem) {
      const { line, message } = session.problem;
      const why =
        line !== undefined
          ? vscode.l10n.t('This transcript’s annotations file cannot be read (line {0}): {1}', line, message)
          : vscode.l10n.t('This transcript’s annotations file cannot be read: {0}', message);
      showFileError(why, session.sidecarUri, line);
      return undefined;
    }
    const other = otherArg instanceof vscode.Uri ? otherArg : await pickOther(document.uri);
    if (!other) return undefined;
    if (other.toString() === session.sidecarUri.toString()) {
      void showInformation(vscode.l10n.t('That is this transcript’s own annotations file. Choose the file another annotator tagged the same transcript in.'));
      return undefined;
    }
    const otherName = vscode.workspace.asRelativePath(other);
    let bytes: Uint8Array;
    try {
      bytes = await vscode.workspace.fs.readFile(other);
    } catch (error) {
      void showError(vscode.l10n.t('{0} cannot be read: {1}', otherName, error instanceof Error ? error.message : String(error)));
      return undefined;
    }
    const decoded = decodeSidecarBytes(bytes);
    if (!decoded.ok) {
      const { line, column, reason } = decoded.problem;
      showFileError(vscode.l10n.t('{0} is not a valid annotations file (line {1}, column {2}): {3}', otherName, line, column, reason), other, line);
      return undefined;
    }
    const ownName = vscode.workspace.asRelativePath(session.sidecarUri);
    if (session.annotations.length === 0 || decoded.document.annotations.length === 0) {
      const empty = session.annotations.length === 0 ? vscode.l10n.t('This transcript') : otherName;
      void showWarning(vscode.l10n.t('{0} has no tags yet, so there is nothing to compare.', empty));
      return undefined;
    }

    // Both sides on the text as it is in the editor now, so every line number is current.
    const text = document.getText();
    const a = sideAtCurrentPlaces(text, session.placedAnnotations());
    const b = sideAtCurrentPlaces(text, placeAnnotations(text, decoded.document.annotations));
    if (b.tags.length === 0) {
      void showWarning(vscode.l10n.t('None of the tags in {0} are found in this transcript. Is it the annotations file of another transcript?', otherName));
    }
    const report = compareAnnotators(a.tags, b.tags);
    const view = buildAgreementView(report, a, b, (offset) => document.positionAt(offset).line + 1);
    const rendered = agreementMarkdown({ view, transcript: document.uri, a: { label: ownName, authors: a.authors }, b: { label: otherName, authors: b.authors } });
    const editor = await this.reports.show(vscode.l10n.t('Agreement — {0}', basename(document.uri)), rendered);
    return { report: editor.document.uri, view };
  }
}

async function pickOther(transcript: vscode.Uri): Promise<vscode.Uri | undefined> {
  const picked = await vscode.window.showOpenDialog({
    defaultUri: vscode.Uri.joinPath(transcript, '..'),
    canSelectMany: false,
    openLabel: vscode.l10n.t('Compare'),
    title: vscode.l10n.t('Choose Another Annotator’s Annotations File'),
    filters: { [vscode.l10n.t('Annotations files')]: ['json'] },
  });
  return picked?.[0];
}

/** An error about a file, with a button that opens it at the offending line. */
function showFileError(message: string, file: vscode.Uri, line: number | undefined): void {
  const open = vscode.l10n.t('Open File');
  void showError(message, open).then((choice) => {
    if (choice !== open) return;
    const at = line !== undefined ? new vscode.Position(Math.max(0, line - 1), 0) : undefined;
    void vscode.window.showTextDocument(file, at ? { selection: new vscode.Range(at, at) } : {});
  });
}

function basename(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}
