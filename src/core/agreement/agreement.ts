import { CLAIM_KINDS, type ClaimKind } from '../analysis/model';
import type { Span } from '../text/positions';

/** What agreement reads from an annotation (the sidecar's `Annotation` fits). */
export interface CodedSpan {
  readonly id: string;
  readonly kind: ClaimKind;
  readonly target: { readonly exact: string; readonly start: number; readonly end: number };
}

export interface AgreementOptions {
  /** Two tags are on the same statement when their spans' Jaccard overlap (shared / combined length) reaches this. Default 0.5. */
  readonly minOverlap?: number;
}

export interface MatchedPair {
  readonly a: CodedSpan;
  readonly b: CodedSpan;
  /** Jaccard overlap of the two spans, 0-1. */
  readonly overlap: number;
}

export interface Kappa {
  /** Cohen's kappa, or null when it is undefined (nothing both tagged, or chance agreement is 1). */
  readonly value: number | null;
  readonly observed: number;
  readonly expected: number;
  /** Why `value` is null, in words. */
  readonly note?: string;
}

export interface AgreementReport {
  /** Statements both annotators tagged, one-to-one, in document order. */
  readonly bothTagged: readonly MatchedPair[];
  /** Tags only A made (B left the statement untagged), and only B made. */
  readonly onlyA: readonly CodedSpan[];
  readonly onlyB: readonly CodedSpan[];
  /** Cohen's kappa over the kinds, on the statements both tagged. */
  readonly kappa: Kappa;
  /**
   * Kappa over every statement either tagged, counting "untagged" as a fourth category: how far they
   * agree on what to tag as well as how.
   */
  readonly kappaWithUntagged: Kappa;
  /** confusion[kindA][kindB]: how many statements A tagged kindA and B tagged kindB. */
  readonly confusion: Readonly<Record<ClaimKind, Readonly<Record<ClaimKind, number>>>>;
  /** Statements both tagged with different kinds: the list to review. */
  readonly disagreements: readonly MatchedPair[];
}

const DEFAULT_MIN_OVERLAP = 0.5;

/** Jaccard overlap of two spans: shared length over combined length (1 for two identical empty spans). */
export function spanOverlap(x: Span, y: Span): number {
  const shared = Math.min(x.end, y.end) - Math.max(x.start, y.start);
  const combined = Math.max(x.end, y.end) - Math.min(x.start, y.start);
  if (combined <= 0) return x.start === y.start ? 1 : 0;
  return Math.max(0, shared) / combined;
}

/**
 * Compares two annotators' tags on the same text. Tags are paired one-to-one, best overlap first, when
 * their spans overlap by at least `minOverlap` (Jaccard); the rest are one-sided.
 */
export function compareAnnotators(a: readonly CodedSpan[], b: readonly CodedSpan[], options: AgreementOptions = {}): AgreementReport {
  const minOverlap = options.minOverlap ?? DEFAULT_MIN_OVERLAP;
  const candidates: MatchedPair[] = [];
  const bySpan = [...b].sort((x, y) => x.target.start - y.target.start);
  for (const x of a) {
    for (const y of bySpan) {
      if (y.target.start >= x.target.end && y.target.start > x.target.start) break;
      const overlap = spanOverlap(x.target, y.target);
      if (overlap >= minOverlap && overlap > 0) candidates.push({ a: x, b: y, overlap });
    }
  }
  // Greedy one-to-one matching, best overlap first; ties in document order so the result is stable.
  candidates.sort((p, q) => q.overlap - p.overlap || p.a.target.start - q.a.target.start || p.b.target.start - q.b.target.start);
  const usedA = new Set<CodedSpan>();
  const usedB = new Set<CodedSpan>();
  const bothTagged: MatchedPair[] = [];
  for (const pair of candidates) {
    if (usedA.has(pair.a) || usedB.has(pair.b)) continue;
    usedA.add(pair.a);
    usedB.add(pair.b);
    bothTagged.push(pair);
  }
  bothTagged.sort((p, q) => p.a.target.start - q.a.target.start || p.b.target.start - q.b.target.start);
  const byPosition = (x: CodedSpan, y: CodedSpan): number => x.target.start - y.target.start || x.target.end - y.target.end;
  const onlyA = a.filter((x) => !usedA.has(x)).sort(byPosition);
  const onlyB = b.filter((y) => !usedB.has(y)).sort(byPosition);

  const confusion = emptyConfusion();
  for (const pair of bothTagged) confusion[pair.a.kind][pair.b.kind]++;
  const pairsOfKinds: [string, string][] = bothTagged.map((p) => [p.a.kind, p.b.kind]);
  const withUntagged: [string, string][] = [
    ...pairsOfKinds,
    ...onlyA.map((x): [string, string] => [x.kind, 'untagged']),
    ...onlyB.map((y): [string, string] => ['untagged', y.kind]),
  ];
  return {
    bothTagged,
    onlyA,
    onlyB,
    kappa: cohensKappa(pairsOfKinds),
    kappaWithUntagged: cohensKappa(withUntagged),
    confusion,
    disagreements: bothTagged.filter((p) => p.a.kind !== p.b.kind),
  };
}

/** Cohen's kappa for paired ratings: (observed − expected) / (1 − expected). */
export function cohensKappa(pairs: readonly (readonly [string, string])[]): Kappa {
  const n = pairs.length;
  if (n === 0) return { value: null, observed: 0, expected: 0, note: 'no statement was tagged by both' };
  const countsA = new Map<string, number>();
  const countsB = new Map<string, number>();
  let agreed = 0;
  for (const [x, y] of pairs) {
    if (x === y) agreed++;
    countsA.set(x, (countsA.get(x) ?? 0) + 1);
    countsB.set(y, (countsB.get(y) ?? 0) + 1);
  }
  const observed = agreed / n;
  let expected = 0;
  for (const [category, count] of countsA) expected += (count / n) * ((countsB.get(category) ?? 0) / n);
  // Both used one and the same category throughout: agreement is perfect but kappa is 0/0.
  if (1 - expected < 1e-12) {
    return { value: null, observed, expected: 1, note: 'both used a single, identical category, so chance agreement is 1 and kappa is undefined' };
  }
  return { value: (observed - expected) / (1 - expected), observed, expected };
}

function emptyConfusion(): Record<ClaimKind, Record<ClaimKind, number>> {
  const row = (): Record<ClaimKind, number> => ({ fact: 0, forecast: 0, opinion: 0 });
  return Object.fromEntries(CLAIM_KINDS.map((kind) => [kind, row()])) as Record<ClaimKind, Record<ClaimKind, number>>;
}

/** A plain-language reading of kappa (Landis & Koch, 1977). */
export function describeKappa(value: number): string {
  if (value < 0) return 'poor (below chance)';
  if (value <= 0.2) return 'slight';
  if (value <= 0.4) return 'fair';
  if (value <= 0.6) return 'moderate';
  if (value <= 0.8) return 'substantial';
  return 'almost perfect';
}
