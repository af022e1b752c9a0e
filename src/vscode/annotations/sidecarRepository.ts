import type { TextSource } from '../../core/text/chunkedText';
import * as vscode from 'vscode';
import { Reanchorer } from '../../core/anchoring/reanchor';
import { retarget } from '../../core/anchoring/retarget';
import { shiftSpan } from '../../core/anchoring/shift';
import { quoteTarget } from '../../core/anchoring/target';
import { sameQuote } from '../../core/anchoring/anchoringFold';
import { changeAnnotation, createAnnotation, putAnnotation, removeAnnotation, setSpeakerAlias } from '../../core/sidecar/annotations';
import type { SidecarProblem as CoreProblem } from '../../core/sidecar/codec';
import { compareAnnotations, encodeSidecar, sidecarBytesToText } from '../../core/sidecar/codec';
import { resolveConflictedSidecar } from '../../core/merge/conflictedSidecar';
import type { PlacedAnnotation } from '../../core/export/model';
import type { AnnotationComment } from '../../core/sidecar/comments';
import type { Annotation, SidecarDocument } from '../../core/sidecar/model';
import { SIDECAR_SUFFIX } from '../../core/sidecar/model';
import type { SidecarFiles } from '../../core/sidecar/port';
import { SidecarSession, SidecarUnreadableError } from '../../core/sidecar/session';
import type { Span } from '../../core/text/positions';
import type { AnchorStatus, AnnotationView } from '../../presentation/annotationView';
import { Disposable } from '../util/dispose';
import type { AnnotationPatch, AnnotationRepository, AnnotationSession, NewAnnotation, SidecarProblem, TextEdit } from './repository';
import { SidecarBrokenError } from './repository';
import { problemReason } from './problemReason';
import { showError, showInformation, showWarning } from '../ui/untrustedUi';

interface ConversionSides {
  readonly beforeText: string;
  readonly before: SidecarDocument;
  readonly afterText: string;
  readonly after: SidecarDocument;
}

interface Placement {
  readonly status: AnchorStatus;
  readonly span: Span | null;
}

/** Annotations stored in `<transcript>.annotations.json`, through the core's safe sidecar session. */
export class SidecarRepository implements AnnotationRepository {
  constructor(
    private readonly files: SidecarFiles,
    /** The path string the files port understands for a URI (a file path for Node, else the URI). */
    private readonly pathFor: (uri: vscode.Uri) => string,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  sidecarUriFor(documentUri: vscode.Uri): vscode.Uri {
    return documentUri.with({ path: documentUri.path + SIDECAR_SUFFIX });
  }

  async open(documentUri: vscode.Uri, text: string): Promise<AnnotationSession> {
    const session = new SidecarAnnotationSession(this.files, this.pathFor(this.sidecarUriFor(documentUri)), this.sidecarUriFor(documentUri), this.log);
    await session.reload(text);
    return session;
  }
}

class SidecarAnnotationSession extends Disposable implements AnnotationSession {
  private core: SidecarSession | undefined;
  private problemValue: SidecarProblem | undefined;
  private placements = new Map<string, Placement>();
  /** The transcript's text as last seen; in chunks after an edit, made one string when read (`text`). */
  private textSource: TextSource = '';

  private get text(): string {
    return this.textSource.toString();
  }

  private set text(value: string) {
    this.textSource = value;
  }
  private views: AnnotationView[] = [];
  /** Serialises loads and saves, so a watcher reload never interleaves with a save. */
  private queue: Promise<unknown> = Promise.resolve();
  /** The whole new text of an announced rewrite, whose change event must not move the tags again. */
  private pendingRewrite: string | undefined;
  /**
   * Both sides of a script conversion the transcript has not been saved with yet: undo, redo and revert
   * return the tags to the side whose text is back, and the sidecar is written only when the transcript is.
   */
  private unsavedConversion: ConversionSides | undefined;
  /** Removed annotations as stored, so that Undo puts back exactly what was there. */
  private readonly removedAnnotations = new Map<string, Annotation>();
  private readonly onDidChangeEmitter = this._register(new vscode.EventEmitter<void>());
  readonly onDidChange = this.onDidChangeEmitter.event;

