import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analysis/analyze';
import { IncrementalAnalyzer } from '../../../src/core/analysis/incremental';

// A one-off label whose words are a name alone is a field (topics/nameFields.ts), and one over a date alone too
// (datedFields.ts). An Enter inside such a line's words, or a Backspace joining the next line onto it, changes its
// words: found by scripts/robust-edits.ts on a real deposition with bracketed times, where the local path kept the
// turn that the full analysis had made a field. Every result must equal analyze().

const HEARING = [
  '[00:00:01] Judge Okafor: Please state your name for the record.',
  '[00:00:05] Dana Whitfield: Dana Whitfield, and I live in Tacoma.',
  '[00:00:09] Judge Okafor: Thank you.',
].join('\n');

function replay(initial: string, edits: readonly (readonly [number, number, string])[]): void {
  const analyzer = new IncrementalAnalyzer({}, 'hearing.txt');
  let text = initial;
  analyzer.update(text);
  for (const [offset, length, inserted] of edits) {
    text = text.slice(0, offset) + inserted + text.slice(offset + length);
    assert.deepStrictEqual(analyzer.update(text, [{ rangeOffset: offset, rangeLength: length, text: inserted }]), analyze(text, {}, 'hearing.txt'), JSON.stringify(text));
  }
}

describe('field lines under line-break edits', () => {
  const afterName = HEARING.indexOf(', and I live');

  it('an Enter that leaves a label over a name alone makes it a field, as analyze() does', () => {
    const split = HEARING.slice(0, afterName) + '\n' + HEARING.slice(afterName);
    // The edit must matter: the line is a field after it, a speaker's turn before it.
    assert.ok(analyze(HEARING, {}, 'hearing.txt').turns.some((t) => t.speaker === 'Dana Whitfield'));
    assert.ok(!analyze(split, {}, 'hearing.txt').turns.some((t) => t.speaker === 'Dana Whitfield'));
    replay(HEARING, [[afterName, 0, '\n']]);
  });

  it('a Backspace that joins the rest back makes it a turn again; a date alone split off likewise', () => {
    replay(HEARING, [[afterName, 0, '\n'], [afterName, 1, ''], [afterName, 0, '\r\n'], [afterName, 2, '']]);
    const dated = HEARING.replace('Dana Whitfield, and I live in Tacoma.', '2024-03-05, the day I moved to Tacoma.');
    const at = dated.indexOf(', the day');
    replay(dated, [[at, 0, '\n'], [at, 1, '']]);
  });
});
