import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analysis/analyze';
import { assertEditsAcrossOffsetsMatchAnalyze } from '../transcriptFixtures';
import { topicTitles } from './topicTitles';

// A record closes a debate with its own short notes (`Question put.` / `Motion agreed to.`) and then stacks the next
// section's title over its first sub-title. Shapes from the Fiji and ACT Hansard dev pages; the words are made up.

const SITTING = [
  'MINUTES',
  '',
  'Mr MOALA: Madam Speaker, I move that the minutes of the sitting held yesterday be taken as read and be confirmed.',
  '',
  'Question put.',
  '',
  'Motion agreed to.',
  '',
  'MESSAGES FROM THE CHAIR',
  '',
  'Visitors in the Gallery',
  '',
  'Madam SPEAKER: I welcome the students of Lautoka Secondary School who are watching from the gallery this morning.',
].join('\n');

describe('a stack of titles under a record\'s short notes after the debate', () => {
  it('titles the section and its sub-title under `Question put.` / `Motion agreed to.`', () => {
    assert.deepEqual(topicTitles(analyze(SITTING, {}, 'sitting.txt').topics), ['MINUTES', 'MESSAGES FROM THE CHAIR', 'Visitors in the Gallery']);
  });

  it('titles the stack under one note (`Motion, as amended, agreed to.`)', () => {
    const one = SITTING.replace('Question put.\n\nMotion agreed to.', 'Motion, as amended, agreed to.');
    assert.ok(topicTitles(analyze(one, {}, 'sitting.txt').topics).includes('MESSAGES FROM THE CHAIR'));
  });

  it('reads no stack under notes with no prose above them, as at the page\'s head', () => {
    // A one-line notice over a site's name over a headline is the page's furniture (pageFurniture.test.ts).
    const head = SITTING.slice(SITTING.indexOf('Question put.'));
    assert.ok(!topicTitles(analyze(head, {}, 'sitting.txt').topics).includes('MESSAGES FROM THE CHAIR'));
  });

  it('reads no stack under more notes than a record keeps after its debate', () => {
    const three = SITTING.replace('Question put.', 'Question put.\n\nThe Chair put the question.');
    assert.ok(!topicTitles(analyze(three, {}, 'sitting.txt').topics).includes('MESSAGES FROM THE CHAIR'));
  });

  it('keeps incremental analysis exact for edits in the prose, the notes and the titles', () => {
    assertEditsAcrossOffsetsMatchAnalyze(SITTING, 'sitting.txt', [['.', 0], ['\n\n', 0], ['\n', 0], ['x', 0], ['', 1], ['', 20], [' and so on, at some length', 0]], SITTING.indexOf('Mr MOALA'), SITTING.indexOf('Madam SPEAKER'));
  });
});
