import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analysis/analyze';
import { readFixture } from '../transcriptFixtures';
import { assertEditEqualsAnalyze } from '../turns/turnAssertions';

// Timed segments kept as a Markdown list (`- [00:02] Today we look at…`, a video digest's spoken content) or behind a
// bar (`00:00:02.580 | Last winter…`, a transcript page): a sentence goes on over the next segment as over `[00:02]`
// lines, and is read without the bullets, timestamps and bars between. Fixtures in our own words.
const LIST = 'shapes43-formats/segment-list.md';
const BAR = 'shapes43-formats/segments-bar.txt';

function claimTexts(name: string): string[] {
  return analyze(readFixture(name), {}, name.split('/')[1]).claims.map((claim) => claim.text);
}

describe('sentences over timed segments in a list or behind a bar', () => {
  for (const name of [LIST, BAR]) {
    it(`reads each sentence whole, without the segments' marks (${name})`, () => {
      const texts = claimTexts(name);
      assert.ok(texts.includes('Last winter the crossing took 42 minutes on average, up from 35 minutes in 2019.'), texts.join('\n'));
      assert.ok(texts.includes('The operator says the new engines will cut that back to 36 minutes by next spring.'), texts.join('\n'));
      for (const text of texts) assert.doesNotMatch(text, /\[00:|\| |^- /, text);
    });
  }

  it('gives the sentence across list items one kind from all its pieces', () => {
    const claims = analyze(readFixture(LIST), {}, 'segment-list.md').claims;
    const forecast = claims.find((claim) => claim.text.startsWith('The operator says'));
    assert.equal(forecast?.kind, 'forecast');
    const verdict = claims.find((claim) => claim.text.startsWith('Honestly, I think'));
    assert.equal(verdict?.text, 'Honestly, I think the old timetable was the worst in the region.');
    assert.equal(verdict?.kind, 'opinion');
  });

  it('re-reads an edit of a bullet, a timestamp or a bar as analyze() does', () => {
    const list = readFixture(LIST);
    assertEditEqualsAnalyze(list, 'segment-list.md', '- [00:13] average', '[00:13] average');
    assertEditEqualsAnalyze(list, 'segment-list.md', '- [00:18]', '* [00:18]');
    assertEditEqualsAnalyze(list, 'segment-list.md', 'will\n- [00:18]', 'will.\n- [00:18]');
    const bar = readFixture(BAR);
    assertEditEqualsAnalyze(bar, 'segments-bar.txt', '00:00:05.120 | ', '00:00:05.120 ');
    assertEditEqualsAnalyze(bar, 'segments-bar.txt', '00:00:10.960 |', '00:09:10.960 |');
  });
});
