import assert from 'node:assert/strict';
import fc from 'fast-check';
import { countMarkupMarks, markupMarksDelta } from '../../../../src/core/analysis/markupMarks';
import { ChunkedText } from '../../../../src/core/text/chunkedText';

/** The answer the incremental analyzer used to take from the whole text on such edits. */
function holdsMarkupMark(text: string): boolean {
  return text.includes('<') || text.includes('![') || text.includes('{%');
}

/** Text made mostly of the marks' characters, so edits often make and break `![` and `{%`. */
const piece = fc.constantFrom('<', '!', '[', '{', '%', '![', '{%', 'a', '好', '\n', '**');
const textArbitrary = fc.array(piece, { maxLength: 30 }).map((pieces) => pieces.join(''));
const editArbitrary = fc.record({ at: fc.nat(), removed: fc.nat({ max: 4 }), typed: textArbitrary });

describe('markupMarks: the document count kept from edits', () => {
  it('counts each mark, and marks across chunk boundaries', () => {
    assert.equal(countMarkupMarks('a < b ![x] {% y %} <br>'), 4);
    assert.equal(countMarkupMarks('!!![[{{%%'), 2);
    assert.equal(countMarkupMarks(ChunkedText.of('ab!' + '[cd{' + '%', 3)), 2);
    assert.equal(countMarkupMarks('no marks: ! [ { %'), 0);
  });

  it('after a chain of random edits equals the whole text\'s count, and so its answer to whether it holds any', () => {
    fc.assert(
      fc.property(textArbitrary, fc.array(editArbitrary, { maxLength: 20 }), fc.integer({ min: 2, max: 8 }), (initial, edits, chunkSize) => {
        let text = initial;
        let count = countMarkupMarks(text);
        for (const { at, removed, typed } of edits) {
          const start = at % (text.length + 1);
          const length = Math.min(removed, text.length - start);
          const edited = text.slice(0, start) + typed + text.slice(start + length);
          // Chunked, as the editor's text is: slices and searches cross chunk boundaries.
          const delta = markupMarksDelta(ChunkedText.of(text, chunkSize), ChunkedText.of(edited, chunkSize), { start, oldEnd: start + length, newEnd: start + typed.length });
          count += delta;
          text = edited;
          assert.equal(count, countMarkupMarks(text));
          assert.equal(count > 0, holdsMarkupMark(text));
        }
      }),
      { numRuns: 500 },
    );
  });
});
