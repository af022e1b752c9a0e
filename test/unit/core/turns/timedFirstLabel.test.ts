import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analysis/analyze';
import { IncrementalAnalyzer } from '../../../../src/core/analysis/incremental';

/** A speech-to-text export whose every line got a `0:00 ` before it: the first line is the first speaker's label. */
const EXPORT = [
  '0:00 Dana Ruiz  00:00',
  '',
  '0:00 Hello and welcome to episode 12. Today we test the new parser.',
  '',
  '0:00 Sam Lee  00:09',
  '',
  '0:00 And I am Sam.',
  '',
  '0:00 Dana Ruiz  00:12',
  '',
  '0:00 The parser ships next week.',
  '',
  '0:00 Sam Lee  00:15',
  '',
  '0:00 Good.',
].join('\n');

describe('a timed label on the document\'s first line', () => {
  it('opens the first turn: a time is no headline\'s', () => {
    assert.deepEqual(analyze(EXPORT, {}, 'episode.txt').turns.map((t) => t.speaker), ['Dana Ruiz', 'Sam Lee', 'Dana Ruiz', 'Sam Lee']);
  });

  it('leaves an untimed `Agency: headline` over prose a headline', () => {
    const text = ['Reuters: Port strike ends after two weeks', '', 'Dockworkers returned on Monday after the union accepted the offer.', 'Ships queued for days.'].join('\n');
    assert.deepEqual(analyze(text, {}, 'news.txt').turns.map((t) => t.speaker), []);
  });

  it('stays exact under edits to the first line', () => {
    const analyzer = new IncrementalAnalyzer({}, 'episode.txt');
    let text = EXPORT;
    analyzer.update(text);
    for (const [offset, length, inserted] of [[19, 1, ''], [19, 0, '0'], [0, 1, ''], [0, 0, '0'], [4, 1, ''], [4, 0, ' '], [21, 0, '\n']] as const) {
      text = text.slice(0, offset) + inserted + text.slice(offset + length);
      assert.deepStrictEqual(analyzer.update(text, [{ rangeOffset: offset, rangeLength: length, text: inserted }]), analyze(text, {}, 'episode.txt'));
    }
  });
});
