import * as vscode from 'vscode';
import { addComment, deleteComment, editComment, newComment } from '../core/sidecar/comments';
import type { AnnotationView } from '../presentation/annotationView';
import { plainText } from '../presentation/untrustedText';
import type { AnnotationSession } from './annotations/repository';
import type { Command } from './commands/commandManager';
import { ensureWritable, writableTagFromArgs } from './commands/targets';
import { kindLabel, shorten } from './decorations';
import type { Services } from './services';
import { pick, showInformation, showStatus, userMarkdown } from './ui/untrustedUi';
import { Disposable } from './util/dispose';

export const THREADS_CONTROLLER = 'transcriptAnnotator.threads';

/** `own` and `note` comments can be edited, `own` ones deleted (package.json menus use these values). */
type CommentRole = 'own' | 'other' | 'note';

/** One comment as the thread shows it; `commentId` is undefined for the tag's old one-line note. */
class TagComment implements vscode.Comment {
  body: string | vscode.MarkdownString;
  mode = vscode.CommentMode.Preview;
  readonly author: vscode.CommentAuthorInformation;
  readonly label: string | undefined;
  readonly timestamp: Date | undefined;

  constructor(
    readonly tagId: string,
    readonly commentId: string | undefined,
    /** The Markdown as stored, to go back to when an edit is cancelled. */
    readonly source: string,
    author: string,
    time: string,
    label: string | undefined,
    readonly contextValue: CommentRole,
  ) {
    this.body = userMarkdown(source);
    this.author = { name: plainText(author) || vscode.l10n.t('(no name)') };
    this.label = label;
    const date = new Date(time);
    this.timestamp = Number.isNaN(date.getTime()) ? undefined : date;
  }
}

/** What a thread shows, for tests and other extensions (through the API). */
export interface ThreadSnapshot {
  readonly tagId: string;
  readonly range: vscode.Range;
  readonly label: string | undefined;
  readonly orphaned: boolean;
  readonly comments: readonly { readonly author: string; readonly body: string; readonly role: CommentRole; readonly trusted: boolean; readonly supportHtml: boolean }[];
}

interface TagThread {
  readonly thread: vscode.CommentThread;
  /** What the comments were built from, so typing in the transcript does not rebuild them (and end an edit). */
  signature: string;
  /** Opened by Discuss Tag before anyone commented: kept while the tag exists, ready for the first reply. */
  keepEmpty?: boolean;
}

/**
 * A discussion thread on each tag that has a note or comments, through VS Code's Comments API: on the tag's
 * range (following edits), replies in Markdown with author and time, own comments edited and deleted, all
 * stored in the sidecar's `comments`. The old `note` is the first comment. An orphaned tag keeps its thread,
 * collapsed near where it was, labelled as orphaned. "+" on a tagged line starts a thread on that tag.
 */
export class TagThreads extends Disposable {
  private readonly controller: vscode.CommentController;
  /** Document URI → tag id → its thread. */
  private readonly threads = new Map<string, Map<string, TagThread>>();

  constructor(private readonly services: Services) {
    super();
    this.controller = this._register(vscode.comments.createCommentController(THREADS_CONTROLLER, vscode.l10n.t('Tag Discussion')));
    this.controller.options = { prompt: vscode.l10n.t('Reply…'), placeHolder: vscode.l10n.t('Markdown; several lines are fine') };
    this.controller.commentingRangeProvider = {
      provideCommentingRanges: (document) => this.commentingRanges(document),
    };
    this._register(services.sessions.onDidChange((document) => this.sync(document)));
    // Turned off for a file: its session is gone, and so are its threads (they come back when turned on).
    this._register(services.tracker.onDidChange((document) => this.sync(document)));
    this._register(vscode.workspace.onDidCloseTextDocument((document) => this.drop(document.uri.toString())));
    for (const document of vscode.workspace.textDocuments) this.sync(document);
  }

  override dispose(): void {
    for (const key of [...this.threads.keys()]) this.drop(key);
    super.dispose();
  }

