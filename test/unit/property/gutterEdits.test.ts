import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze, turnsInBlankedGutter } from '../../../src/core/analysis/analyze';
import { IncrementalAnalyzer } from '../../../src/core/analysis/incremental';
import { runAnalysisJob } from '../../../src/core/analysis/job';
import { packAnalysis, packedParts, unpackAnalysis, type PackedAnalysis } from '../../../src/core/analysis/packed';
import { ChunkedText } from '../../../src/core/text/chunkedText';
import { readLineNumberGutter, withGutterNumbersBlanked } from '../../../src/core/text/lineNumberGutter';
import { LineIndex } from '../../../src/core/text/positions';
import { possibleSummaryItemTexts } from '../../../src/core/topics/summaryLinking';
import { inlineLabelCandidates } from '../../../src/core/turns/inlineHandOvers';
import { applyChange, changeFor, editArbitrary } from './arbitraries';
import { searchRuns } from '../searchBudget';

// A stenographic record numbers every line in a gutter (lineNumberGutter.ts); the analysis reads its lines with
// the numbers blanked. An edit after a line's number that keeps the line's gutter reading is re-analysed locally
// in those blanked lines (IncrementalAnalyzer.updateInGutter); in a record with too few numbered lines for a
// gutter, whose reading hangs on their share, such an edit keeps the reading. Every result must equal analyze().

const SEEDS = [20261206, 33, 171717];

const SPEECH = [
  'Q.   And did you review the file before the hearing?', 'A.   Yes, I did.', 'MR. HENDERSON:   Objection, form.', 'THE COURT:   Overruled.',
  'CHANCELLOR JOHNSON:   Certainly.', 'So this is something that I started', 'looking into when I first became chancellor.',
  'academic freedom, transparency, and being', 'open about what is going on where.    All very', 'valid and very important.',
  'We expect enrollment to grow by 12 percent next year.', 'I think the budget is too small.', 'EXAMINATION', '(Exhibit 3A marked.)',
  'years.    Turns out we have six Confucius', '', 'Q.', 'Prices rose 40% in 2019, and',
];

/** Pages of numbered lines (1…25 each), single- or double-spaced, a page number over each page, now and then a line with no number. */
const record = fc
  .tuple(fc.array(fc.tuple(fc.constantFrom(...SPEECH), fc.integer({ min: 0, max: 19 })), { minLength: 22, maxLength: 70 }), fc.boolean(), fc.constantFrom('\n', '\r\n'), fc.boolean())
  .map(([lines, double, br, wrapped]) => {
    const out: string[] = [];
    lines.forEach(([speech, roll], i) => {
      const n = (i % 25) + 1;
      if (n === 1) out.push(`${' '.repeat(40)}${Math.floor(i / 25) + 2}`);
      // A line with no number (a note typed in), or a number alone (an empty line of the page).
      out.push(roll === 0 ? speech : roll === 1 || speech === '' ? String(n).padStart(2) : `${String(n).padStart(2)}${roll % 2 ? '   ' : '\t'}${speech}`);
      // A title page's wrapped lines under their numbers: too few numbered lines for a gutter, enough that the share decides.
      if (wrapped && roll % 2 === 0) out.push(`       ${speech}`);
      if (double) out.push('');
    });
    return { text: out.join(br) + br, br };
  });

/** Typing inside a line's speech: a letter, a terminator, a word, or a deletion, at the offset found from `at`. */
const speechEdit = fc.record({
  at: fc.integer({ min: 0, max: 10_000 }).map((n) => n / 10_000),
  put: fc.constantFrom('e', 'e', ' ', '.', '?', ',', ' and', ':', 'Q', '', '', '12', '\t'),
});

function speechChange(text: string, e: { at: number; put: string }): { rangeOffset: number; rangeLength: number; text: string } {
  const at = Math.min(text.length - 1, Math.floor(e.at * text.length));
  return e.put === '' ? { rangeOffset: at, rangeLength: text.charCodeAt(at) === 10 || text.charCodeAt(at) === 13 ? 0 : 1, text: '' } : { rangeOffset: at, rangeLength: 0, text: e.put };
}

