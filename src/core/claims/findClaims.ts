import type { AnalysisOptions, Claim, Turn } from '../analysis/model';
import type { LineIndex } from '../text/positions';

/** Splits the text into sentences and suggests a kind for each check-worthy one. */
export function findClaims(_lines: LineIndex, _turns: readonly Turn[], _options: AnalysisOptions): Claim[] {
  return [];
}
