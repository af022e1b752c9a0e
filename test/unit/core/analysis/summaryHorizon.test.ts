import assert from 'node:assert/strict';
import { NO_SUMMARY_SEARCHES, summaryProfile, summaryProfileAfter, type SummaryProfile } from '../../../../src/core/analysis/summaryHorizon';
import { LineIndex } from '../../../../src/core/text/positions';
import { analyzeIndexed } from '../../../../src/core/analysis/analyze';
import { EXACT_LOOKAHEAD_LINES } from '../../../../src/core/topics/summaryLinking';

const inert = (): boolean => true;

describe('summary-list search profile (incremental line-break edits)', () => {
  it('records each list that searched, and the budget its search used', () => {
    const text = '本期重點:\n- 人才與教育\n- 出口管制\n\n人才與教育\n我預計下半年的需求會更強。\n\n出口管制\n我們在上個月的會議上已經將其列為首要任務。\n';
    const profile = summaryProfile(new LineIndex(text), 'plain', {});
    assert.deepEqual([...profile.searchedListEnds], [2]);
    // The search stops at line 7, where the last item's title is: five lines looked at.
    assert.ok(profile.used[0]! >= 5 && profile.used[0]! < 10, `used ${profile.used[0]}`);
    assert.ok(profile.budgetLeft > 0);
  });

  it('leaves a search that stopped before the edited lines alone, and moves lists below by the lines added', () => {
    const profile: SummaryProfile = { searchedListEnds: Int32Array.from([10, 500]), used: Int32Array.from([20, 20]), budgetLeft: 1000 };
    const after = summaryProfileAfter(profile, 100, 100, 103, 1000, () => false);
    assert.ok(after);
    assert.deepEqual([...after.searchedListEnds], [10, 503]);
    assert.equal(after.budgetLeft, 1000 + 8 * 3);
  });

  it('refuses an edit that moves a non-inert line across the horizon of a search that went that far', () => {
    const far = EXACT_LOOKAHEAD_LINES;
    const profile: SummaryProfile = { searchedListEnds: Int32Array.from([10]), used: Int32Array.from([2 * far]), budgetLeft: 10 ** 6 };
    // Two lines added at line 100: old lines far + 9 and far + 10 drop out of the search.
    const seen: number[] = [];
    assert.equal(summaryProfileAfter(profile, 100, 100, 102, far * 2, (line) => (seen.push(line), line !== far + 9)), null);
    assert.deepEqual(seen, [far + 9]);
    assert.ok(summaryProfileAfter(profile, 100, 100, 102, far * 2, inert));
  });

  it('refuses an edit once the budget may run out, and never when no list searched', () => {
    const profile: SummaryProfile = { searchedListEnds: Int32Array.from([10]), used: Int32Array.from([200]), budgetLeft: 5 };
    assert.equal(summaryProfileAfter(profile, 100, 100, 99, 1000, inert), null, 'a line removed takes 8 units of budget');
    assert.ok(summaryProfileAfter(profile, 100, 100, 101, 1000, inert), 'a line added gives 8 and costs at most 2 per search through it');
    assert.ok(summaryProfileAfter(NO_SUMMARY_SEARCHES, 5, 9, 5, 10, () => false));
  });

  it('is the analysis\'s own record of the searches after it ran on the same lines, else computed, alike', () => {
    const summary = '本期重點:\n- 人才與教育\n- 出口管制\n\n人才與教育\n我預計下半年的需求會更強。\n\n出口管制\n我們在上個月的會議上已經將其列為首要任務。\n';
    // `**Lebanon` never closed: the outline reads it as a title where the line scan did not (no record kept).
    const unclosed = ['Contents', '', '- Noon Briefing Guest', '- Lebanon', '', '**Noon Briefing Guest', '', 'Good afternoon.  We will be joined by a guest.', '', '**Lebanon', '', 'The Secretary-General is deeply alarmed by the escalation.'].join('\n');
    for (const text of [summary, unclosed]) {
      const options = {};
      const analysed = new LineIndex(text);
      analyzeIndexed(analysed, options, 'a.txt');
      const recorded = summaryProfile(analysed, 'plain', options);
      const computed = summaryProfile(new LineIndex(text), 'plain', options);
      assert.ok(computed.searchedListEnds.length > 0);
      assert.deepEqual(recorded, computed);
      // A fresh copy each time: the worker transfers the arrays it sends.
      assert.notEqual(summaryProfile(analysed, 'plain', options).used, recorded.used);
    }
  });
});
