import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analysis/analyze';
import { IncrementalAnalyzer } from '../../../../src/core/analysis/incremental';
import { topicTitles } from './topicTitles';

/** Meeting notes from a template: header fields as headings, then the agenda's sections. */
const NOTES = [
  '# Working Group Meeting 12',
  '### Meeting Date/Time: Thursday, June 5, 2024 at 17:30 UTC',
  '### Meeting Duration: 35 mins',
  '### [Agenda](https://example.org/agenda/12)',
  '### Moderator: Ana Lima',
  '',
  '## Summary',
  '',
  'The group agreed to publish the draft next week.',
  '',
  '### Presentation Slot: (optional)',
  'None requested.',
  '',
  '## Open Issues',
  '',
  '**Ana Lima**: Welcome, the first item is the release schedule.',
].join('\n');

/** Scribed minutes: a topic heading over its first issue, both in `Key: value` form, one level apart. */
const MINUTES = [
  '# Topic: Spec Reviews',
  '',
  '## Issue 7: Storage Access: https://example.org/reviews/issues/7',
  'ana: this tracks the cookie questions.',
  'Ben: We have a flag for this.',
  '',
  '## Issue 9: Timing: https://example.org/reviews/issues/9',
  'ana: the milestone is out of date.',
].join('\n');

describe('header fields written as headings', () => {
  it('reads a run of Key: value headings as the header, and a lone one over its text as a section', () => {
    assert.deepEqual(topicTitles(analyze(NOTES, {}, 'notes.md').topics), ['Working Group Meeting 12', 'Summary', 'Presentation Slot: (optional)', 'Open Issues']);
  });

  it('keeps the fields as sections when one stands alone or text parts them', () => {
    const single = NOTES.replace('### Meeting Duration: 35 mins\n', '').replace('### Moderator: Ana Lima\n', '');
    assert.ok(topicTitles(analyze(single, {}, 'notes.md').topics).includes('Meeting Date/Time: Thursday, June 5, 2024 at 17:30 UTC'));
    const parted = NOTES.replace('### Meeting Duration', 'Notes taken by Ana.\n### Meeting Duration').replace('### Moderator', 'Recorded.\n### Moderator');
    assert.ok(topicTitles(analyze(parted, {}, 'notes.md').topics).includes('Meeting Duration: 35 mins'));
  });

  it('reads a Key: value heading over a sub-heading one level down as a section and its first sub-section', () => {
    assert.deepEqual(topicTitles(analyze(MINUTES, {}, 'minutes.md').topics), ['Topic: Spec Reviews', 'Issue 7: Storage Access: https://example.org/reviews/issues/7', 'Issue 9: Timing: https://example.org/reviews/issues/9']);
    // The same two headings at one level are a header run again.
    const flat = MINUTES.replace('## Issue 7', '# Issue 7');
    assert.ok(!topicTitles(analyze(flat, {}, 'minutes.md').topics).includes('Topic: Spec Reviews'));
    // A template header whose fields change level part way is no longer one run.
    const stepped = NOTES.replace('### Meeting Duration', '#### Meeting Duration');
    assert.ok(topicTitles(analyze(stepped, {}, 'notes.md').topics).includes('Meeting Duration: 35 mins'));
  });

  it('keeps incremental analysis exact when an edit splits, joins or reshapes the run', () => {
    const durationEnd = NOTES.indexOf('35 mins') + '35 mins'.length;
    const cases: [string, number, number, string][] = [
      // A line of text typed between two fields parts the run.
      [NOTES, durationEnd, 0, '\nNotes taken by Ana.'],
      [NOTES, durationEnd, 0, '\n'],
      [`${NOTES.replace('### Meeting Duration: 35 mins\n', '### Meeting Duration: 35 mins\n\n')}`, durationEnd + 1, 0, 'Notes'],
      // A field's colon removed, and a field line deleted.
      [NOTES, NOTES.indexOf('Duration:') + 'Duration'.length, 1, ''],
      [NOTES, NOTES.indexOf('### Meeting Duration'), '### Meeting Duration: 35 mins\n'.length, ''],
      // A field's level changed: the run parts there, and joins again when the level is restored.
      [NOTES, NOTES.indexOf('### Meeting Duration'), 0, '#'],
      [MINUTES, MINUTES.indexOf('## Issue 7'), 0, '#'],
      [MINUTES.replace('## Issue 7', '# Issue 7'), MINUTES.indexOf('## Issue 7'), 0, '#'],
      // Far from the run: nothing to fall back for.
      [NOTES, NOTES.indexOf('release schedule'), 7, 'launch'],
    ];
    for (const [text, at, length, inserted] of cases) {
      const analyzer = new IncrementalAnalyzer({}, 'notes.md');
      analyzer.update(text);
      const edited = `${text.slice(0, at)}${inserted}${text.slice(at + length)}`;
      assert.deepStrictEqual(analyzer.update(edited, [{ rangeOffset: at, rangeLength: length, text: inserted }]), analyze(edited, {}, 'notes.md'), JSON.stringify([at, inserted]));
    }
  });
});
