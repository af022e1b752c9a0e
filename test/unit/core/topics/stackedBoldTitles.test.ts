import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analysis/analyze';
import { assertEditsAcrossOffsetsMatchAnalyze } from '../transcriptFixtures';
import { topicTitles } from './topicTitles';

// Podcast pages set their show notes' titles as bold paragraphs, and a section may open straight onto its first
// part's title (`**Show Notes**` over `**Timestamps**`, Latent Space; `**访谈正文**` over the first section's
// title, 海外独角兽). Shapes from those dev files; the words are made up.

/**
 * An episode page: a write-up, a bold section over a bold part with a list, a bold transcript title, the turns. The
 * list ends on a question, as the Latent Space page's does: a list of short lines with no sentence under a bold line
 * reads as a head field's list (turns/headFields.ts) and would hide the transcript's title (see docs/analysis-topics.md).
 */
const PAGE = [
  '# Shipping search at Findly',
  '',
  'Dana Reyes rebuilt the ranking at Findly last year. We talk about what changed.',
  '',
  '**Show Notes**',
  '',
  '**Timestamps**',
  '',
  '- [00:00:00] Introductions',
  '- [00:02:10] Ranking signals',
  '- [00:09:45] Query logs',
  '- [00:14:30] What do users actually type?',
  '',
  '**Transcript**',
  '',
  '**Host** [00:00:00]: Welcome back to the show. Today we talk about search.',
  '',
  '**Dana** [00:00:09]: Thanks for having me. We rebuilt our ranking last year.',
  '',
  '**Host** [00:02:10]: What changed first?',
  '',
  '**Dana** [00:02:14]: We started with the query logs, because they show what people actually type.',
].join('\n');

describe('a bold title right over another bold title', () => {
  it('titles both the section and its first part', () => {
    assert.deepEqual(topicTitles(analyze(PAGE, {}, 'episode.md').topics), ['Shipping search at Findly', 'Show Notes', 'Timestamps', 'Transcript']);
  });

  it('still reads a bold line over a plain sentence as no pair of titles', () => {
    // The second line is prose, not one of the page's bold titles: the first stays a lone bold title over its body.
    const prose = PAGE.replace('**Timestamps**', 'Times are given from the start of the recording.');
    assert.deepEqual(topicTitles(analyze(prose, {}, 'episode.md').topics), ['Shipping search at Findly', 'Show Notes', 'Transcript']);
  });

  it('keeps the turns below the titles', () => {
    assert.deepEqual(analyze(PAGE, {}, 'episode.md').turns.map((turn) => turn.speaker), ['Host', 'Dana', 'Host', 'Dana']);
  });

  it('keeps incremental analysis exact for edits in and around the stacked titles', () => {
    assertEditsAcrossOffsetsMatchAnalyze(PAGE, 'episode.md', [['*', 0], ['\n\n', 0], ['x', 0], ['.', 0], ['', 1]], PAGE.indexOf('**Show'), PAGE.indexOf('- [00:02'));
  });
});
