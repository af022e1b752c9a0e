// What classifying a sentence gives: a kind, its reasons and a confidence.
import type { ClaimKind } from '../analysis/model';

export interface Classification {
  readonly kind: ClaimKind;
  /** Human-readable reasons, e.g. `money: 420亿元`, `first-person belief: 我认为`, `attribution: 据…报道`. */
  readonly cues: readonly string[];
  /** 0–1: how likely the sentence is check-worthy with this kind (see confidence.ts, `adjusted`). */
  readonly confidence: number;
}
