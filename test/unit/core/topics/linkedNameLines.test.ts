import * as assert from 'node:assert/strict';
import { isDeepStrictEqual } from 'node:util';
import { analyze } from '../../../../src/core/analysis/analyze';
import { IncrementalAnalyzer } from '../../../../src/core/analysis/incremental';

// A podcast page copied as text: each speaker's name alone over their speech, and every link inside the speech broken
// onto a line of its own, the guest's linked name among them.
const PAGE = [
  'Mara Lind',
  'Today I am talking with',
  'Tomas Berg',
  ', who draws maps of',
  'rivers',
  'by hand. Where did it start for you?',
  'Tomas Berg',
  'With a map my grandfather kept in the kitchen drawer.',
  'Mara Lind',
  'You once showed it to',
  'Mara Lind',
  '. Do you remember?',
  'Tomas Berg',
  'I do. You said it looked like a tree in winter.',
  'Mara Lind',
  'It still does.',
].join('\n');

function speakerAt(text: string, needle: string): string | null {
  const at = text.indexOf(needle);
  return analyze(text, {}, 'page.txt').turns.find((turn) => turn.span.start <= at && at < turn.span.end)?.speaker ?? null;
}

describe('a name line inside a sentence broken at a link', () => {
  it('keeps a linked name with the sentence going on below it in the speech around it', () => {
    const result = analyze(PAGE, {}, 'page.txt');
    assert.deepEqual(result.turns.map((turn) => turn.speaker), ['Mara Lind', 'Tomas Berg', 'Mara Lind', 'Tomas Berg', 'Mara Lind']);
    assert.equal(speakerAt(PAGE, ', who draws maps'), 'Mara Lind');
    assert.equal(speakerAt(PAGE, '. Do you remember?'), 'Mara Lind');
  });

  it('still reads the name line over speech, and over a line that opens with words or an ellipsis', () => {
    const words = PAGE.replace(', who draws maps of', 'who draws maps of');
    assert.equal(speakerAt(words, 'who draws maps of'), 'Tomas Berg');
    const ellipsis = PAGE.replace(', who draws maps of', '... well, maps of');
    assert.equal(speakerAt(ellipsis, '... well, maps of'), 'Tomas Berg');
  });

  it('equals a full analysis after edits around the broken lines', () => {
    let local = 0;
    for (let at = 0; at <= PAGE.length; at += 3) {
      for (const typed of [',', 'a', '.', '\n']) {
        const analyzer = new IncrementalAnalyzer({}, 'page.txt');
        analyzer.update(PAGE);
        const edited = PAGE.slice(0, at) + typed + PAGE.slice(at);
        const result = analyzer.update(edited, [{ rangeOffset: at, rangeLength: 0, text: typed }]);
        if (analyzer.lastMode === 'line') local++;
        assert.ok(isDeepStrictEqual(result, analyze(edited, {}, 'page.txt')), `${JSON.stringify(typed)} at ${at}`);
      }
    }
    assert.ok(local > 0, 'no edit stayed local');
  });
});
