import type { Annotation } from '../sidecar/model';
import type { AnchorResult } from './model';
import { Reanchorer } from './reanchor';

export interface CheckedAnnotation {
  readonly annotation: Annotation;
  readonly result: AnchorResult;
}

/** Re-anchors every annotation against `text`, in the order given. */
export function checkAnnotations(text: string, annotations: readonly Annotation[]): CheckedAnnotation[] {
  const results = new Reanchorer(text).anchorAll(annotations.map((a) => a.target));
  return annotations.map((annotation, i) => ({ annotation, result: results[i]! }));
}
