import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analysis/analyze';
import { IncrementalAnalyzer } from '../../../../src/core/analysis/incremental';
import { isFurnitureOrDateline } from '../../../../src/core/topics/titles';
import { topicTitles } from './topicTitles';

// Government briefing and press pages saved with their site furniture (shapes from the info.gov.hk,
// president.gov.tw, ey.gov.tw and cdc.gov dev files; the words here are made up).

/** A skip link over a media session's title, which carries a bracketed note and a `****` rule. */
const SESSION = [
  '跳至主要內容',
  '',
  '局長於會議前會見傳媒開場發言及答問內容(附短片)',
  '*****************************',
  '  以下是局長今日上午出席會議前會見傳媒的開場發言及答問內容:',
  ' ',
  '局長:大家早上好。我明天會率領代表團到外地訪問三日。',
].join('\n');

/** A breadcrumb over an anchor line of colons, then the release's title and body. */
const RELEASE = [
  '跳到主要內容',
  ':::',
  '',
  '本院新聞',
  '',
  ':::',
  '政院澄清媒體報導與答詢內容原意不符',
  '',
  '日期:105-06-17',
  '',
  '針對媒體的標題,發言人澄清,此項報導標題與內容與院長答詢的內容原意不符。',
].join('\n');

/** A briefing's title over its dateline: the full stop belongs to `p.m.`. */
const BRIEFING = [
  'Press Briefing Transcripts',
  '',
  'Weekly Flu Media Briefing',
  '',
  'September 18, 2009, 12:00 p.m.',
  '',
  'Operator: Welcome and thank you for standing by.',
  '',
  'Glen Nowak: Thank you. And thank you all for joining us this afternoon.',
].join('\n');

describe('page furniture and datelines under short lines', () => {
  it('reads furniture, datelines and a page title with a bracketed note as no body', () => {
    for (const words of [':::', '•', 'September 18, 2009, 12:00 p.m.', 'Friday, August 21, 2020', '114年01月13日', '2017年2月28日(星期二)', '局長於會議前會見傳媒開場發言及答問內容(附短片)']) {
      assert.equal(isFurnitureOrDateline(words), true, words);
    }
    for (const words of ['Thank you all for joining us.', '我明天會率領代表團到外地訪問三日。', 'On September 18, the President will travel to Ohio.', '谢谢大家(掌声)', '2009年，我们开始了这项研究。']) {
      assert.equal(isFurnitureOrDateline(words), false, words);
    }
  });

  it('titles nothing with a skip link, a breadcrumb or a briefing title over its dateline', () => {
    assert.deepEqual(topicTitles(analyze(SESSION, {}, 'session.txt').topics), []);
    assert.deepEqual(topicTitles(analyze(RELEASE, {}, 'release.txt').topics), []);
    assert.deepEqual(topicTitles(analyze(BRIEFING, {}, 'briefing.txt').topics), []);
  });

  it('still titles a section over body text', () => {
    // A second section, so that the bare title is no lone one (loneTitles.test.ts).
    // A paragraph first: a breadcrumb over a title at the very head is the page's title block (titleBlock.ts).
    const titled = `Transcripts are posted after each briefing.\n\n${BRIEFING.replace('September 18, 2009, 12:00 p.m.', 'The season began early this year.')}\n\nQuestions and Answers\n\nReporter: How many cases are there now?`;
    assert.deepEqual(topicTitles(analyze(titled, {}, 'briefing.txt').topics), ['Weekly Flu Media Briefing', 'Questions and Answers']);
    const session = SESSION.replace('(附短片)', '。');
    assert.deepEqual(topicTitles(analyze(session, {}, 'session.txt').topics), ['跳至主要內容']);
  });

  it('keeps incremental analysis exact when a dateline, a colon line or a bracketed title is edited', () => {
    const cases: [string, number, number, string][] = [
      [BRIEFING, BRIEFING.indexOf('p.m.') + 4, 0, ' Welcome, everyone.'],
      [BRIEFING, BRIEFING.indexOf('September'), 'September 18, 2009, 12:00 p.m.'.length, 'The season began early.'],
      [RELEASE, RELEASE.indexOf(':::\n政院'), 3, '本院'],
      [RELEASE, RELEASE.indexOf(':::\n政院') + 1, 1, 'a'],
      [SESSION, SESSION.indexOf('(附短片)'), '(附短片)'.length, '。'],
      [SESSION, SESSION.indexOf('短片'), 2, '短片與圖片'],
    ];
    for (const [text, at, length, inserted] of cases) {
      const analyzer = new IncrementalAnalyzer({}, 'page.txt');
      analyzer.update(text);
      const edited = `${text.slice(0, at)}${inserted}${text.slice(at + length)}`;
      assert.deepStrictEqual(analyzer.update(edited, [{ rangeOffset: at, rangeLength: length, text: inserted }]), analyze(edited, {}, 'page.txt'), JSON.stringify([at, inserted]));
    }
  });
});
