import type { ClaimKind } from '../core/analysis/model';
import type { AnnotationComment } from '../core/sidecar/comments';
import type { AnnotationVerdict, CheckStatus, EvidenceSource } from '../core/sidecar/model';
import type { Span } from '../core/text/positions';

export type AnchorStatus = 'anchored' | 'fuzzy' | 'orphaned';

/** What the editor shows of one stored annotation once it has been anchored in the current text. */
export interface AnnotationView {
  readonly id: string;
  readonly kind: ClaimKind;
  readonly note: string | undefined;
  readonly author: string;
  readonly created: string;
  readonly modified: string;
  /** Who made the last change, when it has been changed. */
  readonly modifiedBy: string | undefined;
  readonly speaker: string | null;
  readonly topic: string | null;
  readonly verdict: AnnotationVerdict | undefined;
  /** The desk's workflow step (the sidecar's `status`; `status` here is where the tag was found). */
  readonly checkStatus: CheckStatus | undefined;
  readonly sources: readonly EvidenceSource[];
  /** The quote as stored. */
  readonly exact: string;
  readonly status: AnchorStatus;
  /** Where it sits in the current text; `null` when orphaned. */
  readonly span: Span | null;
  /** Where it was last stored, for showing an orphan near its old place. */
  readonly storedStart: number;
  /** The tag's discussion, oldest first; absent when nobody has commented. */
  readonly comments?: readonly AnnotationComment[];
}
