import * as vscode from 'vscode';
import type { ClaimKind } from '../core/analysis/model';
import type { AnnotationSession } from './annotations/repository';
import { kindLabel, shorten } from './decorations';
import type { Services } from './services';
import { Disposable } from './util/dispose';
import { plainText } from '../presentation/untrustedText';

export const DIAGNOSTIC_SOURCE = 'Transcript Annotator';
const FUZZY = 'fuzzy-tag';
const ORPHANED = 'orphaned-tag';

/** Fuzzy and orphaned tags in the Problems panel, updated whenever a document's annotations change. */
export class AnnotationDiagnostics extends Disposable {
  private readonly collection = this._register(vscode.languages.createDiagnosticCollection('transcriptAnnotator'));

  constructor(private readonly services: Services) {
    super();
    this._register(services.sessions.onDidChange((document) => this.update(document)));
    this._register(services.tracker.onDidChange((document) => this.update(document)));
    this._register(vscode.workspace.onDidCloseTextDocument((document) => this.collection.delete(document.uri)));
  }

  diagnostics(uri: vscode.Uri): readonly vscode.Diagnostic[] {
    return this.collection.get(uri) ?? [];
  }

  private update(document: vscode.TextDocument): void {
    const session = this.services.tracker.isEnabled(document) ? this.services.sessions.peek(document.uri) : undefined;
    if (!session) {
      this.collection.delete(document.uri);
      this.collection.delete(this.services.sessions.sidecarUriFor(document.uri));
      return;
    }
    const diagnostics: vscode.Diagnostic[] = [];
    for (const annotation of session.annotations) {
      if (annotation.status === 'anchored') continue;
      const range = annotation.span
        ? new vscode.Range(document.positionAt(annotation.span.start), document.positionAt(annotation.span.end))
        : document.lineAt(document.positionAt(annotation.storedStart).line).range;
      diagnostics.push(tagDiagnostic(range, annotation.status, annotation.kind, annotation.exact, annotation.id));
    }
    this.collection.set(document.uri, diagnostics);
    this.showSidecarProblem(session);
  }

  /** A sidecar that cannot be read is reported on the sidecar itself, at the line and column of the problem. */
  private showSidecarProblem(session: AnnotationSession): void {
    const problem = session.problem;
    if (!problem) {
      this.collection.delete(session.sidecarUri);
      return;
    }
    const line = Math.max(0, (problem.line ?? 1) - 1);
    const column = Math.max(0, (problem.column ?? 1) - 1);
    const diagnostic = new vscode.Diagnostic(
      new vscode.Range(line, column, line, column + 1),
      plainText(vscode.l10n.t('Transcript Annotator cannot read this file, and will not write it until it is fixed: {0}', problem.message)),
      vscode.DiagnosticSeverity.Error,
    );
    diagnostic.source = DIAGNOSTIC_SOURCE;
    diagnostic.code = 'broken-sidecar';
    this.collection.set(session.sidecarUri, [diagnostic]);
  }
}

/** The problem shown for a fuzzy or orphaned tag, in an open transcript or (from the desk queue) a closed one. */
export function tagDiagnostic(range: vscode.Range, status: 'fuzzy' | 'orphaned', kind: ClaimKind, exact: string, annotationId: string): vscode.Diagnostic {
  const diagnostic =
    status === 'fuzzy'
      ? new vscode.Diagnostic(range, plainText(vscode.l10n.t('The {0} tag “{1}” moved with the text and needs review.', kindLabel(kind), shorten(exact))), vscode.DiagnosticSeverity.Warning)
      : new vscode.Diagnostic(range, plainText(vscode.l10n.t('The {0} tag “{1}” is orphaned: its text is no longer in the file.', kindLabel(kind), shorten(exact))), vscode.DiagnosticSeverity.Error);
  diagnostic.source = DIAGNOSTIC_SOURCE;
  diagnostic.code = status === 'fuzzy' ? FUZZY : ORPHANED;
  (diagnostic as TaggedDiagnostic).annotationId = annotationId;
  return diagnostic;
}

interface TaggedDiagnostic extends vscode.Diagnostic {
  annotationId?: string;
}

/** Quick fixes on those problems: accept a fuzzy tag's new place, relocate, or remove. */
export class AnnotationCodeActions implements vscode.CodeActionProvider {
  static get metadata(): vscode.CodeActionProviderMetadata {
    return { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] };
  }

  constructor(private readonly services: Services) {}

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const actions: vscode.CodeAction[] = [];
    for (const diagnostic of context.diagnostics) {
      const id = (diagnostic as TaggedDiagnostic).annotationId ?? this.annotationIdAt(document, diagnostic);
      if (diagnostic.source !== DIAGNOSTIC_SOURCE || !id) continue;
      if (diagnostic.code === FUZZY) {
        const accept = new vscode.CodeAction(vscode.l10n.t('Accept the tag’s new place'), vscode.CodeActionKind.QuickFix);
        accept.command = { command: 'transcriptAnnotator.acceptSuggestion', title: accept.title, arguments: [id] };
        accept.diagnostics = [diagnostic];
        accept.isPreferred = true;
        actions.push(accept);
      }
      const relocate = new vscode.CodeAction(vscode.l10n.t('Relocate the tag…'), vscode.CodeActionKind.QuickFix);
      relocate.command = { command: 'transcriptAnnotator.relocateOrphan', title: relocate.title, arguments: [id] };
      relocate.diagnostics = [diagnostic];
      actions.push(relocate);
      const remove = new vscode.CodeAction(vscode.l10n.t('Remove the tag'), vscode.CodeActionKind.QuickFix);
      remove.command = { command: 'transcriptAnnotator.removeTag', title: remove.title, arguments: [id] };
      remove.diagnostics = [diagnostic];
      actions.push(remove);
    }
    return actions;
  }

  /** The host may hand back copies of our diagnostics; find the tag again by its place. */
  private annotationIdAt(document: vscode.TextDocument, diagnostic: vscode.Diagnostic): string | undefined {
    const annotations = this.services.sessions.peek(document.uri)?.annotations ?? [];
    return annotations.find((annotation) => {
      if (annotation.status === 'anchored') return false;
      if (annotation.span) return document.offsetAt(diagnostic.range.start) === annotation.span.start && document.offsetAt(diagnostic.range.end) === annotation.span.end;
      return document.positionAt(annotation.storedStart).line === diagnostic.range.start.line;
    })?.id;
  }
}
