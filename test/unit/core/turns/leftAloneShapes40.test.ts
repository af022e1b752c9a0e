import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analysis/analyze';
import { assertEditEqualsAnalyze, speakerAt } from './turnAssertions';

// Speaker shapes earlier sessions listed and left alone (session 38, speakers40). Texts written for the tests.

function speakersOf(text: string, fileName = 'text.txt'): string[] {
  return [...new Set(analyze(text, {}, fileName).turns.map((t) => t.speaker))];
}

describe('speaker shapes left alone before (session 38, speakers40)', () => {
  describe('a Hansard label with a seat and the time of the first words', () => {
    const seated = [
      'Rail Services',
      '',
      'Ms ORCHARD (Ridgeway) (14:12): Will the minister tell the house when the line reopens?',
      '',
      'The Hon. P.K. VALE (Lakeside—Minister for Transport) (14:12): The line reopens in June.',
      '',
      'The SPEAKER: Order! The member for Ridgeway.',
      '',
      'Mr DUNN: Point of order.',
      '',
      'The SPEAKER: There is no point of order.',
      '',
      'Mr DUNN: Thank you.',
    ].join('\n');

    it('reads `Name (Seat) (14:12):` as the member with the seat, not the colon inside the time', () => {
      const analysis = analyze(seated, {}, 'text.txt');
      assert.equal(speakerAt(seated, analysis, 'Ms ORCHARD'), 'Ms ORCHARD (Ridgeway)');
      assert.equal(speakerAt(seated, analysis, 'The Hon. P.K. VALE'), 'The Hon. P.K. VALE (Lakeside—Minister for Transport)');
      const orchard = analysis.turns.find((t) => t.speaker === 'Ms ORCHARD (Ridgeway)')!;
      assert.equal(orchard.timestamp, '14:12');
      // The time is the label's: the speech starts after the colon that follows it.
      assert.equal(seated.slice(orchard.span.start, orchard.labelSpan!.end).trim(), 'Ms ORCHARD (Ridgeway) (14:12):');
    });

    it('reads Western Australia\'s `[5.33 pm]` after the seat the same way', () => {
      const text = seated.replace('(14:12): Will', '[2.12 pm]: Will').replace('(14:12): The', '[2.13 pm]: The');
      assert.equal(speakerAt(text, analyze(text, {}, 'text.txt'), 'Ms ORCHARD'), 'Ms ORCHARD (Ridgeway)');
    });

    it('keeps a seat with no time after it, or a time with no colon, as before', () => {
      // No time: the seat is the label's bracket, as always.
      const untimed = seated.replace(/ \(14:12\)/g, '');
      assert.deepEqual(speakersOf(untimed), ['Ms ORCHARD (Ridgeway)', 'The Hon. P.K. VALE (Lakeside—Minister for Transport)', 'The SPEAKER', 'Mr DUNN']);
      // `(14:12)` closing a line of prose names no one.
      const prose = 'The committee (the whole house) met at (14:12) and rose.\nIt sat again the next day.';
      assert.deepEqual(speakersOf(prose), []);
    });

    it('an edit that adds the time to a seated label equals a fresh analysis', () => {
      assertEditEqualsAnalyze(seated.replace('(Ridgeway) (14:12)', '(Ridgeway)'), 'text.txt', '(Ridgeway):', '(Ridgeway) (14:12):');
    });
  });
});
