import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze } from '../../../src/core/analysis/analyze';
import { IncrementalAnalyzer } from '../../../src/core/analysis/incremental';
import type { AnalysisOptions, TranscriptFormat } from '../../../src/core/analysis/model';
import { applyChange, changeFor, editArbitrary, fillBlankChange } from './arbitraries';
import { searchRuns } from '../searchBudget';

// Blank lines added or removed right above a stage direction on a line of its own (issue 13, session 21).
// Under speech (`（笑）`) the direction is the speaker's and the turn ends on it; after a blank line it is an
// aside the turn does not end on. The local path moves the turn's end; every result must equal analyze().

const SEEDS = [20261204, 7, 424242];

const LABELS = ['李明：', '王芳：', 'MS. JONES:  ', 'Tom Baker:  ', '問：', ''];
const SPEECH = [
  '我認為這種擔心是多餘的，我們的客戶非常優秀。', '據公司年報，我們去年營收達到420億元。', 'We expect revenue to grow 12 percent next year.',
  'and it carries on in lower case', '謝謝大家。', '他說「好」。', '[name=kiang]',
];
/** Whole-line directions, and lines that read them or the turn around them. */
const DIRECTIONS = ['（笑）', '(Laughter.)', '[applause]', '（鼓掌）', '【畫面】', '（笑）我覺得', '(inaudible'];
const OTHERS = ['', '', '', '接下來的問題是：', '針對這個問題，李明回答道：', '「我們會繼續投入。」', '李明表示，明年會更好。', '<figure><img src="a.png"></figure>', '以下是演讲实录：', '人才與教育'];
const line = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(fc.constantFrom(...LABELS), fc.constantFrom(...SPEECH)).map(([label, speech]) => label + speech) },
  { weight: 4, arbitrary: fc.constantFrom(...DIRECTIONS) },
  { weight: 3, arbitrary: fc.constantFrom(...OTHERS) },
);
const transcript = fc
  .tuple(fc.array(line, { minLength: 3, maxLength: 30 }), fc.constantFrom('\n', '\r\n', '\r'))
  .map(([lines, br]) => ({ text: `主持人：歡迎各位。${br}${lines.join(br)}`, br }));

/** Enter at the end of a line, Backspace on an empty line or at a line's start, at a line above a direction most of the time. */
const blankEdit = fc.record({
  at: fc.integer({ min: 0, max: 1000 }).map((n) => n / 1000),
  kind: fc.constantFrom('enterAboveDirection', 'enterAboveDirection', 'dropAboveDirection', 'dropAboveDirection', 'enterAtEnd', 'dropBreak', 'fillBlank', 'fillAboveDirection', 'fillAboveDirection', 'emptyAboveDirection'),
  count: fc.integer({ min: 1, max: 2 }),
});

function blankChange(text: string, br: string, e: { at: number; kind: string; count: number }): { rangeOffset: number; rangeLength: number; text: string } {
  const at = Math.min(text.length, Math.floor(e.at * (text.length + 1)));
  const lineBreak = (from: number): number => text.indexOf(br, from);
  if (e.kind === 'fillBlank') return fillBlankChange(text, br, at, e.count === 1 ? '李' : '好');
  if (e.kind === 'fillAboveDirection' || e.kind === 'emptyAboveDirection') {
    // The line right above the first direction line from `at` on: a character typed on it when empty
    // (the session-21 bench's `李` over `（笑）`), else its text deleted.
    const starts = DIRECTIONS.map((d) => text.indexOf(br + d, at)).filter((i) => i >= 0);
    if (starts.length) {
      const lineEnd = Math.min(...starts);
      const lineStart = text.lastIndexOf(br, lineEnd - 1) < 0 ? 0 : text.lastIndexOf(br, lineEnd - 1) + br.length;
      if (lineStart <= lineEnd) {
        if (text.slice(lineStart, lineEnd).trim() === '') return { rangeOffset: lineEnd, rangeLength: 0, text: e.count === 1 ? '李' : '好的' };
        if (e.kind === 'emptyAboveDirection') return { rangeOffset: lineStart, rangeLength: lineEnd - lineStart, text: '' };
      }
    }
  }
  if (e.kind === 'enterAboveDirection' || e.kind === 'dropAboveDirection') {
    // The break (or the empty lines) right above the first direction line from `at` on.
    const starts = DIRECTIONS.map((d) => text.indexOf(br + d, at)).filter((i) => i >= 0);
    if (starts.length) {
      const breakAt = Math.min(...starts);
      if (e.kind === 'enterAboveDirection') return { rangeOffset: breakAt, rangeLength: 0, text: br.repeat(e.count) };
      let from = breakAt;
      while (from >= br.length && text.startsWith(br, from - br.length)) from -= br.length;
      return { rangeOffset: from, rangeLength: Math.max(0, Math.min(breakAt - from, br.length * e.count)), text: '' };
    }
  }
  const found = lineBreak(at);
  if (found < 0) return { rangeOffset: text.length, rangeLength: 0, text: br };
  return e.kind === 'dropBreak' ? { rangeOffset: found, rangeLength: Math.min(text.length - found, br.length * e.count), text: '' } : { rangeOffset: found, rangeLength: 0, text: br.repeat(e.count) };
}

