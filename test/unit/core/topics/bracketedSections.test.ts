import * as assert from 'node:assert/strict';
import { isDeepStrictEqual } from 'node:util';
import { analyze } from '../../../../src/core/analysis/analyze';
import { IncrementalAnalyzer } from '../../../../src/core/analysis/incremental';
import { sectionMarkerInner } from '../../../../src/core/topics/bracketedSections';
import { topicTitles } from './topicTitles';

// A podcast transcript as a transcription service delivers it: section markers in brackets over each
// section's first turn, initials after a timestamp, a sound note between two turns.
const EPISODE = [
  '[INTRODUCTION]',
  '',
  '[0:00:05.1] ANNOUNCER: Welcome to the show about storage engines, one term at a time.',
  '',
  '[EPISODE]',
  '',
  '[00:00:31] KM: Welcome back. Today we talk about write-ahead logs with Dana.',
  '',
  '[00:00:38] DR: Thanks for having me. It is good to be here.',
  '',
  '[LAUGHTER]',
  '',
  '[00:00:44] KM: So what is a write-ahead log, in one sentence?',
  '',
  '[00:00:49] DR: It is a file where every change is written before the data pages are.',
  '',
  '[00:01:02] KM: And why write it first?',
  '',
  '[00:01:05] DR: Because after a crash the log is what you replay.',
  '',
  '[END OF EPISODE]',
  '',
].join('\n');

describe('section markers in square brackets', () => {
  it('titles a section with a marker in capitals between blank lines over a label', () => {
    assert.deepEqual(topicTitles(analyze(EPISODE, {}, 'episode.md').topics), ['INTRODUCTION', 'EPISODE']);
  });

  it('leaves sound notes and the record\'s end as asides, and a marker with speech right under it', () => {
    assert.equal(sectionMarkerInner('[LAUGHTER]'), null);
    assert.equal(sectionMarkerInner('[MUSIC PLAYING]'), null);
    assert.equal(sectionMarkerInner('[END OF EPISODE]'), null);
    assert.equal(sectionMarkerInner('[Inaudible]'), null);
    assert.deepEqual(sectionMarkerInner('[INTERVIEW]'), { start: 1, end: 10 });
    const noBlank = EPISODE.replace('[EPISODE]\n\n', '[EPISODE]\n');
    assert.deepEqual(topicTitles(analyze(noBlank, {}, 'episode.md').topics), ['INTRODUCTION']);
    const noLabel = EPISODE.replace('[INTRODUCTION]\n\n[0:00:05.1] ANNOUNCER: ', '[INTRODUCTION]\n\n');
    assert.deepEqual(topicTitles(analyze(noLabel, {}, 'episode.md').topics), ['EPISODE']);
  });

  it('ends the turn above a marker and keeps the marker out of every turn', () => {
    const result = analyze(EPISODE, {}, 'episode.md');
    const marker = EPISODE.indexOf('[EPISODE]');
    assert.ok(!result.turns.some((turn) => turn.span.start <= marker && marker < turn.span.end));
    assert.deepEqual(result.turns.map((turn) => turn.speaker).slice(0, 3), ['ANNOUNCER', 'KM', 'DR']);
  });

  it('equals a full analysis after edits in and around the markers', () => {
    let local = 0;
    for (let at = 0; at <= EPISODE.length; at += 7) {
      for (const typed of ['a', 'X', '\n', ']']) {
        const analyzer = new IncrementalAnalyzer({}, 'episode.md');
        analyzer.update(EPISODE);
        const edited = EPISODE.slice(0, at) + typed + EPISODE.slice(at);
        const result = analyzer.update(edited, [{ rangeOffset: at, rangeLength: 0, text: typed }]);
        if (analyzer.lastMode === 'line') local++;
        assert.ok(isDeepStrictEqual(result, analyze(edited, {}, 'episode.md')), `${JSON.stringify(typed)} at ${at}`);
      }
    }
    assert.ok(local > 0, 'no edit stayed local');
  });
});
