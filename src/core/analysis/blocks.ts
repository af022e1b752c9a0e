/** Items per block: an edit rebuilds about one block (its items go through the editor's function) and touches O(√blocks) headers. */
export const BLOCK_SIZE = 64;

/** The lowest and highest offsets an item holds (its span, and any other spans it carries). */
export type Bounds<T> = (item: T) => { readonly low: number; readonly high: number };
/** The item with every offset it holds moved by `delta`. */
export type Move<T> = (item: T, delta: number) => T;

/**
 * Items held elsewhere (a packed analysis) that a list can describe without building them: each item's
 * offsets are read as numbers, and items are built only when a block of them is read.
 */
export interface ItemSource<T> {
  readonly count: number;
  /** The lowest and highest offsets item `index` holds, and its start, as `bounds` and `startOf` would give. */
  lowAt(index: number): number;
  highAt(index: number): number;
  startAt(index: number): number;
  /** Items [from, to), built (a source may cache them). */
  items(from: number, to: number): readonly T[];
}

/** A run of items in document order as stored, with the extent of their offsets. */
interface Run<T> {
  readonly items: readonly T[];
  /** items.length, known without building lazy items. */
  readonly count: number;
  readonly low: number;
  readonly high: number;
  readonly firstStart: number;
  readonly lastStart: number;
}

/** A run whose items are `shift` units behind the document; `moved` caches them with the shift applied. */
interface Block<T> {
  readonly run: Run<T>;
  readonly shift: number;
  moved?: Run<T>;
}

/**
 * Consecutive blocks with the extent of their offsets, moved together: `shift` applies to every block on
 * top of its own, so an edit moves a whole group after it by making one new header. Extents are before
 * `shift`. Immutable but for `moved`, which caches the blocks with the shift applied.
 */
interface Group<T> {
  readonly blocks: readonly Block<T>[];
  readonly shift: number;
  readonly count: number;
  readonly low: number;
  readonly high: number;
  readonly firstStart: number;
  readonly lastStart: number;
  moved?: Block<T>[];
}

interface Kind<T> {
  readonly size: number;
  /** Blocks per group: about the square root of the blocks a list is made with. */
  readonly groupSize: number;
  readonly bounds: Bounds<T>;
  readonly startOf: (item: T) => number;
  readonly move: Move<T>;
}

/** Fewest blocks per group, so that small lists (and tests with tiny blocks) still have several blocks per group. */
const MIN_GROUP_SIZE = 4;

function kindOf<T>(itemCount: number, size: number, bounds: Bounds<T>, startOf: (item: T) => number, move: Move<T>): Kind<T> {
  const itemsPerBlock = Math.max(1, Math.floor(size));
  const groupSize = Math.max(MIN_GROUP_SIZE, Math.ceil(Math.sqrt(itemCount / itemsPerBlock)));
  return { size: itemsPerBlock, groupSize, bounds, startOf, move };
}

/**
 * Items in document order (by start), held in blocks that an edit shifts without visiting their items:
 * a block after the edit only records how far it moved, and its items are moved when someone reads them
 * (once per block, then cached). Blocks are held in groups of about √blocks, and a group wholly after an
 * edit moves as one, so an edit visits the group headers and the blocks of the groups it touches: O(√n)
 * headers rather than every block. Lists are immutable; an edit returns a new list sharing unchanged
 * groups and blocks, and older lists still read their own offsets.
 */
export class BlockList<T> {
  private array: readonly T[] | undefined;

  /** How far any item's offsets reach before its group's first start, and after its group's last start. */
  private readonly reachBack: number;
  private readonly reachForward: number;

  private constructor(private readonly kind: Kind<T>, private readonly groups: readonly Group<T>[], readonly length: number) {
    let back = 0;
    let forward = 0;
    for (const group of groups) {
      back = Math.max(back, group.firstStart - group.low);
      forward = Math.max(forward, group.high - group.lastStart);
    }
    this.reachBack = back;
    this.reachForward = forward;
  }

  /** `size`: items per block (small sizes let tests exercise many blocks and groups). */
  static of<T>(items: readonly T[], bounds: Bounds<T>, startOf: (item: T) => number, move: Move<T>, size = BLOCK_SIZE): BlockList<T> {
    const kind = kindOf(items.length, size, bounds, startOf, move);
    const list = new BlockList(kind, groupsOf(kind, chunk(kind, items)), items.length);
    list.array = items;
    return list;
  }

