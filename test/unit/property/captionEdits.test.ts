import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze } from '../../../src/core/analysis/analyze';
import { IncrementalAnalyzer } from '../../../src/core/analysis/incremental';
import { applyChange } from './arbitraries';
import { assertEditsAcrossOffsetsMatchAnalyze } from '../core/transcriptFixtures';
import { topicTitles } from '../core/topics/topicTitles';
import { searchRuns } from '../searchBudget';

// Issue 13, session 34 (perf19): a short Chinese line beside an edited line is a picture's caption when the paragraph
// above shares at least half its two-character pieces (isPictureCaption). A keystroke beside such a line went to a
// full analysis whatever it typed; now only one that adds or removes one of those pieces does.

/** A title over speech, and a caption repeating the paragraph above it. */
const TEXT = [
  '李明：我們在上個月的會議上已經將其列為首要任務。',
  '',
  '人才與教育',
  '據公司年報，我們去年營收達到420億元，比前年增長了18%。',
  '王芳：我認為這種擔心是多餘的，我們的客戶非常優秀。',
  '',
  '施工現場的盾構機駕駛室裡，工人們正在操控這台巨大的機器。',
  '盾構機駕駛室',
  '接下來我們討論另一個問題，這是完全不同的話題。',
].join('\n');

function typed(text: string, at: number, removed: number, insert: string): { analyzer: IncrementalAnalyzer; edited: string; change: { rangeOffset: number; rangeLength: number; text: string } } {
  const analyzer = new IncrementalAnalyzer({}, 'talk.txt');
  analyzer.update(text);
  const change = { rangeOffset: at, rangeLength: removed, text: insert };
  return { analyzer, edited: applyChange(text, change), change };
}

describe('IncrementalAnalyzer, keystrokes beside a possible caption', function () {
  this.timeout(300_000);

  it('re-analyses locally a keystroke in the speech under a title that adds none of the title\'s pieces', () => {
    const { analyzer, edited, change } = typed(TEXT, TEXT.indexOf('營收'), 0, '很');
    const result = analyzer.update(edited, [change]);
    assert.equal(analyzer.lastMode, 'line');
    assert.deepStrictEqual(result, analyze(edited, {}, 'talk.txt'));
    assert.ok(topicTitles(result.topics).includes('人才與教育'));
  });

  it('equals a full analysis when the paragraph above a caption stops sharing its pieces, and the caption becomes a title', () => {
    assert.ok(!topicTitles(analyze(TEXT, {}, 'talk.txt').topics).includes('盾構機駕駛室'), 'a caption titles nothing');
    const { analyzer, edited, change } = typed(TEXT, TEXT.indexOf('駕駛室裡'), 3, '');
    const result = analyzer.update(edited, [change]);
    assert.deepStrictEqual(result, analyze(edited, {}, 'talk.txt'));
    assert.ok(topicTitles(result.topics).includes('盾構機駕駛室'), JSON.stringify(topicTitles(result.topics)));
  });

  it('equals a full analysis after keystrokes of the titles\' characters, and of others, across the text', () => {
    const local = assertEditsAcrossOffsetsMatchAnalyze(TEXT, 'talk.txt', [['駕', 0], ['駛室', 0], ['教', 0], ['很', 0], ['', 1], ['', 2]]);
    assert.ok(local > 0, 'no edit stayed local');
  });

  /** Titles and captions, paragraphs that repeat their words or not, pictures, blank lines. */
  const LINES = [
    '人才與教育', '盾構機駕駛室', '![](https://example.org/a.jpg)', '',
    '施工現場的盾構機駕駛室裡，工人們正在操控機器。', '我們在人才與教育上投入了很多。', '據公司年報，我們去年營收達到420億元。', '王芳：我認為這種擔心是多餘的。',
  ];
  const TYPED = ['駕', '駛', '盾構', '教育', '人', '很', '', '！'];
  const transcript = fc.array(fc.constantFrom(...LINES), { minLength: 3, maxLength: 14 }).map((lines) => lines.join('\n'));
  const edit = fc.record({ at: fc.integer({ min: 0, max: 1000 }).map((n) => n / 1000), removed: fc.integer({ min: 0, max: 2 }), typed: fc.constantFrom(...TYPED) });

  it('equals a full analysis after edits inside lines beside titles, captions and pictures (random texts)', () => {
    let local = 0;
    let total = 0;
    fc.assert(
      fc.property(transcript, fc.array(edit, { minLength: 1, maxLength: 8 }), (initial, edits) => {
        const analyzer = new IncrementalAnalyzer({}, 'talk.txt');
        let text = initial;
        analyzer.update(text);
        for (const e of edits) {
          // Inside one line: no line break removed.
          const at = Math.min(text.length, Math.floor(e.at * (text.length + 1)));
          let end = at;
          while (end < text.length && end - at < e.removed && text[end] !== '\n') end++;
          const change = { rangeOffset: at, rangeLength: end - at, text: e.typed };
          text = applyChange(text, change);
          assert.deepStrictEqual(analyzer.update(text, [change]), analyze(text, {}, 'talk.txt'));
          total++;
          if (analyzer.lastMode === 'line') local++;
        }
      }),
      { seed: 20261206, numRuns: searchRuns(300) },
    );
    assert.ok(local > total / 8, `only ${local} of ${total} edits were re-analysed locally`);
  });
});
