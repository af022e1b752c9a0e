import * as vscode from 'vscode';
import { tagDiagnostic } from '../diagnostics';
import { Disposable } from '../util/dispose';
import type { DeskIndex } from './deskIndex';

/**
 * Fuzzy and orphaned tags of closed transcripts in the Problems panel (after a `git pull`, say), worded as
 * for open ones. A transcript's entries go when it opens (the editor's own diagnostics take over) and when
 * its sidecar is deleted.
 */
export class ClosedTranscriptDiagnostics extends Disposable {
  private readonly collection = this._register(vscode.languages.createDiagnosticCollection('transcriptAnnotator.closed'));

  constructor(private readonly index: DeskIndex) {
    super();
    this._register(index.onDidChangeProblems((transcripts) => transcripts.forEach((uri) => this.update(uri))));
  }

  /** How many tags of closed transcripts are reported. */
  count(): number {
    let count = 0;
    this.collection.forEach((_uri, diagnostics) => (count += diagnostics.length));
    return count;
  }

  private update(transcript: vscode.Uri): void {
    const problems = this.index.closedProblems(transcript);
    if (problems.length === 0) {
      this.collection.delete(transcript);
      return;
    }
    this.collection.set(
      transcript,
      problems.map(({ range, status, annotation }) =>
        tagDiagnostic(new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character), status, annotation.kind, annotation.target.exact, annotation.id),
      ),
    );
  }
}