  snapshot(uri: vscode.Uri): ThreadSnapshot[] {
    return [...(this.threads.get(uri.toString())?.entries() ?? [])].map(([tagId, { thread }]) => ({
      tagId,
      range: thread.range ?? new vscode.Range(0, 0, 0, 0),
      label: thread.label,
      orphaned: thread.contextValue === 'orphaned',
      comments: thread.comments.map((comment) => {
        const body = comment.body;
        const markdown = typeof body === 'string' ? undefined : body;
        return {
          author: comment.author.name,
          body: markdown ? markdown.value : (body as string),
          role: comment.contextValue as CommentRole,
          trusted: Boolean(markdown?.isTrusted),
          supportHtml: markdown?.supportHtml === true,
        };
      }),
    }));
  }

  /** The tag's thread, created if it has none yet, expanded and revealed. */
  reveal(document: vscode.TextDocument, tag: AnnotationView): vscode.CommentThread {
    const existing = this.threads.get(document.uri.toString())?.get(tag.id);
    const thread = existing?.thread ?? this.createThread(document, tag);
    const entry = this.threads.get(document.uri.toString())?.get(tag.id);
    if (entry) entry.keepEmpty = true;
    thread.collapsibleState = vscode.CommentThreadCollapsibleState.Expanded;
    return thread;
  }

  /** Adds a reply to a tag's thread, as `author`. */
  async reply(session: AnnotationSession, document: vscode.TextDocument, tagId: string, author: string, body: string): Promise<AnnotationView> {
    const view = await session.changeComments(tagId, (comments) => addComment(comments, newComment(author, body)));
    this.sync(document);
    return view;
  }

  /** The thread's tag, when it is one of ours. */
  tagOf(thread: vscode.CommentThread): { document: vscode.TextDocument; tagId: string } | undefined {
    const document = findDocument(thread.uri);
    if (!document) return undefined;
    for (const [tagId, entry] of this.threads.get(document.uri.toString()) ?? []) if (entry.thread === thread) return { document, tagId };
    return undefined;
  }

  /** Takes over a thread the user started with "+" as `tagId`'s thread; when the tag has one already, that one is kept. */
  adopt(document: vscode.TextDocument, tagId: string, thread: vscode.CommentThread): vscode.CommentThread {
    const byTag = this.threadsOf(document);
    const existing = byTag.get(tagId);
    if (existing && existing.thread !== thread) {
      thread.dispose();
      return existing.thread;
    }
    byTag.set(tagId, { thread, signature: '' });
    return thread;
  }

  /** Shows a comment in edit mode, or back in preview with what is stored (`cancel`). */
  setMode(comment: TagComment, mode: vscode.CommentMode): void {
    const document = [...this.threads.entries()].find(([, byTag]) => byTag.has(comment.tagId));
    const entry = document?.[1].get(comment.tagId);
    if (!entry) return;
    entry.thread.comments = entry.thread.comments.map((c) => {
      if (!(c instanceof TagComment) || c.commentId !== comment.commentId) return c;
      c.mode = mode;
      if (mode === vscode.CommentMode.Preview) c.body = userMarkdown(c.source);
      return c;
    });
  }

  /** Brings a document's threads in line with its tags. */
  sync(document: vscode.TextDocument): void {
    const session = this.services.sessions.peek(document.uri);
    if (!session || document.isClosed) {
      this.drop(document.uri.toString());
      return;
    }
    const byTag = this.threadsOf(document);
    const me = this.services.author.current(document.uri);
    const tags = new Map(session.annotations.map((tag) => [tag.id, tag]));
    for (const [tagId, entry] of byTag) {
      const tag = tags.get(tagId);
      if (!tag || (!hasDiscussion(tag) && !entry.keepEmpty)) {
        entry.thread.dispose();
        byTag.delete(tagId);
      }
    }
    for (const tag of session.annotations) {
      const entry = byTag.get(tag.id);
      if (!hasDiscussion(tag) && !entry) continue;
      if (entry) this.update(document, entry, tag, me);
      else this.createThread(document, tag);
    }
  }

