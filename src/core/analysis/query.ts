import type { BlockList } from './blocks';
import type { Analysis, Claim, StageDirection, Turn } from './model';
import type { Span } from '../text/positions';

/** The block lists an incrementally updated analysis was built from, and the claim threshold of a filtered view. */
interface RangeSource {
  readonly turns: BlockList<Turn>;
  readonly stageDirections: BlockList<StageDirection>;
  readonly claims: BlockList<Claim>;
  readonly minimumConfidence: number;
}

/** Kept beside the analysis (not on it) so that it stays a plain value for comparisons and serialisation. */
const sources = new WeakMap<Analysis, RangeSource>();

/** Marks `analysis` as built from these block lists, so that range queries read only the blocks they need. */
export function backedByBlocks<A extends Analysis>(analysis: A, lists: Omit<RangeSource, 'minimumConfidence'>): A {
  sources.set(analysis, { ...lists, minimumConfidence: 0 });
  return analysis;
}

/** Whether range queries on `analysis` can skip building its arrays. */
export function isBlockBacked(analysis: Analysis): boolean {
  return sources.has(analysis);
}

/**
 * `analysis` showing only the claims at or above `minimum` confidence, without reading any array now: the
 * properties are read from `analysis` when read here, the claims filtered on first read, and range queries
 * filter only what they find.
 */
export function lazilyConfident<A extends Analysis>(analysis: A, minimum: number): A {
  const view = {} as A;
  let claims: readonly Claim[] | undefined;
  for (const key of Object.keys(analysis) as (keyof A)[]) {
    Object.defineProperty(view, key, {
      enumerable: true,
      get: key === 'claims' ? () => (claims ??= analysis.claims.filter((claim) => claim.confidence >= minimum)) : () => analysis[key],
    });
  }
  const source = sources.get(analysis);
  if (source) sources.set(view, { ...source, minimumConfidence: Math.max(source.minimumConfidence, minimum) });
  return view;
}

/** The turns whose span touches [start, end] (an empty span on an edge counts), in order. */
export function turnsIn(analysis: Analysis, start: number, end: number): Turn[] {
  const source = sources.get(analysis);
  return source ? touching(source.turns.near(start, end), start, end) : touchingSorted(analysis.turns, start, end);
}

/** The stage directions whose span touches [start, end], in order. */
export function stageDirectionsIn(analysis: Analysis, start: number, end: number): StageDirection[] {
  const source = sources.get(analysis);
  return source ? touching(source.stageDirections.near(start, end), start, end) : touchingSorted(analysis.stageDirections, start, end);
}

/** The claims (those the analysis shows) whose span touches [start, end], in order. */
export function claimsIn(analysis: Analysis, start: number, end: number): Claim[] {
  const source = sources.get(analysis);
  if (!source) return touchingSorted(analysis.claims, start, end);
  const found = touching(source.claims.near(start, end), start, end);
  const minimum = source.minimumConfidence;
  return minimum > 0 ? found.filter((claim) => claim.confidence >= minimum) : found;
}

function touches(span: Span, start: number, end: number): boolean {
  return span.start <= end && span.end >= start;
}

function touching<T extends { readonly span: Span }>(items: readonly T[], start: number, end: number): T[] {
  return items.filter((item) => touches(item.span, start, end));
}

/**
 * The items touching [start, end] of a list in document order whose spans do not overlap (turns, stage
 * directions and claims each tile the text), so both their starts and their ends ascend: two binary searches.
 */
function touchingSorted<T extends { readonly span: Span }>(items: readonly T[], start: number, end: number): T[] {
  const first = firstIndex(items, (item) => item.span.end >= start);
  const after = firstIndex(items, (item) => item.span.start > end);
  return touching(items.slice(first, Math.max(first, after)), start, end);
}

/** The first index whose item satisfies `past` (which is false, then true, along the list), or the length. */
function firstIndex<T>(items: readonly T[], past: (item: T) => boolean): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (past(items[middle]!)) high = middle;
    else low = middle + 1;
  }
  return low;
}
