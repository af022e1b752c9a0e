import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze } from '../../../src/core/analysis/analyze';
import { IncrementalAnalyzer, MAX_LOCAL_LINE } from '../../../src/core/analysis/incremental';
import { applyChange } from './arbitraries';
import { searchRuns } from '../searchBudget';

// Issue 13, session 33 (perf18): what the local path no longer reads of the whole document per keystroke. Whether a
// Markdown heading is in the text is read once per baseline and carried through local edits from the edited lines; a
// label alone's edit builds the new line index from the old one; an edit of a line longer than MAX_LOCAL_LINE goes to
// a full analysis. Every result must still equal analyze().

const SEEDS = [20261206, 11, 5150];

/** Labels alone (aside labels and labels without dialogue read them), headings and near-headings, speech. */
const LINES = [
  '**Overview:**', 'Name:', 'Dr. Amy Chen:', '李明：', '# Summary', '  ## Notes', '####### not a heading', '#hashtag', '',
  'The meeting started at 2:05 P.M. and went on.', 'Jane: We expect revenue to grow 12 percent.', 'Tom: Thanks, Jane.', '謝謝大家。',
];
/** Typed at a line's start or inside it: what makes or unmakes a heading, a label, a sentence. */
const TYPED = ['# ', '#', ' ', 'x', ':', '：', '.', 'Q: ', ''];

const transcript = fc
  .tuple(fc.array(fc.constantFrom(...LINES), { minLength: 3, maxLength: 24 }), fc.constantFrom('\n', '\r\n', '\r'))
  .map(([lines, br]) => ({ text: lines.join(br), br }));

const edit = fc.record({
  at: fc.integer({ min: 0, max: 1000 }).map((n) => n / 1000),
  atLineStart: fc.boolean(),
  removed: fc.integer({ min: 0, max: 3 }),
  typed: fc.constantFrom(...TYPED),
});

/** An edit inside one line (no line break typed or removed), at the line's start or within it. */
function changeInLine(text: string, e: { at: number; atLineStart: boolean; removed: number; typed: string }): { rangeOffset: number; rangeLength: number; text: string } {
  const at = Math.min(text.length, Math.floor(e.at * (text.length + 1)));
  const isBreak = (i: number): boolean => text[i] === '\n' || text[i] === '\r';
  let start = at;
  if (e.atLineStart) while (start > 0 && !isBreak(start - 1)) start--;
  let end = start;
  while (end < text.length && end - start < e.removed && !isBreak(end)) end++;
  return { rangeOffset: start, rangeLength: end - start, text: e.typed };
}

describe('IncrementalAnalyzer, what a keystroke no longer reads of the whole text', function () {
  this.timeout(120_000);
  for (const seed of SEEDS) {
    it(`equals a full analyze() after edits that make and unmake headings beside labels alone (seed ${seed})`, () => {
      let local = 0;
      let total = 0;
      fc.assert(
        fc.property(transcript, fc.array(edit, { minLength: 1, maxLength: 10 }), ({ text: initial }, edits) => {
          const analyzer = new IncrementalAnalyzer({}, 'doc.md');
          let text = initial;
          analyzer.update(text);
          for (const e of edits) {
            const change = changeInLine(text, e);
            // A fresh analyzer of the text before the edit reads every fact from that text: the carried ones must decide alike.
            const fresh = new IncrementalAnalyzer({}, 'doc.md');
            fresh.update(text);
            text = applyChange(text, change);
            const freshLocal = fresh.updateLocally(text, [change]) !== undefined;
            assert.deepStrictEqual(analyzer.update(text, [change]), analyze(text, {}, 'doc.md'));
            assert.equal(analyzer.lastMode === 'line', freshLocal, 'local as a fresh analyzer decides');
            total++;
            if (analyzer.lastMode === 'line') local++;
          }
        }),
        { seed, numRuns: searchRuns(300) },
      );
      assert.ok(local > total / 8, `only ${local} of ${total} edits were re-analysed locally`);
    });
  }

  it('falls back when a heading is typed after a label alone was edited locally in a text without one', () => {
    const text = ['**Overview:**', 'A summary of the talk.', '', 'Jane: We expect revenue to grow.', 'Tom: Thanks.', 'Notes'].join('\n');
    const analyzer = new IncrementalAnalyzer({}, 'doc.md');
    analyzer.update(text);
    // A keystroke in the label alone's line under it: the heading reading is computed (none) and carried.
    const typedAt = text.indexOf('talk');
    const typed = applyChange(text, { rangeOffset: typedAt, rangeLength: 0, text: 'x' });
    assert.deepStrictEqual(analyzer.update(typed, [{ rangeOffset: typedAt, rangeLength: 0, text: 'x' }]), analyze(typed, {}, 'doc.md'));
    // `# ` makes the last line a heading: an aside label may now be read.
    const headingAt = typed.indexOf('Notes');
    const withHeading = applyChange(typed, { rangeOffset: headingAt, rangeLength: 0, text: '# ' });
    assert.deepStrictEqual(analyzer.update(withHeading, [{ rangeOffset: headingAt, rangeLength: 0, text: '# ' }]), analyze(withHeading, {}, 'doc.md'));
    // Then an edit of the label's line must see the heading.
    const labelAt = withHeading.indexOf('Overview') + 2;
    const relabelled = applyChange(withHeading, { rangeOffset: labelAt, rangeLength: 1, text: '' });
    assert.deepStrictEqual(analyzer.update(relabelled, [{ rangeOffset: labelAt, rangeLength: 1, text: '' }]), analyze(relabelled, {}, 'doc.md'));
  });

  it(`sends an edit of a line longer than ${MAX_LOCAL_LINE} characters to a full analysis, and keeps shorter lines local`, () => {
    const sentence = 'We expect the revenue of the company to grow by twelve percent next year. ';
    const paragraph = sentence.repeat(Math.ceil((MAX_LOCAL_LINE + 1000) / sentence.length)).trimEnd();
    const shortLine = sentence.repeat(3).trimEnd();
    const text = [shortLine, '', paragraph, '', shortLine].join('\n');
    const analyzer = new IncrementalAnalyzer({}, 'doc.txt');
    analyzer.update(text);
    const inShort = text.indexOf('revenue') + 2;
    const first = applyChange(text, { rangeOffset: inShort, rangeLength: 0, text: 'x' });
    assert.ok(analyzer.updateLocally(first, [{ rangeOffset: inShort, rangeLength: 0, text: 'x' }]), 'an edit of a short line is local');
    const inLong = first.indexOf('twelve', shortLine.length + MAX_LOCAL_LINE / 2);
    const second = applyChange(first, { rangeOffset: inLong, rangeLength: 0, text: 'x' });
    assert.equal(analyzer.updateLocally(second, [{ rangeOffset: inLong, rangeLength: 0, text: 'x' }]), undefined, 'an edit of the long line is not');
    assert.deepStrictEqual(analyzer.update(second, [{ rangeOffset: inLong, rangeLength: 0, text: 'x' }]), analyze(second, {}, 'doc.txt'));
  });
});
