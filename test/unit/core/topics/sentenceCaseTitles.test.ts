import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../../../src/core/analysis/analyze';
import { isPartTitleText, isSentenceCaseTitleText } from '../../../../src/core/topics/sentenceCaseTitles';
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

describe('part titles over labelled paragraphs (a press conference record)', () => {
  const PARTS = 'test/fixtures/transcripts/briefings45-parts';
  const readPart = (file: string): string => readFileSync(join(repoRoot(), PARTS, file), 'utf8');
  const file = 'ministry-press-conference.txt';

  it('reads each line between two turns that titles the next one, numbered or not, and a title stacked over its first item', () => {
    assert.deepEqual(titles(readPart(file), file), ['Opening Remarks', '(1) Reopening of the north pier', '(2) A third night shift for the cargo berths of the east basin', 'Dredging of the south channel']);
  });

  it('ends the turn above the title: the title line is nobody\'s speech', () => {
    const text = readPart(file);
    const fixture = analyseText(text, file);
    for (const title of ['(2) A third night shift for the cargo berths of the east basin', 'Dredging of the south channel']) {
      const titleLine = text.split('\n').indexOf(title);
      const offset = fixture.lines.offsetAt({ line: titleLine, character: 0 });
      assert.ok(!fixture.analysis.turns.some((t) => t.span.start <= offset && offset < t.span.end), `${title} is in no turn`);
    }
  });

  it('takes no line over a short labelled reply, after a paragraph broken off mid-sentence, or a greeting', () => {
    const shortReply = ['HOST: Welcome back to the show, everyone listening at home tonight.', '', 'It was a long road, as you know.', '', 'Six years of work', '', 'GUEST: It took six years.'].join('\n');
    assert.deepEqual(titles(shortReply, 'show.txt'), []);
    const brokenOff = readPart(file).replace('finished a week early.', 'finished a week early, and');
    assert.ok(!titles(brokenOff, file).includes('(2) A third night shift for the cargo berths of the east basin'));
    const thanks = readPart(file).replace('Dredging of the south channel', 'Thank you all very much');
    assert.ok(!titles(thanks, file).includes('Thank you all very much'));
  });

  it('reads the line by its words: an optional part number, two to twelve words, no sentence or colon', () => {
    for (const title of ['Japan-ROK Relations', '(1) Visit to the coast', '2. Questions and Answers', 'Opening remarks – the spring fair (Harbour Days 2025)']) assert.ok(isPartTitleText(title), title);
    for (const line of ['Contents', 'Thank you very much', 'And the ferries too', 'Where is the pier?', 'Date: Monday', 'The pier reopens. It is late', 'the north pier', 'Monday, March 3, 2025, 10:15 a.m.']) assert.ok(!isPartTitleText(line), line);
  });

  it('stays exact when edits make or unmake such a title: a full stop, a label, a blank line, a short reply', () => {
    const text = readPart(file);
    assertReplacementsMatchAnalyze([
      [text, 'Dredging of the south channel', 'Dredging of the south channel.'],
      [text, 'Reporter: Local fishermen', 'Local fishermen'],
      [text, '\n\nDredging', '\nDredging'],
      [text, 'finished a week early.', 'finished a week early, and'],
      [text, 'Minister Lindqvist: From next month the cargo berths will work a third shift, so ships no longer wait at anchor overnight.', 'Minister Lindqvist: Next month.'],
      [text, '(1) Reopening', 'Reopening'],
    ], file);
  });
});
