import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze } from '../../../src/core/analysis/analyze';
import { composedChange, IncrementalAnalyzer, MAX_LOCAL_LINE, type TextChange } from '../../../src/core/analysis/incremental';
import { ChunkedText } from '../../../src/core/text/chunkedText';
import { applyChange } from './arbitraries';
import { searchRuns } from '../searchBudget';

// Issue 13, session 34 (perf19): keystrokes typed while a full analysis waited reach the analyzer together. It
// took one change only and compared the two whole texts for more (at 10 MB, tens of ms per keystroke in a line
// too long for the local path); the changes are now taken as one change covering them.

const TEXT = ['李明：我們在上個月的會議上已經將其列為首要任務。', '王芳：我認為這種擔心是多餘的，我們的客戶非常優秀。', '', 'Tom: We expect revenue to grow 12 percent next year.'].join('\n');

/** Changes one after another, each on the text the ones before left (positions as fractions of that text). */
const changeList = fc.array(fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), removed: fc.integer({ min: 0, max: 5 }), typed: fc.constantFrom('', 'a', '很', '\n', 'xyz') }), { minLength: 1, maxLength: 6 });

function applied(text: string, list: readonly { at: number; removed: number; typed: string }[]): { changes: TextChange[]; after: string } {
  const changes: TextChange[] = [];
  let after = text;
  for (const { at, removed, typed } of list) {
    const rangeOffset = Math.floor(at * after.length);
    const change = { rangeOffset, rangeLength: Math.min(removed, after.length - rangeOffset), text: typed };
    changes.push(change);
    after = applyChange(after, change);
  }
  return { changes, after };
}

describe('IncrementalAnalyzer, several changes since the last update', function () {
  this.timeout(300_000);

  it('covers changes made one after another with one region of the texts before and after them', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), changeList, (text, list) => {
        const { changes, after } = applied(text, list);
        const region = composedChange(changes, text.length)!;
        assert.equal(text.slice(0, region.start) + after.slice(region.start, region.newEnd) + text.slice(region.oldEnd), after);
        assert.equal(after.length - region.newEnd, text.length - region.oldEnd);
      }),
      { seed: 20261206, numRuns: searchRuns(2000) },
    );
  });

  it('takes the changes of one event in descending order as VS Code sends them', () => {
    // Two cursors: `a` typed at 10 and at 2, both offsets in the text before the event.
    const region = composedChange([{ rangeOffset: 10, rangeLength: 0, text: 'a' }, { rangeOffset: 2, rangeLength: 0, text: 'a' }], 20)!;
    assert.deepEqual(region, { start: 2, oldEnd: 10, newEnd: 12 });
    assert.equal(composedChange([{ rangeOffset: 18, rangeLength: 5, text: '' }], 20), undefined, 'a change past the text');
  });

  it('re-analyses three keystrokes in one line locally without building either whole text', () => {
    const old = ChunkedText.of(TEXT, 16, false);
    const analyzer = new IncrementalAnalyzer({}, 'talk.txt');
    analyzer.update(old);
    const at = TEXT.indexOf('擔心');
    const { changes, after } = applied(TEXT, [{ at: at / TEXT.length, removed: 0, typed: '很' }, { at: (at + 1) / (TEXT.length + 1), removed: 0, typed: '很' }, { at: (at + 2) / (TEXT.length + 2), removed: 1, typed: '' }]);
    const text = ChunkedText.of(after, 16, false);
    const result = analyzer.updateLocally(text, changes);
    assert.ok(result, 'local');
    assert.equal(text.isFlattened, false, 'the new text was built whole');
    assert.deepStrictEqual(result, analyze(after, {}, 'talk.txt'));
  });

  it('falls back without reading the texts whole when the keystrokes cover more than a long line', () => {
    const long = `李明：${'我們在上個月的會議上已經將其列為首要任務。'.repeat(Math.ceil(MAX_LOCAL_LINE / 20))}`;
    const before = `${long}\n${TEXT}`;
    const old = ChunkedText.of(before, 1024, false);
    const analyzer = new IncrementalAnalyzer({}, 'talk.txt');
    analyzer.update(old);
    const { changes, after } = applied(before, [{ at: 0.5, removed: 0, typed: 'a' }, { at: 0.5, removed: 0, typed: 'b' }]);
    const text = ChunkedText.of(after, 1024, false);
    assert.equal(analyzer.updateLocally(text, changes), undefined);
    assert.equal(text.isFlattened, false, 'the new text was built whole');
  });

  it('equals a full analysis after each batch of changes', () => {
    fc.assert(
      fc.property(fc.array(changeList, { minLength: 1, maxLength: 4 }), (batches) => {
        const analyzer = new IncrementalAnalyzer({}, 'talk.txt');
        let text = TEXT;
        analyzer.update(text);
        for (const list of batches) {
          const { changes, after } = applied(text, list);
          text = after;
          assert.deepStrictEqual(analyzer.update(text, changes), analyze(text, {}, 'talk.txt'));
        }
      }),
      { seed: 20261206, numRuns: searchRuns(200) },
    );
  });
});
