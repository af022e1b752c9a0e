import { newAnnotationId } from './ids';
import { setOwn } from './ownKeys';
import type { UnknownFields } from './model';

/**
 * One comment in a tag's discussion thread (`Annotation.comments`). The body is Markdown written by a
 * person and is untrusted wherever it is shown. Comments are matched by `id` when sidecars are merged, so
 * two people replying on two branches both keep their replies.
 */
export interface AnnotationComment {
  /** Random (a UUID), like annotation ids. */
  readonly id: string;
  readonly author: string;
  /** ISO 8601, UTC. */
  readonly created: string;
  /** When the body was last edited; absent until it is. */
  readonly modified?: string;
  /** Markdown, several lines allowed. */
  readonly body: string;
  readonly unknown?: UnknownFields;
}

/** The order a comment's fields are written in; anything else is kept as unknown. */
export const COMMENT_KEYS: readonly string[] = ['id', 'author', 'created', 'modified', 'body'];

/** A thread never grows past this many comments, nor a body past this many UTF-16 units: a file is untrusted. */
export const MAX_COMMENTS_PER_ANNOTATION = 10_000;
export const MAX_COMMENT_BODY = 100_000;

/** Why a `comments` value cannot be read, with the path (below the annotation) of the value it is about. */
export interface CommentProblem {
  readonly message: string;
  readonly path: readonly (string | number)[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads an annotation's `comments` value (parsed JSON, untrusted). `what` names the annotation in messages.
 * Returns the comments or the first problem; ids must be unique within the thread.
 */
export function readComments(value: unknown, what: string): { readonly comments: AnnotationComment[] } | { readonly problem: CommentProblem } {
  const fail = (message: string, path: readonly (string | number)[]) => ({ problem: { message: `${what}: ${message}`, path: ['comments', ...path] } });
  if (!Array.isArray(value)) return fail("'comments' must be an array", []);
  if (value.length > MAX_COMMENTS_PER_ANNOTATION) return fail(`'comments' holds more than ${MAX_COMMENTS_PER_ANNOTATION} comments`, []);
  const comments: AnnotationComment[] = [];
  const ids = new Set<string>();
  for (let index = 0; index < value.length; index++) {
    const item: unknown = value[index];
    const label = `comment ${index + 1}`;
    if (!isRecord(item)) return fail(`${label} must be an object`, [index]);
    const text = (key: string, required: boolean, allowEmpty: boolean): string | undefined | { problem: CommentProblem } => {
      if (!Object.prototype.hasOwnProperty.call(item, key)) return required ? fail(`missing ${label}: '${key}'`, [index]) : undefined;
      const field = item[key];
      if (typeof field !== 'string') return fail(`${label}: '${key}' must be a string`, [index, key]);
      if (!allowEmpty && field.trim() === '') return fail(`${label}: '${key}' must not be empty`, [index, key]);
      return field;
    };
    const fields: Record<string, string | undefined> = {};
    for (const [key, required, allowEmpty] of [['id', true, false], ['author', true, true], ['created', true, false], ['modified', false, false], ['body', true, true]] as const) {
      const read = text(key, required, allowEmpty);
      if (typeof read === 'object') return read;
      fields[key] = read;
    }
    const { id, author, created, modified, body } = fields as { id: string; author: string; created: string; modified?: string; body: string };
    if (body.length > MAX_COMMENT_BODY) return fail(`${label}: 'body' is longer than ${MAX_COMMENT_BODY} characters`, [index, 'body']);
    if (ids.has(id)) return fail(`${label}: id '${id}' is used twice`, [index, 'id']);
    ids.add(id);
    let unknown: Record<string, unknown> | undefined;
    for (const key of Object.keys(item)) {
      if (COMMENT_KEYS.includes(key)) continue;
      unknown ??= {};
      setOwn(unknown, key, item[key]);
    }
    comments.push({ id, author, created, ...(modified !== undefined ? { modified } : {}), body, ...(unknown ? { unknown } : {}) });
  }
  return { comments };
}

/** A comment as written: fixed key order, then fields this version does not know. */
export function commentToJson(comment: AnnotationComment): Record<string, unknown> {
  const out: Record<string, unknown> = { id: comment.id, author: comment.author, created: comment.created };
  if (comment.modified !== undefined) out.modified = comment.modified;
  out.body = comment.body;
  if (comment.unknown) for (const key of Object.keys(comment.unknown)) setOwn(out, key, comment.unknown[key]);
  return out;
}

/** Oldest first, then by id, so every writer stores a thread in the same order. */
export function sortComments(comments: readonly AnnotationComment[]): AnnotationComment[] {
  return [...comments].sort((a, b) => (a.created < b.created ? -1 : a.created > b.created ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

// ------------------------------------------------------------------------------------------------ edits

/** A new comment by `author`, now. */
export function newComment(author: string, body: string, now: Date = new Date(), id: string = newAnnotationId()): AnnotationComment {
  return { id, author, created: now.toISOString(), body };
}

/** The thread with `comment` appended. */
export function addComment(comments: readonly AnnotationComment[] | undefined, comment: AnnotationComment): AnnotationComment[] {
  return sortComments([...(comments ?? []).filter((c) => c.id !== comment.id), comment]);
}

/** The thread with comment `id`'s body replaced (and `modified` set), or unchanged when the body is the same. */
export function editComment(comments: readonly AnnotationComment[] | undefined, id: string, body: string, now: Date = new Date()): AnnotationComment[] {
  return (comments ?? []).map((c) => (c.id === id && c.body !== body ? { ...c, body, modified: now.toISOString() } : c));
}

/** The thread without comment `id`. */
export function deleteComment(comments: readonly AnnotationComment[] | undefined, id: string): AnnotationComment[] {
  return (comments ?? []).filter((c) => c.id !== id);
}

// ------------------------------------------------------------------------------------------------ merge

/** Why a comment could not be merged cleanly: both sides edited it differently, or one deleted what the other edited. */
export interface CommentClash {
  readonly id: string;
  readonly reason: string;
}

/**
 * Three-way merge of one thread, comment by comment (by id): replies added on either side are all kept; an
 * edit on one side wins over the untouched other; a deletion wins over an untouched comment. A comment both
 * sides edited differently keeps ours, and one edited on one side and deleted on the other is kept; each
 * such case is returned in `clashes`, so the caller keeps their whole version too (the annotation conflict).
 */
export function mergeComments(
  base: readonly AnnotationComment[] | undefined,
  ours: readonly AnnotationComment[] | undefined,
  theirs: readonly AnnotationComment[] | undefined,
  same: (a: unknown, b: unknown) => boolean,
): { readonly comments: AnnotationComment[] | undefined; readonly clashes: CommentClash[] } {
  const byId = (list: readonly AnnotationComment[] | undefined) => new Map((list ?? []).map((c) => [c.id, c]));
  const [b, o, t] = [byId(base), byId(ours), byId(theirs)];
  const out: AnnotationComment[] = [];
  const clashes: CommentClash[] = [];
  for (const id of new Set([...o.keys(), ...t.keys(), ...b.keys()])) {
    const [inBase, inOurs, inTheirs] = [b.get(id), o.get(id), t.get(id)];
    if (inOurs && inTheirs) {
      if (same(inOurs, inTheirs) || (inBase && same(inTheirs, inBase))) out.push(inOurs);
      else if (inBase && same(inOurs, inBase)) out.push(inTheirs);
      else {
        out.push(inOurs);
        clashes.push({ id, reason: `comment ${id} was edited differently on both sides` });
      }
    } else if (inOurs || inTheirs) {
      const kept = (inOurs ?? inTheirs)!;
      if (!inBase) out.push(kept); // added on one side
      else if (!same(kept, inBase)) {
        out.push(kept);
        clashes.push({ id, reason: `comment ${id} was deleted on one side and edited on the other` });
      }
      // Else deleted on the other side and untouched here: gone.
    }
  }
  return { comments: out.length ? sortComments(out) : undefined, clashes };
}