  constructor(
    private readonly files: SidecarFiles,
    private readonly path: string,
    readonly sidecarUri: vscode.Uri,
    private readonly log: vscode.LogOutputChannel,
  ) {
    super();
  }

  get annotations(): readonly AnnotationView[] {
    return this.views;
  }

  get aliases(): Readonly<Record<string, string>> {
    return this.core?.document.speakerAliases ?? {};
  }

  get problem(): SidecarProblem | undefined {
    return this.problemValue;
  }

  placedAnnotations(): readonly PlacedAnnotation[] {
    return (this.core?.document.annotations ?? []).map((annotation) => {
      const placement = this.placements.get(annotation.id);
      return { annotation, status: placement?.status ?? 'orphaned', span: placement?.span ?? null };
    });
  }

  async add(input: NewAnnotation): Promise<AnnotationView> {
    return required(await this.change((document) => {
      const annotation = createAnnotation({ text: this.text, ...input });
      this.placements.set(annotation.id, { status: 'anchored', span: { start: annotation.target.start, end: annotation.target.end } });
      return { document: putAnnotation(document, annotation), id: annotation.id };
    }));
  }

  async update(id: string, patch: AnnotationPatch): Promise<AnnotationView> {
    return required(await this.change((document) => {
      const existing = this.find(document, id);
      let next = changeAnnotation(existing, {
        ...(patch.kind ? { kind: patch.kind } : {}),
        ...('note' in patch ? { note: patch.note ?? '' } : {}),
        ...(patch.verdict !== undefined ? { verdict: patch.verdict } : {}),
        ...(patch.checkStatus !== undefined ? { status: patch.checkStatus } : {}),
        ...(patch.sources !== undefined ? { sources: patch.sources } : {}),
        by: patch.by,
      });
      if (patch.span) {
        // A new place (relocating, or confirming a fuzzy one): quote and context come from the text there.
        next = { ...next, target: quoteTarget(this.text, patch.span), modified: new Date().toISOString(), modifiedBy: patch.by };
        this.placements.set(id, { status: 'anchored', span: { start: next.target.start, end: next.target.end } });
      }
      return { document: putAnnotation(document, next), id };
    }));
  }

  async changeComments(id: string, change: (comments: readonly AnnotationComment[]) => readonly AnnotationComment[]): Promise<AnnotationView> {
    return required(await this.change((document) => {
      const existing = this.find(document, id);
      const { comments: _old, ...rest } = existing;
      void _old;
      const comments = change(existing.comments ?? []);
      return { document: putAnnotation(document, comments.length ? { ...rest, comments } : rest), id };
    }));
  }

  async remove(id: string): Promise<AnnotationView> {
    const removed = this.views.find((view) => view.id === id);
    const stored = this.core?.document.annotations.find((annotation) => annotation.id === id);
    if (!removed || !stored) throw new Error(`No annotation ${id}`);
    await this.change((document) => ({ document: removeAnnotation(document, id), id: undefined }));
    this.removedAnnotations.set(id, stored);
    return removed;
  }

  async restore(view: AnnotationView): Promise<void> {
    const annotation = this.removedAnnotations.get(view.id);
    if (!annotation) throw new Error(`Annotation ${view.id} was not removed in this session`);
    await this.change((document) => {
      this.placements.set(view.id, { status: view.status, span: view.span });
      return { document: putAnnotation(document, annotation), id: view.id };
    });
    this.removedAnnotations.delete(view.id);
  }

  async setAlias(alias: string, canonical: string | undefined): Promise<void> {
    await this.change((document) => ({ document: setSpeakerAlias(document, alias, canonical), id: undefined }));
  }

  adoptRewrite(newText: string, annotations: readonly Annotation[], aliases: Readonly<Record<string, string>>): Promise<void> {
    return this.enqueue(async () => {
      if (this.problemValue || !this.core) throw new SidecarBrokenError(this.problemValue ?? { message: 'not loaded', line: undefined });
      const before = new Map(this.placements);
      const beforeDocument = this.unsavedConversion?.beforeText === this.text ? this.unsavedConversion.before : this.withCurrentPositions(this.core.document);
      const beforeText = this.unsavedConversion?.beforeText === this.text ? this.unsavedConversion.beforeText : this.text;
      this.core.update((document) => ({ ...document, annotations: [...annotations].sort(compareAnnotations), speakerAliases: { ...aliases } }));
      this.placements = new Map(
        annotations.map((annotation) => {
          const status = before.get(annotation.id)?.status ?? 'orphaned';
          const span = status === 'orphaned' ? null : { start: annotation.target.start, end: annotation.target.end };
          return [annotation.id, { status, span }];
        }),
      );
      this.text = newText;
      this.pendingRewrite = newText;
      this.unsavedConversion = { beforeText, before: beforeDocument, afterText: newText, after: this.core.document };
      // Not saved here: the sidecar describes the transcript on disk, so it is written when the transcript is.
      this.refreshViews();
    });
  }