describe('IncrementalAnalyzer, records with a line-number gutter', function () {
  this.timeout(180_000);
  for (const seed of SEEDS) {
    it(`equals a full analyze() after typing in numbered lines (seed ${seed})`, () => {
      let local = 0;
      let gutters = 0;
      let sharedLocal = 0;
      const runs = searchRuns(200);
      fc.assert(
        fc.property(
          record,
          fc.array(fc.oneof({ weight: 4, arbitrary: speechEdit.map((edit) => ({ speech: edit })) }, { weight: 1, arbitrary: editArbitrary.map((edit) => ({ typed: edit })) }), { minLength: 1, maxLength: 8 }),
          fc.constantFrom(1, 3, 256),
          fc.boolean(),
          ({ text: initial }, edits, blockSize, chunked) => {
            const analyzer = new IncrementalAnalyzer({}, 'record.txt', blockSize);
            let text = initial;
            const source = (value: string): string | ChunkedText => (chunked ? ChunkedText.of(value, 64) : value);
            analyzer.update(source(text));
            if (readLineNumberGutter(new LineIndex(text)).hasGutter) gutters++;
            for (const e of edits) {
              const change = 'speech' in e ? speechChange(text, e.speech) : changeFor(text, e.typed);
              text = applyChange(text, change);
              const result = analyzer.update(source(text), [change]);
              assert.deepStrictEqual(result, analyze(text, {}, 'record.txt'));
              const reading = readLineNumberGutter(new LineIndex(text));
              if (analyzer.lastMode === 'line' && reading.hasGutter) local++;
              if (analyzer.lastMode === 'line' && !reading.hasGutter && !reading.stableWithoutNumberedLines) sharedLocal++;
            }
          },
        ),
        { seed, numRuns: runs },
      );
      // Most records read as numbered; most typing in them stays local.
      assert.ok(gutters > runs / 4 && gutters < runs, `${gutters} of ${runs} records read with a gutter`);
      assert.ok(local > runs / 2, `only ${local} edits in ${runs} runs of gutter records were re-analysed locally`);
      assert.ok(sharedLocal > runs / 10, `only ${sharedLocal} edits in ${runs} runs of records whose share of numbered lines decides were re-analysed locally`);
    });
  }

  it('re-analyses locally after adopting a worker\'s packed analysis, equal to a full analyze()', () => {
    const lines: string[] = [];
    for (let n = 0; n < 75; n++) lines.push(`${String((n % 25) + 1).padStart(2)}   ${SPEECH[n % 15]}`, '');
    let text = lines.join('\n');
    const result = runAnalysisJob({ text, fileName: 'record.txt' }, { isCancelled: () => false }, () => 0);
    assert.ok(result.status === 'done' && result.lines);
    const analyzer = new IncrementalAnalyzer({}, 'record.txt');
    analyzer.adopt(text, unpackAnalysis(structuredClone(packAnalysis(result.analysis, result.lines))));
    let local = 0;
    for (const word of ['chancellor', 'budget', 'review', 'Overruled', 'freedom']) {
      const at = text.indexOf(word) + 2;
      const change = { rangeOffset: at, rangeLength: 0, text: 'x' };
      text = applyChange(text, change);
      assert.deepStrictEqual(analyzer.update(text, [change]), analyze(text, {}, 'record.txt'));
      if (analyzer.lastMode === 'line') local++;
    }
    assert.ok(local >= 4, `${local} of 5 edits local`);
  });
});

