import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analysis/analyze';

/** A course page that pastes its captions under a heading: each line opens with the cue's range, then its words. */
const PASTED_CAPTIONS = [
  '## Chapters',
  '* 00:00 - Why the page is slow',
  '* 01:10 - Caching',
  '',
  '## Transcript',
  '00:00:00.000 --> 00:00:02.100 The shop has a new problem.',
  '00:00:02.200 --> 00:00:04.000 Customers say the app',
  '00:00:04.100 --> 00:00:06.300 and the website are slow.',
].join('\n');

describe('a cue range bare before its words on the same line', () => {
  it('is one timestamp: its arrow is no speaker', () => {
    const analysis = analyze(PASTED_CAPTIONS, {}, 'lesson.md');
    // Before, `-->` read as a chat handle (`au> …`) and every line was a turn of a speaker named `--`.
    assert.deepEqual(analysis.turns.map((t) => t.speaker), []);
  });

  it('still lets a name after the range label its line', () => {
    const text = [
      '00:00:00.000 --> 00:00:03.100 Ana Lima: We open the bridge on Monday.',
      '00:00:03.200 --> 00:00:05.000 Ben Cole: Which Monday?',
      '00:00:05.100 --> 00:00:08.000 Ana Lima: The first one in May.',
    ].join('\n');
    const analysis = analyze(text, {}, 'captions.txt');
    assert.deepEqual(analysis.turns.map((t) => t.speaker), ['Ana Lima', 'Ben Cole', 'Ana Lima']);
    for (const turn of analysis.turns) assert.equal(text.slice(turn.labelSpan!.start, turn.labelSpan!.end).endsWith(':'), true);
  });
});
