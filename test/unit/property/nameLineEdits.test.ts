import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze } from '../../../src/core/analysis/analyze';
import { IncrementalAnalyzer } from '../../../src/core/analysis/incremental';
import type { AnalysisOptions, TranscriptFormat } from '../../../src/core/analysis/model';
import { LineIndex } from '../../../src/core/text/positions';
import { isListItemShapedLine, Kind, scanLines } from '../../../src/core/topics/lineScan';
import { skipSpaces } from '../../../src/core/turns/chars';
import { applyChange, typedChange } from './arbitraries';
import { replayTypedEdits } from './typedEditReplay';
import { searchRuns } from '../searchBudget';

// Line breaks and blank lines near a name on a line of its own (issue 13, session 21). Such a line speaks when
// one of the few lines of text above it mentions it (outline.ts, isIntroducedAbove), so an edit above it may
// change the outline; the local path reads the search in both texts. A time alone may stand between a name and its
// speech (session 26). Every result must equal analyze().

const SEEDS = [20261204, 7, 424242];

/** Names alone on a line (recurring ones make the document name its speakers so), and lines introducing them. */
const NAMES = ['Tom Baker', 'Tom Baker', 'John Doe', 'Amy Chen', 'JANE SMITH', '人才與教育'];
const INTRODUCTIONS = [
  'Our next question comes from John Doe with Morgan Stanley.', 'Next is Amy Chen from Reuters, please go ahead.',
  'JANE SMITH asked about the plan.', '- John Doe', '- 人才與教育', '本期重點:',
];
const SPEECH = [
  'I think curiosity is the most important skill.', 'We expect revenue to grow 12 percent next year.', 'and it carries on in lower case',
  '我認為這種擔心是多餘的，我們的客戶非常優秀。', '據公司年報，我們去年營收達到420億元。', 'Tom Baker:  Thank you.', '李明：好的。', '（笑）',
];
/** A time alone on its line, as a meeting app's copied transcript puts one between the name and the speech. */
const TIMES = ['0:06', '00:01:02', '[01:02]'];
const transcript = fc
  .tuple(
    fc.array(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...SPEECH) }, { weight: 2, arbitrary: fc.constantFrom(...NAMES) }, { weight: 2, arbitrary: fc.constantFrom(...INTRODUCTIONS) }, { weight: 1, arbitrary: fc.constantFrom(...TIMES) }, { weight: 3, arbitrary: fc.constant('') }), { minLength: 4, maxLength: 24 }),
    fc.constantFrom('\n', '\r\n', '\r'),
  )
  .map(([lines, br]) => ({ text: lines.join(br), br }));

/**
 * Two recurring name lines, then a stretch of introductions, speech and blank lines above a name that speaks
 * once: whether a line within reach mentions it decides whether it speaks, and edits land in that stretch.
 */
const introducedTranscript = fc
  .tuple(
    fc.array(fc.oneof({ weight: 2, arbitrary: fc.constantFrom(...SPEECH, 'Our next question comes from John Doe with Morgan Stanley.', 'John Doe asked about it.') }, { weight: 3, arbitrary: fc.constant('') }), { minLength: 2, maxLength: 12 }),
    fc.constantFrom('\n', '\r\n'),
  )
  .map(([middle, br]) => ({ text: ['Tom Baker', 'I think curiosity is the most important skill.', '', 'Tom Baker', 'We expect revenue to grow 12 percent next year.', '', ...middle, 'John Doe', 'I have a question about margins.', ''].join(br), br }));

const edit = fc.record({
  at: fc.integer({ min: 0, max: 1000 }).map((n) => n / 1000),
  kind: fc.constantFrom('enterAtEnd', 'enterAtEnd', 'enter', 'dropBreak', 'dropBreak', 'fillBlank', 'emptyLine', 'type'),
  count: fc.integer({ min: 1, max: 2 }),
  typed: fc.constantFrom('a', 'John Doe', '李', 'Amy Chen', '。', '0:06', '5', ':'),
});


