import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analysis/analyze';
import { isOutOfBoldStyle } from '../../../../src/core/topics/titleStyle';
import { assertReplacementsMatchAnalyze } from '../transcriptFixtures';
import { topicTitles } from './topicTitles';

/** A WeChat article saved as Markdown: bold section titles, pictures gone, their captions left between paragraphs. */
const ARTICLE = [
  '**初心：2011-2013**',
  '',
  '2011年，我在大学读国际发展专业，对公益很感兴趣，却不甚了解它的做法。',
  '',
  '▲在南美的群岛上调研',
  '',
  '在这些地方，我逐渐意识到，这个世界上有很多环境与社会问题，需要更多青年去了解。',
  '',
  '**开始探索：2014-2016**',
  '',
  '2014年4月，我们在肯尼亚成立了第一间屋子，里面除了理想什么也没有。',
  '',
  '▲成立伊始，屋子里除了理想，一无所有',
  '',
  '草创阶段，摸着石头过河，很多模式都没有走通，很多事情都没有尽如人意。',
  '',
  '▲在非洲做太阳能调研',
  '',
  '2015年至2016年，为了维持房租，我自己为国际组织打工，走了很多地方。',
  '',
  '▲彼时的屋子别的没有，热闹是真热闹',
  '',
  '随着更多的摸索与机遇，我们逐渐找到了适合自己、适合当下的生存发展模式。',
].join('\n');

const titlesOf = (text: string): string[] => topicTitles(analyze(text, {}, 'article.md').topics);

describe('the document\'s title style', () => {
  it('takes no plain line for a title where the sections are titled in bold', () => {
    assert.deepEqual(titlesOf(ARTICLE), ['初心：2011-2013', '开始探索：2014-2016']);
  });

  it('reads the plain lines as before when the document has fewer than two bold titles', () => {
    const oneBold = ARTICLE.replace('**开始探索：2014-2016**', '2014年，我们开始探索。');
    const titles = titlesOf(oneBold);
    assert.ok(titles.includes('▲在南美的群岛上调研'), titles.join(' | '));
    assert.ok(titles.includes('▲成立伊始，屋子里除了理想，一无所有'), titles.join(' | '));
  });

  it('keeps numbered sub-titles under bold titles', () => {
    assert.equal(isOutOfBoldStyle('① Proportional random growth 机制', 2), false);
    assert.equal(isOutOfBoldStyle('（一）网页搜索浏览', 2), false);
    assert.equal(isOutOfBoldStyle('_** 2. 数据库开始试运营 **_', 2), false);
    assert.equal(isOutOfBoldStyle('▲在非洲做太阳能调研', 2), true);
    assert.equal(isOutOfBoldStyle('▲在非洲做太阳能调研', 1), false);
  });

  it('re-reads every plain line when an edit makes or unmakes a bold title', () => {
    assertReplacementsMatchAnalyze(
      [
        [ARTICLE, '**开始探索：2014-2016**', '开始探索：2014-2016'],
        [ARTICLE, '**开始探索：2014-2016**', '**开始探索：2014-2016'],
        [ARTICLE, '**开始探索：2014-2016**\n\n', '**开始探索：2014-2016**\n'],
        [ARTICLE, '**开始探索：2014-2016**\n\n', '**开始探索：2014-2016**\n好\n'],
        [ARTICLE, '2014年4月', '\n2014年4月'],
        [ARTICLE, '\n\n**开始探索', '\n**开始探索'],
        [ARTICLE.replace('**开始探索：2014-2016**', '开始探索：2014-2016'), '开始探索：2014-2016', '**开始探索：2014-2016**'],
        [ARTICLE, '▲在非洲做太阳能调研', '▲在非洲做太阳能调研。'],
        [ARTICLE, '开始探索', '开始探索。'],
      ],
      'article.md',
    );
  });
});
