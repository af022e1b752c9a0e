import assert from 'node:assert/strict';
import { decorationWindows, drawingMargins, itemsInWindows, pageMargin, windowsCover } from '../../../src/presentation/visibleWindow';

describe('visible windows for decorations', () => {
  describe('decorationWindows', () => {
    it('widens a visible range by the margin and clamps it to the document', () => {
      assert.deepEqual(decorationWindows([{ start: 10, end: 50 }], 1000, 200), [{ start: 0, end: 250 }]);
      assert.deepEqual(decorationWindows([{ start: 900, end: 960 }], 1000, 200), [{ start: 700, end: 999 }]);
    });

    it('merges overlapping or adjacent ranges and sorts them', () => {
      assert.deepEqual(decorationWindows([{ start: 500, end: 520 }, { start: 100, end: 120 }, { start: 130, end: 140 }], 1000, 10), [
        { start: 90, end: 150 },
        { start: 490, end: 530 },
      ]);
      assert.deepEqual(decorationWindows([{ start: 0, end: 9 }, { start: 10, end: 20 }], 100, 0), [{ start: 0, end: 20 }]);
    });

    it('draws nothing when nothing is visible or the document is empty', () => {
      assert.deepEqual(decorationWindows([], 1000, 200), []);
      assert.deepEqual(decorationWindows([{ start: 0, end: 0 }], 0, 200), []);
    });
  });

  describe('windowsCover', () => {
    const drawn = [{ start: 100, end: 500 }];

    it('is true while the visible lines plus the slack stay inside what was drawn', () => {
      assert.equal(windowsCover(drawn, [{ start: 250, end: 300 }], 1000, 100), true);
      assert.equal(windowsCover(drawn, [{ start: 199, end: 300 }], 1000, 100), false);
      assert.equal(windowsCover(drawn, [{ start: 250, end: 401 }], 1000, 100), false);
    });

    it('clamps the slack at the ends of the document', () => {
      assert.equal(windowsCover([{ start: 0, end: 99 }], [{ start: 0, end: 60 }], 100, 100), true);
      assert.equal(windowsCover([{ start: 0, end: 98 }], [{ start: 0, end: 60 }], 100, 100), false);
    });

    it('needs every visible range covered', () => {
      assert.equal(windowsCover(drawn, [{ start: 250, end: 300 }, { start: 800, end: 850 }], 1000, 10), false);
      assert.equal(windowsCover([...drawn, { start: 700, end: 900 }], [{ start: 250, end: 300 }, { start: 800, end: 850 }], 1000, 10), true);
    });
  });

  describe('pageMargin', () => {
    it('is the minimum, or the tallest visible range when that is taller', () => {
      assert.equal(pageMargin([{ start: 100, end: 139 }], 100), 100);
      assert.equal(pageMargin([{ start: 100, end: 349 }, { start: 0, end: 9 }], 100), 250);
      assert.equal(pageMargin([], 100), 100);
    });

    it('drawingMargins keeps a page below and above drawn, so PageDown and PageUp land on drawn lines without a redraw', () => {
      for (const page of [40, 150, 400]) {
        const visible = [{ start: 5000, end: 5000 + page - 1 }];
        const { margin, slack } = drawingMargins(visible, 200, 100);
        const drawn = decorationWindows(visible, 100_000, margin);
        const pageDown = [{ start: 5000 + page, end: 5000 + 2 * page - 1 }];
        const pageUp = [{ start: 5000 - page, end: 4999 }];
        assert.ok(windowsCover(drawn, pageDown, 100_000, 0) && windowsCover(drawn, pageUp, 100_000, 0), `page of ${page} lines`);
        // Right after drawing, no redraw is due; after a PageDown the redraw keeps a page ahead again.
        assert.ok(windowsCover(drawn, visible, 100_000, slack));
        assert.ok(slack >= page);
      }
    });
  });

  describe('itemsInWindows', () => {
    const items = [
      { name: 'a', span: { start: 0, end: 10 } },
      { name: 'b', span: { start: 10, end: 20 } },
      { name: 'c', span: { start: 30, end: 30 } },
      { name: 'd', span: { start: 40, end: 100 } },
    ];
    const names = (windows: { start: number; end: number }[]): string[] => itemsInWindows(items, (item) => item.span, windows).map((item) => item.name);

    it('keeps the items touching a window, in order', () => {
      assert.deepEqual(names([{ start: 12, end: 30 }]), ['b', 'c']);
      assert.deepEqual(names([{ start: 50, end: 60 }]), ['d']);
      assert.deepEqual(names([{ start: 0, end: 5 }, { start: 95, end: 200 }]), ['a', 'd']);
    });

    it('keeps nothing without windows', () => {
      assert.deepEqual(names([]), []);
    });
  });
});