  /**
   * A list over `source`'s items that builds none of them now: block extents come from the offsets alone,
   * and a block's items are built when it is first read (then kept).
   */
  static lazy<T>(source: ItemSource<T>, bounds: Bounds<T>, startOf: (item: T) => number, move: Move<T>, size = BLOCK_SIZE): BlockList<T> {
    const kind = kindOf(source.count, size, bounds, startOf, move);
    const blocks: Block<T>[] = [];
    const pieces = Math.ceil(source.count / kind.size);
    for (let p = 0; p < pieces; p++) {
      const from = Math.floor((p * source.count) / pieces);
      const to = Math.floor(((p + 1) * source.count) / pieces);
      blocks.push({ run: lazyRun(source, from, to), shift: 0 });
    }
    return new BlockList(kind, groupsOf(kind, blocks), source.count);
  }

  /** Every item, with its current offsets. Built once per list. */
  toArray(): readonly T[] {
    if (this.array) return this.array;
    const all: T[] = [];
    for (const group of this.groups) {
      for (let b = 0; b < group.blocks.length; b++) for (const item of itemsOf(this.kind, blockAt(group, b)).items) all.push(item);
    }
    this.array = all;
    return all;
  }

  /** The index of the first item starting at or after `start` (items are in order of start); `length` if none. */
  indexAtOrAfter(start: number): number {
    let index = 0;
    for (const group of this.groups) {
      if (group.lastStart + group.shift < start) {
        index += group.count;
        continue;
      }
      for (let b = 0; b < group.blocks.length; b++) {
        const block = group.blocks[b]!;
        if (block.run.lastStart + block.shift + group.shift < start) {
          index += block.run.count;
          continue;
        }
        const { items } = itemsOf(this.kind, blockAt(group, b));
        let i = 0;
        while (i < items.length && this.kind.startOf(items[i]!) < start) i++;
        return index + i;
      }
    }
    return index;
  }

  /** Items [from, to) by index, reading only the blocks that hold them. */
  slice(from: number, to: number): T[] {
    const found: T[] = [];
    let index = 0;
    for (const group of this.groups) {
      if (index >= to) break;
      if (index + group.count <= from) {
        index += group.count;
        continue;
      }
      for (let b = 0; b < group.blocks.length && index < to; b++) {
        const count = group.blocks[b]!.run.count;
        if (index + count > from) {
          const { items } = itemsOf(this.kind, blockAt(group, b));
          for (let i = Math.max(0, from - index); i < count && index + i < to; i++) found.push(items[i]!);
        }
        index += count;
      }
    }
    return found;
  }

  /** Calls `visit` on the items in order until it returns false, building only the blocks it reaches. */
  forEachUntil(visit: (item: T, index: number) => boolean): void {
    let index = 0;
    for (const group of this.groups) {
      for (let b = 0; b < group.blocks.length; b++) {
        for (const item of itemsOf(this.kind, blockAt(group, b)).items) if (!visit(item, index++)) return;
      }
    }
  }

  /**
   * The items of the blocks whose offsets may reach into [start, end], and the whole block before them, in
   * order: a superset of the items there, with enough before them for a search that backs off a few items.
   */
  near(start: number, end: number): T[] {
    const groups = this.groups;
    // Groups are in order of start, and no item reaches further from its group's starts than the list's
    // reaches: skip (by binary search) the groups that end too early, stop at the first that starts too late.
    let first = 0;
    let past = groups.length;
    while (first < past) {
      const middle = (first + past) >> 1;
      const group = groups[middle]!;
      if (group.lastStart + group.shift + this.reachForward < start) first = middle + 1;
      else past = middle;
    }
    const found: T[] = [];
    let previousGroup = first > 0 ? groups[first - 1] : undefined;
    let previousIndex = previousGroup ? previousGroup.blocks.length - 1 : 0;
    for (let g = first; g < groups.length; g++) {
      const group = groups[g]!;
      if (group.firstStart + group.shift - this.reachBack > end) break;
      // Not ordered by `low`: a topic's summary links may lie far before it.
      if (group.low + group.shift > end || group.high + group.shift < start) {
        previousGroup = group;
        previousIndex = group.blocks.length - 1;
        continue;
      }
      for (let b = 0; b < group.blocks.length; b++) {
        const { run, shift } = group.blocks[b]!;
        if (run.low + shift + group.shift <= end && run.high + shift + group.shift >= start) {
          if (previousGroup && !found.length) found.push(...itemsOf(this.kind, blockAt(previousGroup, previousIndex)).items);
          found.push(...itemsOf(this.kind, blockAt(group, b)).items);
        }
        previousGroup = group;
        previousIndex = b;
      }
    }
    return found;
  }

