import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analysis/analyze';
import { analyseFixture, assertEditsAcrossOffsetsMatchAnalyze, assertReplacementsMatchAnalyze, lineSpeakers, readFixture } from '../transcriptFixtures';
import { speakerAt } from './turnAssertions';

// `【專訪】半導體業的下一步` over `【記者】…`/`【林董事長】…` lines: a bracketed word once, over a title, tags the headline's
// section; it is no speaker (session 44, titles48). Texts of our own in test/fixtures/transcripts/shapes48-titles.

describe('a bracketed tag over a headline (`【專訪】半導體業的下一步`, titles48)', () => {
  it('reads the tag and its headline as no speaker, and the bracketed labels under it as before', () => {
    const fixture = analyseFixture('shapes48-titles/bracket-headline.txt');
    assert.deepEqual(fixture.analysis.speakers.map((s) => s.name), ['記者', '林董事長']);
    assert.equal(speakerAt(fixture.text, fixture.analysis, '半導體業'), null);
    assert.deepEqual(lineSpeakers(fixture), ['-', '記者', '林董事長', '記者', '林董事長', '記者']);
    assert.deepEqual(fixture.analysis.topics.map((t) => t.title), ['【專訪】半導體業的下一步']);
  });

  it('still reads a bracketed role over a title-shaped line, and a one-off name with speech, as speakers', () => {
    const { text, analysis } = analyseFixture('shapes48-titles/bracket-one-offs.txt');
    assert.equal(speakerAt(text, analysis, '歡迎收聽'), '主持人');
    assert.equal(speakerAt(text, analysis, '房租越來越貴'), '路人');
    assert.equal(speakerAt(text, analysis, '每天出貨'), '王經理');
  });

  it('reads the tag as a speaker where the document labels it again', () => {
    const headline = readFixture('shapes48-titles/bracket-headline.txt');
    const again = `${headline}【專訪】以上是本次的訪問內容。\n`;
    assert.equal(speakerAt(again, analyze(again, {}, 'interview.txt'), '半導體業'), '專訪');
  });

  it('keeps edits that make or unmake the headline, or label the tag again, equal to a full analysis', () => {
    const headline = readFixture('shapes48-titles/bracket-headline.txt');
    assertReplacementsMatchAnalyze([
      [headline, '半導體業的下一步', '半導體業的下一步。'],
      [headline, '半導體業的下一步', '半導體業，下一步怎麼走'],
      [headline, '【記者】謝謝董事長。', '【專訪】謝謝董事長。'],
      [headline, '【專訪】', '【主持人】'],
      [`${headline}【專訪】完\n`, '【專訪】完', '【記者】完'],
    ], 'interview.txt');
    assertEditsAcrossOffsetsMatchAnalyze(headline, 'interview.txt', [['。', 0], ['\n', 0], ['', 1]], 0, headline.indexOf('今年'));
  });
});
