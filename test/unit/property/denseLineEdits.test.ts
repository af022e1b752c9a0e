import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze } from '../../../src/core/analysis/analyze';
import { IncrementalAnalyzer } from '../../../src/core/analysis/incremental';
import type { AnalysisOptions, TranscriptFormat } from '../../../src/core/analysis/model';
import { applyChange, changeFor, editArbitrary } from './arbitraries';
import { searchRuns } from '../searchBudget';

// Transcripts with no blank line (a line per timestamped segment, as Whisper and meeting tools write them):
// an edit's claim window stops at a line that ends its sentences instead of running to the paragraph's
// blank lines, which here are the document's ends. Every result must equal analyze().

const SEEDS = [20261205, 11, 909090];

const STAMPS = ['[00:01:07]  ', '[01:09]  ', '00:02:03 ', '(00:03) ', '[00:00.000 --> 00:07.000]  ', '', '', 'Tom Baker: ', '李明：'];
const SPEECH = [
  'I would like to begin the meeting this evening with a moment of silence', 'to acknowledge the loss in our community,',
  'CALEA has been in existence now for about 50 years.', 'and our role is to make sure that we establish standards',
  'We will not have another meeting until January 13th of 2026.', 'Thank you, Mayor.', 'Mr.', '"It works."', 'Why?',
  '我們去年營收達到420億元，', '明年很可能會再擴建兩座工廠。', '謝謝大家',
  // A paragraph per line (no hard wrap): whether an unfinished line runs on depends on the widths below it.
  '社会管理是个系统工程，在实践中要从城乡社区抓起，夯实基层基础', '畅通社区工作人员成长渠道', '比前年增長了百分之十八、海外', 'Full Transcript', '## Agenda', '(Laughter.)', '[name=kiang]',
];
const line = fc.tuple(fc.constantFrom(...STAMPS), fc.constantFrom(...SPEECH)).map(([stamp, speech]) => stamp + speech);
const transcript = fc
  .tuple(fc.array(line, { minLength: 4, maxLength: 40 }), fc.constantFrom('\n', '\r\n'))
  .map(([lines, br]) => ({ text: lines.join(br) + br, br }));

/** A line's last character removed or a terminator typed at its end: whether it ends its sentences flips. */
const lineEndEdit = fc.record({
  at: fc.integer({ min: 0, max: 1000 }).map((n) => n / 1000),
  put: fc.constantFrom('.', '', ',', '。', ' and', '\n', ' [name=kiang]', 'enter', 'enter', 'join'),
});

/**
 * At the line end found from `at`: a character typed or deleted, a signature typed; or Enter in the middle of
 * that line (a segment split in two), or Backspace joining it with the next.
 */
function lineEndChange(text: string, br: string, e: { at: number; put: string }): { rangeOffset: number; rangeLength: number; text: string } {
  const from = Math.min(text.length, Math.floor(e.at * text.length));
  const end = text.indexOf(br, from);
  if (end <= 0) return { rangeOffset: text.length, rangeLength: 0, text: e.put === 'enter' || e.put === 'join' ? br : e.put };
  if (e.put === 'join') return { rangeOffset: end, rangeLength: br.length, text: '' };
  if (e.put === 'enter') {
    const start = text.lastIndexOf(br, end - 1) + (text.lastIndexOf(br, end - 1) < 0 ? 1 : br.length);
    const space = text.indexOf(' ', Math.floor((start + end) / 2));
    return { rangeOffset: space > 0 && space < end ? space + 1 : Math.floor((start + end) / 2), rangeLength: 0, text: br };
  }
  const put = e.put === '\n' ? br : e.put;
  return e.put === '' ? { rangeOffset: end - 1, rangeLength: 1, text: '' } : { rangeOffset: end, rangeLength: 0, text: put };
}

