import * as assert from 'node:assert/strict';
import { documentTitleLine, documentTitleWithinReach } from '../../../../src/core/topics/documentTitle';
import { analyseText, assertEditsAcrossOffsetsMatchAnalyze, readFixture } from '../transcriptFixtures';
import { topicTitles } from './topicTitles';

// A page's first line names the site's section (`新知講堂/出版教室`, `重要演辭、資料及新聞稿`) and the page's own title
// stands under it as a short front line; the body's first paragraph repeats the title's words and none of the section
// line's. The title reading took the section line. Session 43, topicszh44 (openepaper.nat.gov.tw and cedb.gov.hk, two
// dev sources). Fixtures of our own words (test/fixtures/transcripts/shapes46-topics).

const RELEASE = readFixture('shapes46-topics/site-section-over-release.txt');
const COLUMN = readFixture('shapes46-topics/column-name-over-title.txt');

const linesOf = (text: string): [number, (line: number) => string] => {
  const lines = text.split('\n');
  return [lines.length, (line) => lines[line] ?? ''];
};
const titleLineOf = (text: string): number => documentTitleLine(...linesOf(text), () => false);

describe("a site's section line over the page's title (session 43, topicszh44)", () => {
  it("titles the line whose words the body repeats, not the site's section over it", () => {
    const release = topicTitles(analyseText(RELEASE, 'release.txt').analysis.topics);
    assert.deepEqual(release, ['市政座談會答問內容']);
    const column = topicTitles(analyseText(COLUMN, 'column.txt').analysis.topics);
    // The byline after the gap is no part of the title (session 44, bylinedTitles.test.ts).
    assert.ok(column.includes('段落安排的三個原則'), column.join(' | '));
    assert.ok(!column.includes('讀書角/寫作教室'), column.join(' | '));
    assert.equal(titleLineOf(COLUMN), 1);
  });

  it('keeps the first line when the body repeats its words too, or when the front line is a byline', () => {
    const overSubtitle = ['城市更新的下一步', '某某研究院院長談舊區重建', '某某研究院院長今天在論壇上談到城市更新，他認為舊區重建必須先談好安置方案。'].join('\n');
    assert.equal(titleLineOf(overSubtitle), 0);
    const overByline = ['週末特稿', '記者王小明/台北報導', '王小明在台北報導了這場比賽，比賽在下午三點結束，兩隊打成平手。'].join('\n');
    assert.equal(titleLineOf(overByline), 0);
  });

  it('reads no further than the title reading did: edits below the body stay outside its reach', () => {
    const [count, lineText] = linesOf(COLUMN);
    assert.ok(documentTitleWithinReach(count, lineText, 0));
    assert.ok(documentTitleWithinReach(count, lineText, 2));
  });

  it('keeps incremental analysis exact from the section line to the first answer', () => {
    const edits = [['x', 0], [' ', 0], ['\n', 0], ['', 1], ['、', 0]] as const;
    assertEditsAcrossOffsetsMatchAnalyze(RELEASE, 'release.txt', edits, 0, RELEASE.indexOf('記者:'));
    assertEditsAcrossOffsetsMatchAnalyze(COLUMN, 'column.txt', edits, 0, COLUMN.indexOf('第二個原則'));
  });
});
