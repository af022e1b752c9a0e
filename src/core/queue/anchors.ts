import { checkAnnotations } from '../anchoring/checkAnnotations';
import type { Annotation } from '../sidecar/model';
import type { QueueAnchor } from './queue';

/** A tag of a closed transcript whose text moved (`fuzzy`) or is gone (`orphaned`). */
export interface AnchorProblem {
  readonly annotation: Annotation;
  readonly status: 'fuzzy' | 'orphaned';
  /** Where a fuzzy tag sits now; `null` for an orphan (shown at its stored place). */
  readonly start: number | null;
  readonly end: number | null;
}

export interface CheckedFile {
  readonly anchors: ReadonlyMap<string, QueueAnchor>;
  readonly problems: readonly AnchorProblem[];
}

/** Re-anchors a sidecar's tags against the transcript's text as it is on disk. */
export function checkQueueFile(text: string, annotations: readonly Annotation[]): CheckedFile {
  const anchors = new Map<string, QueueAnchor>();
  const problems: AnchorProblem[] = [];
  for (const { annotation, result } of checkAnnotations(text, annotations)) {
    const start = result.span?.start ?? null;
    const end = result.span?.end ?? null;
    anchors.set(annotation.id, { status: result.status, start, end });
    if (result.status !== 'anchored') problems.push({ annotation, status: result.status, start, end });
  }
  return { anchors, problems };
}
