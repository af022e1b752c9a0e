import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analysis/analyze';
import { isCaptionOrByline, isTitleShaped } from '../../../../src/core/topics/titles';
import { assertReplacementsMatchAnalyze } from '../transcriptFixtures';

/** A news report: the headline, the reporters' byline, the report. */
const REPORT = [
  '首受訪有問必答!總統親上火線 講到麥克風沒電',
  '',
  '記者張三、李四/台北報導',
  '',
  '總統睽違七百多天，親上火線面對數十家海內外媒體，上百名記者的提問有問必答，整場記者會下來講到麥克風都沒電。',
  '',
  '近兩小時的記者會，總統全場都在回答問題，將近任期一半時間沒有受訪，她終於親上火線。',
].join('\n');

describe('a reporter\'s byline', () => {
  it('is no title: the reporters and the place of the report', () => {
    const titles = analyze(REPORT, {}, 'report.txt').topics.map((t) => t.title);
    assert.ok(!titles.includes('記者張三、李四/台北報導'), titles.join(' | '));
    for (const byline of ['記者張三、李四/台北報導', '〔記者林某/台中報導〕', '记者 张三 报道', '記者 許某 報導']) assert.equal(isCaptionOrByline(byline), true, byline);
  });

  it('is no title behind a print page\'s mark either (`◎記者…／台北報導`), and the headline above it stays the title', () => {
    const marked = REPORT.replace('記者張三、李四/台北報導', '◎記者張三、李四／台北報導');
    const titles = analyze(marked, {}, 'report.txt').topics.map((t) => t.title);
    assert.deepEqual(titles, ['首受訪有問必答!總統親上火線 講到麥克風沒電']);
    assert.equal(isCaptionOrByline('◎記者會的報導'), false);
  });

  it('leaves titles that mention reporters or reports', () => {
    for (const title of ['記者會的報導', '記者節：新聞自由的報導', '報導者的一天']) {
      assert.equal(isCaptionOrByline(title), false, title);
    }
    assert.equal(isTitleShaped('記者會的報導'), true);
  });

  it('is re-read when an edit makes or unmakes it', () => {
    assertReplacementsMatchAnalyze(
      [
        [REPORT, '台北報導', '台北報'],
        [REPORT, '台北報導', '台北'],
        [REPORT, '記者張三、李四/台北', '張三、李四/台北'],
        [REPORT.replace('記者張三、李四/台北報導', '張三李四台北'), '張三李四台北', '記者張三、李四/台北報導'],
      ],
      'report.txt',
    );
  });
});
