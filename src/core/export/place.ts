import { checkAnnotations, type CheckedAnnotation } from '../anchoring/checkAnnotations';
import type { Annotation } from '../sidecar/model';
import type { PlacedAnnotation } from './model';

/** A sidecar annotation with where re-anchoring places it in the text now. */
export interface AnchoredAnnotation extends PlacedAnnotation, CheckedAnnotation {
  readonly annotation: Annotation;
}

/**
 * Re-anchors sidecar annotations against `text` and gives them in the form exports, conversion and
 * agreement take. (The editor, which already knows where its annotations are, can build
 * `PlacedAnnotation`s directly.)
 */
export function placeAnnotations(text: string, annotations: readonly Annotation[]): AnchoredAnnotation[] {
  return checkAnnotations(text, annotations).map(({ annotation, result }) => ({ annotation, result, status: result.status, span: result.span }));
}
