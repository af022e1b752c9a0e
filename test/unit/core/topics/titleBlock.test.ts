import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analysis/analyze';
import { IncrementalAnalyzer } from '../../../../src/core/analysis/incremental';
import { topicTitles } from './topicTitles';

/** A briefing written up in the third person: a masthead over the briefing's title, then subject lines. */
const BRIEFING = [
  'REGULAR PRESS BRIEFING BY THE INFORMATION SERVICE',
  '',
  'Geneva Press Briefing',
  '',
  'The Director of the Information Service chaired the briefing, which was attended by three spokespersons.',
  '',
  'Visit of the Secretary-General',
  '',
  'The Director said that the Secretary-General would travel to the city next week to speak to students.',
  '',
  'Ebola in the Region',
  '',
  'A spokesperson said that the health agency had sent experts to the region on Tuesday.',
].join('\n');

describe('a title block at the head of a plain record', () => {
  it('reads a title over a subtitle before the first paragraph as the document title, not a section', () => {
    assert.deepEqual(topicTitles(analyze(BRIEFING, {}, 'briefing.txt').topics), ['Visit of the Secretary-General', 'Ebola in the Region']);
  });

  it('keeps a single opening title, a block with a sentence in it and one reaching too far down as before', () => {
    // One title line alone may be the first section's: the block needs a title and a subtitle.
    const single = BRIEFING.slice(BRIEFING.indexOf('Geneva Press Briefing'));
    assert.deepEqual(topicTitles(analyze(single, {}, 'briefing.txt').topics), ['Geneva Press Briefing', 'Visit of the Secretary-General', 'Ebola in the Region']);
    // A paragraph before the stack: the stack titles a section after a paragraph, as any other.
    const afterParagraph = `Notes taken at the briefing follow.\n\n${BRIEFING}`;
    assert.ok(topicTitles(analyze(afterParagraph, {}, 'briefing.txt').topics).includes('Geneva Press Briefing'));
    // Chinese first lines are headlines (documentHeadline.ts), whatever stands under them.
    const chinese = ['新聞簡報', '', '日內瓦新聞簡報會', '', BRIEFING.split('\n').slice(4).join('\n')].join('\n');
    assert.ok(topicTitles(analyze(chinese, {}, 'briefing.txt').topics).includes('Visit of the Secretary-General'));
  });

  it('keeps incremental analysis exact when an edit makes or unmakes the block', () => {
    const subtitleAt = BRIEFING.indexOf('Geneva Press Briefing');
    const cases: [string, number, number, string][] = [
      // The masthead becomes a sentence: the subtitle is a lone title again.
      [BRIEFING, BRIEFING.indexOf('\n'), 0, ' met today.'],
      // The masthead goes: one title line is left.
      [BRIEFING, 0, BRIEFING.indexOf('\n') + 2, ''],
      // A paragraph typed above the block, and a title line typed over a single title.
      [BRIEFING, 0, 0, 'Notes taken at the briefing follow.\n\n'],
      [BRIEFING.slice(subtitleAt), 0, 0, 'PRESS BRIEFING\n\n'],
      // The subtitle edited in place, and the blank line under it removed.
      [BRIEFING, subtitleAt, 6, 'Daily'],
      [BRIEFING, subtitleAt + 'Geneva Press Briefing'.length, 1, ''],
      // A line typed into an empty line of the block.
      [BRIEFING, BRIEFING.indexOf('\n') + 1, 0, 'Information Service'],
      // Far below the block: nothing to fall back for.
      [BRIEFING, BRIEFING.indexOf('three'), 5, 'four'],
    ];
    for (const [text, at, length, inserted] of cases) {
      const analyzer = new IncrementalAnalyzer({}, 'briefing.txt');
      analyzer.update(text);
      const edited = `${text.slice(0, at)}${inserted}${text.slice(at + length)}`;
      assert.deepStrictEqual(analyzer.update(edited, [{ rangeOffset: at, rangeLength: length, text: inserted }]), analyze(edited, {}, 'briefing.txt'), JSON.stringify([at, inserted]));
    }
  });
});

describe('what a title block is not', () => {
  it('leaves a section title over a speaker name line, and a masthead over a section title, as they were', () => {
    const call = ['Presentation', '', 'Operator', '', 'Good day, and welcome to the call.', '', 'Jane Smith', '', 'Thank you, operator. Revenue was $4.2 billion.', '', 'Question-and-Answer Session', '', 'Operator', '', 'Our first question comes from John Doe.'].join('\n');
    assert.ok(topicTitles(analyze(call, {}, 'call.txt').topics).includes('Presentation'));
    // The second line names something the first does not: a section's subject under the masthead.
    const subject = BRIEFING.replace('Geneva Press Briefing', 'Update on Myanmar');
    assert.ok(topicTitles(analyze(subject, {}, 'briefing.txt').topics).includes('Update on Myanmar'));
  });
});