  private createThread(document: vscode.TextDocument, tag: AnnotationView): vscode.CommentThread {
    const thread = this.controller.createCommentThread(document.uri, rangeOf(document, tag), []);
    thread.collapsibleState = vscode.CommentThreadCollapsibleState.Collapsed;
    const entry: TagThread = { thread, signature: '' };
    this.threadsOf(document).set(tag.id, entry);
    this.update(document, entry, tag, this.services.author.current(document.uri));
    return thread;
  }

  private update(document: vscode.TextDocument, entry: TagThread, tag: AnnotationView, me: string): void {
    const { thread } = entry;
    const range = rangeOf(document, tag);
    if (!thread.range?.isEqual(range)) thread.range = range;
    const orphaned = tag.status === 'orphaned';
    const label = orphaned
      ? vscode.l10n.t('{0} by {1} — orphaned: “{2}” is no longer in the text', kindLabel(tag.kind), tag.author, shorten(tag.exact))
      : vscode.l10n.t('{0} by {1}', kindLabel(tag.kind), tag.author);
    const shownLabel = plainText(label);
    if (thread.label !== shownLabel) thread.label = shownLabel;
    const context = orphaned ? 'orphaned' : 'tag';
    if (thread.contextValue !== context) {
      thread.contextValue = context;
      if (orphaned) thread.collapsibleState = vscode.CommentThreadCollapsibleState.Collapsed;
    }
    const signature = JSON.stringify([me, tag.note ?? '', tag.author, tag.created, tag.comments ?? []]);
    if (signature === entry.signature) return;
    entry.signature = signature;
    const comments: TagComment[] = [];
    if (tag.note) comments.push(new TagComment(tag.id, undefined, tag.note, tag.author, tag.created, vscode.l10n.t('note'), 'note'));
    for (const c of tag.comments ?? []) {
      comments.push(new TagComment(tag.id, c.id, c.body, c.author, c.modified ?? c.created, c.modified ? vscode.l10n.t('edited') : undefined, me !== '' && c.author === me ? 'own' : 'other'));
    }
    thread.comments = comments;
  }

  private commentingRanges(document: vscode.TextDocument): vscode.Range[] {
    const session = this.services.sessions.peek(document.uri);
    if (!session || session.problem) return [];
    return session.annotations.flatMap((tag) => (tag.span ? [new vscode.Range(document.positionAt(tag.span.start), document.positionAt(tag.span.end))] : []));
  }

  private threadsOf(document: vscode.TextDocument): Map<string, TagThread> {
    const key = document.uri.toString();
    let byTag = this.threads.get(key);
    if (!byTag) this.threads.set(key, (byTag = new Map<string, TagThread>()));
    return byTag;
  }

  private drop(key: string): void {
    for (const { thread } of this.threads.get(key)?.values() ?? []) thread.dispose();
    this.threads.delete(key);
  }
}

function hasDiscussion(tag: AnnotationView): boolean {
  return Boolean(tag.note) || (tag.comments?.length ?? 0) > 0;
}

/** The tag's range; an orphan's thread sits at the start of the line it was last stored on. */
function rangeOf(document: vscode.TextDocument, tag: AnnotationView): vscode.Range {
  if (tag.span) return new vscode.Range(document.positionAt(tag.span.start), document.positionAt(tag.span.end));
  const line = document.positionAt(Math.min(tag.storedStart, document.getText().length)).line;
  return new vscode.Range(line, 0, line, 0);
}

function findDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
  return vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
}

function bodyText(comment: vscode.Comment): string {
  return typeof comment.body === 'string' ? comment.body : comment.body.value;
}

// ---------------------------------------------------------------------------------------------- commands

/** The Reply button of a thread: stores the reply; on a thread started with "+", first finds its tag. */
export class ReplyCommand implements Command {
  readonly id = 'transcriptAnnotator.threads.reply';

  constructor(
    private readonly services: Services,
    private readonly threads: TagThreads,
  ) {}

