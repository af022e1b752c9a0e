import * as assert from 'node:assert/strict';
import { isNameLine } from '../../../../src/core/turns/nameOverGreeting';
import { analyseText, assertEditsAcrossOffsetsMatchAnalyze, assertReplacementsMatchAnalyze, lineSpeakers } from '../transcriptFixtures';

/** A conference-call page: each speaker's name on a line of its own under a field line, the speech below it. */
const CALL = [
  'Northwind Traders, Inc.',
  '',
  'Q2 2021 Earnings Conference Call',
  '',
  'speaker',
  'Operator',
  'Ladies and gentlemen, thank you for standing by. I would now like to hand the conference over to your speaker today, Ms. Dana Whitlow. Please go ahead.',
  'speaker',
  'Dana Whitlow',
  'Thank you, operator. Good morning, everyone. Revenue rose 12% in the quarter. I will now turn the call over to our CFO, Lee Park.',
  'Lee Park',
  'Thank you, Dana. Good morning, everyone. Margins held at 31% in the quarter.',
].join('\n');

/** A briefing export: the speaker's name, company and role on one line, blank lines, then the speech paragraphs. */
const CARD = [
  ' date 2021-05-04 May 04, 2021 / 02:00PM GMT',
  '',
  'Maria K. Lund - Fabrikam Holdings - President & CEO',
  '',
  '',
  '',
  'Good morning. Thank you all for joining us here today.',
  '',
  '',
  '',
  'We will walk you through our plan for the next five years.',
].join('\n');

describe('a name line over a greeting (nameOverGreeting.ts)', () => {
  it('reads a short line with no sentence as a possible name, the name before any dash', () => {
    assert.equal(isNameLine('Maria K. Lund - Fabrikam Holdings - President & CEO'), true);
    assert.equal(isNameLine('Operator'), true);
    assert.equal(isNameLine('Thank you all for joining us.'), false);
    assert.equal(isNameLine('## Maria Lund'), false);
  });

  it('gives each speech to the name line above it when the text before hands over to it, one such turn after another', () => {
    const speakers = lineSpeakers(analyseText(CALL, 'call.txt'));
    // A role alone names no one here (participant lists decide `Operator`): its speech and the field lines are no one's.
    assert.deepEqual(speakers, ['-', '-', '-', '-', '-', '-', 'Dana Whitlow', 'Dana Whitlow', 'Lee Park', 'Lee Park']);
  });

  it('gives the speech to a name card with a role after the name', () => {
    const name = 'Maria K. Lund - Fabrikam Holdings - President & CEO';
    assert.deepEqual(lineSpeakers(analyseText(CARD, 'briefing.txt')), ['-', name, name, name]);
  });

  it('leaves a section title over a greeting, and a name nobody hands over to, to no one', () => {
    for (const title of ['Opening Remarks', 'Introduction', 'Questions and Answers', 'Dana Whitlow']) {
      const text = `Northwind Traders Q2 2021 Earnings Call\n\n${title}\n\nGood morning, everyone. Thank you for coming today.\n`;
      assert.deepEqual(lineSpeakers(analyseText(text, 'call.txt')), ['-', '-', '-'], title);
    }
    // No greeting under the name: nothing says the line names who speaks.
    assert.deepEqual(lineSpeakers(analyseText(CARD.replace('Good morning. Thank you all', 'Analysts'), 'briefing.txt')), ['-', '-', '-', '-']);
  });

  it('re-reads the document in full when an edit may make or unmake a name over a greeting', () => {
    assertReplacementsMatchAnalyze(
      [
        [CALL, 'Good morning, everyone.', 'Revenue first.'],
        [CALL, 'Thank you, operator.', 'So.'],
        [CALL, 'Ms. Dana Whitlow', 'our CFO'],
        [CALL, 'CFO, Lee Park', 'CFO'],
        [CALL, 'Dana Whitlow\n', 'Dana Whitlow:\n'],
        [CALL, 'speaker\nDana', 'speaker\n\nDana'],
        [CARD, 'President & CEO', 'Annual Review'],
        [CARD, '\n\n\nGood morning', '\n\nx\nGood morning'],
        [CARD, 'Good morning. ', ''],
      ],
      'call.txt',
    );
    assertEditsAcrossOffsetsMatchAnalyze(CALL, 'call.txt', [['x', 0], ['\n', 0], ['', 1]]);
    assertEditsAcrossOffsetsMatchAnalyze(CARD, 'briefing.txt', [['x', 0], ['\n', 0], ['', 1]]);
  });
});
