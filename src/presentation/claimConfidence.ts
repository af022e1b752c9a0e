import { isBlockBacked, lazilyConfident } from '../core/analysis/query';
import type { Analysis, Claim } from '../core/analysis/model';

/**
 * The analysis with only the claims at or above `minimum` confidence: what the editor shows (decorations,
 * hover, navigation, tagging targets, topics tree). The core keeps every claim, so changing the threshold
 * needs no re-analysis. A plain analysis comes back itself when nothing is hidden; an incrementally updated
 * one is filtered lazily (its arrays are built only when read, and range queries filter what they find), so a
 * keystroke does not build every block.
 */
export function withConfidentClaims<T extends Pick<Analysis, 'claims'>>(analysis: T, minimum: number): T {
  if (!(minimum > 0)) return analysis;
  if (isFullAnalysis(analysis) && isBlockBacked(analysis)) return lazilyConfident(analysis, minimum);
  const isConfident = (claim: Claim): boolean => claim.confidence >= minimum;
  if (analysis.claims.every(isConfident)) return analysis;
  return { ...analysis, claims: analysis.claims.filter(isConfident) };
}

function isFullAnalysis(analysis: Pick<Analysis, 'claims'>): analysis is Analysis {
  return 'turns' in analysis && 'stageDirections' in analysis;
}
