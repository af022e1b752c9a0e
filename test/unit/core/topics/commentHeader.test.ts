import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analysis/analyze';
import { assertEditsAcrossOffsetsMatchAnalyze } from '../transcriptFixtures';
import { topicTitles as titles } from './topicTitles';

/** A transcription tool's plain-text export: comment lines over timed lines. */
const EXPORT = [
  '# Board meeting — excerpt (~0:10–0:40)',
  '# Source: city archive, recorded 12 May',
  '# whisper large-v3, word-level timing',
  '',
  '[00:00:10.00 → 00:00:12.30]  Good evening, the meeting is called to order.',
  '[00:00:12.50 → 00:00:15.88]  The budget grew by 4% last year.',
  '[00:00:16.24 → 00:00:19.00]  We will vote on the proposal next week.',
].join('\n');

describe('comment lines over a plain-text export', () => {
  it('reads stacked # lines at the top of plain text as comments, not topics or claims', () => {
    const analysis = analyze(EXPORT, {}, 'meeting.txt');
    assert.deepEqual(titles(analysis.topics), []);
    assert.ok(analysis.claims.every((claim) => !claim.text.includes('Source')));
    assert.ok(analysis.claims.some((claim) => claim.text.includes('4%')));
  });

  it('keeps the same lines as headings in Markdown, and a lone # line in plain text', () => {
    assert.ok(titles(analyze(EXPORT, {}, 'meeting.md').topics).includes('Board meeting — excerpt (~0:10–0:40)'));
    const lone = EXPORT.replace('# Source: city archive, recorded 12 May\n# whisper large-v3, word-level timing\n', '');
    assert.ok(titles(analyze(lone, {}, 'meeting.txt').topics).includes('Board meeting — excerpt (~0:10–0:40)'));
    const parted = EXPORT.replace('\n# Source', '\n\n# Source');
    assert.ok(titles(analyze(parted, {}, 'meeting.txt').topics).length > 0);
  });

  it('equals a full analysis after edits in and under the header', function () {
    this.timeout(300_000);
    const local = assertEditsAcrossOffsetsMatchAnalyze(EXPORT, 'meeting.txt', [['#', 0], ['\n', 0], ['', 1]]);
    assert.ok(local > 0, 'no edit stayed local');
  });
});
