import * as assert from 'node:assert/strict';
import { LineIndex } from '../../../../src/core/text/positions';
import { proceedingsTitleWithinReach } from '../../../../src/core/topics/outline';
import { analyseText, assertEditsAcrossOffsetsMatchAnalyze, readFixture } from '../transcriptFixtures';
import { topicTitles } from './topicTitles';

// A record's first subject title stands alone between the page's head and the first member's label (`Contents` /
// `Ministerial Appointment` / `Mr PEDERICK (Hammond) (15:00): …` in SA Hansard, `UNCORRECTED TRANSCRIPT` / `WELCOME` /
// `Mr DAVID BLUNT, …: …` in an NSW seminar record). A document's only bare Latin title was dropped as a breadcrumb or a
// note (isLoneLatinTitle); this one opens the proceedings. Session 42, topics43. Fixtures of our own words
// (test/fixtures/transcripts/shapes44-topics).

const RECORD = readFixture('shapes44-topics/record-first-subject.txt');
const BROADCAST = readFixture('shapes44-topics/broadcast-note-over-host.txt');

describe('a record\'s first subject title over the first label (session 42, topics43)', () => {
  it('titles the proceedings it opens', () => {
    const { analysis } = analyseText(RECORD, 'record.txt');
    assert.deepEqual(topicTitles(analysis.topics), ['Ferry Timetable Review']);
    assert.ok(analysis.turns.some((turn) => turn.speaker.startsWith('Ms ALDANE')), analysis.turns.map((turn) => turn.speaker).join(' | '));
  });

  it('is no title when it names the transcript (a note on the record)', () => {
    const { analysis } = analyseText(BROADCAST, 'broadcast.txt');
    assert.ok(!topicTitles(analysis.topics).includes('PARTIAL TRANSCRIPT'), topicTitles(analysis.topics).join(' | '));
  });

  it('is no title amid the speech: a label above it', () => {
    const amid = RECORD.replace('Contents\n\nFerry Timetable Review\n\n', '').replace('The Hon. R. OKOYE (Chair of the Board): It will', 'Night Services\n\nThe Hon. R. OKOYE (Chair of the Board): It will');
    assert.ok(!topicTitles(analyseText(amid, 'record.txt').analysis.topics).includes('Night Services'));
  });

  it('is no title as the page\'s first line, with no head above it', () => {
    const first = RECORD.slice(RECORD.indexOf('Ferry Timetable Review'));
    assert.ok(!topicTitles(analyseText(first, 'record.txt').analysis.topics).includes('Ferry Timetable Review'));
  });

  it('falls back for edits from the head down to the label under a candidate, and not below it', () => {
    const lines = new LineIndex(RECORD);
    const titleLine = RECORD.slice(0, RECORD.indexOf('Ferry Timetable Review')).split('\n').length - 1;
    assert.ok(proceedingsTitleWithinReach(lines, 0, 0));
    assert.ok(proceedingsTitleWithinReach(lines, titleLine, titleLine));
    assert.ok(proceedingsTitleWithinReach(lines, titleLine + 2, titleLine + 2));
    assert.ok(!proceedingsTitleWithinReach(lines, titleLine + 6, titleLine + 6));
  });

  it('keeps incremental analysis exact from the head to the first answer', () => {
    const edits = [['x', 0], [' ', 0], ['\n', 0], ['', 1], [':', 0]] as const;
    assertEditsAcrossOffsetsMatchAnalyze(RECORD, 'record.txt', edits, 0, RECORD.indexOf('I thank'));
    assertEditsAcrossOffsetsMatchAnalyze(BROADCAST, 'broadcast.txt', edits, BROADCAST.indexOf('EVENING'), BROADCAST.indexOf('Welcome back'));
  });
});
