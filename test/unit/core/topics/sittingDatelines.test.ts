import * as assert from 'node:assert/strict';
import { isLatinDateline } from '../../../../src/core/topics/titles';
import { analyseText, assertEditsAcrossOffsetsMatchAnalyze } from '../transcriptFixtures';
import { topicTitles } from './topicTitles';

// A parliament's daily record prints the sitting's date as a line of its own between the sections, often in
// capitals with an ordinal (`THURSDAY, 2ND JUNE, 2016`). It dates the record and titles no section, but it still
// ends the turn above it (the contents list's last line is no speech of the sitting). Session 39, topics40.

const RECORD = [
  'ORDER PAPER',
  '',
  'Questions for oral answer … … … 12-15',
  '',
  'List of Members:',
  '',
  'Hon. A. Member … … 12 Hon. B. Member … … 14',
  '',
  'WEDNESDAY, 3RD MARCH, 2027',
  '',
  'The House met at 9.30 a.m. pursuant to adjournment.',
  '',
  'MINUTES',
  '',
  'HON. SPEAKER.- Honourable Members, the minutes of the last sitting were circulated on Monday and are confirmed.',
  '',
  'ORAL QUESTIONS',
  '',
  'HON. A. MEMBER.- Mr. Speaker, can the Minister tell the House how many schools were repaired last year?',
].join('\n');

describe('a sitting\'s dateline between the sections (session 39, topics40)', () => {
  it('titles no section, while the record\'s section titles stay', () => {
    const titles = topicTitles(analyseText(RECORD, 'record.txt').analysis.topics);
    assert.ok(!titles.includes('WEDNESDAY, 3RD MARCH, 2027'), titles.join(' | '));
    assert.ok(titles.includes('MINUTES') && titles.includes('ORAL QUESTIONS'), titles.join(' | '));
  });

  it('still ends the turn above it', () => {
    const fixture = analyseText(RECORD, 'record.txt');
    const dateAt = RECORD.indexOf('WEDNESDAY');
    for (const turn of fixture.analysis.turns) assert.ok(!(turn.span.start < dateAt && turn.span.end > dateAt), `${turn.speaker} runs over the date`);
  });

  it('reads a date with an ordinal as a date, and a title with a date in it as a title', () => {
    assert.ok(isLatinDateline('THURSDAY, 2ND JUNE, 2016'));
    assert.ok(isLatinDateline('October 26th, 2022'));
    assert.ok(isLatinDateline('Tuesday, 21st November 2023'));
    assert.ok(!isLatinDateline('Budget Estimates 2023'));
    assert.ok(!isLatinDateline('The 2nd Reading'));
    assert.ok(!isLatinDateline('2023年3月5日'));
  });

  it('keeps incremental analysis exact around the dateline', () => {
    const edits = [['x', 0], [' ', 0], ['\n', 0], ['', 1], ['1', 0]] as const;
    assertEditsAcrossOffsetsMatchAnalyze(RECORD, 'record.txt', edits, RECORD.indexOf('Hon. A. Member'), RECORD.indexOf('MINUTES'));
  });
});

// A speech page dates its text with a verb before the date (`Delivered May 4, 2026`, `Posted …`): a dateline too, and
// no section of the page, so the page's title above it stays a lone title (no topic). Session 45, briefings45.
const SPEECH_PAGE = [
  'Spring Convocation 2026',
  '',
  'Delivered May 4, 2026',
  '',
  'Good morning, graduates, and welcome to the families who travelled to be here with you today.',
  '',
  'Four years ago most of you arrived on a campus that was still half closed, and you opened it up again.',
  '',
  'So, what comes next?',
].join('\n');

describe('a speech page\'s dateline with its verb (session 45, briefings45)', () => {
  it('reads `Delivered …` and `Posted …` with a date as datelines, and a sentence with a date as none', () => {
    assert.ok(isLatinDateline('Delivered May 4, 2026'));
    assert.ok(isLatinDateline('Posted March 3, 2025'));
    assert.ok(isLatinDateline('Updated 21 Nov 2019 10:03'));
    assert.ok(!isLatinDateline('Delivered the mail on May 4, 2026'));
    assert.ok(!isLatinDateline('Delivered'));
  });

  it('takes neither the dateline nor the page\'s lone title for a section', () => {
    assert.deepEqual(topicTitles(analyseText(SPEECH_PAGE, 'speech.txt').analysis.topics), []);
  });

  it('keeps incremental analysis exact as the dateline gains or loses its verb or date', () => {
    const edits = [['x', 0], [' ', 0], ['\n', 0], ['', 1], ['1', 0], ['Posted ', 0]] as const;
    assertEditsAcrossOffsetsMatchAnalyze(SPEECH_PAGE, 'speech.txt', edits, 0, SPEECH_PAGE.indexOf('Good morning'));
  });
});
