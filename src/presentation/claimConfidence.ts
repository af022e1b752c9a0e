import type { Analysis, Claim } from '../core/analysis/model';

/**
 * The analysis with only the claims at or above `minimum` confidence: what the editor shows (decorations,
 * hover, navigation, tagging targets, topics tree). The core keeps every claim, so changing the threshold
 * needs no re-analysis. Returns the same object when nothing is hidden.
 */
export function withConfidentClaims<T extends Pick<Analysis, 'claims'>>(analysis: T, minimum: number): T {
  if (!(minimum > 0)) return analysis;
  const isConfident = (claim: Claim): boolean => claim.confidence >= minimum;
  if (analysis.claims.every(isConfident)) return analysis;
  return { ...analysis, claims: analysis.claims.filter(isConfident) };
}
