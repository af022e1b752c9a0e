import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analysis/analyze';
import { readsAsDatedHeadline } from '../../../../src/core/topics/datedHeadline';
import { assertReplacementsMatchAnalyze } from '../transcriptFixtures';
import { topicTitles } from './topicTitles';

/** An interview page: a headline with commas and a colon, its channel and date, a byline, the lead, the dialogue. */
const PAGE = [
  '对话某云:大模型两年,我们找到了做应用的正确范式',
  '',
  '科技   2024-11-16 08:46   北京',
  '',
  '作者 | 某编辑部',
  '在刚过去的大会上，某云公布了大模型应用的新进展，我们和两位负责人聊了聊做应用的范式。',
  '',
  '张三:大模型两年，你们找到了什么？',
  '',
  '李四:我们找到了做应用的正确范式，开发者可以更快地验证想法。',
].join('\n');

const titlesOf = (text: string): string[] => topicTitles(analyze(text, {}, 'page.txt').topics);

describe('a dated page\'s headline', () => {
  it('is the first line when a date follows within a few short lines and the article repeats its words', () => {
    assert.deepEqual(titlesOf(PAGE), ['对话某云:大模型两年,我们找到了做应用的正确范式']);
    // With no blank line under it, the date straight below (`2022-05-12董月鲜`).
    assert.deepEqual(titlesOf(PAGE.replace('\n\n科技   2024-11-16 08:46   北京\n', '\n2024-11-16董某\n')), ['对话某云:大模型两年,我们找到了做应用的正确范式']);
  });

  it('needs the date, the repeated words, and a headline\'s shape', () => {
    // No date under it: commas and a colon make it a sentence or a label.
    assert.deepEqual(titlesOf(PAGE.replace('科技   2024-11-16 08:46   北京', '科技频道')), []);
    // The article below never repeats the headline's words: a site's line over its date.
    assert.deepEqual(titlesOf(PAGE.replace(/^[^\n]*/, '欢迎访问本网站首页查看更多精彩内容推荐')), []);
    // A long paragraph before the date: the date is the article's, not the headline's.
    assert.deepEqual(titlesOf(PAGE.replace('作者 | 某编辑部', '作者 | 某编辑部').replace('\n\n科技', `\n\n${'大模型两年的应用开发，'.repeat(6)}\n\n科技`)), []);
    assert.equal(readsAsDatedHeadline('大模型两年我们找到了做应用的正确范式。'), false, 'a sentence');
    assert.equal(readsAsDatedHeadline('跳到主要內容'), false, 'too few words');
    assert.equal(readsAsDatedHeadline('立法會  ─  2013年 1月 10日'), false, 'a running header');
  });

  it('keeps incremental analysis exact when the headline, its date or the lead is edited', () => {
    // The lead repeats exactly three pieces of the headline (某云, 模型, 应用); the dialogue none.
    const spare = [
      '对话某云:大模型两年,我们找到了做应用的正确范式',
      '科技   2024-11-16 08:46   北京',
      '在刚过去的大会上，某云的两位负责人聊了聊模型应用开发。',
      '',
      '张三:最近，你们看到了什么变化？',
      '',
      '李四:开发者可以更快地验证想法。',
    ].join('\n');
    assert.deepEqual(titlesOf(spare), ['对话某云:大模型两年,我们找到了做应用的正确范式']);
    assertReplacementsMatchAnalyze([
      [spare, '聊了聊模型应用', '聊了聊应用'],
      [spare.replace('聊了聊模型应用', '聊了聊应用'), '聊了聊应用', '聊了聊模型应用'],
      [spare, '聊了聊模型应用开发。', '聊了聊模型应用开发。\n'],
      [spare, '最近，', '最近模型应用两年，'],
    ], 'page.txt');
    assertReplacementsMatchAnalyze([
      [PAGE, '2024-11-16', '2024年'],
      [PAGE, '科技   2024', '科技   2O24'],
      [PAGE, '2024-11-16', ''],
      [PAGE, '大模型应用的新进展', '新进展'],
      [PAGE, '在刚过去的大会上，某云公布了大模型应用的新进展，', ''],
      [PAGE, '正确范式\n', '正确范式。\n'],
      [PAGE, '对话某云:', ''],
      [PAGE, '\n\n作者', '\n\n'.repeat(15) + '作者'],
      [PAGE, '对话某云', '\n对话某云'],
      [PAGE.replace('科技   2024-11-16 08:46   北京', '科技频道'), '科技频道', '科技   2024-11-16 08:46   北京'],
    ], 'page.txt');
  });
});

