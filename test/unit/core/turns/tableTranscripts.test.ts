import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analysis/analyze';
import { readFixture } from '../transcriptFixtures';
import { assertEditEqualsAnalyze, speakerAt } from './turnAssertions';

// A transcript kept as a Markdown table, a row per turn (`| 00:00:01 | Mayor Lind | The new ferry costs… |`, the time
// before or after the name, or none): the bars wrap the time and the name, and the last cell is the speech. A table
// of data (`| Ferry | 2023 | 4.2 million euros |`) has more cells after its first: its first column names no one.
// Fixtures in our own words: test/fixtures/transcripts/shapes43-formats/table-*.md.
const TABLE = 'shapes43-formats/table-transcript.md';
const TABLE_ZH = 'shapes43-formats/table-transcript-zh.md';
const DATA = 'shapes43-formats/table-of-data.md';

describe('transcripts kept as Markdown tables', () => {
  it('reads the name cell after the time cell as the speaker and the last cell as speech', () => {
    const text = readFixture(TABLE);
    const analysis = analyze(text, {}, 'table-transcript.md');
    assert.deepEqual(analysis.speakers.map((s) => s.name).sort(), ['Mayor Lind', 'Ola Berg']);
    assert.equal(speakerAt(text, analysis, '| 00:00:14 | Ola Berg |'), 'Ola Berg');
    const ferry = analysis.claims.find((claim) => claim.text.includes('new ferry'));
    assert.equal(ferry?.text, 'The new ferry costs 4.2 million euros, 12% more than planned.');
    assert.ok(ferry.cues.every((cue) => !cue.startsWith('time:')), ferry.cues.join(', '));
  });

  it('reads a name cell before the time cell, under a header row', () => {
    const analysis = analyze(readFixture(TABLE_ZH), {}, 'table-transcript-zh.md');
    assert.deepEqual(analysis.speakers.map((s) => s.name).sort(), ['李明', '王芳']);
    assert.deepEqual(analysis.claims.map((claim) => claim.speaker), ['李明', '王芳', '李明']);
  });

  it('reads rows of a name and speech alone', () => {
    const text = ['| Ann Lee | So the bridge opened in 2019? |', '| Tom Ray | Yes, and it cost 40 million dollars. |', '| Ann Lee | Was it worth it? |', '| Tom Ray | I think it was a mistake. |'].join('\n');
    const analysis = analyze(text, {}, 'rows.md');
    assert.equal(speakerAt(text, analysis, '| Tom Ray | I think'), 'Tom Ray');
  });

  it('finds no speaker in a table of data', () => {
    assert.deepEqual(analyze(readFixture(DATA), {}, 'table-of-data.md').speakers, []);
  });

  it('re-reads an edit of a row as analyze() does', () => {
    const text = readFixture(TABLE);
    assertEditEqualsAnalyze(text, 'table-transcript.md', '| Ola Berg |', '| Ola Berg ');
    assertEditEqualsAnalyze(text, 'table-transcript.md', '| 00:00:09 | Mayor Lind |', '| 00:00:09 | Mayor Lind | x |');
    assertEditEqualsAnalyze(text, 'table-transcript.md', 'Ola Berg | Residents', 'Ola | Residents');
    assertEditEqualsAnalyze(readFixture(DATA), 'table-of-data.md', '| Roads | 2024 |', '| Roads |');
  });
});