/** A name line within reach below `offset` (the search for a name's introduction reads 8 lines). */
function nameLineBelow(text: string, br: string, offset: number): boolean {
  const below = text.slice(offset).split(br).slice(1, 11);
  return below.some((line) => NAMES.includes(line));
}

/** Lines with a line break, joined by `br`. */
function doc(lines: readonly string[], br = '\n'): string {
  return lines.join(br);
}

describe('IncrementalAnalyzer, name lines introduced by the lines above them', function () {
  // Property runs of 300 documents each: several seconds, more on a loaded machine.
  this.timeout(120_000);
  for (const seed of SEEDS) {
    it(`equals a full analyze() after line breaks and blank lines near name lines (seed ${seed})`, () => {
      let local = 0;
      let total = 0;
      let localNearName = 0;
      fc.assert(
        fc.property(transcript, fc.array(edit, { minLength: 1, maxLength: 8 }), fc.constantFrom<TranscriptFormat | undefined>(undefined, 'markdown'), fc.constantFrom(1, 3, 256), ({ text: initial, br }, edits, format, blockSize) => {
          const options: AnalysisOptions = format ? { format } : {};
          const onEdit = (change: { rangeOffset: number }, before: string, kept: boolean): void => {
            if (kept && nameLineBelow(before, br, change.rangeOffset)) localNearName++;
          };
          const replayed = replayTypedEdits(initial, br, edits, 'doc.txt', { options, blockSize, onEdit });
          local += replayed.local;
          total += replayed.total;
        }),
        { seed, numRuns: searchRuns(300) },
      );
      assert.ok(local > total / 10, `only ${local} of ${total} edits were re-analysed locally`);
      // The relaxed check must be exercised: edits with a name line within reach below that stayed local.
      assert.ok(localNearName > total / 20, `only ${localNearName} of ${total} edits near a name line were re-analysed locally`);
    });
  }

  for (const seed of SEEDS) {
    it(`equals a full analyze() after edits above a name line that its introduction may reach (seed ${seed})`, () => {
      let local = 0;
      let total = 0;
      fc.assert(
        fc.property(introducedTranscript, fc.array(edit, { minLength: 1, maxLength: 6 }), ({ text: initial, br }, edits) => {
          const analyzer = new IncrementalAnalyzer();
          let text = initial;
          analyzer.update(text);
          for (const e of edits) {
            // Edits above the name line: positions within the stretch above it.
            const limit = text.indexOf(`${br}John Doe${br}`);
            const change = typedChange(text.slice(0, Math.max(0, limit)), br, e);
            text = applyChange(text, change);
            const result = analyzer.update(text, [change]);
            total++;
            if (analyzer.lastMode === 'line') local++;
            assert.deepStrictEqual(result, analyze(text));
          }
        }),
        { seed, numRuns: searchRuns(300) },
      );
      assert.ok(local > total / 10, `only ${local} of ${total} edits were re-analysed locally`);
    });
  }

  it('analyses an edit in full where it moves the introduction of a name line into or out of reach', () => {
    // `John Doe` is introduced by the line 8 lines above it (the furthest the search reads), `Tom Baker` recurs.
    const lines = [
      'Tom Baker', 'I think curiosity is the most important skill.', '', 'Tom Baker', 'We expect revenue to grow 12 percent next year.', '',
      'Our next question comes from John Doe with Morgan Stanley.', '', '', '', '', '', '', 'Thank you.', 'John Doe', 'I have a question about margins.', '',
    ];
    for (const br of ['\n', '\r\n']) {
      const text = doc(lines, br);
      const at = text.indexOf('Stanley.') + 'Stanley.'.length;
      const entered = { rangeOffset: at, rangeLength: 0, text: br };
      const edited = applyChange(text, entered);
      // The edit does change the reading: John Doe speaks before it, not after.
      assert.ok(analyze(text).speakers.some((s) => s.name === 'John Doe'));
      assert.ok(!analyze(edited).speakers.some((s) => s.name === 'John Doe'));
      const analyzer = new IncrementalAnalyzer();
      analyzer.update(text);
      assert.deepStrictEqual(analyzer.update(edited, [entered]), analyze(edited));
      assert.equal(analyzer.lastMode, 'full', 'an empty line pushing the introduction out of reach');
      // And back: removing it brings the introduction into reach again.
      assert.deepStrictEqual(analyzer.update(text, [{ rangeOffset: at, rangeLength: br.length, text: '' }]), analyze(text));
      assert.equal(analyzer.lastMode, 'full', 'an empty line removed, bringing the introduction into reach');
      // Typing the name on an empty line within reach introduces it.
      const unintroduced = doc(lines.map((line) => line.replace('John Doe with ', '')), br);
      const blank = unintroduced.indexOf(br + br + br) + br.length;
      const typed = { rangeOffset: blank, rangeLength: 0, text: 'John Doe' };
      analyzer.update(unintroduced);
      const named = applyChange(unintroduced, typed);
      assert.deepStrictEqual(analyzer.update(named, [typed]), analyze(named));
      assert.equal(analyzer.lastMode, 'full', 'the name typed on an empty line within reach');
    }
  });

  it('re-analyses Enter and Backspace above a name-shaped title locally when nothing within reach mentions it', () => {
    // A section title under its list (the list item names it, but a list item ends the search), speech above.
    const text = doc([
      '主持人：歡迎各位。', '李明：我認為這種擔心是多餘的，', '我們的客戶非常優秀。明年很可能會再擴建兩座工廠。', '', '本期重點:', '- Market Outlook', '- 人才與教育', '',
      'Market Outlook', '據公司年報，我們去年營收達到420億元。', '李明：好的。', '', 'Tom Baker', 'I think curiosity is the most important skill.', '', 'Tom Baker', 'We expect revenue to grow 12 percent next year.', '',
    ]);
    const analyzer = new IncrementalAnalyzer();
    analyzer.update(text);
    const end = text.indexOf('\n', text.indexOf('我們的客戶'));
    const mid = text.indexOf('明年');
    for (const change of [{ rangeOffset: end, rangeLength: 0, text: '\n' }, { rangeOffset: end, rangeLength: 1, text: '' }, { rangeOffset: mid, rangeLength: 0, text: '\n' }, { rangeOffset: mid, rangeLength: 1, text: '' }]) {
      const edited = applyChange(analyzer.lines!.text, change);
      assert.deepStrictEqual(analyzer.update(edited, [change]), analyze(edited));
      assert.equal(analyzer.lastMode, 'line', JSON.stringify(change));
    }
  });

  it('reads a line as list-item-shaped only where the outline never files it as text', () => {
    const piece = fc.constantFrom('- ', '-', '* ', '1. ', '12) ', '一、', '• ', '  ', ' '.repeat(130), 'John Doe', '人才與教育', '-5%', '**bold**', '```', '---', '😀');
    let shaped = 0;
    fc.assert(
      fc.property(fc.array(fc.array(piece, { minLength: 1, maxLength: 4 }).map((pieces) => pieces.join('')), { minLength: 1, maxLength: 12 }), fc.constantFrom<TranscriptFormat>('plain', 'markdown'), (lineTexts, format) => {
        const lines = new LineIndex(lineTexts.join('\n'));
        const { kinds } = scanLines(lines, format, {});
        for (let line = 0; line < lines.lineCount; line++) {
          const start = skipSpaces(lines.text, lines.lineStart(line), lines.lineEnd(line));
          if (start === lines.lineEnd(line) || !isListItemShapedLine(lines.text, start, lines.lineEnd(line))) continue;
          shaped++;
          assert.notEqual(kinds[line], Kind.Text, JSON.stringify(lines.lineText(line)));
        }
      }),
      { seed: SEEDS[0], numRuns: searchRuns(500) },
    );
    assert.ok(shaped > 100, `only ${shaped} list-item-shaped lines`);
  });
});
