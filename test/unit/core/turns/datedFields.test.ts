import * as assert from 'node:assert/strict';
import { analyseText, assertReplacementsMatchAnalyze } from '../transcriptFixtures';
import { speakerAt } from './turnAssertions';

/** A forum copy of an interview: its reply time under the headline, then the Q&A. */
const FORUM = [
  '答非所问的最高境界!美媒与驻美大使访谈实录',
  '',
  '最新回复:2020年2月16日 19点57分 PT',
  '117402 阅读',
  '',
  '2月13日,大使接受美国电台早间新闻节目主持人的采访。以下为访谈实录。',
  '',
  '主持人:大使先生,感谢您接受采访。',
  '',
  '大使:谢谢你的邀请。',
  '',
  '主持人:您怎么看目前的疫情?',
  '',
  '大使:我们正尽全力防控疫情。',
].join('\n');

/** A founder's post: periods as bold section titles, `**初心：2011-2013**`. */
const POST = [
  '在成立九周年之际，我想和你一起回顾我们从哪里来。',
  '',
  '**初心：2011-2013**',
  '',
  '2011年，我在大学求学，第一次系统地学习了国际发展的知识。',
  '',
  '**开始探索：2014-2016**',
  '',
  '2014年4月，我们在肯尼亚成立。',
].join('\n');

const speakerOf = (text: string, words: string): string | null => speakerAt(text, analyseText(text, 'page.txt').analysis, words);

describe('a date as a one-off name\'s value', () => {
  it('is a field, not a speaker\'s words: the reply time and the periods label nobody', () => {
    assert.equal(speakerOf(FORUM, '117402'), null);
    assert.equal(speakerOf(FORUM, '2月13日'), null);
    assert.equal(speakerOf(FORUM, '谢谢你的邀请'), '大使');
    assert.equal(speakerOf(POST, '2011年，我在'), null);
    assert.deepEqual(analyseText(POST, 'post.md').analysis.topics.map((t) => t.title), ['初心：2011-2013', '开始探索：2014-2016']);
  });

  it('stays a label when the name labels other lines or the value holds words', () => {
    const answered = FORUM.replace('大使:我们正尽全力防控疫情。', '大使:2020年2月13日。');
    assert.equal(speakerOf(answered, '2020年2月13日。'), '大使');
    assert.equal(speakerOf(FORUM.replace('2020年2月16日 19点57分 PT', '2020年2月16日我们谈了疫情'), '117402'), '最新回复');
  });

  it('keeps incremental analysis exact when the value or the name\'s other lines change', () => {
    assertReplacementsMatchAnalyze([
      [FORUM, '19点57分 PT', '19点57分 我们谈了疫情'],
      [FORUM, '2020年2月16日 19点57分 PT', ''],
      [FORUM, '大使:我们正尽全力', '最新回复:我们正尽全力'],
      [FORUM.replace('大使:我们正尽全力', '最新回复:我们正尽全力'), '最新回复:我们正尽全力', '大使:我们正尽全力'],
      [FORUM, '最新回复:', '最新:'],
    ], 'page.txt');
    assertReplacementsMatchAnalyze([
      [POST, '2011-2013', '2011年起步'],
      [POST, '2014年4月，', '开始探索：2014年4月，'],
    ], 'post.md');
  });
});
