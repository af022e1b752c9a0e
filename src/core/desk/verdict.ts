import type { AnnotationVerdict, VerdictRating } from '../sidecar/model';

/** Why a rating cannot be stored, or `undefined`. Ratings run from 1 (worst) to `best`, as ClaimReview's default. */
export function ratingProblem(rating: { value: unknown; best: unknown }): string | undefined {
  const { value, best } = rating;
  if (typeof best !== 'number' || !Number.isFinite(best) || best < 1) return "'best' must be a number ≥ 1";
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 1 || value > best) return "'value' must be a number from 1 to 'best'";
  return undefined;
}

const RATED = /^(\d+(?:\.\d+)?)\s*\/\s*(\d+(?:\.\d+)?)\s*(.*)$/su;

/**
 * A verdict written as text: `False`, or `N/M label` for a rating (`2/5 Mostly false`); the older sidecar
 * `verdict` string and the note's `verdict:` line are written this way. A rating outside 1…M stays in the label.
 */
export function parseVerdictText(text: string): AnnotationVerdict | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  const rated = RATED.exec(trimmed);
  if (!rated) return { label: trimmed };
  const rating: VerdictRating = { value: Number(rated[1]), best: Number(rated[2]) };
  if (ratingProblem(rating)) return { label: trimmed };
  const label = rated[3]!.replace(/^[\s,;:-]+/u, '').trim();
  return { label: label || `${rated[1]}/${rated[2]}`, rating };
}

/** `Mostly false (2/5)`, or the label alone. */
export function formatVerdict(verdict: AnnotationVerdict): string {
  return verdict.rating ? `${verdict.label} (${formatRating(verdict.rating)})` : verdict.label;
}

export function formatRating(rating: VerdictRating): string {
  return `${rating.value}/${rating.best}`;
}

/** One step of a verdict scale (the `transcriptAnnotator.verdictScale` setting). */
export interface VerdictScaleStep {
  readonly label: string;
  readonly rating?: number;
}

/**
 * The default scale: labels most fact-checkers use, rated 1 (worst) to 5. Teams using another
 * (PolitiFact's Truth-O-Meter, Full Fact's, AFP's) set their own in `transcriptAnnotator.verdictScale`.
 */
export const DEFAULT_VERDICT_SCALE: readonly VerdictScaleStep[] = [
  { label: 'False', rating: 1 },
  { label: 'Mostly false', rating: 2 },
  { label: 'Misleading', rating: 3 },
  { label: 'Mostly true', rating: 4 },
  { label: 'True', rating: 5 },
  { label: 'Unproven' },
];

/**
 * The scale from a setting's value (untrusted: workspace settings come with a repository). Steps without
 * a usable label are dropped; a rating must be a whole number ≥ 1. Empty or unusable gives the default.
 */
export function readVerdictScale(value: unknown): readonly VerdictScaleStep[] {
  if (!Array.isArray(value)) return DEFAULT_VERDICT_SCALE;
  const steps: VerdictScaleStep[] = [];
  for (const item of value as unknown[]) {
    const step = typeof item === 'string' ? { label: item } : typeof item === 'object' && item !== null ? (item as { label?: unknown; rating?: unknown }) : undefined;
    const label = typeof step?.label === 'string' ? step.label.trim() : '';
    if (!label || steps.some((s) => s.label === label)) continue;
    const rating = step?.rating;
    steps.push(typeof rating === 'number' && Number.isInteger(rating) && rating >= 1 ? { label, rating } : { label });
  }
  return steps.length ? steps : DEFAULT_VERDICT_SCALE;
}

/** The verdict a scale step gives: rated out of the scale's highest rating when the step has one. */
export function verdictFromScale(scale: readonly VerdictScaleStep[], step: VerdictScaleStep): AnnotationVerdict {
  const best = Math.max(0, ...scale.map((s) => s.rating ?? 0));
  return step.rating !== undefined && best >= step.rating ? { label: step.label, rating: { value: step.rating, best } } : { label: step.label };
}

/** The verdict as `N/M label` (or the label), the text form `parseVerdictText` reads back. */
export function verdictText(verdict: AnnotationVerdict): string {
  return verdict.rating ? `${formatRating(verdict.rating)} ${verdict.label}` : verdict.label;
}
