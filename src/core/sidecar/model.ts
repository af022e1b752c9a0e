import type { ClaimKind } from '../analysis/model';
import type { AnnotationComment } from './comments';

/**
 * The sidecar file `<transcript>.annotations.json`: tags on a transcript, shared through git.
 *
 * Offsets (`start`, `end`) are UTF-16 code units into the document text as VS Code holds it:
 * BOM removed, line breaks as they are in the file. That is what `string.length` and
 * `TextDocument.offsetAt` count, so the editor and the CLI agree.
 */

/** The schema version this code writes. A file with a larger version is refused, never rewritten. */
export const SIDECAR_VERSION = 1;

/**
 * Written into every file. VS Code's JSON service lets a file's `$schema` win over `jsonValidation`
 * associations and fetches it by its scheme: an https address would need the network (and a host we do not
 * have), a relative path breaks as files move. This scheme is served offline by the extension (a read-only
 * file system provider over `schemas/`), so validation works wherever the extension is installed.
 */
export const SIDECAR_SCHEMA_URI = 'transcript-annotator:/schemas/annotations.v1.schema.json';

export const SIDECAR_SUFFIX = '.annotations.json';

/**
 * Largest sidecar read, in bytes (and UTF-16 units for text). 100,000 annotations take about 57 MB and
 * decode in about 2 s; past this a file is refused with a reason rather than parsed.
 */
export const MAX_SIDECAR_BYTES = 64 * 1024 * 1024;

/** The sidecar that belongs to a transcript path or URI string. */
export function sidecarPathFor(transcriptPath: string): string {
  return transcriptPath + SIDECAR_SUFFIX;
}

export type AnnotationKind = ClaimKind;

/** Fields this version does not know, kept in their original order and written back unchanged. */
export type UnknownFields = Readonly<Record<string, unknown>>;

/**
 * Where the annotation sits, compatible with the W3C Web Annotation model:
 * a TextQuoteSelector (`exact`, `prefix`, `suffix`) plus a TextPositionSelector (`start`, `end`).
 */
export interface AnnotationTarget {
  readonly exact: string;
  /** Up to 32 UTF-16 units before `exact` (fewer at the start of the text). */
  readonly prefix: string;
  /** Up to 32 UTF-16 units after `exact`. */
  readonly suffix: string;
  /** UTF-16 offset of the first unit of `exact` in the BOM-less text. */
  readonly start: number;
  /** UTF-16 offset just past `exact`. */
  readonly end: number;
  readonly unknown?: UnknownFields;
}

/** Set by a merge when two people changed the same annotation differently; both versions are kept. */
export interface AnnotationConflict {
  /** The id of the other version of this annotation; absent when the other side deleted it. */
  readonly with?: string;
  readonly reason: string;
  /** Fields this version does not know, kept and written back. */
  readonly unknown?: UnknownFields;
}

/**
 * Set by a merge when both sides changed a speaker alias, or a top-level field this version does not know,
 * differently: ours stays in effect and theirs is kept here, so nothing a colleague wrote disappears.
 * Resolved by hand: keep one value and delete the entry.
 */
export interface DocumentConflict {
  /** `speakerAlias` for an entry of `speakerAliases`, `field` for a top-level field. */
  readonly on: 'speakerAlias' | 'field';
  /** The alias or the field name. */
  readonly key: string;
  /** Their value; absent when they deleted it. */
  readonly theirs?: unknown;
  readonly reason: string;
  readonly unknown?: UnknownFields;
}

/** A numeric rating on a verdict scale: `value` of `best`, the worst being 1 (ClaimReview's default). */
export interface VerdictRating {
  readonly value: number;
  readonly best: number;
  readonly unknown?: UnknownFields;
}

/** A fact-checker's verdict on a tag: a label from the verdict scale (`False`, `Mostly true`), maybe rated. */
export interface AnnotationVerdict {
  readonly label: string;
  readonly rating?: VerdictRating;
  readonly unknown?: UnknownFields;
}

/** Evidence for a verdict. `url` is always http(s): anything else is refused when read. */
export interface EvidenceSource {
  readonly url: string;
  readonly title?: string;
  /** The passage of the source that matters. */
  readonly quote?: string;
  readonly unknown?: UnknownFields;
}

/** Where a tag stands in the desk's workflow (`To check`, `Checking`…), who set it and when (ISO 8601, UTC). */
export interface CheckStatus {
  readonly value: string;
  readonly by: string;
  readonly at: string;
  readonly unknown?: UnknownFields;
}

export interface Annotation {
  /** Random and collision-safe (a UUID); see `newAnnotationId`. */
  readonly id: string;
  readonly kind: AnnotationKind;
  readonly note?: string;
  readonly author: string;
  /** ISO 8601 times, UTC. */
  readonly created: string;
  readonly modified: string;
  /**
   * Who made the last change (kind, note, place), when it has been changed: several annotators work on one
   * file, and `author` stays the person who made the tag. Old readers keep it as an unknown field.
   */
  readonly modifiedBy?: string;
  /** The speaker and topic when the annotation was made, `null` when there was none. */
  readonly speaker: string | null;
  readonly topic: string | null;
  /**
   * The fact-checking desk's fields, all optional (old readers keep them as unknown fields). A tag's
   * timecode is not stored: it is derived from the transcript's cues and timestamps (core/timecodes).
   */
  readonly verdict?: AnnotationVerdict;
  readonly status?: CheckStatus;
  /** Never empty when present. */
  readonly sources?: readonly EvidenceSource[];
  readonly target: AnnotationTarget;
  /** The tag's discussion, oldest first (see comments.ts); absent when nobody has commented. Old readers keep it as an unknown field. */
  readonly comments?: readonly AnnotationComment[];
  readonly conflict?: AnnotationConflict;
  readonly unknown?: UnknownFields;
}

export interface SidecarDocument {
  readonly version: number;
  /** Per-document speaker aliases: alias → canonical name (e.g. `老黃` → `黃仁勳`). */
  readonly speakerAliases: Readonly<Record<string, string>>;
  readonly annotations: readonly Annotation[];
  /** Alias and top-level field clashes left by a merge (see DocumentConflict); absent when there are none. */
  readonly conflicts?: readonly DocumentConflict[];
  /** Top-level fields this version does not know. `$schema` is not among them: it is always rewritten. */
  readonly unknown?: UnknownFields;
}

export function emptySidecar(): SidecarDocument {
  return { version: SIDECAR_VERSION, speakerAliases: {}, annotations: [] };
}