  async execute(reply?: unknown): Promise<AnnotationView | undefined> {
    const { thread, text } = (reply ?? {}) as Partial<vscode.CommentReply>;
    if (!thread || typeof text !== 'string') return undefined;
    if (text.trim() === '') return undefined;
    const document = findDocument(thread.uri);
    const session = document ? this.services.sessions.peek(document.uri) : undefined;
    if (!document || !session || !ensureWritable(session)) return undefined;
    const author = await this.services.author.ensure(document.uri);
    if (author === undefined) return undefined;
    let tagId = this.threads.tagOf(thread)?.tagId;
    let shown = thread;
    if (!tagId) {
      const offset = document.offsetAt(thread.range?.start ?? new vscode.Position(0, 0));
      const end = document.offsetAt(thread.range?.end ?? new vscode.Position(0, 0));
      const here = session.annotations.filter((tag) => tag.span && tag.span.start <= Math.max(offset, end) && tag.span.end >= offset);
      const tag = here.length > 1 ? await pickTag(here, author) : here[0];
      if (!tag) {
        thread.dispose();
        if (here.length === 0) void showInformation(vscode.l10n.t('Discussions belong to tags: tag the statement first, then comment on it.'));
        return undefined;
      }
      shown = this.threads.adopt(document, tag.id, thread);
      tagId = tag.id;
    }
    const view = await this.threads.reply(session, document, tagId, author, text);
    shown.collapsibleState = vscode.CommentThreadCollapsibleState.Expanded;
    return view;
  }
}

async function pickTag(tags: readonly AnnotationView[], author: string): Promise<AnnotationView | undefined> {
  const own = tags.filter((tag) => tag.author === author);
  if (own.length === 1) return own[0];
  const picked = await pick(
    tags.map((tag) => ({ label: vscode.l10n.t('{0} by {1}', kindLabel(tag.kind), tag.author), detail: shorten(tag.exact, 80), tag })),
    { title: vscode.l10n.t('Several tags here: which one?') },
  );
  return picked?.tag;
}

export class EditCommentCommand implements Command {
  readonly id = 'transcriptAnnotator.threads.editComment';

  constructor(private readonly threads: TagThreads) {}

  execute(comment?: unknown): void {
    if (comment instanceof TagComment) this.threads.setMode(comment, vscode.CommentMode.Editing);
  }
}

export class CancelEditCommentCommand implements Command {
  readonly id = 'transcriptAnnotator.threads.cancelEdit';

  constructor(private readonly threads: TagThreads) {}

  execute(comment?: unknown): void {
    if (comment instanceof TagComment) this.threads.setMode(comment, vscode.CommentMode.Preview);
  }
}

/** A comment named by the thread's buttons (the comment itself) or, for keybindings and tests, by `{ tagId, commentId?, body? }`. */
interface CommentArgs {
  readonly tagId: string;
  /** Undefined for the tag's note. */
  readonly commentId: string | undefined;
  /** The new text: the edited comment's, or the argument's. */
  readonly body: string | undefined;
  readonly shown?: TagComment;
}

function commentArgs(arg: unknown): CommentArgs | undefined {
  if (arg instanceof TagComment) return { tagId: arg.tagId, commentId: arg.commentId, body: bodyText(arg), shown: arg };
  const { tagId, commentId, body } = (arg ?? {}) as { tagId?: unknown; commentId?: unknown; body?: unknown };
  if (typeof tagId !== 'string') return undefined;
  return { tagId, commentId: typeof commentId === 'string' ? commentId : undefined, body: typeof body === 'string' ? body : undefined };
}

/** The open transcript that holds tag `tagId`, with its session. */
function sessionOf(services: Services, tagId: string): { document: vscode.TextDocument; session: AnnotationSession; tag: AnnotationView } | undefined {
  for (const document of vscode.workspace.textDocuments) {
    const session = services.sessions.peek(document.uri);
    const tag = session?.annotations.find((t) => t.id === tagId);
    if (session && tag) return { document, session, tag };
  }
  return undefined;
}

