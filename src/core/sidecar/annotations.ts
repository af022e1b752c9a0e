import { quoteTarget } from '../anchoring/target';
import type { Span } from '../text/positions';
import { nameTable, setEntry } from '../text/nameTable';
import { compareAnnotations } from './codec';
import { newAnnotationId } from './ids';
import type { Annotation, AnnotationKind, AnnotationVerdict, CheckStatus, EvidenceSource, SidecarDocument } from './model';

export interface NewAnnotation {
  /** The document text the span points into (BOM-less, as the editor holds it). */
  readonly text: string;
  readonly span: Span;
  readonly kind: AnnotationKind;
  readonly note?: string;
  readonly author: string;
  readonly speaker?: string | null;
  readonly topic?: string | null;
  /** Defaults to the current time. */
  readonly now?: Date;
  /** Defaults to a random UUID. */
  readonly id?: string;
}

/** A new annotation on `span`, with its quote, prefix and suffix taken from `text`. */
export function createAnnotation(input: NewAnnotation): Annotation {
  if (input.span.end <= input.span.start) throw new RangeError('cannot annotate an empty span');
  const time = (input.now ?? new Date()).toISOString();
  return {
    id: input.id ?? newAnnotationId(),
    kind: input.kind,
    ...(input.note ? { note: input.note } : {}),
    author: input.author,
    created: time,
    modified: time,
    speaker: input.speaker ?? null,
    topic: input.topic ?? null,
    target: quoteTarget(input.text, input.span),
  };
}

/**
 * What a user can change on an existing annotation. `note: ''` removes the note, `verdict: null` the verdict,
 * `status: null` the status, `sources: []` the sources.
 */
export interface AnnotationChanges {
  readonly kind?: AnnotationKind;
  readonly note?: string;
  readonly verdict?: AnnotationVerdict | null;
  /** A workflow step, stored with `by` (or the author) and the time; a whole status is stored as it is (undo). */
  readonly status?: string | CheckStatus | null;
  readonly sources?: readonly EvidenceSource[];
  /** Who makes the change, stored as `modifiedBy`; without it `modifiedBy` is left as it was. */
  readonly by?: string;
}

/** The annotation with `changes` applied and `modified` (and `modifiedBy`) set, or the same object when nothing changes. */
export function changeAnnotation(annotation: Annotation, changes: AnnotationChanges, now: Date = new Date()): Annotation {
  const kind = changes.kind ?? annotation.kind;
  const note = changes.note === undefined ? annotation.note : changes.note || undefined;
  const verdict = changes.verdict === undefined ? annotation.verdict : (changes.verdict ?? undefined);
  const sources = changes.sources === undefined ? annotation.sources : changes.sources.length ? changes.sources : undefined;
  const time = now.toISOString();
  const asked = typeof changes.status === 'string' ? { value: changes.status, by: changes.by ?? annotation.author, at: time } : changes.status;
  const statusChanged = typeof changes.status === 'string' ? changes.status !== annotation.status?.value : asked !== undefined && !sameJson(asked ?? undefined, annotation.status);
  const status = statusChanged ? (asked ?? undefined) : annotation.status;
  if (kind === annotation.kind && note === annotation.note && sameJson(verdict, annotation.verdict) && sameJson(sources, annotation.sources) && !statusChanged) return annotation;
  const { note: _note, verdict: _verdict, status: _status, sources: _sources, ...rest } = annotation;
  void [_note, _verdict, _status, _sources];
  return {
    ...rest,
    kind,
    ...(note ? { note } : {}),
    ...(verdict ? { verdict } : {}),
    ...(status ? { status } : {}),
    ...(sources ? { sources } : {}),
    modified: time,
    ...(changes.by !== undefined ? { modifiedBy: changes.by } : {}),
  };
}

function sameJson(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The annotation `author` made on exactly `span`, if any. One annotation per author per statement: tagging
 * again changes one's own, while someone else's tag on the same text is left alone and a new one is added.
 */
export function ownAnnotationAt(annotations: readonly Annotation[], span: Span, author: string): Annotation | undefined {
  return annotations.find((a) => a.author === author && a.target.start === span.start && a.target.end === span.end);
}

/** The document with `annotation` added, or replacing the one with the same id. */
export function putAnnotation(document: SidecarDocument, annotation: Annotation): SidecarDocument {
  const others = document.annotations.filter((a) => a.id !== annotation.id);
  return { ...document, annotations: [...others, annotation].sort(compareAnnotations) };
}

export function removeAnnotation(document: SidecarDocument, id: string): SidecarDocument {
  const annotations = document.annotations.filter((a) => a.id !== id);
  return annotations.length === document.annotations.length ? document : { ...document, annotations };
}

/** Sets `alias` → `canonical`, or removes the alias when `canonical` is undefined or empty. */
export function setSpeakerAlias(document: SidecarDocument, alias: string, canonical: string | undefined): SidecarDocument {
  const speakerAliases = nameTable(Object.entries(document.speakerAliases));
  if (canonical) setEntry(speakerAliases, alias, canonical);
  else delete speakerAliases[alias];
  return { ...document, speakerAliases };
}