describe('IncrementalAnalyzer, transcripts without blank lines', function () {
  this.timeout(120_000);
  for (const seed of SEEDS) {
    it(`equals a full analyze() after edits at line ends and typing (seed ${seed})`, () => {
      let local = 0;
      let enters = 0;
      const runs = searchRuns(300);
      fc.assert(
        fc.property(
          transcript,
          fc.array(fc.oneof({ weight: 3, arbitrary: lineEndEdit.map((edit) => ({ end: edit })) }, { weight: 2, arbitrary: editArbitrary.map((edit) => ({ typed: edit })) }), { minLength: 1, maxLength: 8 }),
          fc.constantFrom<TranscriptFormat | undefined>(undefined, 'markdown'),
          fc.constantFrom(1, 3, 256),
          ({ text: initial, br }, edits, format, blockSize) => {
            const options: AnalysisOptions = format ? { format } : {};
            const analyzer = new IncrementalAnalyzer(options, 'doc.txt', blockSize);
            let text = initial;
            analyzer.update(text);
            for (const e of edits) {
              const change = 'end' in e ? lineEndChange(text, br, e.end) : changeFor(text, e.typed);
              text = applyChange(text, change);
              const result = analyzer.update(text, [change]);
              assert.deepStrictEqual(result, analyze(text, options, 'doc.txt'));
              if (analyzer.lastMode === 'line') local++;
              if (analyzer.lastMode === 'line' && 'end' in e && e.end.put === 'enter') enters++;
            }
          },
        ),
        { seed, numRuns: runs },
      );
      // Per run, not per edit: the first runs (a quick run's) draw more small, edge-case values.
      assert.ok(local > (runs * 3) / 4, `only ${local} edits in ${runs} runs were re-analysed locally`);
      assert.ok(enters > 0, 'no Enter inside a segment was re-analysed locally');
    });
  }

  it('equals a full analyze() after edits in turns with bare timestamps inside them (`Kevin (00:10):` … `(00:30):`)', () => {
    const turnLine = fc.constantFrom('Kevin (00:10):', 'Jordan (00:44):', '(00:30):', '[01:27]', '12:08', 'And I came back to it after lunch and then it was probably', "like two o'clock when I pinged Alban.", 'Yeah.', 'it was like a midnight deal');
    const exportText = fc.array(turnLine, { minLength: 4, maxLength: 30 }).map((lines) => lines.join('\n') + '\n');
    let local = 0;
    fc.assert(
      fc.property(exportText, fc.array(fc.oneof(lineEndEdit.map((edit) => ({ end: edit })), editArbitrary.map((edit) => ({ typed: edit }))), { minLength: 1, maxLength: 6 }), (initial, edits) => {
        const analyzer = new IncrementalAnalyzer({}, 'doc.txt', 3);
        let text = initial;
        analyzer.update(text);
        for (const e of edits) {
          const change = 'end' in e ? lineEndChange(text, '\n', e.end) : changeFor(text, e.typed);
          text = applyChange(text, change);
          assert.deepStrictEqual(analyzer.update(text, [change]), analyze(text, {}, 'doc.txt'));
          if (analyzer.lastMode === 'line') local++;
        }
      }),
      { seed: 20261205, numRuns: searchRuns(200) },
    );
    assert.ok(local > 0, 'no edit was re-analysed locally');
  });

  it('splits a segment with Enter locally in a long file of timestamped lines without signatures, and not once one is typed', () => {
    const segment = (i: number): string => `[00:${String(Math.floor(i / 60) % 60).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}]  ${i % 2 ? 'and our role is to make sure that we establish standards' : 'CALEA has been in existence now for about 50 years.'}`;
    let text = Array.from({ length: 400 }, (_, i) => segment(i)).join('\n') + '\n';
    const analyzer = new IncrementalAnalyzer();
    analyzer.update(text);
    const enter = (at: number): void => {
      text = applyChange(text, { rangeOffset: at, rangeLength: 0, text: '\n' });
      assert.deepStrictEqual(analyzer.update(text, [{ rangeOffset: at, rangeLength: 0, text: '\n' }]), analyze(text));
    };
    enter(text.indexOf('make sure', text.length >> 1));
    assert.equal(analyzer.lastMode, 'line', 'Enter in a file with no signature');
    // A signature typed at the end of the last line signs the whole file (it has no blank line): an Enter far above it is read in full.
    const signature = ' [name=kiang]';
    text = applyChange(text, { rangeOffset: text.length - 1, rangeLength: 0, text: signature });
    assert.deepStrictEqual(analyzer.update(text, [{ rangeOffset: text.length - 1 - signature.length, rangeLength: 0, text: signature }]), analyze(text));
    enter(text.indexOf('make sure', 100));
    assert.equal(analyzer.lastMode, 'full', 'Enter far above a signature');
  });

  it('re-reads only the sentences around a keystroke in a long file of timestamped lines', () => {
    const segment = (i: number): string => `[00:${String(Math.floor(i / 60) % 60).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}]  ${i % 2 ? 'and our role is to make sure that we establish standards' : 'CALEA has been in existence now for about 50 years.'}`;
    const text = Array.from({ length: 4000 }, (_, i) => segment(i)).join('\n') + '\n';
    const analyzer = new IncrementalAnalyzer();
    const before = analyzer.update(text);
    const at = text.indexOf('establish', text.length >> 1);
    const edited = applyChange(text, { rangeOffset: at, rangeLength: 0, text: 'x' });
    const after = analyzer.update(edited, [{ rangeOffset: at, rangeLength: 0, text: 'x' }]);
    assert.equal(analyzer.lastMode, 'line');
    assert.deepStrictEqual(after, analyze(edited));
    // Claims far from the edit are the very objects of the result before: not re-read.
    const far = before.claims.findIndex((c) => c.span.start > 1000);
    assert.ok(far >= 0);
    assert.equal(after.claims[far], before.claims[far]);
    const farAfter = after.claims.findIndex((c) => c.span.start > at + 2000);
    const farBefore = before.claims.findIndex((c) => c.span.start > at + 2000);
    assert.equal(after.claims[farAfter]!.text, before.claims[farBefore]!.text);
  });
});
