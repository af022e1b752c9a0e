import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../../../src/core/analysis/analyze';
import { isColonSectionText } from '../../../../src/core/topics/colonSectionLines';
import { repoRoot } from '../../repoRoot';
import { analyseText, assertReplacementsMatchAnalyze } from '../transcriptFixtures';

const FOLDER = 'test/fixtures/transcripts/shapes45-colonsections';
const read = (file: string): string => readFileSync(join(repoRoot(), FOLDER, file), 'utf8');
const titles = (text: string, file: string): string[] => analyze(text, {}, file).topics.map((t) => t.title);

describe('colon section lines over a speaker\'s label (earnings calls)', () => {
  it('reads `Prepared Remarks:` and `Questions & Answers:` over the next name line as section titles, no speakers', () => {
    const text = read('quarterly-call.txt');
    // The call's own title line above them is the document's title.
    assert.deepEqual(titles(text, 'quarterly-call.txt'), ['Third Quarter Results Call', 'Prepared Remarks', 'Questions & Answers']);
    const fixture = analyseText(text, 'quarterly-call.txt');
    const speakers = new Set(fixture.analysis.turns.map((t) => t.speaker));
    assert.ok(!speakers.has('Prepared Remarks') && !speakers.has('Questions & Answers'), [...speakers].join(', '));
    // The call's last answer before the section line ends above it: the section line is nobody's speech.
    const sectionLine = text.split('\n').indexOf('Questions & Answers:');
    const covering = fixture.analysis.turns.find((t) => fixture.lines.positionAt(t.span.start).line < sectionLine && fixture.lines.positionAt(t.span.end).line >= sectionLine);
    assert.equal(covering, undefined);
  });

  it('takes no such line over speech, after text, or when the colon line is a speaker\'s recurring label', () => {
    const overSpeech = read('quarterly-call.txt').replace('Questions & Answers:\n\nOperator', 'Questions & Answers:\n\nWe took three questions.');
    assert.ok(!titles(overSpeech, 'quarterly-call.txt').includes('Questions & Answers'));
    const afterText = read('quarterly-call.txt').replace('a year ago.\n\nQuestions', 'a year ago.\nQuestions');
    assert.deepEqual(titles(afterText, 'quarterly-call.txt'), ['Third Quarter Results Call', 'Prepared Remarks']);
    const labels = ['Mira Okafor:', 'Welcome, everyone.', '', 'Tomas Brandt:', 'Thanks, Mira.', '', 'Mira Okafor:', 'Shall we start?', '', 'Tomas Brandt:', 'Yes.'].join('\n');
    assert.deepEqual(titles(labels, 'call.txt'), []);
  });

  it('reads the line by its words: two to five title-case words and a colon, nothing after it', () => {
    for (const line of ['Prepared Remarks:', 'Questions & Answers:', 'Question-and-Answer Session:', 'Q&A Session:', 'Remarks of the Chair:']) assert.ok(isColonSectionText(line), line);
    for (const line of ['Operator:', 'Prepared remarks:', 'Reported by:', 'Here is what he said:', 'Prepared Remarks: none', 'Prepared Remarks', 'Notes of the Meeting of the Board:']) assert.ok(!isColonSectionText(line), line);
  });

  it('stays exact when edits make or unmake such a line: its colon, the blank above, the name line under it, a line break', () => {
    const text = read('quarterly-call.txt');
    assertReplacementsMatchAnalyze([
      [text, 'Prepared Remarks:', 'Prepared Remarks'],
      [text, 'Questions & Answers', 'Questions & answers'],
      [text, 'a year ago.\n\nQuestions', 'a year ago.\nQuestions'],
      [text, 'Questions & Answers:\n\nOperator', 'Questions & Answers:\n\nWe took three questions.'],
      [text, 'Questions & Answers:\n\nOperator', 'Questions & Answers:\nOperator'],
      [text, 'Questions &', 'Questions\n&'],
      [text, 'Good afternoon', 'Prepared Remarks:\n\nGood afternoon'],
    ], 'quarterly-call.txt');
  });
});