describe('IncrementalAnalyzer, blank lines above a stage direction on its own line', function () {
  // Property runs of 300 documents each: several seconds, more on a loaded machine.
  this.timeout(120_000);
  for (const seed of SEEDS) {
    it(`equals a full analyze() after blank lines added or removed above stage directions, among typing (seed ${seed})`, () => {
      let local = 0;
      let total = 0;
      let movedLocally = 0;
      let filledLocally = 0;
      fc.assert(
        fc.property(
          transcript,
          fc.array(fc.oneof({ weight: 4, arbitrary: blankEdit.map((edit) => ({ blank: edit })) }, { weight: 1, arbitrary: editArbitrary.map((edit) => ({ typed: edit })) }), { minLength: 1, maxLength: 8 }),
          fc.constantFrom<TranscriptFormat | undefined>(undefined, 'markdown'),
          fc.constantFrom(1, 3, 256),
          ({ text: initial, br }, edits, format, blockSize) => {
            const options: AnalysisOptions = format ? { format } : {};
            const analyzer = new IncrementalAnalyzer(options, 'doc.txt', blockSize);
            let text = initial;
            let before = analyzer.update(text);
            for (const e of edits) {
              const change = 'blank' in e ? blankChange(text, br, e.blank) : changeFor(text, e.typed);
              const withinLine = !/[\r\n]/.test(change.text + text.slice(change.rangeOffset, change.rangeOffset + change.rangeLength));
              text = applyChange(text, change);
              const result = analyzer.update(text, [change]);
              const expected = analyze(text, options, 'doc.txt');
              assert.deepStrictEqual(result, expected);
              if ('blank' in e) {
                total++;
                if (analyzer.lastMode === 'line') {
                  local++;
                  // A turn's end that did not just move with the text: the aside was read or skipped anew.
                  const shift = change.text.length - change.rangeLength;
                  if (expected.turns.some((t, i) => before.turns[i] !== undefined && t.span.start === before.turns[i]!.span.start && t.span.end !== before.turns[i]!.span.end && t.span.end !== before.turns[i]!.span.end + shift)) {
                    movedLocally++;
                    // Within one line: a line filled or emptied above a direction (filledAsideTurnEnd).
                    if (withinLine) filledLocally++;
                  }
                }
              }
              before = expected;
            }
          },
        ),
        { seed, numRuns: searchRuns(300) },
      );
      assert.ok(local > total / 5, `only ${local} of ${total} blank-line edits were re-analysed locally`);
      assert.ok(movedLocally > 0, 'no local edit moved a turn onto or off a stage direction');
      assert.ok(filledLocally > 0, 'no line filled or emptied above a stage direction moved a turn\'s end locally');
    });
  }

  it('re-analyses Enter at the end of speech above `（笑）`, and Backspace on the empty line, locally: the turn ends on the direction only under speech', () => {
    for (const br of ['\n', '\r\n']) {
      const text = ['主持人：歡迎各位。', '王芳：我認為這種擔心是多餘的，我們的客戶非常優秀。', '（笑）', '李明：據公司年報，我們去年營收達到420億元。', ''].join(br);
      const at = text.indexOf(`${br}（笑）`);
      const analyzer = new IncrementalAnalyzer();
      analyzer.update(text);
      const entered = applyChange(text, { rangeOffset: at, rangeLength: 0, text: br });
      const split = analyzer.update(entered, [{ rangeOffset: at, rangeLength: 0, text: br }]);
      assert.equal(analyzer.lastMode, 'line', 'Enter');
      assert.deepStrictEqual(split, analyze(entered));
      const speech = split.turns.find((t) => t.speaker === '王芳')!;
      assert.equal(entered.slice(speech.span.end - 3, speech.span.end), '優秀。', 'after a blank line the turn ends before the aside');
      const joined = analyzer.update(text, [{ rangeOffset: at, rangeLength: br.length, text: '' }]);
      assert.equal(analyzer.lastMode, 'line', 'Backspace');
      assert.deepStrictEqual(joined, analyze(text));
      const attached = joined.turns.find((t) => t.speaker === '王芳')!;
      assert.equal(text.slice(attached.span.end - 3, attached.span.end), '（笑）', 'right under the speech the turn ends on it');
    }
  });

  it('re-analyses `李` typed on the empty line above `（笑）`, and deleted again, locally: the direction is the speaker\'s only under the line\'s text', () => {
    for (const br of ['\n', '\r\n']) {
      const text = ['主持人：歡迎各位。', '王芳：我認為這種擔心是多餘的，我們的客戶非常優秀。', '', '（笑）', '李明：據公司年報，我們去年營收達到420億元。', ''].join(br);
      const at = text.indexOf(`${br}${br}（笑）`) + br.length;
      const analyzer = new IncrementalAnalyzer();
      const aside = analyzer.update(text).turns.find((t) => t.speaker === '王芳')!;
      assert.equal(text.slice(aside.span.end - 3, aside.span.end), '優秀。', 'after a blank line the turn ends before the aside');
      const filled = applyChange(text, { rangeOffset: at, rangeLength: 0, text: '李' });
      const read = analyzer.update(filled, [{ rangeOffset: at, rangeLength: 0, text: '李' }]);
      assert.equal(analyzer.lastMode, 'line', 'typed');
      assert.deepStrictEqual(read, analyze(filled));
      const speech = read.turns.find((t) => t.speaker === '王芳')!;
      assert.equal(filled.slice(speech.span.end - 3, speech.span.end), '（笑）', 'under the line\'s text the turn ends on the direction');
      const emptied = analyzer.update(text, [{ rangeOffset: at, rangeLength: 1, text: '' }]);
      assert.equal(analyzer.lastMode, 'line', 'deleted');
      assert.deepStrictEqual(emptied, analyze(text));
    }
  });

  it('analyses an edit above a stage direction in full where the turn scan may read more than its end differently', () => {
    const cases: [string, string[]][] = [
      // A `…question:` line next reads whether the turn has content (the direction gives it some).
      ['a question lead-in below', ['主持人：歡迎各位。', '王芳：', '（笑）', '接下來的問題是：', '我們會繼續投入。', '']],
      // A figure's speaker resumes at the next line of speech; the direction read as speech clears it.
      ['a figure in the document', ['主持人：歡迎各位。', '<figure><img src="a.png"></figure>', '王芳：我認為這種擔心是多餘的。', '（笑）', '']],
      // The line above hands over to a quote; the quote ends the turn where it closes.
      ['a quote above', ['主持人：歡迎各位。', '王芳：他說「我們會繼續投入。」', '（笑）', '']],
    ];
    for (const [name, lines] of cases) {
      const text = lines.join('\n');
      const at = text.indexOf('\n（笑）');
      const analyzer = new IncrementalAnalyzer();
      analyzer.update(text);
      const edited = applyChange(text, { rangeOffset: at, rangeLength: 0, text: '\n' });
      assert.deepStrictEqual(analyzer.update(edited, [{ rangeOffset: at, rangeLength: 0, text: '\n' }]), analyze(edited), name);
      assert.equal(analyzer.lastMode, 'full', name);
    }
  });

  it('analyses in full the emptying of the speech right under an aside set apart by a blank line: the turn then ends above the aside', () => {
    // Found by the name-line property test: `Tom Baker` / blank / `（笑）` / speech; emptying the speech moved the turn's end onto the aside.
    const text = ['Tom Baker', 'Tom Baker', '', '（笑）', 'I think curiosity is the most important skill.', 'Tom Baker:  Thank you.'].join('\n');
    const start = text.indexOf('I think');
    const change = { rangeOffset: start, rangeLength: text.indexOf('\nTom Baker:') - start, text: '' };
    const analyzer = new IncrementalAnalyzer();
    analyzer.update(text);
    const edited = applyChange(text, change);
    assert.deepStrictEqual(analyzer.update(edited, [change]), analyze(edited));
    assert.ok(!analyze(edited).turns.some((t) => edited.slice(t.span.start, t.span.end).includes('（笑）')), 'the aside is no one\'s');
  });

  it('analyses an edit in full where the turn gains or loses content that a `…question:` line below reads', () => {
    // `…question:` closes a turn that has content; a label line alone gives none (only lines read after it do).
    const cases: [string, string[], { rangeOffset: number; rangeLength: number; text: string } | ((text: string) => { rangeOffset: number; rangeLength: number; text: string })][] = [
      ['a line joined to its label line', ['主持人：歡迎各位。', '王芳：我認為這種擔心是多餘的，', '我們的客戶非常優秀。', '接下來的問題是：', '我們會繼續投入。', ''], (text) => ({ rangeOffset: text.indexOf('\n我們的客戶'), rangeLength: 1, text: '' })],
      ['a character typed on the empty line under a label line', ['主持人：歡迎各位。', '王芳：我認為這種擔心是多餘的。', '', '接下來的問題是：', '我們會繼續投入。', ''], (text) => ({ rangeOffset: text.indexOf('\n\n') + 1, rangeLength: 0, text: '李' })],
      ['a label typed on a line of speech', ['主持人：歡迎各位。', '王芳：我認為這種擔心是多餘的。', '李明好的', '接下來的問題是：', '我們會繼續投入。', ''], (text) => ({ rangeOffset: text.indexOf('好的'), rangeLength: 0, text: '：' })],
    ];
    for (const [name, lines, changeOf] of cases) {
      const text = lines.join('\n');
      const change = typeof changeOf === 'function' ? changeOf(text) : changeOf;
      const analyzer = new IncrementalAnalyzer();
      analyzer.update(text);
      const edited = applyChange(text, change);
      // The edit does change where the turn ends: the question line is read into it or closes it.
      const questionInATurn = (doc: string): boolean => analyze(doc).turns.some((t) => doc.slice(t.span.start, t.span.end).includes('接下來的問題是'));
      assert.notEqual(questionInATurn(edited), questionInATurn(text), name);
      assert.deepStrictEqual(analyzer.update(edited, [change]), analyze(edited), name);
      assert.equal(analyzer.lastMode, 'full', name);
    }
  });
});