  applyEdits(edits: readonly TextEdit[], newText: TextSource, fromHistory = false): void {
    if (this.pendingRewrite !== undefined && newText.toString() === this.pendingRewrite) {
      // The rewrite adoptRewrite announced: positions are already on the new text.
      this.pendingRewrite = undefined;
      return;
    }
    if (fromHistory && this.returnToConversionSide(newText.toString())) return;
    this.textSource = newText;
    let changed = false;
    const replaced: { id: string; at: number }[] = [];
    for (const [id, placement] of this.placements) {
      if (!placement.span) continue;
      let span = placement.span;
      for (const edit of edits) span = shiftSpan(span, edit);
      if (span.start === placement.span.start && span.end === placement.span.end) continue;
      changed = true;
      if (span.start === span.end) replaced.push({ id, at: span.start });
      else this.placements.set(id, { status: placement.status, span });
    }
    if (replaced.length > 0) this.findReplaced(replaced, newText.toString());
    // Undo and redo replay edits VS Code computed, which need not keep a tag's first or last character
    // inside it: the text decides, so a tag whose quote is no longer under it is anchored again.
    if (fromHistory && this.reanchorMisplaced(newText.toString())) changed = true;
    if (changed) this.refreshViews();
  }

  /** After undo, redo or revert brought back one side of an unsaved conversion: its tags, exactly. */
  private returnToConversionSide(text: string): boolean {
    const conversion = this.unsavedConversion;
    if (!conversion || !this.core) return false;
    const side = text === conversion.beforeText ? conversion.before : text === conversion.afterText ? conversion.after : undefined;
    if (!side) return false;
    const byId = new Map(side.annotations.map((annotation) => [annotation.id, annotation]));
    // Only what the conversion changed is taken from that side; kinds and notes changed since stay.
    this.core.update((document) => ({
      ...document,
      speakerAliases: { ...side.speakerAliases },
      annotations: document.annotations.map((annotation) => {
        const there = byId.get(annotation.id);
        return there ? { ...annotation, target: there.target, speaker: there.speaker, topic: there.topic } : annotation;
      }),
    }));
    this.text = text;
    this.placements = new Map();
    this.anchorAll(this.core.document, text);
    this.refreshViews();
    return true;
  }

  /** Tags placed where their stored quote (in either script, however typeset) is not: re-anchored against the text. */
  private reanchorMisplaced(text: string): boolean {
    const stored = new Map((this.core?.document.annotations ?? []).map((annotation) => [annotation.id, annotation]));
    const misplaced: { id: string; at: number }[] = [];
    for (const [id, placement] of this.placements) {
      const annotation = stored.get(id);
      if (!annotation || !placement.span || placement.status !== 'anchored') continue;
      const here = text.slice(placement.span.start, placement.span.end);
      if (sameQuote(here, annotation.target.exact)) continue;
      misplaced.push({ id, at: placement.span.start });
    }
    if (misplaced.length === 0) return false;
    this.findReplaced(misplaced, text);
    return true;
  }

  /**
   * Tags whose text an edit replaced or moved away from (undoing a script conversion, pasting over it): the
   * text may have come back in another form, so look for the quote near where it was; if it is not there, the
   * tag is an orphan, kept and reported, never dropped.
   */
  private findReplaced(replaced: readonly { id: string; at: number }[], text: string): void {
    const stored = new Map((this.core?.document.annotations ?? []).map((annotation) => [annotation.id, annotation]));
    const known = replaced.filter((entry) => stored.has(entry.id));
    const targets = known.map(({ id, at }) => ({ ...stored.get(id)!.target, start: at, end: at }));
    const results = new Reanchorer(text).anchorAll(targets);
    known.forEach(({ id }, i) => this.placements.set(id, { status: results[i]!.status, span: results[i]!.span }));
    for (const { id } of replaced) if (!stored.has(id)) this.placements.set(id, { status: 'orphaned', span: null });
  }

