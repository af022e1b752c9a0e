import * as vscode from 'vscode';
import type { Analysis, Claim, Topic } from '../../core/analysis/model';
import { claimsIn } from '../../core/analysis/query';
import type { Span } from '../../core/text/positions';
import type { AnnotationView } from '../../presentation/annotationView';
import { sentenceAround, spanAt, spansAt } from '../../presentation/navigation';
import { statementSpan } from '../../presentation/statementSpan';
import type { AnnotationSession } from '../annotations/repository';
import { kindLabel, shorten } from '../decorations';
import type { Services } from '../services';
import { pick, showError, showInformation } from '../ui/untrustedUi';

/** The transcript a command acts on: the active editor's, with its analysis and annotations. */
export interface TranscriptTarget {
  readonly editor: vscode.TextEditor;
  readonly document: vscode.TextDocument;
  readonly analysis: Analysis;
  readonly session: AnnotationSession;
}

export async function currentTarget(services: Services): Promise<TranscriptTarget | undefined> {
  const editor = services.active.editor;
  if (!editor) {
    void showInformation(vscode.l10n.t('Open a transcript first.'));
    return undefined;
  }
  const analysed = services.analysis.get(editor.document);
  const session = await services.sessions.get(editor.document);
  if (analysed && !session && editor.document.isUntitled) {
    void showInformation(vscode.l10n.t('Save the file first: its tags are stored beside it.'));
    return undefined;
  }
  if (!analysed || !session) {
    void showInformation(vscode.l10n.t('This file is not analysed as a transcript.'));
    return undefined;
  }
  return { editor, document: editor.document, analysis: analysed.analysis, session };
}

/** Refuses changes while the sidecar is broken, and says why. */
export function ensureWritable(session: AnnotationSession): boolean {
  if (!session.problem) return true;
  const open = vscode.l10n.t('Open Annotations File');
  void showError(vscode.l10n.t('The annotations file cannot be read, so no tags are saved until it is fixed: {0}', session.problem.message), open)
    .then((choice) => (choice === open ? vscode.window.showTextDocument(session.sidecarUri) : undefined));
  return false;
}

/** The claim the cursor is in, if the analysis found one there. */
export function claimAtCursor(target: TranscriptTarget): Claim | undefined {
  const offset = target.document.offsetAt(target.editor.selection.active);
  // A range query: only the results near the cursor, not every claim of the document.
  return spanAt(claimsIn(target.analysis, offset, offset), offset);
}

/** The annotation the cursor (or the selection's start) is in, orphans excluded. */
export function annotationAtCursor(target: TranscriptTarget): AnnotationView | undefined {
  const offset = target.document.offsetAt(target.editor.selection.active);
  return spanAt(target.session.annotations, offset);
}

/**
 * An annotation named by a tree item or a quick fix (its id or the item), by a hover link (`{ offset }`,
 * where it starts, or `{ offset, index }`: the index-th of the tags the hover at that offset lists), else
 * the one under the cursor.
 */
export function annotationFromArgs(target: TranscriptTarget, arg: unknown): AnnotationView | undefined {
  const { offset, index } = (arg ?? {}) as { offset?: unknown; index?: unknown };
  if (typeof offset === 'number') {
    if (typeof index === 'number') return spansAt(target.session.annotations, offset)[index];
    return target.session.annotations.find((annotation) => annotation.span?.start === offset) ?? spanAt(target.session.annotations, offset);
  }
  const id = typeof arg === 'string' ? arg : idOf(arg);
  if (id) return target.session.annotations.find((annotation) => annotation.id === id);
  return annotationAtCursor(target);
}

export interface TagToChange {
  readonly by: string;
  readonly found: { readonly target: TranscriptTarget; readonly annotation: AnnotationView };
}

/** Asks who is acting first, so that among several tags on the statement the user's own is the one changed. */
export async function tagToChange(services: Services, arg: unknown): Promise<TagToChange | undefined> {
  const by = await services.author.ensure(services.active.editor?.document.uri);
  if (by === undefined) return undefined;
  const found = await writableTagFromArgs(services, arg, by);
  return found ? { by, found } : undefined;
}

