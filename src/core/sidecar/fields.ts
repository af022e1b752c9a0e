import type { Annotation } from './model';

// The fields the sidecar schema knows, in the order they are written; anything else is kept as unknown.

export const TOP_LEVEL_KEYS: readonly string[] = ['$schema', 'version', 'speakerAliases', 'annotations', 'conflicts'];
export const ANNOTATION_KEYS: readonly string[] = ['id', 'kind', 'note', 'author', 'created', 'modified', 'modifiedBy', 'speaker', 'topic', 'verdict', 'status', 'sources', 'target', 'comments', 'conflict'];
export const TARGET_KEYS: readonly string[] = ['exact', 'prefix', 'suffix', 'start', 'end'];
export const VERDICT_KEYS: readonly string[] = ['label', 'rating'];
export const RATING_KEYS: readonly string[] = ['value', 'best'];
export const SOURCE_KEYS: readonly string[] = ['url', 'title', 'quote'];
export const STATUS_KEYS: readonly string[] = ['value', 'by', 'at'];
export const CONFLICT_KEYS: readonly string[] = ['with', 'reason'];
/** A document conflict names its subject with one of these keys (DocumentConflict.on). */
export const DOCUMENT_CONFLICT_SUBJECTS = ['speakerAlias', 'field'] as const;
export const DOCUMENT_CONFLICT_KEYS: readonly string[] = [...DOCUMENT_CONFLICT_SUBJECTS, 'theirs', 'reason'];

type OptionalField = 'note' | 'modifiedBy' | 'verdict' | 'status' | 'sources' | 'comments' | 'conflict' | 'unknown';

/** What a decoder read for one annotation, with absent optional fields as `undefined`. */
export type DecodedAnnotationFields = Omit<Annotation, OptionalField> & {
  readonly [K in OptionalField]: Annotation[K] | undefined;
};

/** The annotation both decoders return: optional fields are left out, never present as `undefined`. */
export function annotationFromFields(fields: DecodedAnnotationFields): Annotation {
  const { note, modifiedBy, verdict, status, sources, comments, conflict, unknown, ...required } = fields;
  return {
    ...required,
    ...(note !== undefined ? { note } : {}),
    ...(modifiedBy !== undefined ? { modifiedBy } : {}),
    ...(verdict ? { verdict } : {}),
    ...(status ? { status } : {}),
    ...(sources?.length ? { sources } : {}),
    ...(comments?.length ? { comments } : {}),
    ...(conflict ? { conflict } : {}),
    ...(unknown ? { unknown } : {}),
  };
}