  reanchor(text: string): void {
    // A revert to the file on disk: an unsaved conversion is undone, tags return to the saved side.
    if (this.returnToConversionSide(text)) {
      this.unsavedConversion = undefined;
      return;
    }
    this.text = text;
    const document = this.core?.document;
    if (!document) return;
    this.anchorAll(document, text);
    this.refreshViews();
  }

  persistPositions(text: string): Promise<void> {
    this.text = text;
    this.unsavedConversion = undefined;
    if (!this.core || this.problemValue) return Promise.resolve();
    return this.enqueue(async () => {
      this.core!.update((document) => this.withCurrentPositions(document));
      await this.save();
    });
  }

  reload(text: string, { ifFileChanged = false } = {}): Promise<void> {
    this.text = text;
    return this.enqueue(async () => {
      try {
        if (this.core) {
          const known = this.core.document;
          const conflicts = await this.core.reload();
          // The file holds what this session knows (its own save, seen by the watcher): the tags are where
          // the edits since took them; anchoring them again would take an edit typed since for a change.
          if (ifFileChanged && this.core.document === known && !this.problemValue) return;
          this.reportConflicts(conflicts.map((c) => c.reason));
        } else {
          const opened = await SidecarSession.open(this.files, this.path);
          if (!opened.ok) {
            this.setProblem(opened.problem);
            return;
          }
          this.core = opened.session;
        }
        this.problemValue = undefined;
      } catch (error) {
        if (error instanceof SidecarUnreadableError) {
          this.setProblem(error.problem);
          return;
        }
        throw error;
      }
      this.anchorAll(this.core.document, this.text);
      this.refreshViews();
    });
  }

  // ------------------------------------------------------------------------------------------ internals

  /** Applies a change to the document, stores it (with every tag's current position) and returns the changed tag. */
  private change(edit: (document: SidecarDocument) => { document: SidecarDocument; id: string | undefined }): Promise<AnnotationView | undefined> {
    return this.enqueue(async () => {
      if (this.problemValue || !this.core) throw new SidecarBrokenError(this.problemValue ?? { message: 'not loaded', line: undefined });
      let id: string | undefined;
      this.core.update((document) => {
        const result = edit(this.withCurrentPositions(document));
        id = result.id;
        return result.document;
      });
      this.refreshViews();
      await this.save();
      return this.views.find((view) => view.id === id);
    });
  }

  private async save(): Promise<void> {
    if (!this.core) return;
    try {
      const result = await this.core.save();
      if (result.outcome === 'merged') {
        // Someone changed the file meanwhile: their tags are merged in and need placing in our text.
        this.anchorAll(this.core.document, this.text);
        this.refreshViews();
        this.reportConflicts(result.conflicts.map((c) => c.reason));
      }
    } catch (error) {
      if (error instanceof SidecarUnreadableError) {
        this.setProblem(error.problem);
        throw new SidecarBrokenError(this.problemValue!);
      }
      throw error;
    }
  }

  /** Stored targets updated to where the tags are now, so the file matches the text being edited. */
  private withCurrentPositions(document: SidecarDocument): SidecarDocument {
    let changed = false;
    const annotations = document.annotations.map((annotation) => {
      const placement = this.placements.get(annotation.id);
      if (!placement?.span || placement.status === 'orphaned') return annotation;
      const next = retarget(annotation, this.text, { status: placement.status, span: placement.span, method: 'position' });
      if (next !== annotation) changed = true;
      return next;
    });
    return changed ? { ...document, annotations } : document;
  }

  private anchorAll(document: SidecarDocument, text: string): void {
    // Tags already placed in this text start their search from where they are now.
    const targets = document.annotations.map((annotation) => {
      const span = this.placements.get(annotation.id)?.span;
      return span ? { ...annotation.target, start: span.start, end: span.end } : annotation.target;
    });
    const results = new Reanchorer(text).anchorAll(targets);
    const placements = new Map<string, Placement>();
    document.annotations.forEach((annotation, i) => placements.set(annotation.id, { status: results[i]!.status, span: results[i]!.span }));
    this.placements = placements;
  }

