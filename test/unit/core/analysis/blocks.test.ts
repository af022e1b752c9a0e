import assert from 'node:assert/strict';
import fc from 'fast-check';
import { BlockList, type ItemSource } from '../../../../src/core/analysis/blocks';
import type { Span } from '../../../../src/core/text/positions';

interface Item {
  readonly span: Span;
  readonly id: number;
}

const bounds = (item: Item): { low: number; high: number } => ({ low: item.span.start, high: item.span.end });
const move = (item: Item, delta: number): Item => ({ span: { start: item.span.start + delta, end: item.span.end + delta }, id: item.id });

/** Sorted, non-overlapping items from gaps and lengths. */
function itemsFrom(shape: readonly [number, number][]): Item[] {
  let at = 0;
  return shape.map(([gap, length], id) => {
    const start = at + gap;
    at = start + length;
    return { span: { start, end: at }, id };
  });
}

/** What replaced() must do, on a plain array. */
function replacedModel(items: readonly Item[], from: number, to: number, fresh: readonly Item[], delta: number): Item[] {
  return [...items.filter((i) => i.span.start < from), ...fresh, ...items.filter((i) => i.span.start >= to).map((i) => move(i, delta))];
}

/** What edited() must do: the editor's function for items it cannot prove before or after the stretch. */
function editedModel(items: readonly Item[], from: number, to: number, delta: number): Item[] {
  return items.map((i) => (i.span.end < from ? i : i.span.start > to ? move(i, delta) : editItem(i, from, to, delta)));
}

function editItem(item: Item, from: number, to: number, delta: number): Item {
  if (item.span.end < from) return item;
  if (item.span.start > to) return move(item, delta);
  return { span: { start: item.span.start, end: item.span.end + delta }, id: -item.id - 1 };
}

/** `items` as a packed source would hold them, counting the items it builds. */
function countingSource(items: readonly Item[]): ItemSource<Item> & { built: number } {
  return {
    count: items.length,
    built: 0,
    lowAt: (i) => items[i]!.span.start,
    highAt: (i) => items[i]!.span.end,
    startAt: (i) => items[i]!.span.start,
    items(from, to) {
      this.built += to - from;
      return items.slice(from, to).map((item) => ({ span: { ...item.span }, id: item.id }));
    },
  };
}

const shapeArbitrary = fc.array(fc.tuple(fc.nat(5), fc.integer({ min: 1, max: 6 })), { maxLength: 60 });

describe('BlockList', () => {
  it('equals the same operations on a plain array after any sequence of edits and replacements, read or not in between', () => {
    const step = fc.record({ replace: fc.boolean(), from: fc.nat(200), length: fc.nat(20), delta: fc.integer({ min: -5, max: 5 }), fresh: fc.nat(3), read: fc.boolean() });
    fc.assert(
      fc.property(shapeArbitrary, fc.integer({ min: 1, max: 8 }), fc.array(step, { maxLength: 10 }), fc.boolean(), (shape, size, steps, lazy) => {
        let model = itemsFrom(shape);
        let list = lazy ? BlockList.lazy(countingSource(model), bounds, (i) => i.span.start, move, size) : BlockList.of(model, bounds, (i) => i.span.start, move, size);
        for (const s of steps) {
          const to = s.from + s.length;
          if (s.replace) {
            const fresh = Array.from({ length: s.fresh }, (_, k) => ({ span: { start: s.from + k, end: s.from + k + 1 }, id: 1000 + k }));
            model = replacedModel(model, s.from, to, fresh, s.delta);
            list = list.replaced(s.from, to, fresh, s.delta);
          } else {
            model = editedModel(model, s.from, to, s.delta);
            list = list.edited(s.from, to, s.delta, (i) => editItem(i, s.from, to, s.delta));
          }
          assert.equal(list.length, model.length);
          if (s.read) assert.deepStrictEqual(list.toArray(), model);
        }
        assert.deepStrictEqual(list.toArray(), model);
      }),
      { seed: 20261203, numRuns: 400 },
    );
  });

  it('near() returns every item reaching into the range, in order', () => {
    fc.assert(
      fc.property(shapeArbitrary, fc.integer({ min: 1, max: 8 }), fc.nat(200), fc.nat(30), fc.integer({ min: -5, max: 5 }), (shape, size, start, length, delta) => {
        // One lazy shift first, so that near() reads blocks whose offsets are pending.
        const items = editedModel(itemsFrom(shape), 0, 3, delta);
        const list = BlockList.of(itemsFrom(shape), bounds, (i) => i.span.start, move, size).edited(0, 3, delta, (i) => editItem(i, 0, 3, delta));
        const near = list.near(start, start + length);
        const ids = near.map((i) => i.id);
        assert.deepStrictEqual(ids, [...ids].sort((a, b) => items.findIndex((i) => i.id === a) - items.findIndex((i) => i.id === b)));
        for (const item of items) {
          if (item.span.start <= start + length && item.span.end >= start) assert.ok(near.some((n) => n.id === item.id && n.span.start === item.span.start), `item ${item.id} missing`);
        }
      }),
      { seed: 20261203, numRuns: 300 },
    );
  });

  it('a lazy list builds only the blocks that are read, each once, and answers as a list of the built items', () => {
    fc.assert(
      fc.property(shapeArbitrary, fc.integer({ min: 1, max: 8 }), fc.nat(200), fc.nat(30), (shape, size, start, length) => {
        const items = itemsFrom(shape);
        const source = countingSource(items);
        const list = BlockList.lazy(source, bounds, (i) => i.span.start, move, size);
        assert.equal(source.built, 0, 'nothing built up front');
        assert.equal(list.length, items.length);
        const near = list.near(start, start + length);
        assert.deepStrictEqual(near, BlockList.of(items, bounds, (i) => i.span.start, move, size).near(start, start + length));
        // The blocks near the range (and the one before them), no others.
        assert.ok(source.built <= near.length + 2 * size, `${source.built} built for ${near.length} near`);
        list.near(start, start + length);
        assert.equal(source.built, near.length, 'read again from the built blocks');
        assert.deepStrictEqual(list.toArray(), items);
        assert.equal(source.built, items.length, 'every item built once');
      }),
      { seed: 20261203, numRuns: 300 },
    );
  });
});
