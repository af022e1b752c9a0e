import * as assert from 'node:assert/strict';
import { analyseFixture, assertReplacementsMatchAnalyze, readFixture } from '../transcriptFixtures';
import { readQuestionLead } from '../../../../src/core/turns/questionLeads';
import { speakerAt } from './turnAssertions';

// A numbered oral question's lead names the asking member (`4. NAME (seat) to the Minister of X: …`), and a
// presiding officer pro tempore is a record label (`The SPEAKER pro tempore.`) (session 44, records48). Texts of our
// own in test/fixtures/transcripts/shapes49-records.

describe('question leads and presiding officers pro tempore in records (records48)', () => {
  it('reads the lead of a numbered question, with or without a seat in brackets', () => {
    assert.deepEqual(readQuestionLead('4. MAREIKE SOLBERG (Green—Harbourside) to the Minister of Transport: When will'), {
      name: 'MAREIKE SOLBERG', written: 'MAREIKE SOLBERG', labelStart: 0, labelEnd: 68, textStart: 69,
    });
    assert.equal(readQuestionLead('5.    Mr Okonkwo to the Minister for Lands:  How many')?.name, 'Mr Okonkwo');
    // A numbered instruction or statement is no member's question.
    assert.equal(readQuestionLead('1. Send the signed forms to the Minister of Lands: the office closes.'), null);
    assert.equal(readQuestionLead('2. The letter went to the Chief Justice: nobody replied.'), null);
    assert.equal(readQuestionLead('4. Ferries—Timetable for Northern Routes'), null);
  });

  it('gives the question to its asker and leaves the order paper and instructions alone', () => {
    const { text, analysis } = analyseFixture('shapes49-records/numbered-question-leads.txt');
    assert.equal(speakerAt(text, analysis, 'When will the new timetable'), 'MAREIKE SOLBERG');
    assert.equal(speakerAt(text, analysis, 'How many leases'), 'Mr Okonkwo');
    assert.equal(speakerAt(text, analysis, 'Forty-two leases'), 'Hon TOBIAS LINDQVIST');
    assert.equal(speakerAt(text, analysis, 'Ferries—Timetable'), null);
    assert.notEqual(speakerAt(text, analysis, 'Send the signed forms'), 'Send the signed forms');
  });

  it('reads `The SPEAKER pro tempore.` and its kin as the record\'s labels', () => {
    const { text, analysis } = analyseFixture('shapes49-records/speaker-pro-tempore.txt');
    assert.equal(speakerAt(text, analysis, 'The Chair recognizes'), 'The SPEAKER pro tempore');
    assert.equal(speakerAt(text, analysis, 'I rise today'), 'Mr. BRANDVOLD');
    assert.equal(speakerAt(text, analysis, 'without a single paid'), 'Mr. BRANDVOLD');
    assert.equal(speakerAt(text, analysis, "The gentleman's time"), 'The SPEAKER pro tempore');
    assert.equal(speakerAt(text, analysis, 'Without objection'), 'The ACTING PRESIDENT pro tempore');
  });

  it('keeps incremental analysis exact when an edit makes or unmakes a lead or a pro tempore label', () => {
    const questions = readFixture('shapes49-records/numbered-question-leads.txt');
    const record = readFixture('shapes49-records/speaker-pro-tempore.txt');
    assertReplacementsMatchAnalyze([
      [questions, ' to the Minister of Transport:', ' asked the Minister of Transport'],
      [questions, '5.    Mr Okonkwo', 'Mr Okonkwo'],
      [questions, 'Forty-two leases', '6. Ms Vea to the Minister of Health: Forty-two leases'],
      [record, 'The SPEAKER pro tempore. The gentleman', 'The SPEAKER pro tem. The gentleman'],
      [record, 'Mr. Speaker, they did', 'The SPEAKER pro tempore. They did'],
    ], 'record.txt');
  });
});