  /**
   * The list after an edit of [from, to] (old offsets) that changed the length by `delta`: items whose
   * offsets all lie before `from` stay, items whose offsets all lie after `to` move by `delta` (lazily),
   * and the items in between are passed to `edit` (which may throw to refuse the edit).
   */
  edited(from: number, to: number, delta: number, edit: (item: T) => T): BlockList<T> {
    const groups: Group<T>[] = [];
    for (const group of this.groups) {
      if (group.high + group.shift < from) {
        groups.push(group);
      } else if (group.low + group.shift > to) {
        groups.push(movedGroup(group, delta));
      } else {
        const blocks: Block<T>[] = [];
        for (let b = 0; b < group.blocks.length; b++) {
          const block = blockAt(group, b);
          const { low, high } = block.run;
          if (high + block.shift < from) blocks.push(block);
          else if (low + block.shift > to) blocks.push(movedBlock(block, delta));
          else blocks.push(...editedBlock(this.kind, block, to, delta, edit));
        }
        groups.push(...groupsOf(this.kind, blocks));
      }
    }
    return new BlockList(this.kind, groups, this.length);
  }

  /**
   * The list with the items starting in [from, to) (old offsets) replaced by `fresh` (new offsets), and
   * the items starting at or after `to` moved by `delta` (lazily where a whole block or group does).
   */
  replaced(from: number, to: number, fresh: readonly T[], delta: number): BlockList<T> {
    const kind = this.kind;
    const groups: Group<T>[] = [];
    // The blocks of the groups being rebuilt, and the items of the blocks being rebuilt, in order.
    const blocks: Block<T>[] = [];
    const middle: T[] = [];
    let placed = false;
    let removed = 0;
    const placeFresh = (): void => {
      if (placed) return;
      for (const item of fresh) middle.push(item);
      placed = true;
    };
    const flushMiddle = (): void => {
      if (middle.length) blocks.push(...chunk(kind, middle.splice(0)));
    };
    const flushBlocks = (): void => {
      flushMiddle();
      if (blocks.length) groups.push(...groupsOf(kind, blocks.splice(0)));
    };
    for (const group of this.groups) {
      // Groups and blocks are in order of start: those wholly before come first, those wholly after last.
      if (group.lastStart + group.shift < from) {
        flushBlocks();
        groups.push(group);
        continue;
      }
      if (group.firstStart + group.shift >= to) {
        placeFresh();
        flushBlocks();
        groups.push(movedGroup(group, delta));
        continue;
      }
      for (let b = 0; b < group.blocks.length; b++) {
        const block = blockAt(group, b);
        const { firstStart, lastStart } = block.run;
        if (lastStart + block.shift < from) {
          flushMiddle();
          blocks.push(block);
        } else if (firstStart + block.shift >= to) {
          placeFresh();
          flushMiddle();
          blocks.push(movedBlock(block, delta));
        } else {
          for (const item of itemsOf(kind, block).items) {
            const start = kind.startOf(item);
            if (start < from) middle.push(item);
            else if (start < to) removed++;
            else {
              placeFresh();
              middle.push(kind.move(item, delta));
            }
          }
        }
      }
    }
    placeFresh();
    flushBlocks();
    return new BlockList(kind, groups, this.length - removed + fresh.length);
  }