/** Saves an edited comment (one's own; an empty one is deleted) or the tag's note (as Edit Note does, by anyone). */
export class SaveCommentCommand implements Command {
  readonly id = 'transcriptAnnotator.threads.saveComment';

  constructor(
    private readonly services: Services,
    private readonly threads: TagThreads,
  ) {}

  async execute(arg?: unknown): Promise<AnnotationView | undefined> {
    const args = commentArgs(arg);
    const found = args && sessionOf(this.services, args.tagId);
    if (!args || args.body === undefined || !found || !ensureWritable(found.session)) return undefined;
    const by = await this.services.author.ensure(found.document.uri);
    if (by === undefined) return undefined;
    const body = args.body;
    let view: AnnotationView;
    if (args.commentId === undefined) {
      view = await found.session.update(args.tagId, { note: body.trim() === '' ? undefined : body, by });
    } else {
      const id = args.commentId;
      const stored = found.tag.comments?.find((c) => c.id === id);
      if (!stored || stored.author !== by) {
        void showInformation(vscode.l10n.t('Only the author of a comment can change it.'));
        return undefined;
      }
      view = await found.session.changeComments(args.tagId, (comments) => (body.trim() === '' ? deleteComment(comments, id) : editComment(comments, id, body)));
    }
    if (args.shown) this.threads.setMode(args.shown, vscode.CommentMode.Preview);
    this.threads.sync(found.document);
    return view;
  }
}

/** Deletes one's own comment; Undo Last Tagging puts it back. */
export class DeleteCommentCommand implements Command {
  readonly id = 'transcriptAnnotator.threads.deleteComment';

  constructor(
    private readonly services: Services,
    private readonly threads: TagThreads,
  ) {}

  async execute(arg?: unknown): Promise<AnnotationView | undefined> {
    const args = commentArgs(arg);
    const found = args && sessionOf(this.services, args.tagId);
    const stored = found?.tag.comments?.find((c) => c.id === args?.commentId);
    if (!args || !found || !stored || !ensureWritable(found.session)) return undefined;
    const { document, session } = found;
    if (stored.author !== this.services.author.current(document.uri)) {
      void showInformation(vscode.l10n.t('Only the author of a comment can change it.'));
      return undefined;
    }
    const view = await session.changeComments(args.tagId, (comments) => deleteComment(comments, stored.id));
    this.threads.sync(document);
    this.services.history.confirm(vscode.l10n.t('Deleted your comment: “{0}”', shorten(stored.body)), 'comment', async () => {
      await session.changeComments(args.tagId, (comments) => addComment(comments, stored));
      this.threads.sync(document);
    });
    return view;
  }
}

/**
 * Discuss Tag: opens the thread of the tag under the cursor (or named by a tree item, a hover link or an id),
 * ready for a reply. With `{ body }` as the second argument the reply is added at once (tests, keybindings).
 */
export class DiscussTagCommand implements Command {
  static readonly ID = 'transcriptAnnotator.discussTag';
  readonly id = DiscussTagCommand.ID;

  constructor(
    private readonly services: Services,
    private readonly threads: TagThreads,
  ) {}

  async execute(arg?: unknown, options?: unknown): Promise<AnnotationView | undefined> {
    const author = await this.services.author.ensure(this.services.active.editor?.document.uri);
    if (author === undefined) return undefined;
    const found = await writableTagFromArgs(this.services, arg, author);
    if (!found) return undefined;
    const { target, annotation } = found;
    const body = (options as { body?: unknown } | undefined)?.body;
    if (typeof body === 'string' && body.trim() !== '') {
      const view = await this.threads.reply(target.session, target.document, annotation.id, author, body);
      this.threads.reveal(target.document, view);
      showStatus('comment', vscode.l10n.t('Comment added to the {0} tag by {1}', kindLabel(view.kind), view.author), 5000);
      return view;
    }
    const thread = this.threads.reveal(target.document, annotation);
    if (annotation.span) target.editor.revealRange(thread.range ?? new vscode.Range(0, 0, 0, 0), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    return annotation;
  }
}
