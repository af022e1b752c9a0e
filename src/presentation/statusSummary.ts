import { CLAIM_KINDS, type ClaimKind } from '../core/analysis/model';
import type { Span } from '../core/text/positions';
import type { AnchorStatus } from './annotationView';

export interface KindSummary {
  readonly kind: ClaimKind;
  /** Tags of this kind, every annotator's. */
  readonly tagged: number;
  /** Suggested claims of this kind that no tag covers yet. */
  readonly suggested: number;
}

export interface TranscriptSummary {
  readonly kinds: readonly KindSummary[];
  readonly statuses: Readonly<Record<AnchorStatus, number>>;
}

/** What the status-bar menu says about a transcript: tags and open suggestions by kind, tags by status. */
export function summarize(
  annotations: readonly { readonly kind: ClaimKind; readonly status: AnchorStatus; readonly span: Span | null }[],
  claims: readonly { readonly kind: ClaimKind; readonly span: Span }[],
): TranscriptSummary {
  const tagged = new Set(annotations.flatMap((annotation) => (annotation.span ? [`${annotation.span.start}:${annotation.span.end}`] : [])));
  const open = claims.filter((claim) => !tagged.has(`${claim.span.start}:${claim.span.end}`));
  const statuses: Record<AnchorStatus, number> = { anchored: 0, fuzzy: 0, orphaned: 0 };
  for (const annotation of annotations) statuses[annotation.status]++;
  return {
    kinds: CLAIM_KINDS.map((kind) => ({
      kind,
      tagged: annotations.filter((annotation) => annotation.kind === kind).length,
      suggested: open.filter((claim) => claim.kind === kind).length,
    })),
    statuses,
  };
}
