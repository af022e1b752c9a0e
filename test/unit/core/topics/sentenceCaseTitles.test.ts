import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../../../src/core/analysis/analyze';
import { IncrementalAnalyzer } from '../../../../src/core/analysis/incremental';
import { isSentenceCaseTitleText } from '../../../../src/core/topics/sentenceCaseTitles';
import { repoRoot } from '../../repoRoot';
import { analyseText } from '../transcriptFixtures';

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

  it('takes no such line where turns are paragraphs apart, or a line that ends a sentence', () => {
    const apart = ['HOST: Welcome back to the show.', '', 'GUEST: Thanks for having me.', '', 'And then some more', 'HOST: Tell us about the book.', '', 'GUEST: It took six years.'].join('\n');
    assert.deepEqual(titles(apart, 'show.txt'), []);
    const text = read('oral-history.txt').replace('First years at sea', 'First years at sea.');
    assert.deepEqual(titles(text, 'oral-history.txt'), ['Becoming a pilot', 'The new terminal']);
  });

  it('reads the line by its words: two to eight words, no question, colon or closing mark', () => {
    for (const title of ['First years at sea', 'Don’t like like', 'In a New York minute']) assert.ok(isSentenceCaseTitleText(title), title);
    for (const line of ['Yes', 'Where were you?', 'Note: see below', 'The pay was poor.', 'first years at sea', '12:30 to 14:00', 'And then, as I said, we left the harbour that very same night for good']) assert.ok(!isSentenceCaseTitleText(line), line);
  });

  it('stays exact when edits make or unmake such a title: a full stop, a blank line, a label, a line break', () => {
    const text = read('oral-history.txt');
    const at = (needle: string, past = 0): number => text.indexOf(needle) + past;
    const edits = [
      { rangeOffset: at('First years at sea', 'First years at sea'.length), rangeLength: 0, text: '.' },
      { rangeOffset: at('\n\nBecoming'), rangeLength: 1, text: '' },
      { rangeOffset: at('HALVORSEN: Poor.'), rangeLength: 0, text: '\n' },
      { rangeOffset: at('HALVORSEN: Once,', 'HALVORSEN: Once,'.length), rangeLength: 0, text: ' I think' },
      { rangeOffset: at('The new terminal', 3), rangeLength: 0, text: '\n' },
      { rangeOffset: at('INTERVIEWER: How many'), rangeLength: 'INTERVIEWER: '.length, text: '' },
    ];
    let local = 0;
    for (const edit of edits) {
      const analyzer = new IncrementalAnalyzer({}, 'oral-history.txt');
      analyzer.update(text);
      const edited = `${text.slice(0, edit.rangeOffset)}${edit.text}${text.slice(edit.rangeOffset + edit.rangeLength)}`;
      assert.deepStrictEqual(analyzer.update(edited, [edit]), analyze(edited, {}, 'oral-history.txt'), JSON.stringify(edit));
      if (analyzer.lastMode !== 'full') local++;
    }
    assert.ok(local < edits.length, 'edits near the titles fall back');
  });
});
