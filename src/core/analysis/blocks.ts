/** Items per block: an edit rebuilds about one block and touches every later block's header only. */
export const BLOCK_SIZE = 256;

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

interface Kind<T> {
  readonly size: number;
  readonly bounds: Bounds<T>;
  readonly startOf: (item: T) => number;
  readonly move: Move<T>;
}

/**
 * Items in document order (by start), held in blocks that an edit shifts without visiting their items:
 * a block after the edit only records how far it moved, and its items are moved when someone reads them
 * (once per block, then cached). Lists are immutable; an edit returns a new list sharing unchanged blocks.
 */
export class BlockList<T> {
  private array: readonly T[] | undefined;

  private constructor(private readonly kind: Kind<T>, private readonly blocks: readonly Block<T>[], readonly length: number) {}

  /** `size`: items per block (small sizes let tests exercise many blocks). */
  static of<T>(items: readonly T[], bounds: Bounds<T>, startOf: (item: T) => number, move: Move<T>, size = BLOCK_SIZE): BlockList<T> {
    const kind = { size: Math.max(1, Math.floor(size)), bounds, startOf, move };
    const list = new BlockList(kind, chunk(kind, items), items.length);
    list.array = items;
    return list;
  }

  /**
   * A list over `source`'s items that builds none of them now: block extents come from the offsets alone,
   * and a block's items are built when it is first read (then kept).
   */
  static lazy<T>(source: ItemSource<T>, bounds: Bounds<T>, startOf: (item: T) => number, move: Move<T>, size = BLOCK_SIZE): BlockList<T> {
    const kind = { size: Math.max(1, Math.floor(size)), bounds, startOf, move };
    const blocks: Block<T>[] = [];
    const pieces = Math.ceil(source.count / kind.size);
    for (let p = 0; p < pieces; p++) {
      const from = Math.floor((p * source.count) / pieces);
      const to = Math.floor(((p + 1) * source.count) / pieces);
      blocks.push({ run: lazyRun(source, from, to), shift: 0 });
    }
    return new BlockList(kind, blocks, source.count);
  }

  /** Every item, with its current offsets. Built once per list. */
  toArray(): readonly T[] {
    if (this.array) return this.array;
    const all: T[] = [];
    for (const block of this.blocks) for (const item of itemsOf(this.kind, block).items) all.push(item);
    this.array = all;
    return all;
  }

  /** The index of the first item starting at or after `start` (items are in order of start); `length` if none. */
  indexAtOrAfter(start: number): number {
    let index = 0;
    for (const block of this.blocks) {
      if (block.run.lastStart + block.shift < start) {
        index += block.run.count;
        continue;
      }
      const { items } = itemsOf(this.kind, block);
      let i = 0;
      while (i < items.length && this.kind.startOf(items[i]!) < start) i++;
      return index + i;
    }
    return index;
  }

  /** Items [from, to) by index, reading only the blocks that hold them. */
  slice(from: number, to: number): T[] {
    const found: T[] = [];
    let index = 0;
    for (const block of this.blocks) {
      const count = block.run.count;
      if (index + count > from && index < to) {
        const { items } = itemsOf(this.kind, block);
        for (let i = Math.max(0, from - index); i < count && index + i < to; i++) found.push(items[i]!);
      }
      index += count;
      if (index >= to) break;
    }
    return found;
  }

  /** Calls `visit` on the items in order until it returns false, building only the blocks it reaches. */
  forEachUntil(visit: (item: T, index: number) => boolean): void {
    let index = 0;
    for (const block of this.blocks) {
      for (const item of itemsOf(this.kind, block).items) if (!visit(item, index++)) return;
    }
  }

  /**
   * The items of the blocks whose offsets may reach into [start, end], and the whole block before them, in
   * order: a superset of the items there, with enough before them for a search that backs off a few items.
   */
  near(start: number, end: number): T[] {
    const found: T[] = [];
    let previous: Block<T> | undefined;
    for (const block of this.blocks) {
      const { low, high } = block.run;
      // No early exit: a topic's summary links may lie far before it, so blocks are not ordered by `low`.
      if (low + block.shift <= end && high + block.shift >= start) {
        if (previous && !found.length) found.push(...itemsOf(this.kind, previous).items);
        found.push(...itemsOf(this.kind, block).items);
      }
      previous = block;
    }
    return found;
  }

  /**
   * The list after an edit of [from, to] (old offsets) that changed the length by `delta`: items whose
   * offsets all lie before `from` stay, items whose offsets all lie after `to` move by `delta` (lazily),
   * and the items in between are passed to `edit` (which may throw to refuse the edit).
   */
  edited(from: number, to: number, delta: number, edit: (item: T) => T): BlockList<T> {
    const blocks: Block<T>[] = [];
    for (const block of this.blocks) {
      const { low, high } = block.run;
      if (high + block.shift < from) blocks.push(block);
      else if (low + block.shift > to) blocks.push(movedBlock(block, delta));
      else blocks.push(...chunk(this.kind, itemsOf(this.kind, block).items.map(edit)));
    }
    return new BlockList(this.kind, blocks, this.length);
  }

  /**
   * The list with the items starting in [from, to) (old offsets) replaced by `fresh` (new offsets), and
   * the items starting at or after `to` moved by `delta` (lazily where a whole block does).
   */
  replaced(from: number, to: number, fresh: readonly T[], delta: number): BlockList<T> {
    const kind = this.kind;
    const blocks: Block<T>[] = [];
    const middle: T[] = [];
    let placed = false;
    let removed = 0;
    const placeFresh = (): void => {
      if (placed) return;
      for (const item of fresh) middle.push(item);
      placed = true;
    };
    for (const block of this.blocks) {
      const { firstStart, lastStart } = block.run;
      // Blocks are in order of start: those wholly before come first, those wholly after last.
      if (lastStart + block.shift < from) {
        blocks.push(block);
      } else if (firstStart + block.shift >= to) {
        placeFresh();
        if (middle.length) blocks.push(...chunk(kind, middle.splice(0)));
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
    placeFresh();
    if (middle.length) blocks.push(...chunk(kind, middle));
    return new BlockList(kind, blocks, this.length - removed + fresh.length);
  }
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
