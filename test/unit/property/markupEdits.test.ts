import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze } from '../../../src/core/analysis/analyze';
import { IncrementalAnalyzer } from '../../../src/core/analysis/incremental';
import { searchRuns } from '../searchBudget';

const SEED = Number(process.env.TA_PROPERTY_SEED ?? 20261205);

/** Speech with markup-only lines, which are stage directions only while the document holds `<`, `![` or `{%`. */
const LINES = ['李明：我認為這種擔心是多餘的，', '**', '我們的客戶非常優秀。', '王芳：據公司年報，我們去年營收達到420億元。', '<br>', 'Tom Baker: We expect revenue to grow. ', '', '{% raw %}', '![](a.png)'];
const documentArbitrary = fc.array(fc.constantFrom(...LINES), { minLength: 2, maxLength: 12 }).map((lines) => lines.join('\n'));
/** Typing or deleting a mark's characters (and plain ones) anywhere, one edit after another on one analyzer. */
const editArbitrary = fc.record({
  at: fc.integer({ min: 0, max: 1000 }).map((n) => n / 1000),
  removed: fc.constantFrom(0, 0, 1, 2),
  typed: fc.constantFrom('<', '!', '[', '{', '%', '![', '{%', '<br>', '', 'a', '好'),
});

describe('IncrementalAnalyzer: marks typed and removed, with the document\'s count kept from edit to edit', () => {
  it('equals a full analyze() after each edit of a chain, and keeps some local', () => {
    let local = 0;
    let turned = 0;
    fc.assert(
      fc.property(documentArbitrary, fc.array(editArbitrary, { minLength: 1, maxLength: 15 }), (initial, edits) => {
        const analyzer = new IncrementalAnalyzer({}, 'doc.txt');
        let text = initial;
        analyzer.update(text);
        for (const edit of edits) {
          const start = Math.floor(edit.at * text.length);
          const length = Math.min(edit.removed, text.length - start);
          const edited = text.slice(0, start) + edit.typed + text.slice(start + length);
          const result = analyzer.update(edited, [{ rangeOffset: start, rangeLength: length, text: edit.typed }]);
          const expected = analyze(edited, {}, 'doc.txt');
          assert.deepStrictEqual(result, expected);
          if (analyzer.lastMode === 'line') local++;
          if (expected.stageDirections.length !== analyze(text, {}, 'doc.txt').stageDirections.length) turned++;
          text = edited;
        }
      }),
      { seed: SEED, numRuns: searchRuns(150) },
    );
    assert.ok(local > 0, 'no edit stayed local');
    // Some edits did gain or lose the document's last mark: a local path that missed it would be wrong.
    assert.ok(turned > 0, 'no edit turned the markup-only lines');
  });
});
