import * as assert from 'node:assert/strict';
import { isRecordFormula } from '../../../../src/core/turns/recordFormulas';
import { analyseText, assertEditsAcrossOffsetsMatchAnalyze, assertReplacementsMatchAnalyze, lineSpeakers } from '../transcriptFixtures';

// The reporter's account of what the House did (`Question put.`, `Motion agreed to.`, a member's `rose`) is nobody's
// speech where the record repeats the shape (session 45, legis45). Texts of our own.

/** A chamber record with colon labels: the vote recorded under the seconder's line. */
const CHAMBER = [
  'The Speaker: Order. The Minister of Harbours has the call.',
  'Hon Lydia Ranginui: Madam Speaker, I move that the Harbour Levy Bill be now read a second time.',
  'Mr Tevita Fonua: I second the motion.',
  'Question put.',
  'Motion agreed to.',
  'The Speaker: The bill is read a second time. We move to the next item.',
].join('\n');

/** A record that sets a name and a time alone on a line over each speech, and notes a member rising. */
const NAME_LINES = [
  'Mr Chair 10:02 a.m.',
  'Hon Members, we begin with the correction of the minutes.',
  'rose',
  'Mr Chair 10:02 a.m.',
  'Yes, Hon Member?',
  'Ms Efua Adjei 10:03 a.m.',
  'Chair, page 4 lists me as absent, but I was here all day.',
  'rose',
  'Mr Chair 10:03 a.m.',
  'Hon Member for Eastside?',
].join('\n');

describe('record formulas in legislature records (legis45)', () => {
  it('reads the shape from grammar: a subject, a past participle, no one speaking', () => {
    for (const line of ['Question put.', 'Motion agreed to.', 'Debate adjourned.', 'Hon Members indicated assent.', 'Question put, and agreed to.', 'Amendment negatived.', 'rose']) {
      assert.equal(isRecordFormula(line), true, line);
    }
    for (const line of [
      'Agreed.', 'I agreed.', 'We adjourned early.', 'The question is that the motion be agreed to.', 'Is it agreed?', 'Thank you.',
      'indeed', 'need', 'yes', 'Point of order.', 'The bill, which the committee considered at length last week, was carried.',
      'Jane Smith asked about the plan.', 'Question put to the minister yesterday.',
    ]) assert.equal(isRecordFormula(line), false, line);
  });

  it('gives the recorded vote to no one where the record writes two such lines', () => {
    assert.deepEqual(lineSpeakers(analyseText(CHAMBER, 'record.txt')), [
      'The Speaker', 'Hon Lydia Ranginui', 'Mr Tevita Fonua', '-', '-', 'The Speaker',
    ]);
    assert.deepEqual(lineSpeakers(analyseText(NAME_LINES, 'record.txt')), [
      'Mr Chair', 'Mr Chair', '-', 'Mr Chair', 'Mr Chair', 'Ms Efua Adjei', 'Ms Efua Adjei', '-', 'Mr Chair', 'Mr Chair',
    ]);
  });

  it('leaves one such line with its speaker: a speaker may say it', () => {
    const once = CHAMBER.replace('Motion agreed to.\n', '');
    assert.equal(lineSpeakers(analyseText(once, 'record.txt'))[3], 'Mr Tevita Fonua');
    const interview = ['Host: You said the deal was off.', 'Guest: I did, and I meant it.', 'Point taken.', 'Host: Fair enough.'].join('\n');
    assert.deepEqual(lineSpeakers(analyseText(interview, 'interview.txt')), ['Host', 'Guest', 'Guest', 'Host']);
  });

  it('keeps incremental analysis exact when an edit makes, unmakes or repeats a formula', () => {
    assertReplacementsMatchAnalyze([
      [CHAMBER, 'Motion agreed to.', 'Motion agreed to, I think.'],
      [CHAMBER, 'Motion agreed to.', 'The motion is agreed to.'],
      [CHAMBER, 'Question put.', 'Question put'],
      [CHAMBER, 'We move to the next item.', 'We move to the next item.\nDebate adjourned.'],
      [NAME_LINES, 'rose\nMr Chair 10:03', 'Mr Chair 10:03'],
      [NAME_LINES, 'Yes, Hon Member?', 'rose'],
    ], 'record.txt');
    const edits = [['x', 0], ['\n', 0], ['.', 0], ['', 1]] as const;
    assertEditsAcrossOffsetsMatchAnalyze(CHAMBER, 'record.txt', edits, CHAMBER.indexOf('Mr Tevita'), CHAMBER.indexOf('The Speaker: The bill'));
    assertEditsAcrossOffsetsMatchAnalyze(NAME_LINES, 'record.txt', edits, 0, NAME_LINES.indexOf('Mr Chair 10:03'));
  });
});