  private refreshViews(): void {
    const document = this.core?.document;
    this.views = (document?.annotations ?? []).map((annotation) => toView(annotation, this.placements.get(annotation.id)));
    this.onDidChangeEmitter.fire();
  }

  private setProblem(problem: CoreProblem): void {
    this.problemValue = { message: problemReason(problem), code: problem.code, line: problem.line, column: problem.column };
    this.log.warn(`${this.sidecarUri.toString(true)}:${problem.line}:${problem.column}: ${problem.reason}`);
    this.refreshViews();
    const open = vscode.l10n.t('Open Annotations File');
    const merge = vscode.l10n.t('Merge Tag by Tag');
    const actions = problem.code === 'conflict-markers' ? [merge, open] : [open];
    void showError(
        vscode.l10n.t('{0} cannot be read (line {1}): {2}. It is left untouched, and tags are not saved until it is fixed.', basename(this.sidecarUri), problem.line, problemReason(problem)),
        ...actions,
      )
      .then(async (choice) => {
        if (choice === merge) await this.mergeConflictMarkers();
        else if (choice === open) await vscode.window.showTextDocument(this.sidecarUri, { selection: new vscode.Range(problem.line - 1, problem.column - 1, problem.line - 1, problem.column - 1) });
      });
  }

  async mergeConflictMarkers(): Promise<void> {
    const name = basename(this.sidecarUri);
    const outcome = await this.enqueue(async () => {
      const bytes = await this.files.read(this.path);
      if (!bytes) return { ok: false as const, reason: vscode.l10n.t('the file does not exist') };
      const text = sidecarBytesToText(bytes);
      if (text === undefined) return { ok: false as const, reason: vscode.l10n.t('the file is not valid UTF-8') };
      const resolved = resolveConflictedSidecar(text);
      if (!resolved.ok) return resolved;
      const written = await this.files.writeAtomic(this.path, new TextEncoder().encode(encodeSidecar(resolved.document)), bytes);
      if (!written.written) return { ok: false as const, reason: vscode.l10n.t('it changed on disk meanwhile; try again') };
      return resolved;
    });
    if (!outcome.ok) {
      void showError(vscode.l10n.t('{0} was not merged: {1}. It is left untouched.', name, outcome.reason));
      return;
    }
    await this.reload(this.text);
    const tags = outcome.document.annotations.length;
    if (outcome.conflicts.length) {
      void showWarning(vscode.l10n.t('{0}: merged {1} tags; {2} were changed differently on both sides and are kept in both versions, marked "conflict". Settle them, then commit the file.', name, tags, outcome.conflicts.length));
    } else {
      void showInformation(vscode.l10n.t('{0}: merged {1} tags from both sides of the git merge. Check them, then commit the file.', name, tags));
    }
  }

  private reportConflicts(reasons: readonly string[]): void {
    if (reasons.length === 0) return;
    void showWarning(vscode.l10n.t('Merged changes to {0} made elsewhere; {1} conflicting edits were kept in both versions.', basename(this.sidecarUri), reasons.length));
  }

  private find(document: SidecarDocument, id: string): Annotation {
    const found = document.annotations.find((annotation) => annotation.id === id);
    if (!found) throw new Error(`No annotation ${id}`);
    return found;
  }

  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }
}

function toView(annotation: Annotation, placement: Placement | undefined): AnnotationView {
  return {
    id: annotation.id,
    kind: annotation.kind,
    note: annotation.note,
    author: annotation.author,
    created: annotation.created,
    modified: annotation.modified,
    modifiedBy: annotation.modifiedBy,
    speaker: annotation.speaker,
    topic: annotation.topic,
    verdict: annotation.verdict,
    checkStatus: annotation.status,
    sources: annotation.sources ?? [],
    exact: annotation.target.exact,
    status: placement?.status ?? 'orphaned',
    span: placement?.span ?? null,
    storedStart: annotation.target.start,
    ...(annotation.comments?.length ? { comments: annotation.comments } : {}),
  };
}

function required(view: AnnotationView | undefined): AnnotationView {
  if (!view) throw new Error('The annotation was not stored');
  return view;
}

function basename(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}
