import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze } from '../../../src/core/analysis/analyze';
import { IncrementalAnalyzer } from '../../../src/core/analysis/incremental';
import { applyChange } from './arbitraries';
import { replayTypedEdits } from './typedEditReplay';
import { searchRuns } from '../searchBudget';

// Parliament pages copied from the web put a member's card over each speech (`Photo of Ann Lee Ann Lee Labour`,
// `Ann Lee Portrait Ann Lee (Dale) (Lab)`): cards are read across the document (a frame used twice, portraitLines.ts),
// so an edit that makes, unmakes or renames one must fall back. Every result must equal analyze().

const SEEDS = [20261207, 23, 40404];

const CARDS = [
  'Photo of Ann Lee Ann Lee Labour, Dale', 'Photo of Bo Tan Bo Tan Minister of State', 'Ann Lee Portrait Ann Lee (Dale) (Lab)',
  'Bo Tan Portrait The Minister for Roads (Bo Tan)', 'Bo Tan Portrait Bo Tan', '- Hansard - - - Excerpts', '2:31 pm, 4 March 2025',
];
const SPEECH = [
  'I beg to move that this House has considered rural buses.', 'Will the hon. Member give way?', 'Fares rose 12% last year.',
  'The Department will publish guidance in the spring.', 'and it carries on in lower case', 'Ann Lee raised this before.',
];

const debate = fc
  .tuple(
    fc.array(fc.oneof({ weight: 2, arbitrary: fc.constantFrom(...CARDS) }, { weight: 3, arbitrary: fc.constantFrom(...SPEECH) }, { weight: 2, arbitrary: fc.constant('') }), { minLength: 3, maxLength: 18 }),
    fc.constantFrom('\n', '\r\n'),
  )
  .map(([body, br]) => ({ text: ['Rural Buses', '', ...body].join(br), br }));

const edit = fc.record({
  at: fc.integer({ min: 0, max: 1000 }).map((n) => n / 1000),
  kind: fc.constantFrom('enterAtEnd', 'enter', 'dropBreak', 'fillBlank', 'emptyLine', 'type', 'type'),
  count: fc.integer({ min: 1, max: 4 }),
  typed: fc.constantFrom('a', ' Portrait', 'Photo of ', 'Ann Lee', 'Bo Tan ', '(Bo Tan)', '.', ' ', 'Thank you. '),
});

describe('IncrementalAnalyzer, member cards over speeches', function () {
  // Property runs of 300 documents each: several seconds, more on a loaded machine.
  this.timeout(120_000);
  for (const seed of SEEDS) {
    it(`equals a full analyze() after edits in and around the cards (seed ${seed})`, () => {
      let local = 0;
      let total = 0;
      fc.assert(
        fc.property(debate, fc.array(edit, { minLength: 1, maxLength: 6 }), ({ text: initial, br }, edits) => {
          const replayed = replayTypedEdits(initial, br, edits, 'debate.txt');
          local += replayed.local;
          total += replayed.total;
        }),
        { seed, numRuns: searchRuns(300) },
      );
      // Edits inside speech stay local.
      assert.ok(local > total / 20, `only ${local} of ${total} edits were re-analysed locally`);
    });
  }

  it('analyses an edit that unmakes a card in full, and the speech under it changes speaker', () => {
    const text = ['Photo of Ann Lee Ann Lee Labour', '', 'Fares rose.', '', 'Photo of Bo Tan Bo Tan Green', '', 'They did not.', ''].join('\n');
    assert.equal(analyze(text, {}, 'debate.txt').turns.at(-1)?.speaker, 'Bo Tan');
    const at = text.indexOf('Bo Tan Green');
    const change = { rangeOffset: at, rangeLength: 'Bo Tan '.length, text: '' };
    const edited = applyChange(text, change);
    const analyzer = new IncrementalAnalyzer({}, 'debate.txt');
    analyzer.update(text);
    assert.deepStrictEqual(analyzer.update(edited, [change]), analyze(edited, {}, 'debate.txt'));
    assert.equal(analyzer.lastMode, 'full');
    assert.notEqual(analyze(edited, {}, 'debate.txt').turns.at(-1)?.speaker, 'Bo Tan');
  });
});
