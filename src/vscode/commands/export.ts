import * as vscode from 'vscode';
import { EXPORT_EXTENSIONS, exportAnnotations } from '../../core/export/exportAnnotations';
import type { ExportFormat } from '../../core/export/model';
import { EXPORT_FORMATS, isExportFormat } from '../../core/export/model';
import { workspaceOutputSegments } from '../../presentation/outputPath';
import type { Services } from '../services';
import type { Command } from './commandManager';
import { currentTarget } from './targets';
import { pick, showError, showInformation } from '../ui/untrustedUi';

function formatLabel(format: ExportFormat): string {
  switch (format) {
    case 'csv':
      return vscode.l10n.t('CSV (spreadsheet)');
    case 'markdown':
      return vscode.l10n.t('Markdown (report grouped by kind)');
    case 'w3c':
      return vscode.l10n.t('W3C Web Annotation (JSON-LD)');
    case 'claimreview':
      return vscode.l10n.t('ClaimReview (schema.org, JSON-LD)');
  }
}

/**
 * Exports the active transcript's tags, where they are now, to CSV, Markdown, W3C Web Annotations or
 * ClaimReview. Arguments (for tests and keybindings): a format, then a path relative to the workspace
 * folder for a new file. Without a path it asks with a save dialog. A command link could supply the
 * arguments, so an argument never names a place outside the workspace nor a file that exists.
 */
export class ExportCommand implements Command {
  readonly id = 'transcriptAnnotator.export';

  constructor(private readonly services: Services) {}

  async execute(formatArg?: unknown, outputArg?: unknown): Promise<vscode.Uri | undefined> {
    const target = await currentTarget(this.services);
    if (!target) return undefined;
    const format = isExportFormat(formatArg)
      ? formatArg
      : (await pick(
          EXPORT_FORMATS.map((value) => ({ label: formatLabel(value), description: EXPORT_EXTENSIONS[value], value })),
          { title: vscode.l10n.t('Export Tags As') },
        ))?.value;
    if (!format) return undefined;
    const transcript = target.document.uri;
    const suggested = transcript.with({ path: transcript.path.replace(/\.[^./]*$/u, '') + EXPORT_EXTENSIONS[format] });
    const output =
      outputArg !== undefined
        ? await outputFromArgument(outputArg, format, transcript)
        : await vscode.window.showSaveDialog({ defaultUri: suggested, title: vscode.l10n.t('Export Tags') });
    if (!output) return undefined;
    const content = exportAnnotations(format, {
      text: target.document.getText(),
      source: relativePath(output, transcript),
      annotations: target.session.placedAnnotations(),
    });
    await vscode.workspace.fs.writeFile(output, new TextEncoder().encode(content));
    this.services.active.noteExport(transcript, output);
    const open = vscode.l10n.t('Open');
    void showInformation(vscode.l10n.t('Exported {0} tags to {1}.', target.session.annotations.length, vscode.workspace.asRelativePath(output)), open)
      .then((choice) => (choice === open ? vscode.window.showTextDocument(output) : undefined));
    return output;
  }
}

/** The new file a path argument names in the transcript's workspace folder, or undefined after saying why not. */
async function outputFromArgument(arg: unknown, format: ExportFormat, transcript: vscode.Uri): Promise<vscode.Uri | undefined> {
  const folder = vscode.workspace.getWorkspaceFolder(transcript) ?? vscode.workspace.workspaceFolders?.[0];
  const segments = typeof arg === 'string' ? workspaceOutputSegments(arg, EXPORT_EXTENSIONS[format]) : undefined;
  const refuse = (): undefined =>
    void showError(vscode.l10n.t('Export writes only to a new {0} file inside the workspace; {1} is not one. Run the command without a path to choose one.', EXPORT_EXTENSIONS[format], String(arg)));
  if (!folder || !segments) return refuse();
  const output = vscode.Uri.joinPath(folder.uri, ...segments);
  try {
    await vscode.workspace.fs.stat(output);
    return refuse();
  } catch {
    return output;
  }
}

/** The transcript as the output file refers to it: a relative path when both share a scheme and authority. */
function relativePath(from: vscode.Uri, to: vscode.Uri): string {
  if (from.scheme !== to.scheme || from.authority !== to.authority) return to.toString();
  const fromParts = from.path.split('/').slice(0, -1);
  const toParts = to.path.split('/');
  let common = 0;
  while (common < fromParts.length && common < toParts.length - 1 && fromParts[common] === toParts[common]) common++;
  return [...Array<string>(fromParts.length - common).fill('..'), ...toParts.slice(common)].join('/');
}