/**
 * The tag a command that changes one tag acts on, when it exists and its sidecar can be written; otherwise
 * the user has been told why and the result is undefined. A tag named by `arg` (a hover link, a tree item);
 * else the one under the cursor: with several annotators' tags there, `author`'s own, or the one the user picks.
 */
export async function writableTagFromArgs(services: Services, arg: unknown, author: string): Promise<{ target: TranscriptTarget; annotation: AnnotationView } | undefined> {
  const target = await currentTarget(services);
  if (!target) return undefined;
  let annotation: AnnotationView | undefined;
  if (namesTag(arg)) annotation = annotationFromArgs(target, arg);
  else {
    const here = spansAt(target.session.annotations, target.document.offsetAt(target.editor.selection.active));
    if (here.length > 1) {
      annotation = await pickTag(here, author);
      if (!annotation) return undefined;
    } else annotation = here[0];
  }
  if (!annotation) {
    void showInformation(vscode.l10n.t('There is no tag under the cursor.'));
    return undefined;
  }
  return ensureWritable(target.session) ? { target, annotation } : undefined;
}

/** One of several tags on a statement: the author's own when there is exactly one, else the user's choice. */
async function pickTag(tags: readonly AnnotationView[], author: string): Promise<AnnotationView | undefined> {
  const own = author ? tags.filter((tag) => tag.author === author) : [];
  if (own.length === 1) return own[0];
  const picked = await pick(
    tags.map((tag) => ({
      label: vscode.l10n.t('{0} by {1}', kindLabel(tag.kind), tag.author),
      description: tag.note,
      detail: shorten(tag.exact, 80),
      tag,
    })),
    { title: vscode.l10n.t('Several tags here: which one?') },
  );
  return picked?.tag;
}

/** True when `arg` names a tag (an id, a tree item, a hover link's offset) rather than leaving it to the cursor. */
function namesTag(arg: unknown): boolean {
  return typeof arg === 'string' || idOf(arg) !== undefined || typeof (arg as { offset?: unknown } | undefined)?.offset === 'number';
}

function idOf(arg: unknown): string | undefined {
  if (!arg || typeof arg !== 'object') return undefined;
  const node = arg as { annotation?: { id?: unknown } };
  return typeof node.annotation?.id === 'string' ? node.annotation.id : undefined;
}

/**
 * What to tag: the selection, else the claim under the cursor, else the sentence around it; in each case the
 * statement only, without a speaker label or heading marks (statementSpan). On a label alone on its line,
 * the turn's first sentence.
 */
export function spanToTag(target: TranscriptTarget): Span | undefined {
  const { document, editor, analysis } = target;
  const text = document.getText();
  const labels = analysis.turns.flatMap((turn) => (turn.labelSpan ? [turn.labelSpan] : []));
  if (!editor.selection.isEmpty) return statementSpan(text, { start: document.offsetAt(editor.selection.start), end: document.offsetAt(editor.selection.end) }, labels);
  const offset = document.offsetAt(editor.selection.active);
  const claim = spanAt(analysis.claims, offset);
  if (claim) return claim.span;
  const sentence = sentenceAround(text, offset);
  const statement = sentence && statementSpan(text, sentence, labels);
  if (statement) return statement;
  const turn = analysis.turns.find((candidate) => candidate.labelSpan && candidate.labelSpan.start <= offset && offset <= candidate.labelSpan.end);
  if (!turn?.labelSpan) return undefined;
  let next = turn.labelSpan.end;
  while (next < turn.span.end && /[\s:：]/u.test(text[next]!)) next++;
  if (next >= turn.span.end) return undefined;
  const first = spanAt(analysis.claims, next)?.span ?? sentenceAround(text, next);
  return first && statementSpan(text, first, labels);
}

export function speakerAt(analysis: Analysis, offset: number): string | null {
  let speaker: string | null = null;
  for (const turn of analysis.turns) if (turn.span.start <= offset && offset < turn.span.end) speaker = turn.speaker;
  return speaker;
}

/** Title of the deepest topic that holds `offset`. */
export function topicAt(analysis: Analysis, offset: number): string | null {
  const find = (topics: readonly Topic[]): string | null => {
    for (const topic of topics) {
      if (topic.span.start <= offset && offset < topic.span.end) return find(topic.children) ?? topic.title;
    }
    return null;
  };
  return find(analysis.topics);
}
