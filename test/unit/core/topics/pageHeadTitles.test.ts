import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analysis/analyze';
import { documentTitleWithinReach, readsAsDocumentTitle } from '../../../../src/core/topics/documentTitle';
import { isCaptionOrByline } from '../../../../src/core/topics/titles';
import { assertEditsAcrossOffsetsMatchAnalyze, assertReplacementsMatchAnalyze } from '../transcriptFixtures';
import { topicTitles } from './topicTitles';

/** A society's site: its section's name, a blank line, the essay's title and its sub-title, then the essay. */
const SECTION_OVER_TITLE = [
  '会员园地',
  '',
  '我在小镇采访种茶人———2019 春茶季的三个清晨',
  '',
  '对“老茶园” 如何写出好故事',
  '',
  '去年春天, 我三次去到山里的小镇, 跟着种茶的老人上山采茶, 听他讲这片茶园四十年的变化。',
  '',
  '第一个清晨下着小雨, 老人说雨后的嫩芽最香, 他家的茶园有二十亩, 一半是父亲留下的老树。',
].join('\n');

/** A periodical site's copy: the interview's title, the site's field row and notices, a lead, then the labelled exchange. */
const TITLE_OVER_FIELDS = [
  '我只是想把车开得更快',
  '',
  '来源 :城市周刊 | 被引量 : 0次 | 上传用户:reader01',
  '下载到本地 , 更方便阅读',
  '文章内容阅读',
  '  这一次, 我们在赛道边见到了刚下车的他, 头发还是湿的, 说起比赛却停不下来。',
  '  周刊:你怎么开始赛车的?',
  '  林立:我从小就喜欢车, 小时候最想当的是公交车司机。',
].join('\n');

/** A talk record: the page's title, its credits on one line, then the host and the guest. */
const CREDITED_TALK = [
  '城市與文學的對話─王小文 | 新讀書 Reading Club',
  '',
  '',
  '主持/陳大明 記錄整理.攝影/林小美',
  '',
  '陳:今天的來賓是作家王小文,她寫了三本關於城市的小說,也在大學教了十年的寫作課,很多讀者都是從她的第一本書認識這座城市的。',
  '',
  '王:謝謝大家,很高興來到這裡。',
].join('\n');

describe('the page head: a title under the site\'s section line, a row of the site\'s fields, a line of credits', () => {
  it('reads the longer line under a short site line as the page\'s title', () => {
    assert.deepEqual(topicTitles(analyze(SECTION_OVER_TITLE, {}, 'essay.txt').topics), ['我在小镇采访种茶人———2019 春茶季的三个清晨']);
  });

  it('takes a row of key-and-colon fields for the site\'s, not for a longer title under the first line', () => {
    assert.ok(!readsAsDocumentTitle('来源 :城市周刊 | 被引量 : 0次 | 上传用户:reader01'));
    // One colon parts a title's phrases; a time's colon is no field's.
    assert.ok(readsAsDocumentTitle('深度专访:一位车手的十年'));
    assert.ok(readsAsDocumentTitle('晚会 19:30 开始的那一夜:回忆录'));
    assert.deepEqual(topicTitles(analyze(TITLE_OVER_FIELDS, {}, 'weekly.txt').topics), ['我只是想把车开得更快']);
  });

  it('takes two credits on a line for a byline, not for a title', () => {
    assert.ok(isCaptionOrByline('主持/陳大明 記錄整理.攝影/林小美'));
    assert.ok(isCaptionOrByline('文｜张三　摄影｜李四'));
    // One pair is no credit line (a title may set two places side by side).
    assert.ok(!isCaptionOrByline('上海/北京'));
    assert.deepEqual(topicTitles(analyze(CREDITED_TALK, {}, 'talk.txt').topics), ['城市與文學的對話─王小文 | 新讀書 Reading Club']);
  });

  it('reaches the title under the site\'s line and its body when the incremental analyzer asks', () => {
    const lines = SECTION_OVER_TITLE.split('\n');
    const lineText = (line: number): string => lines[line] ?? '';
    // The body's second paragraph is within reach: the title stands two lines lower than the first line.
    // (Read from the first line, the reach would end at line 1 + 10.)
    assert.ok(documentTitleWithinReach(lines.length, lineText, 8));
  });

  it('keeps incremental analysis exact when the site\'s line, the title, the fields or the credits are edited', () => {
    assertReplacementsMatchAnalyze([
      [SECTION_OVER_TITLE, '会员园地\n\n', ''],
      [SECTION_OVER_TITLE, '会员园地', '会员园地与我们的通讯专栏的全部文章'],
      [SECTION_OVER_TITLE, '\n\n我在', '\n我在'],
      [SECTION_OVER_TITLE, '变化。', '变化'],
      [TITLE_OVER_FIELDS, ' | 被引量 : 0次', ''],
      [TITLE_OVER_FIELDS, '下载到本地 , 更方便阅读\n', ''],
    ], 'essay.txt');
    assertReplacementsMatchAnalyze([
      [CREDITED_TALK, ' 記錄整理.攝影/林小美', ''],
      [CREDITED_TALK, '主持/', '主持'],
    ], 'talk.txt');
    assertEditsAcrossOffsetsMatchAnalyze(SECTION_OVER_TITLE, 'essay.txt', [['\n', 0], ['。', 0], ['会', 0]], 0, SECTION_OVER_TITLE.length);
    assertEditsAcrossOffsetsMatchAnalyze(TITLE_OVER_FIELDS, 'weekly.txt', [['\n', 0], [':', 0]], 0, TITLE_OVER_FIELDS.indexOf('这一次'));
  });
});
