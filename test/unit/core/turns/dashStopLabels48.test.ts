import * as assert from 'node:assert/strict';
import { analyseFixture, assertEditsAcrossOffsetsMatchAnalyze, assertReplacementsMatchAnalyze, readFixture } from '../transcriptFixtures';
import { speakerAt } from './turnAssertions';

// Hansards that end a member's name in capitals with a full stop and a dash (`HON. T. VAKALOLOMA.- Honourable Speaker,
// …`), an office too (`HON. LEADER OF GOVERNMENT BUSINESS IN THE HOUSE.-`), read where the shape recurs (session 44,
// records48). Texts of our own in test/fixtures/transcripts/shapes49-records.

describe('labels ending in a full stop and a dash (records48)', () => {
  it('reads every member of a record written so, the one-off names and a long office too', () => {
    const { text, analysis } = analyseFixture('shapes49-records/dash-stop-hansard.txt');
    assert.deepEqual(analysis.speakers.map((s) => s.name).sort(), [
      'HON. LEADER OF GOVERNMENT BUSINESS IN THE HOUSE', 'HON. M.K. RAIWALUI', 'HON. SPEAKER', 'HON. T. VAKALOLOMA',
    ]);
    assert.equal(speakerAt(text, analysis, 'That the Minutes'), 'HON. LEADER OF GOVERNMENT BUSINESS IN THE HOUSE');
    assert.equal(speakerAt(text, analysis, 'I second the motion'), 'HON. T. VAKALOLOMA');
    assert.equal(speakerAt(text, analysis, 'I welcome the students'), 'HON. SPEAKER');
    // An en dash after the stop is the same separator.
    assert.equal(speakerAt(text, analysis, 'on a point of order'), 'HON. M.K. RAIWALUI');
    // The label's text starts after the dash.
    const turn = analysis.turns.find((t) => t.speaker === 'HON. T. VAKALOLOMA')!;
    assert.equal(text.slice(turn.labelSpan!.start, turn.labelSpan!.end), 'HON. T. VAKALOLOMA.-');
    // The section titles in capitals stay titles.
    assert.equal(speakerAt(text, analysis, 'MINUTES'), null);
  });

  it('takes no label from one such line in prose', () => {
    const { text, analysis } = analyseFixture('shapes49-records/dash-stop-once.txt');
    assert.deepEqual(analysis.speakers, []);
    assert.equal(speakerAt(text, analysis, 'the tide tables'), null);
  });

  it('keeps incremental analysis exact when an edit makes or unmakes the shape', () => {
    const record = readFixture('shapes49-records/dash-stop-hansard.txt');
    const once = readFixture('shapes49-records/dash-stop-once.txt');
    assertReplacementsMatchAnalyze([
      [record, 'HON. T. VAKALOLOMA.-', 'HON. T. VAKALOLOMA.'],
      [record, 'HON. SPEAKER.- Thank you.', 'HON. SPEAKER. Thank you.'],
      [record, 'HON. SPEAKER.- I welcome', 'Hon. Speaker.- I welcome'],
      [record, 'HON. M.K. RAIWALUI.–', 'HON. M.K. RAIWALUI,'],
      [record, 'Question put.', 'HON. T. VAKALOLOMA.- Question put.'],
      [once, 'We walked', 'NOTE.- We walked'],
      [once, 'NOTE.- the', 'NOTE. the'],
    ], 'hansard.txt');
    const from = record.indexOf('HON. T. VAKALOLOMA');
    assertEditsAcrossOffsetsMatchAnalyze(record, 'hansard.txt', [['x', 0], ['\n', 0], ['', 1], ['-', 0]], from, from + 140);
  });
});
