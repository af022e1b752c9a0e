import * as vscode from 'vscode';
import { compareAnnotators } from '../../core/agreement/agreement';
import { placeAnnotations } from '../../core/export/place';
import { authorsOf } from '../../core/agreement/authors';
import type { PlacedAnnotation } from '../../core/export/model';
import { decodeSidecar, decodeSidecarBytes } from '../../core/sidecar/codec';
import type { AgreementView } from '../../presentation/agreementView';
import { buildAgreementView, sideAtCurrentPlaces } from '../../presentation/agreementView';
import { agreementMarkdown } from '../agreement/agreementMarkdown';
import { gitFileHistory } from '../agreement/gitHistory';
import type { AgreementReports } from '../agreement/reportDocuments';
import type { Services } from '../services';
import type { Command } from './commandManager';
import { currentTarget } from './targets';
import { pick, pickString, showError, showInformation, showWarning } from '../ui/untrustedUi';

/** What the command gives back (for tests and other extensions): the report's document and its content. */
export interface AgreementResult {
  readonly report: vscode.Uri;
  readonly view: AgreementView;
}

/** One side of a comparison: how the report names it, and its tags with where they are. */
interface Side {
  readonly label: string;
  readonly placed: readonly PlacedAnnotation[];
}

/** What the command may be given instead of asking: another file, two authors of this file, or a git ref. */
type CompareWith = { readonly file: vscode.Uri } | { readonly authors: readonly [string, string] } | { readonly ref: string };

/**
 * Compares the active transcript's tags (A, where they are now) with another set (B, re-anchored against
 * the same text), and opens a report: Cohen's kappa, the statements both tagged, each one's extra tags and
 * the disagreements, each with a link to its line. B is another annotator's sidecar file, a second author
 * in this sidecar (then A is the first author's tags only), or this sidecar in another branch or commit.
 * Argument (else asked): the other file's URI, `{ authors: [a, b] }` or `{ ref }`.
 */
export class CompareAnnotatorsCommand implements Command {
  readonly id = 'transcriptAnnotator.compareAnnotators';

  constructor(
    private readonly services: Services,
    private readonly reports: AgreementReports,
  ) {}

  async execute(arg?: unknown): Promise<AgreementResult | undefined> {
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
    const ownName = vscode.workspace.asRelativePath(session.sidecarUri);
    const own = session.placedAnnotations();
    const authors = authorsOf(own.map((p) => p.annotation));
    const choice = compareWithArg(arg) ?? (await chooseComparison(document.uri, authors));
    if (!choice) return undefined;

    let a: Side = { label: ownName, placed: own };
    let b: Side | undefined;
    if ('file' in choice) b = await otherFile(choice.file, session.sidecarUri, document.getText());
    else if ('authors' in choice) {
      const [first, second] = choice.authors;
      const missing = [first, second].find((author) => !authors.includes(author));
      if (missing !== undefined || first === second) {
        void showWarning(vscode.l10n.t('Choose two different authors who tagged this transcript ({0}).', authors.join(', ')));
        return undefined;
      }
      a = { label: vscode.l10n.t('{0} — {1}', ownName, first), placed: own.filter((p) => p.annotation.author === first) };
      b = { label: vscode.l10n.t('{0} — {1}', ownName, second), placed: own.filter((p) => p.annotation.author === second) };
    } else b = await atRevision(choice.ref, session.sidecarUri, ownName, document.getText());
    if (!b) return undefined;

    if (a.placed.length === 0 || b.placed.length === 0) {
      const empty = a.placed.length === 0 ? (a.label === ownName ? vscode.l10n.t('This transcript') : a.label) : b.label;
      void showWarning(vscode.l10n.t('{0} has no tags yet, so there is nothing to compare.', empty));
      return undefined;
    }

    // Both sides on the text as it is in the editor now, so every line number is current.
    const text = document.getText();
    const sideA = sideAtCurrentPlaces(text, a.placed);
    const sideB = sideAtCurrentPlaces(text, b.placed);
    if (sideB.tags.length === 0) {
      void showWarning(vscode.l10n.t('None of the tags in {0} are found in this transcript. Is it the annotations file of another transcript?', b.label));
    }
    const report = compareAnnotators(sideA.tags, sideB.tags);
    const view = buildAgreementView(report, sideA, sideB, (offset) => document.positionAt(offset).line + 1);
    const rendered = agreementMarkdown({ view, transcript: document.uri, a: { label: a.label, authors: sideA.authors }, b: { label: b.label, authors: sideB.authors } });
    const editor = await this.reports.show(vscode.l10n.t('Agreement — {0}', basename(document.uri)), rendered);
    return { report: editor.document.uri, view };
  }
}

