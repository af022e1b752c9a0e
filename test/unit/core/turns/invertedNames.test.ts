import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analysis/analyze';
import { IncrementalAnalyzer } from '../../../../src/core/analysis/incremental';

/** A meeting tool's transcript saved as text: each turn opens with the name, surname first, and its time. */
const MEETING = [
  'Weekly sync-20260303_100211-Meeting Recording',
  'March 3, 2026, 9:02AM',
  '',
  'Kowalski, Anna   0:03',
  'OK, let us start. The contract expires at the end of April.',
  '',
  'Brown, Michael   0:08',
  'We sent the renewal on Friday.',
  '',
  'Nguyen, Thi (External)   0:20',
  'I will sign it tomorrow.',
  '',
  'Kowalski, Anna   0:25',
  'Good.',
].join('\n');

describe('a name written surname first, alone on its line before its time', () => {
  it('names the turn under it', () => {
    const analysis = analyze(MEETING, {}, 'sync.txt');
    assert.deepEqual(analysis.turns.map((t) => t.speaker), ['Kowalski, Anna', 'Brown, Michael', 'Nguyen, Thi', 'Kowalski, Anna']);
    for (const claim of analysis.claims) assert.doesNotMatch(claim.text, /Kowalski|0:0/, claim.text);
  });

  it('needs a name on both sides of the comma and the time after it', () => {
    // `Well, I think   0:03` is a sentence; a comma before a colon stays a clause.
    const text = ['Well, I think so   0:03', 'We agreed.', '', 'Well, Anna: we agreed.', 'Indeed, Bob: not yet.'].join('\n');
    assert.deepEqual(analyze(text, {}, 'notes.txt').turns.map((t) => t.speaker), []);
  });

  it('stays exact under edits to a label line', () => {
    const analyzer = new IncrementalAnalyzer({}, 'sync.txt');
    let text = MEETING;
    analyzer.update(text);
    const at = text.indexOf('Brown, Michael');
    for (const [offset, length, inserted] of [[at + 5, 1, ''], [at + 5, 0, ','], [at + 7, 0, 'x'], [at, 0, '\n'], [at, 1, '']] as const) {
      text = text.slice(0, offset) + inserted + text.slice(offset + length);
      assert.deepStrictEqual(analyzer.update(text, [{ rangeOffset: offset, rangeLength: length, text: inserted }]), analyze(text, {}, 'sync.txt'));
    }
  });
});