describe('a dated page\'s headline under the site\'s lines', () => {
  /** A news page saved as text: a breadcrumb, the headline, its date and source, the headline again, the article. */
  const NEWS = [
    '首页 > 财经 >',
    '',
    '新能源汽车出口增长明显 多家企业扩大海外布局',
    '',
    '2023-04-12 09:30:11 网络整理 阅读:35 评论:0',
    '',
    '今年一季度，新能源汽车出口增长明显，多家企业表示将继续扩大海外布局，在欧洲和东南亚建设工厂。',
    '',
    '分析人士认为，海外市场的需求仍在增加。',
  ].join('\n');

  it('is the line right over the date when only short lines stand above it', () => {
    assert.deepEqual(titlesOf(NEWS), ['新能源汽车出口增长明显 多家企业扩大海外布局']);
    // A site name and a font-size widget over the headline, the date in a byline.
    const site = NEWS.replace('首页 > 财经 >\n', '某某财经网——财经资讯平台\n主页 >新闻 >要闻\n字体大小[] [] []\n').replace('2023-04-12 09:30:11 网络整理 阅读:35 评论:0', '本网记者 某某 [ 2023-04-12 ] 共有0条点评');
    assert.deepEqual(titlesOf(site), ['新能源汽车出口增长明显 多家企业扩大海外布局']);
  });

  it('needs short lines above, the article\'s words and no subtitle shape', () => {
    // A paragraph above the headline: the date is the article's, not the page's.
    assert.deepEqual(titlesOf(NEWS.replace('首页 > 财经 >', '据报道，今年以来，新能源汽车出口增长明显。')), []);
    // Four lines of the site's above it: no page header reads so.
    assert.deepEqual(titlesOf(NEWS.replace('首页 > 财经 >', '甲\n乙\n丙\n丁')), []);
    // The article never repeats the headline's words.
    assert.deepEqual(titlesOf(NEWS.replace(/今年一季度[^\n]*/, '天气晴朗。').replace('分析人士认为，海外市场的需求仍在增加。', '明日有雨。')), []);
    // A dash subtitle right over the date is the title's subtitle, never the headline (dashSubtitles.ts).
    assert.equal(readsAsDatedHeadline('——在新能源汽车出口论坛上的讲话'), false);
  });

  it('keeps incremental analysis exact when the lines above the headline are edited', () => {
    assertReplacementsMatchAnalyze([
      [NEWS, '首页 > 财经 >', '据报道，今年以来，新能源汽车出口增长明显。'],
      [NEWS.replace('首页 > 财经 >', '据报道，今年以来，新能源汽车出口增长明显。'), '据报道，今年以来，新能源汽车出口增长明显。', '首页 > 财经 >'],
      [NEWS, '首页 > 财经 >\n', '首页 > 财经 >\n甲\n乙\n丙\n'],
      [NEWS, '2023-04-12', '2023年'],
      [NEWS, '多家企业表示', '企业表示'],
    ], 'page.txt');
  });
});

describe('a headline under its dateline', () => {
  /** A government page saved as text: skip link, anchors, section names, the date, the headline, its subtitle, the release. */
  const RELEASE = [
    '跳到主要內容',
    ':::',
    ':::',
    '',
    '新聞與活動',
    '',
    '本府新聞',
    '',
    '112年05月02日',
    '市長出席防災演練 盼強化社區應變能力與韌性',
    '市長出席「112年度防災演練」',
    '',
    '市長今(2)日上午出席防災演練，感謝參與演練的社區志工，並期盼各社區強化應變能力。',
    '',
    '市長表示，面對颱風與地震，社區的韌性來自平時的準備。',
  ].join('\n');

  it('is the line right under a date that heads the page', () => {
    assert.deepEqual(titlesOf(RELEASE), ['市長出席防災演練 盼強化社區應變能力與韌性']);
    // A weekday after the date and a blank line before the headline.
    assert.deepEqual(titlesOf(RELEASE.replace('112年05月02日\n', '2023年5月2日 星期二\n\n')), ['市長出席防災演練 盼強化社區應變能力與韌性']);
  });

  it('needs a date alone on its line, short lines above it and the release\'s words', () => {
    // A dated line with words is a byline, not a dateline heading the page.
    assert.deepEqual(titlesOf(RELEASE.replace('112年05月02日', '112年05月02日 本府新聞處發布')), []);
    // A paragraph above the date: the date is the article's.
    assert.ok(!titlesOf(RELEASE.replace('本府新聞', '本府今天發布新聞，內容如下。')).includes('市長出席防災演練 盼強化社區應變能力與韌性'));
    // Neither the subtitle nor the release repeats the headline's words.
    assert.deepEqual(titlesOf(RELEASE.replace('市長出席「112年度防災演練」', '本府訊').replace(/市長今[^\n]*/, '天氣晴朗。').replace(/市長表示[^\n]*/, '明日有雨。')), []);
    // A speaker's first words under the date (a colon) are no headline.
    const transcript = RELEASE.replace('市長出席防災演練 盼強化社區應變能力與韌性', '主持人：市長出席防災演練，強化社區應變能力');
    assert.ok(!titlesOf(transcript).some((title) => title.startsWith('主持人')));
  });

  it('keeps incremental analysis exact when the date or the lines above it are edited', () => {
    assertReplacementsMatchAnalyze([
      [RELEASE, '112年05月02日', '112年05月02日 本府新聞處發布'],
      [RELEASE.replace('112年05月02日', '112年05月02日 本府新聞處發布'), ' 本府新聞處發布', ''],
      [RELEASE, '本府新聞', '本府今天發布新聞，內容如下。'],
      [RELEASE, '112年05月02日\n', '112年05月02日\n\n'],
      [RELEASE, '感謝參與演練的社區志工，', ''],
    ], 'page.txt');
  });
});
