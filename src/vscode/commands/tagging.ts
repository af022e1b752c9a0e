import * as vscode from 'vscode';
import type { ClaimKind } from '../../core/analysis/model';
import { classifySentence } from '../../core/claims/classify';
import type { Span } from '../../core/text/positions';
import type { AnnotationView } from '../../presentation/annotationView';
import { kindLabel, shorten } from '../decorations';
import type { Services } from '../services';
import type { Command } from './commandManager';
import type { TranscriptTarget } from './targets';
import { annotationAtCursor, annotationFromArgs, claimAtCursor, currentTarget, ensureWritable, spanToTag, speakerAt, tagToChange, topicAt, writableTagFromArgs } from './targets';
import { showInformation } from '../ui/untrustedUi';
import { plainText } from '../../presentation/untrustedText';

/**
 * Tags the selection or the sentence under the cursor as the current author. One tag per author per
 * statement: tagging again changes one's own tag there, and someone else's tag is left alone (a second
 * tag, by this author, is added beside it). Confirmed quietly; Undo Last Tagging takes it back.
 */
async function tag(services: Services, target: TranscriptTarget, kind: ClaimKind, span: Span): Promise<AnnotationView | undefined> {
  const { session, document, analysis } = target;
  if (!ensureWritable(session)) return undefined;
  const author = await services.author.ensure(document.uri);
  if (author === undefined) return undefined;
  const own = session.annotations.find((a) => a.author === author && a.span && a.span.start === span.start && a.span.end === span.end);
  if (own) {
    if (own.kind === kind) return own;
    const previousKind = own.kind;
    const updated = await session.update(own.id, { kind, by: author });
    services.history.confirm(
      vscode.l10n.t('Changed your tag to {0}: “{1}”', kindLabel(kind), shorten(updated.exact)),
      'retag',
      async () => void (await session.update(own.id, { kind: previousKind, by: author })),
    );
    return updated;
  }
  const added = await session.add({
    kind,
    span,
    author,
    speaker: speakerAt(analysis, span.start),
    topic: topicAt(analysis, span.start),
  });
  services.history.confirm(vscode.l10n.t('Tagged as {0}: “{1}”', kindLabel(kind), shorten(added.exact)), 'tag', async () => void (await session.remove(added.id)));
  return added;
}

export class TagCommand implements Command {
  readonly id: string;

  constructor(
    private readonly services: Services,
    private readonly kind: ClaimKind,
  ) {
    this.id = `transcriptAnnotator.tag${kind[0]!.toUpperCase()}${kind.slice(1)}`;
  }

  async execute(): Promise<AnnotationView | undefined> {
    const target = await currentTarget(this.services);
    if (!target) return undefined;
    const span = spanToTag(target);
    if (!span) {
      void showInformation(vscode.l10n.t('Select the text to tag, or put the cursor in a sentence.'));
      return undefined;
    }
    return tag(this.services, target, this.kind, span);
  }
}

/** Accepts what the extension proposes at the cursor: a fuzzy tag's new place, or a suggested claim's kind. */
export class AcceptSuggestionCommand implements Command {
  static readonly ID = 'transcriptAnnotator.acceptSuggestion';
  readonly id = AcceptSuggestionCommand.ID;

  constructor(private readonly services: Services) {}

  async execute(arg?: unknown): Promise<AnnotationView | undefined> {
    const target = await currentTarget(this.services);
    if (!target) return undefined;
    const offset = (arg as { offset?: unknown } | undefined)?.offset;
    if (typeof offset === 'number') {
      // From a hover link: act on the hovered claim, not on wherever the cursor is.
      const position = target.document.positionAt(offset);
      target.editor.selection = new vscode.Selection(position, position);
      arg = undefined;
    }
    const annotation = arg !== undefined ? annotationFromArgs(target, arg) : annotationAtCursor(target);
    if (annotation?.status === 'fuzzy' && annotation.span) {
      if (!ensureWritable(target.session)) return undefined;
      const by = await this.services.author.ensure(target.document.uri);
      if (by === undefined) return undefined;
      // Storing the current place again refreshes the quote and its context, which makes the tag exact.
      return target.session.update(annotation.id, { span: annotation.span, by });
    }
    const claim = target.editor.selection.isEmpty ? claimAtCursor(target) : undefined;
    if (claim) return tag(this.services, target, claim.kind, claim.span);
    // A selection (or a sentence the analysis did not propose) is classified on the spot.
    const span = spanToTag(target);
    const settings = this.services.configuration.get(target.document.uri);
    const classification = span ? classifySentence(target.document.getText().slice(span.start, span.end), { extraCues: settings.cueWords }) : null;
    if (!span || !classification) {
      void showInformation(vscode.l10n.t('There is no suggested claim under the cursor.'));
      return undefined;
    }
    return tag(this.services, target, classification.kind, span);
  }
}

export class EditNoteCommand implements Command {
  static readonly ID = 'transcriptAnnotator.editNote';
  readonly id = EditNoteCommand.ID;

  constructor(private readonly services: Services) {}

  /** Arguments: the tag (see annotationFromArgs), then the new note (for tests and keybindings; asked for otherwise). */
  async execute(arg?: unknown, noteArg?: unknown): Promise<AnnotationView | undefined> {
    const chosen = await tagToChange(this.services, arg);
    if (!chosen) return undefined;
    const { by, found: { target, annotation } } = chosen;
    const note =
      typeof noteArg === 'string'
        ? noteArg
        : await vscode.window.showInputBox({
            title: plainText(vscode.l10n.t('Note for “{0}”', shorten(annotation.exact))),
            value: annotation.note ?? '',
            prompt: vscode.l10n.t('Leave empty to remove the note.'),
          });
    if (note === undefined) return undefined;
    const previous = annotation.note;
    const updated = await target.session.update(annotation.id, { note: note.trim() === '' ? undefined : note, by });
    this.services.history.push('note', async () => void (await target.session.update(annotation.id, { note: previous, by })));
    return updated;
  }
}

export class RemoveTagCommand implements Command {
  static readonly ID = 'transcriptAnnotator.removeTag';
  readonly id = RemoveTagCommand.ID;

  constructor(private readonly services: Services) {}

  async execute(arg?: unknown): Promise<AnnotationView | undefined> {
    const found = await writableTagFromArgs(this.services, arg, this.services.author.current(this.services.active.editor?.document.uri));
    if (!found) return undefined;
    const { target, annotation } = found;
    const removed = await target.session.remove(annotation.id);
    this.services.history.confirm(
      vscode.l10n.t('Removed the {0} tag by {1}: “{2}”', kindLabel(removed.kind), removed.author, shorten(removed.exact)),
      'remove',
      () => target.session.restore(removed),
    );
    return removed;
  }
}

export class UndoLastTaggingCommand implements Command {
  readonly id = 'transcriptAnnotator.undoLastTagging';

  constructor(private readonly services: Services) {}

  async execute(): Promise<boolean> {
    const undone = await this.services.history.undoLast();
    if (!undone) void showInformation(vscode.l10n.t('Nothing to undo.'));
    return undone !== undefined;
  }
}
