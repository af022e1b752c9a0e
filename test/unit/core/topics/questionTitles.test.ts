import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analysis/analyze';
import { assertReplacementsMatchAnalyze } from '../transcriptFixtures';
import { topicTitles } from './topicTitles';

/** A talk write-up reposted without blank lines: bold sub-headings, two of them questions. */
const REPOSTED_TALK = [
  '以下为演讲内容整理：',
  '**数据导入场景**',
  '生意参谋是一种为商家服务的数据产品。',
  '**什么是Bulkload？Bulkload有什么功能？**',
  'Bulkload使用一种新的结构进行写入更新。',
  '**数据导出场景**',
  '数据导出是把数据同步到下游系统。',
  '**什么是HImporter系统？**',
  'HImporter是用于辅助数据同步的中间层。',
].join('\n');

/** A write-up with blank lines: a bold section title straight over its numbered first sub-title, a labelled Q&A. */
const NUMBERED_TALK = [
  '**我们可以做什么？**',
  '',
  '**1\\. 厚尾分布及其性质**',
  '',
  '当我们看到这样的数据，可以做些什么呢？',
  '',
  '**2\\. 应用例子**',
  '',
  '**（1）网页搜索浏览**',
  '',
  '第一个例子是网页的浏览量。',
  '',
  '**（2）书店对比**',
  '',
  '第二个例子是两个书店的对比。',
  '',
  '**问答环节**',
  '',
  '**Q1：数据符合什么分布？**',
  '',
  'A1：先画下直方图看看。',
].join('\n');

describe('bold question titles and bold titles over their sub-titles', () => {
  it('reads bold questions as section titles when the write-up titles its sections in the same bold style', () => {
    assert.deepEqual(topicTitles(analyze(REPOSTED_TALK, {}, 'talk.md').topics), ['数据导入场景', '什么是Bulkload？Bulkload有什么功能？', '数据导出场景', '什么是HImporter系统？']);
    // A question followed by its answer in the same bold paragraph is a sentence, not a title.
    const answered = REPOSTED_TALK.replace('**什么是HImporter系统？**', '**什么是HImporter系统？它是一个中间层。**');
    assert.deepEqual(topicTitles(analyze(answered, {}, 'talk.md').topics), ['数据导入场景', '什么是Bulkload？Bulkload有什么功能？', '数据导出场景']);
  });

  it('keeps a section title over its numbered first sub-title, and a labelled question as a turn', () => {
    const analysis = analyze(NUMBERED_TALK, {}, 'talk.md');
    assert.deepEqual(topicTitles(analysis.topics), ['我们可以做什么？', '1\\. 厚尾分布及其性质', '2\\. 应用例子', '（1）网页搜索浏览', '（2）书店对比', '问答环节']);
    assert.deepEqual(analysis.turns.map((t) => t.speaker), ['Q1', 'A1']);
  });

  it('keeps incremental analysis exact when a bold question or a numbered sub-title is edited', () => {
    const cases: [string, string, string][] = [
      [REPOSTED_TALK, '系统？**', '系统。**'],
      [REPOSTED_TALK, '功能？**', '功能**'],
      [REPOSTED_TALK, '**什么是HImporter', '什么是HImporter'],
      [NUMBERED_TALK, '**（1）网页搜索浏览**', '（1）网页搜索浏览'],
      [NUMBERED_TALK, '**2\\. 应用例子**', '**2\\. 应用例子。**'],
      [NUMBERED_TALK, '\n\n**（1）', '\n**（1）'],
    ];
    assertReplacementsMatchAnalyze(cases, 'talk.md');
  });
});

/** Meeting notes: `**Name**` lines over bulleted speech, `**???**` where the note-taker could not name the speaker. */
const NOTES_WITH_UNKNOWN_SPEAKERS = [
  '## Arrow Glacier',
  '',
  '**Tim**',
  '',
  '* next up is the fork block.',
  '',
  '**???**',
  '',
  '* we have not done it yet but we can release it next week',
  '',
  '**Tim**',
  '',
  '* so next week is possible',
  '',
  '**???**',
  '',
  '* we should be able to do it next week',
].join('\n');

describe('a bold question needs words', () => {
  it('reads `**???**` as no question title', () => {
    assert.deepEqual(topicTitles(analyze(NOTES_WITH_UNKNOWN_SPEAKERS, {}, 'notes.md').topics), ['Arrow Glacier']);
  });

  it('keeps incremental analysis exact when words are typed into or taken out of such a line', () => {
    const asked = NOTES_WITH_UNKNOWN_SPEAKERS.replaceAll('**???**', '**Who?**');
    assert.ok(topicTitles(analyze(asked, {}, 'notes.md').topics).includes('Who?'));
    assertReplacementsMatchAnalyze([
      [NOTES_WITH_UNKNOWN_SPEAKERS, '**???**', '**W??**'],
      [asked, '**Who?**', '**??**'],
    ], 'notes.md');
  });
});
