import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze } from '../../../src/core/analysis/analyze';
import { IncrementalAnalyzer } from '../../../src/core/analysis/incremental';
import { applyChange } from './arbitraries';
import { replayTypedEdits } from './typedEditReplay';
import { searchRuns } from '../searchBudget';

// Earnings calls name their speakers in a participants list (`Amy Chen – Director of Investor Relations`) and
// then on a line of their own over the speech (participantRoster.ts): the list is read from its lines together
// and decides the name lines below it, so edits to it, near it or to a name line must fall back where they may
// change that reading. Every result must equal analyze().

const SEEDS = [20261205, 11, 515151];

const ROSTER = ['Executives', 'Amy Chen – Director of Investor Relations', 'John Doe - Chief Financial Officer', ' Tom Baker - Barclays', 'Analysts', 'Jane Roe -- Morgan Stanley'];
const NAMES = ['Operator', 'Amy Chen', 'John Doe', 'Tom Baker', 'Jane Roe', 'Mark Lee', 'Mark Lee, CEO', 'Rebecca Shen -- Director of Investor Relations'];
const SPEECH = [
  'Good morning, and welcome to the call.', 'Revenue grew 12% this quarter.', 'We expect margins to improve next year.',
  'Thank you for the question.', 'and it carries on in lower case', 'Amy Chen, you may begin.',
];

const call = fc
  .tuple(
    fc.array(fc.oneof({ weight: 2, arbitrary: fc.constantFrom(...ROSTER) }, { weight: 1, arbitrary: fc.constant('') }), { minLength: 1, maxLength: 7 }),
    fc.array(fc.oneof({ weight: 2, arbitrary: fc.constantFrom(...NAMES) }, { weight: 3, arbitrary: fc.constantFrom(...SPEECH) }, { weight: 2, arbitrary: fc.constant('') }), { minLength: 3, maxLength: 18 }),
    fc.constantFrom('\n', '\r\n'),
  )
  .map(([head, body, br]) => ({ text: ['Example Corp Q2 2024 Earnings Call', ...head, ...body].join(br), br }));

const edit = fc.record({
  at: fc.integer({ min: 0, max: 1000 }).map((n) => n / 1000),
  kind: fc.constantFrom('enterAtEnd', 'enter', 'dropBreak', 'fillBlank', 'emptyLine', 'type', 'type'),
  count: fc.integer({ min: 1, max: 4 }),
  typed: fc.constantFrom('a', ' – CFO', '-', 'Operator', 'Amy Chen', 'Mark Lee - UBS', '.', ' ', ', CFO', 'Thank you. '),
});


describe('IncrementalAnalyzer, name lines a participants list names', function () {
  // Property runs of 300 documents each: several seconds, more on a loaded machine.
  this.timeout(120_000);
  for (const seed of SEEDS) {
    it(`equals a full analyze() after edits in and around the list and the name lines (seed ${seed})`, () => {
      let local = 0;
      let total = 0;
      fc.assert(
        fc.property(call, fc.array(edit, { minLength: 1, maxLength: 6 }), ({ text: initial, br }, edits) => {
          const replayed = replayTypedEdits(initial, br, edits, 'call.txt');
          local += replayed.local;
          total += replayed.total;
        }),
        { seed, numRuns: searchRuns(300) },
      );
      // Edits inside speech far from the list stay local.
      assert.ok(local > total / 20, `only ${local} of ${total} edits were re-analysed locally`);
    });
  }

  it('analyses an edit to a list line in full, and the name line under it changes speaker', () => {
    const text = ['Executives', 'Amy Chen – Director of Investor Relations', 'John Doe – Chief Financial Officer', '', 'Amy Chen', 'Good morning, everyone.', ''].join('\n');
    assert.deepEqual(analyze(text, {}, 'call.txt').speakers.map((s) => s.name), ['Amy Chen']);
    const at = text.indexOf('Amy Chen –') + 'Amy Chen'.length;
    const change = { rangeOffset: at, rangeLength: 0, text: 'ia' };
    const edited = applyChange(text, change);
    const analyzer = new IncrementalAnalyzer({}, 'call.txt');
    analyzer.update(text);
    assert.deepStrictEqual(analyzer.update(edited, [change]), analyze(edited, {}, 'call.txt'));
    assert.equal(analyzer.lastMode, 'full');
    assert.deepEqual(analyze(edited, {}, 'call.txt').speakers, [], 'the list no longer names Amy Chen');
  });

  it('analyses an edit to a list line too long for a title in full (the title checks do not see it)', () => {
    const role = 'Senior Vice President, Investor Relations, Corporate Responsibility and Sustainability, Treasurer';
    const text = ['Executives', `Amy Chen – ${role}`, 'John Doe – Chief Financial Officer', '', 'Amy Chen', 'Good morning, everyone.', ''].join('\n');
    assert.deepEqual(analyze(text, {}, 'call.txt').speakers.map((s) => s.name), ['Amy Chen']);
    for (const [from, to] of [['Amy Chen –', 'Amy Cheng –'], [' – Senior', ' Senior']] as const) {
      const at = text.indexOf(from);
      const change = { rangeOffset: at, rangeLength: from.length, text: to };
      const edited = applyChange(text, change);
      const analyzer = new IncrementalAnalyzer({}, 'call.txt');
      analyzer.update(text);
      assert.deepStrictEqual(analyzer.update(edited, [change]), analyze(edited, {}, 'call.txt'), from);
      assert.equal(analyzer.lastMode, 'full', from);
    }
  });

  it('analyses an edit in full where the speech under a name-and-office line stops ending a sentence', () => {
    const text = ['Jane Doe, VP, Investor Relations', '', 'Thank you. Good afternoon and welcome', '', 'Mark Lee, CEO', '', 'Hey everyone, thanks for joining today.', ''].join('\n');
    assert.deepEqual(analyze(text, {}, 'call.txt').speakers.map((s) => s.name), ['Jane Doe, VP, Investor Relations', 'Mark Lee, CEO']);
    // Without a sentence end under it, Jane Doe's line is no label, and Mark Lee's alone is none either.
    const at = text.indexOf('. Good');
    const change = { rangeOffset: at, rangeLength: 1, text: ',' };
    const edited = applyChange(text, change);
    assert.deepEqual(analyze(edited, {}, 'call.txt').speakers, []);
    const analyzer = new IncrementalAnalyzer({}, 'call.txt');
    analyzer.update(text);
    assert.deepStrictEqual(analyzer.update(edited, [change]), analyze(edited, {}, 'call.txt'));
    assert.equal(analyzer.lastMode, 'full');
  });
});
