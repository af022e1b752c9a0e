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

  describe('in groups of blocks, with items reaching back (as topics\' summary links do)', () => {
    interface Linked {
      readonly span: Span;
      /** An earlier span the item also holds (its low offset), or none. */
      readonly link?: Span;
      readonly id: number;
    }
    const linkedBounds = (item: Linked): { low: number; high: number } => ({ low: Math.min(item.span.start, item.link?.start ?? Infinity), high: item.span.end });
    const shifted = (span: Span, delta: number): Span => ({ start: span.start + delta, end: span.end + delta });
    const moveLinked = (item: Linked, delta: number): Linked => ({ span: shifted(item.span, delta), ...(item.link ? { link: shifted(item.link, delta) } : {}), id: item.id });
    const startOf = (item: Linked): number => item.span.start;
    /** The editor's function: items wholly before stay, wholly after move, the others are marked and grow. */
    const editLinked = (item: Linked, from: number, to: number, delta: number): Linked => {
      const { low, high } = linkedBounds(item);
      if (high < from) return item;
      if (low > to) return moveLinked(item, delta);
      return { span: { start: item.span.start, end: item.span.end + delta }, ...(item.link ? { link: item.link } : {}), id: item.id + 10_000 };
    };
    /** Sorted items from gaps and lengths; some hold a link up to `reach` before them. */
    const linkedFrom = (shape: readonly [number, number, number][]): Linked[] => {
      let at = 0;
      return shape.map(([gap, length, reach], id) => {
        const start = at + gap;
        at = start + length;
        const linkStart = Math.max(0, start - reach);
        return reach > 0 ? { span: { start, end: at }, link: { start: linkStart, end: linkStart + 1 }, id } : { span: { start, end: at }, id };
      });
    };
    const linkedShape = fc.array(fc.tuple(fc.nat(4), fc.integer({ min: 1, max: 5 }), fc.oneof(fc.constant(0), fc.constant(0), fc.nat(40), fc.nat(600))), { minLength: 0, maxLength: 300 });
    const step = fc.record({ replace: fc.boolean(), from: fc.nat(1000), length: fc.nat(30), delta: fc.integer({ min: -6, max: 6 }), fresh: fc.nat(12) });

    /** Every answer of `list` against the plain array `model`, at probes spread over the offsets. */
    const checkAgainst = (list: BlockList<Linked>, model: readonly Linked[], probes: readonly number[]): void => {
      assert.equal(list.length, model.length);
      for (const probe of probes) {
        const index = model.findIndex((i) => i.span.start >= probe);
        assert.equal(list.indexAtOrAfter(probe), index < 0 ? model.length : index, `indexAtOrAfter(${probe})`);
        const from = probe % (model.length + 1);
        assert.deepStrictEqual(list.slice(from, from + 7), model.slice(from, from + 7), `slice(${from})`);
        const end = probe + (probe % 50);
        const near = list.near(probe, end);
        // In model order (a subsequence: blocks between that reach elsewhere are left out), holding every item that
        // reaches into [probe, end] and the item before the first of them.
        const positions: number[] = [];
        let next = 0;
        for (const item of near) {
          while (next < model.length && model[next] !== item && !(model[next]!.id === item.id && model[next]!.span.start === item.span.start)) next++;
          assert.ok(next < model.length, `near(${probe}, ${end}) is in the list's order`);
          assert.deepStrictEqual(item, model[next]);
          positions.push(next++);
        }
        const reaching = model.flatMap((item, i) => (linkedBounds(item).low <= end && linkedBounds(item).high >= probe ? [i] : []));
        for (const i of reaching) assert.ok(positions.includes(i), `near(${probe}, ${end}) misses item ${i}`);
        if (reaching.length && reaching[0]! > 0) assert.ok(positions.includes(reaching[0]! - 1), `near(${probe}, ${end}) lacks the item before the first reaching one`);
      }
      assert.deepStrictEqual(list.toArray(), model);
    };

    for (const seed of [1, 20261204, 987654321]) {
      it(`equals a plain array after random edits and replacements, every older version read after later edits too (seed ${seed})`, () => {
        fc.assert(
          fc.property(linkedShape, fc.integer({ min: 1, max: 4 }), fc.array(step, { minLength: 1, maxLength: 25 }), fc.boolean(), fc.array(fc.nat(1200), { minLength: 4, maxLength: 8 }), (shape, size, steps, readEach, probes) => {
            let model = linkedFrom(shape);
            let list = BlockList.of(model, linkedBounds, startOf, moveLinked, size);
            const versions: { list: BlockList<Linked>; model: readonly Linked[] }[] = [{ list, model }];
            for (const s of steps) {
              const to = s.from + s.length;
              // An edit of [from, to] removes at most its own length; fresh items start inside it, in order.
              const delta = Math.max(s.delta, -s.length);
              if (s.replace) {
                const fresh = Array.from({ length: Math.min(s.fresh, s.length + delta) }, (_, k) => ({ span: { start: s.from + k, end: s.from + k + 1 }, id: 20_000 + k }));
                model = [...model.filter((i) => i.span.start < s.from), ...fresh, ...model.filter((i) => i.span.start >= to).map((i) => moveLinked(i, delta))];
                list = list.replaced(s.from, to, fresh, delta);
              } else {
                model = model.map((i) => editLinked(i, s.from, to, delta));
                list = list.edited(s.from, to, delta, (i) => editLinked(i, s.from, to, delta));
              }
              versions.push({ list, model });
              if (readEach) checkAgainst(list, model, probes.slice(0, 2));
            }
            // Older versions, read last (and newest first), still hold their own offsets.
            for (const version of versions.reverse()) checkAgainst(version.list, version.model, probes);
          }),
          { seed, numRuns: 150 },
        );
      });
    }

    for (const seed of [7, 20261206]) {
      it(`mirrored() after each edit equals mapping every item, older versions too, when marks change only where it remaps (seed ${seed})`, () => {
        fc.assert(
          fc.property(linkedShape, fc.integer({ min: 1, max: 4 }), fc.array(fc.tuple(step, fc.nat(3)), { minLength: 1, maxLength: 20 }), (shape, size, steps) => {
            // What the map reads besides the item (as fromGutter reads its line): a mark per id, changed by an edit only
            // for items starting in the stretch the edit wrote, which is what `remap` is told.
            const marks = new Map<number, number>();
            const mapWith = (known: ReadonlyMap<number, number>) => (item: Linked): Linked => ({ ...item, id: item.id * 10 + (known.get(item.id) ?? 0) });
            let model = linkedFrom(shape);
            let list = BlockList.of(model, linkedBounds, startOf, moveLinked, size);
            let mapped = list.mirrored(mapWith(marks), () => true);
            assert.deepStrictEqual(mapped.toArray(), model.map(mapWith(marks)));
            const versions: { mapped: BlockList<Linked>; expected: readonly Linked[] }[] = [];
            for (const [s, mark] of steps) {
              const to = s.from + s.length;
              const delta = Math.max(s.delta, -s.length);
              const before = list;
              if (s.replace) {
                // Ids unique to the step: a mark belongs to one item.
                const fresh = Array.from({ length: Math.min(s.fresh, s.length + delta) }, (_, k) => ({ span: { start: s.from + k, end: s.from + k + 1 }, id: 1_000_000 + versions.length * 100 + k }));
                model = [...model.filter((i) => i.span.start < s.from), ...fresh, ...model.filter((i) => i.span.start >= to).map((i) => moveLinked(i, delta))];
                list = list.replaced(s.from, to, fresh, delta);
              } else {
                model = model.map((i) => editLinked(i, s.from, to, delta));
                list = list.edited(s.from, to, delta, (i) => editLinked(i, s.from, to, delta));
              }
              const writtenEnd = to + delta;
              for (const item of model) if (item.span.start >= s.from && item.span.start <= writtenEnd) marks.set(item.id, mark);
              const known = new Map(marks);
              mapped = list.mirrored(mapWith(known), (first, last) => first <= writtenEnd && last >= s.from, { before, mapped });
              versions.push({ mapped, expected: model.map(mapWith(known)) });
              assert.deepStrictEqual(mapped.toArray(), model.map(mapWith(known)));
              assert.equal(mapped.length, model.length);
            }
            for (const version of versions.reverse()) assert.deepStrictEqual(version.mapped.toArray(), version.expected);
          }),
          { seed, numRuns: 150 },
        );
      });
    }

    it('mirrored() after an edit maps only the items of the blocks the edit rebuilt', () => {
      const items = linkedFrom(Array.from({ length: 4000 }, (): [number, number, number] => [1, 3, 0]));
      const list = BlockList.of(items, linkedBounds, startOf, moveLinked, 4);
      const mark = (item: Linked): Linked => ({ ...item, id: -item.id });
      const mapped = list.mirrored(mark, () => true);
      const next = list.edited(8000, 8002, 1, (i) => editLinked(i, 8000, 8002, 1));
      let calls = 0;
      const again = next.mirrored((item) => {
        calls++;
        return mark(item);
      }, (first, last) => first <= 8003 && last >= 8000, { before: list, mapped });
      assert.ok(calls > 0 && calls <= 8, `${calls} items mapped`);
      assert.deepStrictEqual(again.toArray(), next.toArray().map(mark));
    });

    it('an edit passes only the items of the blocks around it to the editor\'s function', () => {
      const items = linkedFrom(Array.from({ length: 2000 }, (): [number, number, number] => [1, 3, 0]));
      const list = BlockList.of(items, linkedBounds, startOf, moveLinked, 4);
      const edited: Linked[] = [];
      const next = list.edited(10, 12, 1, (i) => {
        edited.push(i);
        return editLinked(i, 10, 12, 1);
      });
      // Blocks of 4 items: at most the block or two over [10, 12] went through the editor's function.
      assert.ok(edited.length > 0 && edited.length <= 8, `${edited.length} items edited`);
      assert.deepStrictEqual(next.toArray(), items.map((i) => editLinked(i, 10, 12, 1)));
    });

    it('an edit passes its block\'s items after it on to a block moved lazily, not to the editor\'s function (tidy48)', () => {
      const items = linkedFrom(Array.from({ length: 640 }, (): [number, number, number] => [1, 3, 0]));
      const list = BlockList.of(items, linkedBounds, startOf, moveLinked, 64);
      // Item 130 (the third of the block holding 128..191) spans [521, 524].
      const edited: Linked[] = [];
      const next = list.edited(521, 524, 1, (i) => {
        edited.push(i);
        return editLinked(i, 521, 524, 1);
      });
      assert.deepStrictEqual(edited.map((i) => i.id), [128, 129, 130]);
      const expected = items.map((i) => editLinked(i, 521, 524, 1));
      assert.deepStrictEqual(next.toArray(), expected);
      // The moved tail reads right when edited in turn, and the list edited before still reads its own offsets.
      const later = next.edited(600, 602, -2, (i) => editLinked(i, 600, 602, -2));
      assert.deepStrictEqual(later.toArray(), expected.map((i) => editLinked(i, 600, 602, -2)));
      assert.deepStrictEqual(list.toArray(), items);
    });
  });
});
