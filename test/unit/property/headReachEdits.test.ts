import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze } from '../../../src/core/analysis/analyze';
import { IncrementalAnalyzer } from '../../../src/core/analysis/incremental';
import { LineIndex } from '../../../src/core/text/positions';
import { headFieldReading } from '../../../src/core/turns/headFields';
import { fieldRunReading } from '../../../src/core/turns/fieldBlocks';
import { applyChange } from './arbitraries';
import { searchRuns } from '../searchBudget';

// Issue 13, session 34 (perf19): the head's fields over lists and runs of field lines are read up to the first label
// that speaks. A keystroke below that line keeps them without reading the new text's first 400 lines; the line is
// carried through local edits below it and read again after an edit above it.

/** Fields over lists, field lines, labels alone and labels that speak. */
const LINES = ['PRESIDING:', 'Senator Jones', 'Senator Smith', 'Duration: 600 seconds', 'Date: 2024-05-01', 'SPEAKERS:', 'JONES: Good morning. We begin.', 'SMITH: Thank you, Chair.', 'Tom Baker', ''];
const TYPED = ['\n', ':', '.', 'x', ' we spoke long', 'JONES: Hi.', 'Date: ', ''];

const HEAD = ['PRESIDING:', 'Senator Jones', 'Senator Smith', 'Senator Brown', 'Duration: 600 seconds', 'Date: 2024-05-01', 'JONES: Good morning. We begin.'];
const BODY = Array.from({ length: 12 }, (_, i) => (i % 2 ? 'SMITH: Thank you, Chair. We agree on the plan.' : 'JONES: The next item is the budget for the year.'));

describe('IncrementalAnalyzer, the head read up to its first label that speaks', function () {
  this.timeout(300_000);

  it('reads the head\'s fields and field runs up to the first label that speaks (and the lines its reading looks at)', () => {
    const lines = new LineIndex([...HEAD, ...BODY].join('\n'));
    const fields = headFieldReading(lines, {});
    assert.notEqual(fields.key, '', 'PRESIDING: over three names is a field');
    assert.equal(fields.lastRead, HEAD.length - 1 + 2);
    const runs = fieldRunReading(lines, {});
    assert.notEqual(runs.key, '', 'Duration and Date are a run of fields');
    assert.equal(runs.lastRead, HEAD.length - 1 + 2);
    // Without a label that speaks, every head line counts.
    assert.equal(headFieldReading(new LineIndex(HEAD.slice(0, -1).join('\n')), {}).lastRead, HEAD.length - 1);
  });

  it('equals a full analysis through keystrokes below the head and then an edit that turns the speaking label into a field', () => {
    let text = [...HEAD, ...BODY].join('\n');
    const analyzer = new IncrementalAnalyzer({}, 'hearing.txt');
    analyzer.update(text);
    const below = text.indexOf('budget', text.indexOf('budget') + 1);
    for (let i = 0; i < 5; i++) {
      const change = { rangeOffset: below + i, rangeLength: 0, text: 'x' };
      text = applyChange(text, change);
      assert.deepStrictEqual(analyzer.update(text, [change]), analyze(text, {}, 'hearing.txt'));
      assert.equal(analyzer.lastMode, 'line');
    }
    // `JONES:` alone over the body: the head's first speaking label moves down, and the fields with it.
    const sentence = ' Good morning. We begin.';
    const change = { rangeOffset: text.indexOf(sentence), rangeLength: sentence.length, text: '' };
    text = applyChange(text, change);
    assert.deepStrictEqual(analyzer.update(text, [change]), analyze(text, {}, 'hearing.txt'));
  });

  const transcript = fc.array(fc.constantFrom(...LINES), { minLength: 3, maxLength: 20 }).map((lines) => lines.join('\n'));
  const edit = fc.record({ at: fc.integer({ min: 0, max: 1000 }).map((n) => n / 1000), removed: fc.integer({ min: 0, max: 4 }), typed: fc.constantFrom(...TYPED) });

  it('equals a full analysis through chains of edits above and below the first label that speaks, and decides as a fresh analyzer', () => {
    let local = 0;
    let total = 0;
    fc.assert(
      fc.property(transcript, fc.array(edit, { minLength: 1, maxLength: 10 }), (initial, edits) => {
        const analyzer = new IncrementalAnalyzer({}, 'hearing.txt');
        let text = initial;
        analyzer.update(text);
        for (const e of edits) {
          const at = Math.min(text.length, Math.floor(e.at * (text.length + 1)));
          const change = { rangeOffset: at, rangeLength: Math.min(e.removed, text.length - at), text: e.typed };
          const fresh = new IncrementalAnalyzer({}, 'hearing.txt');
          fresh.update(text);
          text = applyChange(text, change);
          const freshLocal = fresh.updateLocally(text, [change]) !== undefined;
          assert.deepStrictEqual(analyzer.update(text, [change]), analyze(text, {}, 'hearing.txt'));
          assert.equal(analyzer.lastMode === 'line', freshLocal, 'local as a fresh analyzer decides');
          total++;
          if (analyzer.lastMode === 'line') local++;
        }
      }),
      { seed: 20261206, numRuns: searchRuns(300) },
    );
    assert.ok(local > total / 8, `only ${local} of ${total} edits were re-analysed locally`);
  });
});