function compareWithArg(arg: unknown): CompareWith | undefined {
  if (arg instanceof vscode.Uri) return { file: arg };
  const { authors, ref } = (arg ?? {}) as { authors?: unknown; ref?: unknown };
  if (Array.isArray(authors) && authors.length === 2 && authors.every((author) => typeof author === 'string')) return { authors: [authors[0] as string, authors[1] as string] };
  if (typeof ref === 'string' && ref !== '') return { ref };
  return undefined;
}

/** Asks what to compare with, then which file, which two authors or which branch or commit. */
async function chooseComparison(transcript: vscode.Uri, authors: readonly string[]): Promise<CompareWith | undefined> {
  const modes = [
    { label: vscode.l10n.t('Another annotations file…'), detail: vscode.l10n.t('A sidecar another annotator tagged this transcript in'), mode: 'file' as const },
    ...(authors.length >= 2 ? [{ label: vscode.l10n.t('Two annotators in this file…'), detail: authors.join(', '), mode: 'authors' as const }] : []),
    { label: vscode.l10n.t('This file in another branch or commit…'), detail: vscode.l10n.t('Through the built-in Git extension'), mode: 'ref' as const },
  ];
  const mode = (await pick(modes, { title: vscode.l10n.t('Compare Annotators: Compare With') }))?.mode;
  if (mode === 'file') {
    const file = await pickOther(transcript);
    return file ? { file } : undefined;
  }
  if (mode === 'authors') {
    const first = await pickString(authors, vscode.l10n.t('Annotator A'));
    if (first === undefined) return undefined;
    const second = await pickString(authors.filter((author) => author !== first), vscode.l10n.t('Annotator B, compared with {0}', first));
    return second === undefined ? undefined : { authors: [first, second] };
  }
  if (mode === 'ref') return { ref: '' };
  return undefined;
}

async function otherFile(other: vscode.Uri, ownSidecar: vscode.Uri, text: string): Promise<Side | undefined> {
  if (other.toString() === ownSidecar.toString()) {
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
  return { label: otherName, placed: placeAnnotations(text, decoded.document.annotations) };
}

/** This sidecar as committed at `ref` (asked for from the branches and recent commits when empty). */
async function atRevision(ref: string, sidecar: vscode.Uri, ownName: string, text: string): Promise<Side | undefined> {
  const history = await gitFileHistory(sidecar);
  if (!history.ok) {
    void showWarning(history.reason);
    return undefined;
  }
  let chosen = ref;
  let label = ref;
  if (chosen === '') {
    const revisions = await history.revisions();
    if (revisions.length === 0) {
      void showInformation(vscode.l10n.t('{0} has no other branch or earlier commit to compare with yet.', ownName));
      return undefined;
    }
    const picked = await pick(revisions, { title: vscode.l10n.t('Compare {0} With', ownName), matchOnDescription: true, matchOnDetail: true });
    if (!picked) return undefined;
    chosen = picked.ref;
    label = /^[0-9a-f]{40,64}$/u.test(picked.ref) ? picked.ref.slice(0, 8) : picked.ref;
  }
  let content: string;
  try {
    content = await history.show(chosen);
  } catch {
    void showWarning(vscode.l10n.t('{0} does not exist in {1}.', ownName, label));
    return undefined;
  }
  const decoded = decodeSidecar(content);
  const where = vscode.l10n.t('{0} at {1}', ownName, label);
  if (!decoded.ok) {
    const { line, column, reason } = decoded.problem;
    void showError(vscode.l10n.t('{0} is not a valid annotations file (line {1}, column {2}): {3}', where, line, column, reason));
    return undefined;
  }
  return { label: where, placed: placeAnnotations(text, decoded.document.annotations) };
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
