import type { AnchorStatus } from '../anchoring/model';
import { quoteTarget } from '../anchoring/target';
import type { Annotation, AnnotationTarget } from '../sidecar/model';
import type { Span } from '../text/positions';

export type PlacementStatus = AnchorStatus;

/** An annotation with where re-anchoring placed it in the current text (`span` is null for an orphan). */
export interface PlacedAnnotation {
  readonly annotation: Annotation;
  readonly status: PlacementStatus;
  readonly span: Span | null;
}

export interface ExportInput {
  /** The transcript text the spans point into. */
  readonly text: string;
  /** How the transcript is referred to in the output: link targets, `source` of W3C targets. */
  readonly source: string;
  /** In document order or not; every format sorts as it needs. */
  readonly annotations: readonly PlacedAnnotation[];
}

export const EXPORT_FORMATS = ['csv', 'markdown', 'w3c', 'claimreview'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export function isExportFormat(value: unknown): value is ExportFormat {
  return typeof value === 'string' && (EXPORT_FORMATS as readonly string[]).includes(value);
}

/** Document order: placed annotations by position, orphans last by their old position. */
export function inDocumentOrder(annotations: readonly PlacedAnnotation[]): PlacedAnnotation[] {
  const key = (a: PlacedAnnotation): number => (a.span ? a.span.start : Number.MAX_SAFE_INTEGER);
  return [...annotations].sort(
    (a, b) => key(a) - key(b) || a.annotation.target.start - b.annotation.target.start || (a.annotation.id < b.annotation.id ? -1 : a.annotation.id > b.annotation.id ? 1 : 0),
  );
}

/**
 * The quote and position an export should state: the stored target when the annotation is still where
 * it was stored; the text now at its place when it moved; the stored target for an orphan.
 */
export function currentTarget(placed: PlacedAnnotation, text: string): AnnotationTarget {
  const stored = placed.annotation.target;
  const span = placed.span;
  if (!span || (span.start === stored.start && span.end === stored.end && text.slice(span.start, span.end) === stored.exact)) return stored;
  return quoteTarget(text, span);
}