describe('IncrementalAnalyzer, the first keystrokes in a record with a line-number gutter', () => {
  /** A 400-line record, its worker's packed result (as `edit` changes it) adopted through a text that counts what is read of it. */
  function adoptedRecord(edit: (packed: PackedAnalysis) => PackedAnalysis = (packed) => packed): { text: string; adopted: ChunkedText; analyzer: IncrementalAnalyzer; readsOf: (work: () => unknown) => number } {
    const lines: string[] = [];
    for (let n = 0; n < 400; n++) lines.push(`${String((n % 25) + 1).padStart(2)}   ${SPEECH[n % 15]}`);
    const text = lines.join('\n');
    const result = runAnalysisJob({ text, fileName: 'record.txt' }, { isCancelled: () => false }, () => 0);
    assert.ok(result.status === 'done' && result.lines);
    let reads = 0;
    const adopted = ChunkedText.of(text, 64, false);
    const methods = adopted as unknown as Record<string, (...args: unknown[]) => unknown>;
    for (const name of ['charCodeAt', 'charAt', 'slice', 'indexOf', 'lastIndexOf', 'startsWith', 'endsWith', 'includes']) {
      const read = methods[name]!.bind(adopted);
      methods[name] = (...args) => (reads++, read(...args));
    }
    const analyzer = new IncrementalAnalyzer({}, 'record.txt');
    analyzer.adopt(adopted, unpackAnalysis(structuredClone(edit(packAnalysis(result.analysis, result.lines)))));
    const readsOf = (work: () => unknown): number => {
      reads = 0;
      work();
      return reads;
    };
    return { text, adopted, analyzer, readsOf };
  }

  it('blanks the lines once for the rehearsed keystrokes and the first one typed after them', () => {
    // Without the blanked lines' parts a worker sends (an older one's message): blanking the gutter reads every line.
    const record = adoptedRecord(({ gutterNumberRuns: _runs, ...packed }) => packed);
    const { adopted, analyzer, readsOf } = record;
    let { text } = record;
    const typed = (word: string): { rangeOffset: number; rangeLength: number; text: string } => ({ rangeOffset: text.indexOf(word) + 2, rangeLength: 0, text: 'x' });
    const first = typed('budget');
    const second = typed('chancellor');
    const firstRehearsal = readsOf(() => assert.ok(analyzer.rehearse(adopted.edited(first.rangeOffset, 0, 'x'), first)));
    const secondRehearsal = readsOf(() => assert.ok(analyzer.rehearse(adopted.edited(second.rangeOffset, 0, 'x'), second)));
    const keystroke = typed('review');
    text = applyChange(text, keystroke);
    let analysis: unknown;
    const typing = readsOf(() => (analysis = analyzer.update(adopted.edited(keystroke.rangeOffset, 0, 'x'), [keystroke])));
    assert.equal(analyzer.lastMode, 'line');
    assert.deepStrictEqual(analysis, analyze(text, {}, 'record.txt'));
    // The first rehearsal blanks the record's 400 lines; the others read the edited line and its neighbours.
    assert.ok(firstRehearsal > 400, `the first rehearsal read ${firstRehearsal} times`);
    assert.ok(secondRehearsal * 4 < firstRehearsal, `the second rehearsal read ${secondRehearsal} times, the first ${firstRehearsal}`);
    assert.ok(typing * 4 < firstRehearsal, `the keystroke read ${typing} times, the first rehearsal ${firstRehearsal}`);
  });

  it("takes the blanked lines from the worker's message: the first rehearsal reads only around its edit", () => {
    const { text, adopted, analyzer, readsOf } = adoptedRecord();
    const rehearsed = { rangeOffset: text.indexOf('budget') + 2, rangeLength: 0, text: 'x' };
    const rehearsal = readsOf(() => assert.ok(analyzer.rehearse(adopted.edited(rehearsed.rangeOffset, 0, 'x'), rehearsed)));
    // Blanking the gutter here would read each of the 400 lines (the test above: over 400 reads).
    assert.ok(rehearsal < 200, `the first rehearsal read ${rehearsal} times`);
    // The blanked lines so made give what analyze() gives, after a keystroke and after one more on another line.
    let typed = text;
    let chunks = adopted;
    for (const word of ['review', 'chancellor']) {
      const keystroke = { rangeOffset: typed.indexOf(word) + 2, rangeLength: 0, text: 'x' };
      typed = applyChange(typed, keystroke);
      chunks = chunks.edited(keystroke.rangeOffset, 0, 'x');
      const analysis = analyzer.update(chunks, [keystroke]);
      assert.equal(analyzer.lastMode, 'line');
      assert.deepStrictEqual(analysis, analyze(typed, {}, 'record.txt'));
    }
  });
});

