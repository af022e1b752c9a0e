import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../../../src/core/analysis/analyze';
import { isListHeadText, isListItemText } from '../../../../src/core/topics/listHeads';
import { repoRoot } from '../../repoRoot';
import { assertReplacementsMatchAnalyze } from '../transcriptFixtures';

const FOLDER = 'test/fixtures/transcripts/shapes45-colonsections';
const read = (file: string): string => readFileSync(join(repoRoot(), FOLDER, file), 'utf8');
const titles = (text: string, file: string): string[] => analyze(text, {}, file).topics.map((t) => t.title);

describe('list heads over bulleted or timed items', () => {
  it('reads `Takeaways` over bullets and `Chapters` over timed items as section titles', () => {
    const found = titles(read('episode-notes.txt'), 'episode-notes.txt');
    assert.ok(found.includes('Takeaways') && found.includes('Chapters'), found.join(' | '));
  });

  it('takes no line over one item, under an unfinished line, or over lines that are not items', () => {
    const oneItem = read('episode-notes.txt').replace('- The new terminal opens in spring.\n- Fog rules changed last year.\n', '');
    assert.ok(!titles(oneItem, 'episode-notes.txt').includes('Takeaways'));
    const unfinished = read('episode-notes.txt').replace('the new terminal.\n\nTakeaways', 'the new terminal and\nTakeaways');
    assert.ok(!titles(unfinished, 'episode-notes.txt').includes('Takeaways'));
    const speech = ['HOST: Welcome back.', '', 'GUEST: Thanks.', '', 'HOST: What did you learn?', '', 'GUEST: Three things', 'mostly about fog.', 'And the lights.'].join('\n');
    assert.deepEqual(titles(speech, 'show.txt'), []);
  });

  it('reads heads and items by their own text', () => {
    for (const line of ['Takeaways', 'PANELISTS', 'About the talk', 'Links mentioned:']) assert.ok(isListHeadText(line), line);
    for (const line of ['Yes.', 'takeaways', 'We talked about three things,', '- Takeaways', 'A line that runs on for far too many words to head']) assert.ok(!isListHeadText(line), line);
    for (const line of ['- item', '• Robbert Dijkgraaf, director', '03:10 Night crossings']) assert.ok(isListItemText(line), line);
    for (const line of ['1. Announcements', '-5% this year', '3:10 p.m. on Friday']) assert.ok(!isListItemText(line), line);
  });

  it('stays exact when edits make or unmake a head: its items, the line above, a line break', () => {
    const text = read('episode-notes.txt');
    assertReplacementsMatchAnalyze([
      [text, 'Takeaways\n', 'Takeaways.\n'],
      [text, '- Night crossings', 'Night crossings'],
      [text, 'the new terminal.\n\nTakeaways', 'the new terminal and\nTakeaways'],
      [text, '03:10 Night', 'Night'],
      [text, 'Chapters\n00:00', 'Chapters\n\n00:00'],
      [text, 'Chap', 'Chap\nters'],
      [text, 'HOST: Welcome to Tide Tables.', 'Notes\n- one\n- two\n\nHOST: Welcome to Tide Tables.'],
    ], 'episode-notes.txt');
  });
});
