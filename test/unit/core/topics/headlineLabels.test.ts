import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analysis/analyze';
import { isColonHeadline } from '../../../../src/core/topics/headlineLabels';
import { assertReplacementsMatchAnalyze } from '../transcriptFixtures';
import { topicTitles } from './topicTitles';

/** A welcome address as a news site prints it: `Name:headline`, the byline glued to a date, the lead, the speech. */
const ADDRESS = [
  '王明:在追问中见证企业的成长',
  '',
  '王明2020-12-18 11:11',
  '',
  '论坛在三亚举办,报社执行总编辑王明代表主办方做欢迎致辞,以下为文字实录:',
  '',
  '尊敬的各位嘉宾,我谨代表报社表示欢迎。',
].join('\n');

/** An interview page whose headline quotes the guest, over a date line; the guest's answers are labelled. */
const INTERVIEW = [
  '张伟:经济稳中有进 不会在6%之下',
  '',
  '2019/1/23 22:05:00',
  '',
  '以下为采访实录:',
  '',
  '记者:您怎么看今年的经济?',
  '',
  '张伟:我认为今年的经济稳中有进。',
].join('\n');

/** A news agency's report under `Name:headline`, its dateline opening with the site's address (over 40 characters). */
const SITE_DATELINE = [
  '首页 > 新闻',
  '',
  '张伟:特殊利益群体阻碍深化改革',
  '',
  'http://www.EXAMPLE.com   2014-02-26 10:24:18',
  '',
  '著名经济学家张伟日前在论坛上表示,改革已进入深水区。',
].join('\n');

function speakerAt(text: string, fileName: string, lineText: string): string | null {
  const analysis = analyze(text, {}, fileName);
  const start = text.indexOf(lineText);
  return analysis.turns.find((t) => t.span.start <= start && start < t.span.end)?.speaker ?? null;
}

describe('a headline in Name:headline form over a date line', () => {
  it('reads it as the title, no speaker\'s label, even when the name labels other lines', () => {
    assert.deepEqual(topicTitles(analyze(ADDRESS, {}, 'address.txt').topics), ['王明:在追问中见证企业的成长']);
    assert.equal(speakerAt(ADDRESS, 'address.txt', '王明:在追问'), null);
    assert.equal(speakerAt(ADDRESS, 'address.txt', '尊敬的'), '王明');
    assert.deepEqual(topicTitles(analyze(INTERVIEW, {}, 'interview.txt').topics), ['张伟:经济稳中有进 不会在6%之下']);
    assert.equal(speakerAt(INTERVIEW, 'interview.txt', '张伟:经济'), null);
    assert.equal(speakerAt(INTERVIEW, 'interview.txt', '张伟:我认为'), '张伟');
  });

  it('reads a dateline that opens with the site\'s address, and no date as an address', () => {
    assert.deepEqual(topicTitles(analyze(SITE_DATELINE, {}, 'report.txt').topics), ['张伟:特殊利益群体阻碍深化改革']);
    assert.equal(speakerAt(SITE_DATELINE, 'report.txt', 'http://'), null);
    // A dotted date (`2019.01.23 22:05`) is a date, not an address.
    assert.deepEqual(topicTitles(analyze(INTERVIEW.replace('2019/1/23 22:05:00', '2019.01.23 22:05'), {}, 'interview.txt').topics), ['张伟:经济稳中有进 不会在6%之下']);
  });

  it('leaves a label whose text is a sentence or whose name is a quoted term', () => {
    assert.ok(!isColonHeadline('张伟:我认为今年的经济稳中有进。'));
    assert.ok(!isColonHeadline('“乙类乙管”：防控措施带来哪些改变'));
    // A byline over the date (the bundled sample's `記者：林雅婷`): its value is a name, no headline.
    assert.ok(!isColonHeadline('記者：林雅婷'));
    assert.ok(!isColonHeadline('Reporter: Ann Lee'));
    assert.ok(isColonHeadline('政院:媒體報導內閣表現自評與林揆答詢內容原意不符'));
  });

  it('keeps incremental analysis exact when the headline, its dateline or the lines between are edited', () => {
    assertReplacementsMatchAnalyze([
      [ADDRESS, '王明2020-12-18', '王明'],
      [ADDRESS, '\n\n王明2020', '\n王明2020'],
      [ADDRESS, '\n\n王明2020', '\n\n\n\n王明2020'],
      [ADDRESS, '的成长', '的成长。'],
      [ADDRESS, '王明:在追问', '王明：在追问'],
      [INTERVIEW, '2019/1/23', '今天'],
      [INTERVIEW, '张伟:经济', '张伟经济'],
      [INTERVIEW, '之下\n', '之下\n2019/1/23\n'],
      [SITE_DATELINE, 'http://www.EXAMPLE.com   ', ''],
      [SITE_DATELINE, '.com   2014', '.com 和 2014'],
    ], 'address.txt');
  });
});
