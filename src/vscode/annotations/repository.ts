import type { TextSource } from '../../core/text/chunkedText';
import type * as vscode from 'vscode';
import type { ClaimKind } from '../../core/analysis/model';
import type { Span } from '../../core/text/positions';
import type { PlacedAnnotation } from '../../core/export/model';
import type { AnnotationComment } from '../../core/sidecar/comments';
import type { Annotation, AnnotationVerdict, CheckStatus, EvidenceSource } from '../../core/sidecar/model';
import type { AnnotationView } from '../../presentation/annotationView';

/** Why a sidecar could not be used. It is shown to the user and the file is never written while broken. */
export interface SidecarProblem {
  readonly message: string;
  /** `conflict-markers`: git left the file conflicted, and `mergeConflictMarkers` can settle it. */
  readonly code?: string;
  /** 1-based line and column of the problem in the sidecar, when known. */
  readonly line: number | undefined;
  readonly column?: number;
}

export interface NewAnnotation {
  readonly kind: ClaimKind;
  readonly span: Span;
  readonly note?: string;
  readonly author: string;
  readonly speaker: string | null;
  readonly topic: string | null;
}

export interface AnnotationPatch {
  readonly kind?: ClaimKind;
  readonly note?: string | undefined;
  /** A new place in the current text (relocating an orphan); the quote is taken from there. */
  readonly span?: Span;
  /** `null` removes it. */
  readonly verdict?: AnnotationVerdict | null;
  /** A workflow step, stored with `by` and the time; a whole status is put back as it was (undo); `null` removes it. */
  readonly checkStatus?: string | CheckStatus | null;
  /** The whole list; `[]` removes them all. */
  readonly sources?: readonly EvidenceSource[];
  /** Who makes the change: stored as the annotation's `modifiedBy` (its `author` stays who made it). */
  readonly by: string;
}

/** A text change in the editor, as VS Code reports it (`TextDocumentContentChangeEvent`). */
export interface TextEdit {
  readonly rangeOffset: number;
  readonly rangeLength: number;
  readonly text: string;
}

/**
 * The annotations of one open transcript, anchored in its current text. The editor only talks to this,
 * so the storage format, anchoring and merging stay in the core and the Node/browser adapters.
 */
export interface AnnotationSession extends vscode.Disposable {
  readonly annotations: readonly AnnotationView[];
  /** Alias → canonical speaker name, shared through the sidecar. */
  readonly aliases: Readonly<Record<string, string>>;
  /** Set while the sidecar on disk cannot be read; every change is refused until it is fixed. */
  readonly problem: SidecarProblem | undefined;
  readonly sidecarUri: vscode.Uri;
  readonly onDidChange: vscode.Event<void>;
  /** The stored annotations with where they are now, as exports and conversions take them. */
  placedAnnotations(): readonly PlacedAnnotation[];

  add(annotation: NewAnnotation): Promise<AnnotationView>;
  update(id: string, patch: AnnotationPatch): Promise<AnnotationView>;
  /**
   * Changes a tag's discussion thread (helpers in core/sidecar/comments.ts) and stores it. The tag's own
   * fields and times stay: a reply is not a change to the tag.
   */
  changeComments(id: string, change: (comments: readonly AnnotationComment[]) => readonly AnnotationComment[]): Promise<AnnotationView>;
  /** Removes and returns the annotation, so that it can be restored. */
  remove(id: string): Promise<AnnotationView>;
  /** Puts back a removed annotation (undo) with its id, note and times. */
  restore(annotation: AnnotationView): Promise<void>;
  setAlias(alias: string, canonical: string | undefined): Promise<void>;
  /**
   * Follows an in-editor edit exactly. `fromHistory` (undo, redo): edits VS Code replays need not keep a
   * tag's text inside it, so tags whose quote is no longer under them are re-anchored against the text.
   * `newText` may be in chunks: it is made one string only when a tag must be looked for in it.
   */
  applyEdits(edits: readonly TextEdit[], newText: TextSource, fromHistory?: boolean): void;
  /** The transcript was saved: store the tags' current positions (and quotes) in the sidecar. */
  persistPositions(text: string): Promise<void>;
  /**
   * Re-reads the sidecar and re-anchors against `text` (open, a change on disk, a reload). `ifFileChanged`
   * (the file watcher): nothing is re-anchored when the file holds what the session knows (its own save).
   */
  reload(text: string, options?: { ifFileChanged?: boolean }): Promise<void>;
  /**
   * Merges tag by tag a sidecar that git left with conflict markers, writes it (atomically, only if unchanged
   * since read) and reloads it; tells the user the outcome.
   */
  mergeConflictMarkers(): Promise<void>;
  /** Re-anchors against text that changed outside the editor. */
  reanchor(text: string): void;
  /**
   * Takes over annotations and aliases already moved onto `newText` (a script conversion) and lets the
   * editor's replacement of the whole text pass without following it edit by edit. They are stored when
   * the transcript is saved; undo, redo and revert before that bring back the other side exactly.
   */
  adoptRewrite(newText: string, annotations: readonly Annotation[], aliases: Readonly<Record<string, string>>): Promise<void>;
}

/** Opens sessions; one per transcript. */
export interface AnnotationRepository {
  open(documentUri: vscode.Uri, text: string): Promise<AnnotationSession>;
  /** The sidecar that belongs to a transcript. */
  sidecarUriFor(documentUri: vscode.Uri): vscode.Uri;
}

export class SidecarBrokenError extends Error {
  constructor(readonly problem: SidecarProblem) {
    super(problem.message);
  }
}
