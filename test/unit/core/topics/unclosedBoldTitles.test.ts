import * as assert from 'node:assert/strict';
import { analyseText } from '../transcriptFixtures';

const topicTitles = (text: string): string[] => analyseText(text, 'briefing.txt').analysis.topics.map((t) => t.title);

describe('unclosed bold titles (`**Title` never closed)', () => {
  it('are section titles when the document writes several, each a paragraph of its own', () => {
    const text = ['Daily Press Briefing', '', '**Noon Briefing Guest', '', 'Good afternoon.  We will be joined by a guest.', '', '**Lebanon', '', 'The Secretary-General is deeply alarmed by the escalation.'].join('\n');
    assert.deepEqual(topicTitles(text), ['Noon Briefing Guest', 'Lebanon']);
    // The marks are no part of a claim or a turn.
    const analysis = analyseText(text, 'briefing.txt').analysis;
    assert.ok(!analysis.claims.some((c) => c.text.includes('Lebanon')));
  });

  it('are not titles alone, inside a paragraph, or when the line closes its marks', () => {
    assert.deepEqual(topicTitles(['Intro text here.', '', '**Lebanon', '', 'The Secretary-General is alarmed.'].join('\n')), []);
    assert.deepEqual(topicTitles(['**Lebanon', 'The Secretary-General is alarmed.', '', '**Syria', 'A convoy entered the town.'].join('\n')), []);
    assert.deepEqual(topicTitles(['**Note** one', '', 'Some text follows here.', '', '**Note** two', '', 'More text follows here.'].join('\n')), []);
  });
});
