import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../../../src/core/analysis/analyze';
import { isSentenceCaseTitleText } from '../../../../src/core/topics/sentenceCaseTitles';
import { repoRoot } from '../../repoRoot';
import { analyseText, assertReplacementsMatchAnalyze } from '../transcriptFixtures';

const FOLDER = 'test/fixtures/transcripts/shapes48-sentencecase';
const read = (file: string): string => readFileSync(join(repoRoot(), FOLDER, file), 'utf8');
const titles = (text: string, file: string): string[] => analyze(text, {}, file).topics.map((t) => t.title);

describe('sentence-case titles between tight labelled lines', () => {
  it('reads `First years at sea` over the next label as a section title, ending the turn above', () => {
    const text = read('oral-history.txt');
    assert.deepEqual(titles(text, 'oral-history.txt'), ['First years at sea', 'Becoming a pilot', 'The new terminal']);
    const fixture = analyseText(text, 'oral-history.txt');
    const titleLine = text.split('\n').indexOf('First years at sea');
    const turnAbove = fixture.analysis.turns.find((t) => fixture.lines.positionAt(t.span.start).line === titleLine - 2)!;
    assert.ok(fixture.lines.positionAt(turnAbove.span.end).line < titleLine, 'the turn above ends before the title');
  });

  it('reads the first section title of an excerpt from the tight labels below it', () => {
    assert.deepEqual(titles(read('deposition-excerpts.txt'), 'deposition-excerpts.txt'), ['A question of timing', 'The missing invoice', 'Lunch plans']);
  });

  it('reads such lines between paragraphs that each open with a label, not a speech\'s fragment there', () => {
    assert.deepEqual(titles(read('podcast-paragraphs.txt'), 'podcast-paragraphs.txt'), ['Reading the cracks', 'Money and time']);
  });

  it('takes no such line after a paragraph with no label, or after an unfinished sentence, or a line that ends a sentence', () => {
    const continued = ['HOST: Welcome back to the show.', '', 'GUEST: Thanks for having me.', '', 'It was a long road, as you know.', '', 'Six years of work', '', 'HOST: Tell us about the book.', '', 'GUEST: It took six years.'].join('\n');
    assert.deepEqual(titles(continued, 'show.txt'), []);
    const unfinished = ['HOST: Welcome back to the show.', '', 'GUEST: Thanks for having me, and', '', 'Six years of work', '', 'HOST: Tell us about the book.', '', 'GUEST: It took six years.'].join('\n');
    assert.deepEqual(titles(unfinished, 'show.txt'), []);
    const text = read('oral-history.txt').replace('First years at sea', 'First years at sea.');
    assert.deepEqual(titles(text, 'oral-history.txt'), ['Becoming a pilot', 'The new terminal']);
  });

  it('reads the line by its words: two to eight words, no question, colon or closing mark', () => {
    for (const title of ['First years at sea', 'Don’t like like', 'In a New York minute']) assert.ok(isSentenceCaseTitleText(title), title);
    for (const line of ['Yes', 'And the federal grants', 'We need three things', 'Where were you?', 'Note: see below', 'The pay was poor.', 'first years at sea', '12:30 to 14:00', 'And then, as I said, we left the harbour that very same night for good']) assert.ok(!isSentenceCaseTitleText(line), line);
  });

  it('stays exact when edits make or unmake such a title: a full stop, a blank line, a label, a line break', () => {
    const text = read('oral-history.txt');
    assertReplacementsMatchAnalyze([
      [text, 'First years at sea', 'First years at sea.'],
      [text, '\n\nBecoming', '\nBecoming'],
      [text, 'HALVORSEN: Poor.', '\nHALVORSEN: Poor.'],
      [text, 'HALVORSEN: Once,', 'HALVORSEN: Once, I think'],
      [text, 'The new terminal', 'The\n new terminal'],
      [text, 'INTERVIEWER: How many', 'How many'],
    ], 'oral-history.txt');
  });
});