  /**
   * This list with `map` applied to every item, block for block and group for group. With `previous`, this list
   * was edited from `previous.before` and `previous.mapped` is `before` mirrored so: the groups and blocks this list
   * kept take their mapped items from there (moved as this list moved them) unless `remap` (first and last start,
   * current offsets) says their mapping may have changed, so an edit maps only the blocks it rebuilt.
   */
  mirrored(map: (item: T) => T, remap: (firstStart: number, lastStart: number) => boolean, previous?: { readonly before: BlockList<T>; readonly mapped: BlockList<T> }): BlockList<T> {
    const kind = this.kind;
    const { groupsBefore, runsBefore } = this.mirrorsFrom(previous);
    const groups = this.groups.map((group) => {
      const twin = groupsBefore.get(group.blocks);
      if (twin && !remap(group.firstStart + group.shift, group.lastStart + group.shift)) return movedGroup(twin, group.shift - twin.shift);
      const blocks = group.blocks.map((block, b): Block<T> => {
        const shift = block.shift + group.shift;
        if (!remap(block.run.firstStart + shift, block.run.lastStart + shift)) {
          if (twin) return twin.blocks[b]!;
          const known = runsBefore.get(block.run);
          if (known) return { run: known.run, shift: block.shift + known.offset };
        }
        // Mapped at the current offsets, held as far behind them as the block is.
        const mapped = block.run.items.map((item) => map(shift === 0 ? item : kind.move(item, shift)));
        return { run: runOf(kind, shift === 0 ? mapped : mapped.map((item) => kind.move(item, -shift))), shift: block.shift };
      });
      return { ...groupOf(blocks), shift: group.shift };
    });
    return new BlockList(kind, groups, this.length);
  }

  /**
   * Of `previous.before`, the list this one was edited from: its groups that this list kept whole, with their twins in
   * `previous.mapped`; and of the others, each block's runs (as stored, and as moved) with the twin's run and how
   * far to shift it past a block holding that run (see mirrored()).
   */
  private mirrorsFrom(previous: { readonly before: BlockList<T>; readonly mapped: BlockList<T> } | undefined): {
    groupsBefore: Map<readonly Block<T>[], Group<T>>;
    runsBefore: Map<Run<T>, { run: Run<T>; offset: number }>;
  } {
    const groupsBefore = new Map<readonly Block<T>[], Group<T>>();
    const runsBefore = new Map<Run<T>, { run: Run<T>; offset: number }>();
    const before = previous?.before.groups;
    const mapped = previous?.mapped.groups;
    // A mapped list not made by mirrored() from `before`: every block is mapped anew.
    if (!before || !mapped || before.length !== mapped.length || before.some((group, g) => group.blocks.length !== mapped[g]!.blocks.length || group.shift !== mapped[g]!.shift)) return { groupsBefore, runsBefore };
    const kept = new Set(this.groups.map((group) => group.blocks));
    before.forEach((group, g) => {
      const twin = mapped[g]!;
      if (kept.has(group.blocks)) {
        groupsBefore.set(group.blocks, twin);
        return;
      }
      group.blocks.forEach((block, b) => {
        const run = twin.blocks[b]!.run;
        const twinShift = twin.blocks[b]!.shift;
        // A block holding a run `frame` ahead of this block's own run is the twin's run shifted by frame - block.shift more.
        runsBefore.set(block.run, { run, offset: twinShift - block.shift });
        if (block.moved) runsBefore.set(block.moved, { run, offset: twinShift });
        const movedInGroup = group.moved?.[b]?.moved;
        if (movedInGroup) runsBefore.set(movedInGroup, { run, offset: twinShift + group.shift });
      });
    });
    return { groupsBefore, runsBefore };
  }
}

/** A tail of a block's items after the edit shorter than this goes through `edit` with the rest: it is not worth a block of its own. */
function minLazyTail(blockSize: number): number {
  return Math.max(1, blockSize >> 2);
}

/**
 * A block that an edit ending at `to` (old offsets) reaches: its items go through `edit`, but for the run of items at
 * its end that all lie after `to`, which stays as stored in a block of its own moved lazily, as a block after the edit
 * is. Typing in a line visits the items of its block up to the edit, not the block's items after it.
 */
function editedBlock<T>(kind: Kind<T>, block: Block<T>, to: number, delta: number, edit: (item: T) => T): Block<T>[] {
  // The items as stored, `behind` the document: a block's moved copy is at the current offsets.
  const stored = block.moved ?? block.run;
  const behind = block.moved ? 0 : block.shift;
  const items = stored.items;
  let tail = items.length;
  let low = Infinity;
  let high = -Infinity;
  while (tail > 0) {
    const bounds = kind.bounds(items[tail - 1]!);
    if (bounds.low + behind <= to) break;
    if (bounds.low < low) low = bounds.low;
    if (bounds.high > high) high = bounds.high;
    tail--;
  }
  if (items.length - tail < minLazyTail(kind.size)) tail = items.length;
  const head = (tail === items.length ? items : items.slice(0, tail)).map((item) => edit(behind === 0 ? item : kind.move(item, behind)));
  const blocks = chunk(kind, head);
  if (tail < items.length) {
    const after = items.slice(tail);
    blocks.push({ run: { items: after, count: after.length, low, high, firstStart: kind.startOf(after[0]!), lastStart: kind.startOf(after[after.length - 1]!) }, shift: behind + delta });
  }
  return blocks;
}

