// Pieces shared by the sidebar trees (Topics, Speakers) so that a redraw costs what the shown rows cost:
// children built when first read, ids that do not shift when a sibling is added, and large groups split
// into buckets that VS Code loads only when opened.
import { hashName } from './speakerColors';

/** Children per bucket: a group with more is shown as buckets ("1–500", "501–1000", …). */
export const BUCKET_SIZE = 500;

/** A run of a large group's children, collapsed until opened. */
export interface BucketNode<Child> {
  readonly type: 'bucket';
  readonly id: string;
  /** 1-based ordinals of the first and last child in the group. */
  readonly first: number;
  readonly last: number;
  readonly children: readonly Child[];
}

/** `node` with a `children` property built on first read and kept (VS Code asks only for expanded nodes). */
export function withLazyChildren<Node extends object, Child>(node: Node, build: () => readonly Child[]): Node & { readonly children: readonly Child[] } {
  let children: readonly Child[] | undefined;
  return Object.defineProperty(node, 'children', { get: () => (children ??= build()), enumerable: true, configurable: false }) as Node & {
    readonly children: readonly Child[];
  };
}

/** A short hash of a text (the speaker colours' FNV-1a, base 36) for ids that follow the text, not its position. */
export function textKey(text: string): string {
  return hashName(text).toString(36);
}

/**
 * Ids for siblings under `parentId` from their keys (e.g. `textKey` of their text), the n-th repeat of a
 * key suffixed `~n`: adding a sibling shifts only the ids of later siblings with the same key.
 */
export function stableIds(parentId: string, keys: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return keys.map((key) => {
    const repeat = seen.get(key) ?? 0;
    seen.set(key, repeat + 1);
    return repeat === 0 ? `${parentId}/${key}` : `${parentId}/${key}~${repeat}`;
  });
}

/**
 * The children of a group of `count` items under `parentId`: built by `build(start, end, parentId)` for
 * items [start, end) directly when there are at most BUCKET_SIZE, else as buckets whose children are
 * built when opened. Bucket ids are their ordinal, so a change inside one leaves the others' rows alone.
 */
export function bucketed<Child>(
  parentId: string,
  count: number,
  build: (start: number, end: number, parentId: string) => readonly Child[],
): readonly (Child | BucketNode<Child>)[] {
  if (count <= BUCKET_SIZE) return build(0, count, parentId);
  const buckets: BucketNode<Child>[] = [];
  for (let start = 0, k = 0; start < count; start += BUCKET_SIZE, k++) {
    const end = Math.min(count, start + BUCKET_SIZE);
    const id = `${parentId}/b${k}`;
    buckets.push(withLazyChildren({ type: 'bucket' as const, id, first: start + 1, last: end }, () => build(start, end, id)));
  }
  return buckets;
}