describe('packed gutter turn starts', () => {
  it('refuses malformed ones, as any other malformed part of the message', () => {
    const lines: string[] = [];
    for (let n = 0; n < 30; n++) lines.push(`${String((n % 25) + 1).padStart(2)}   ${SPEECH[n % 5]}`);
    const text = lines.join('\n');
    const result = runAnalysisJob({ text, fileName: 'record.txt' }, { isCancelled: () => false }, () => 0);
    assert.ok(result.status === 'done' && result.lines);
    const packed = packAnalysis(result.analysis, result.lines);
    // The labelled turns open on their numbers; in the blanked lines, at their labels.
    assert.ok(packed.gutterTurnStarts && packed.gutterTurnStarts.length >= 2);
    assert.doesNotThrow(() => unpackAnalysis(packed));
    const turns = result.analysis.turns.length;
    const pastEnd = result.analysis.turns[0]!.span.end + 1;
    const malformed = [Int32Array.of(0), Int32Array.of(turns, 10), Int32Array.of(-1, 10), Int32Array.of(1, 10, 1, 12), Int32Array.of(0, -5), Int32Array.of(0, pastEnd)];
    for (const [i, gutterTurnStarts] of malformed.entries()) assert.throws(() => unpackAnalysis({ ...packed, gutterTurnStarts }), RangeError, `case ${i}`);
  });

  it("carry the blanked lines' parts: where the numbers are blanked, the turns there, their summary items and inline labels", () => {
    // A record whose answers hand over inside a line (`… yes.  MR. COLE: And …`), one of them next to a number.
    const lines: string[] = [];
    for (let n = 0; n < 60; n++) lines.push(`${String((n % 25) + 1).padStart(2)}   ${n % 7 === 3 ? 'A.   That is right, yes.  MR. COLE:  And the rest?' : SPEECH[n % 15]}`);
    const text = lines.join('\n');
    const result = runAnalysisJob({ text, fileName: 'record.txt' }, { isCancelled: () => false }, () => 0);
    assert.ok(result.status === 'done' && result.lines);
    const packed = structuredClone(packAnalysis(result.analysis, result.lines));
    assert.ok(packed.gutterNumberRuns && packed.gutterSummaryItemTexts && packed.gutterInlineLabelCandidates);
    // The document's own candidates are not sent: no edit of a gutter document reads them.
    assert.equal(packed.inlineLabelCandidates, undefined);
    const blankedText = withGutterNumbersBlanked(new LineIndex(text));
    assert.ok(packed.gutterInlineLabelCandidates.some((label) => label.startsWith('MR. COLE')), String(packed.gutterInlineLabelCandidates));
    assert.deepStrictEqual(new Set(packed.gutterInlineLabelCandidates), inlineLabelCandidates(blankedText));
    assert.deepStrictEqual(new Set(packed.gutterSummaryItemTexts), possibleSummaryItemTexts(new LineIndex(blankedText)));
    assert.equal(ChunkedText.of(text, 50).withSpacesAt(packed.gutterNumberRuns).toString(), blankedText);
    const parts = packedParts(unpackAnalysis(packed))!;
    assert.deepStrictEqual(parts.blankedTurns!.items(0, parts.blankedTurns!.count), turnsInBlankedGutter(result.analysis));
    // A turn's start there is its label's, after the blanked number.
    assert.ok(parts.blankedTurns!.items(0, 1)[0]!.span.start > text.indexOf('Q.') - 1);
  });
});