/** Blocks in even groups of at most `groupSize` (none empty), with their extents. */
function groupsOf<T>(kind: Kind<T>, blocks: readonly Block<T>[]): Group<T>[] {
  const groups: Group<T>[] = [];
  const pieces = Math.ceil(blocks.length / kind.groupSize);
  for (let p = 0; p < pieces; p++) groups.push(groupOf(blocks.slice(Math.floor((p * blocks.length) / pieces), Math.floor(((p + 1) * blocks.length) / pieces))));
  return groups;
}

function groupOf<T>(blocks: readonly Block<T>[]): Group<T> {
  let low = Infinity;
  let high = -Infinity;
  let count = 0;
  for (const { run, shift } of blocks) {
    if (run.low + shift < low) low = run.low + shift;
    if (run.high + shift > high) high = run.high + shift;
    count += run.count;
  }
  const first = blocks[0]!;
  const last = blocks[blocks.length - 1]!;
  return { blocks, shift: 0, count, low, high, firstStart: first.run.firstStart + first.shift, lastStart: last.run.lastStart + last.shift };
}

/** The group moved by `delta`: one new header; its blocks are moved when read. */
function movedGroup<T>(group: Group<T>, delta: number): Group<T> {
  const { blocks, shift, count, low, high, firstStart, lastStart } = group;
  return { blocks, shift: shift + delta, count, low, high, firstStart, lastStart };
}

/** Block `index` of the group with the group's shift applied (made once per group, then cached). */
function blockAt<T>(group: Group<T>, index: number): Block<T> {
  if (group.shift === 0) return group.blocks[index]!;
  const moved = (group.moved ??= []);
  return (moved[index] ??= movedBlock(group.blocks[index]!, group.shift));
}

function chunk<T>(kind: Kind<T>, items: readonly T[]): Block<T>[] {
  const blocks: Block<T>[] = [];
  // Even pieces of at most `size`, so that a rebuilt stretch does not leave a sliver behind.
  const pieces = Math.ceil(items.length / kind.size);
  for (let p = 0; p < pieces; p++) {
    const slice = items.slice(Math.floor((p * items.length) / pieces), Math.floor(((p + 1) * items.length) / pieces));
    blocks.push({ run: runOf(kind, slice), shift: 0 });
  }
  return blocks;
}

/** A run of source items [from, to) whose extent is read from the source and whose items are built on first read. */
function lazyRun<T>(source: ItemSource<T>, from: number, to: number): Run<T> {
  let low = Infinity;
  let high = -Infinity;
  for (let i = from; i < to; i++) {
    const itemLow = source.lowAt(i);
    const itemHigh = source.highAt(i);
    if (itemLow < low) low = itemLow;
    if (itemHigh > high) high = itemHigh;
  }
  let items: readonly T[] | undefined;
  return {
    get items() {
      return (items ??= source.items(from, to));
    },
    low,
    high,
    count: to - from,
    firstStart: source.startAt(from),
    lastStart: source.startAt(to - 1),
  };
}

function runOf<T>(kind: Kind<T>, items: readonly T[]): Run<T> {
  let low = Infinity;
  let high = -Infinity;
  for (const item of items) {
    const bounds = kind.bounds(item);
    if (bounds.low < low) low = bounds.low;
    if (bounds.high > high) high = bounds.high;
  }
  return { items, count: items.length, low, high, firstStart: kind.startOf(items[0]!), lastStart: kind.startOf(items[items.length - 1]!) };
}

/** The block's items with its shift applied (computed once per block). */
function itemsOf<T>(kind: Kind<T>, block: Block<T>): Run<T> {
  if (block.shift === 0) return block.run;
  if (!block.moved) {
    const { run, shift } = block;
    block.moved = { items: run.items.map((item) => kind.move(item, shift)), count: run.count, low: run.low + shift, high: run.high + shift, firstStart: run.firstStart + shift, lastStart: run.lastStart + shift };
  }
  return block.moved;
}

function movedBlock<T>(block: Block<T>, delta: number): Block<T> {
  return block.moved ? { run: block.moved, shift: delta } : { run: block.run, shift: block.shift + delta };
}
