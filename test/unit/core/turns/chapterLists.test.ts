import * as assert from 'node:assert/strict';
import { chapterLine, chapterListLines } from '../../../../src/core/turns/chapterLists';
import { LineIndex } from '../../../../src/core/text/positions';
import { analyseText, assertEditsAcrossOffsetsMatchAnalyze, assertReplacementsMatchAnalyze } from '../transcriptFixtures';
import { speakerAt } from './turnAssertions';

/** A Chinese podcast page: its chapter list, one time and title a line, then the transcript with timed labels. */
const ZH_PAGE = [
  '第42期：我们聊聊城市规划',
  '',
  '(00:00) 开场',
  '(05:12) 嘉宾介绍',
  '(38:10) 听众提问',
  '(1:02:03) 第三部分',
  '',
  '主持人 (00:00:05)：大家好，欢迎收听本期节目。',
  '嘉宾 (00:00:12)：谢谢邀请，很高兴来到这里。',
  '主持人 (00:00:20)：我们今天先从城市规划谈起。',
  '嘉宾 (00:00:31)：城市的人口在过去十年增长了百分之二十。',
].join('\n');

/** The shortest list: three chapters, the middle title no label reader takes. */
const ZH_SHORT = [
  '第58期｜城市规划',
  '',
  '(00:00) 开场',
  '(12:34) 第二部分',
  '(38:10) 听众提问',
  '',
  '主持人 (00:00:05)：大家好，欢迎收听本期节目。',
  '嘉宾 (00:00:12)：谢谢邀请，很高兴来到这里。',
  '主持人 (00:00:20)：我们今天先从城市规划谈起。',
].join('\n');

/** The same with bracketed times before the labels, as many show-notes pages print both. */
const ZH_BRACKETED = [
  '本期节目',
  '',
  '[00:00] 开场',
  '[05:12] 嘉宾介绍',
  '[38:10] 听众提问',
  '',
  '[00:00:05] 主持人：大家好，欢迎收听本期节目。',
  '[00:00:12] 嘉宾：谢谢邀请，很高兴来到这里。',
  '[00:00:20] 主持人：我们今天先从城市规划谈起。',
].join('\n');

/** An English page: bare times over titles, then `[00:01:02] Name:` lines. */
const EN_PAGE = [
  'Episode 12: Rebuilding the city',
  '',
  '00:00 Intro',
  '12:34 Guest introduction',
  '38:10 Listener questions',
  '',
  '[00:00:05] Maria: Welcome back to the show, everyone.',
  '[00:00:12] Tom: Thanks for having me, it is great to be here.',
  '[00:00:20] Maria: Let us start with the housing plan.',
].join('\n');

const speakerOf = (text: string, words: string, file = 'episode.txt'): string | null => speakerAt(text, analyseText(text, file).analysis, words);
const speakersOf = (text: string, file = 'episode.txt'): string[] => [...new Set(analyseText(text, file).analysis.turns.map((turn) => turn.speaker))];

describe('a timestamped chapter list names no speaker (chapterLists.ts)', () => {
  it('reads a chapter line\'s time and title, bare or bracketed, and nothing with a colon after the time', () => {
    assert.deepEqual(chapterLine('(1:02:03) 第三部分'), { seconds: 3723, title: '第三部分' });
    assert.deepEqual(chapterLine('- [12:34] Guest introduction'), { seconds: 754, title: 'Guest introduction' });
    assert.equal(chapterLine('[00:00:05] Maria: Welcome back.'), null);
    assert.equal(chapterLine('(00:00 Intro'), null);
    // A timed line ending a sentence is speech, not a title.
    assert.equal(chapterLine('00:01:02 We start now.'), null);
  });

  it('takes a run only when its times rise and its titles all differ', () => {
    const lines = (text: string): number[] => [...chapterListLines(new LineIndex(text))];
    assert.deepEqual(lines('00:00 Intro\n12:34 Guests\n38:10 Questions'), [0, 1, 2]);
    assert.deepEqual(lines('00:00 Intro\n38:10 Guests\n12:34 Questions'), []);
    assert.deepEqual(lines('[00:01] 张三\n[01:05] 李四\n[02:09] 张三'), []);
    // Timed speech, seconds apart (whisper's segments), is no list even where no line ends a clause.
    assert.deepEqual(lines('[06:55]  and provide this notice to you\n[06:58]  and let you know that you\n[07:01]  and the pursuit of it'), []);
    assert.deepEqual(lines('00:00 Intro\n12:34 Guests'), []);
  });

  it('reads a Chinese chapter list as no labels, and keeps the transcript\'s timed labels', () => {
    for (const text of [ZH_PAGE, ZH_SHORT, ZH_BRACKETED]) {
      assert.deepEqual(speakersOf(text), ['主持人', '嘉宾']);
      assert.equal(speakerOf(text, '大家好'), '主持人');
      assert.equal(speakerOf(text, '谢谢邀请'), '嘉宾');
      assert.equal(speakerOf(text, '听众提问'), null);
    }
  });

  it('keeps an English transcript\'s timed labels under a chapter list', () => {
    assert.deepEqual(speakersOf(EN_PAGE), ['Maria', 'Tom']);
    assert.equal(speakerOf(EN_PAGE, 'Thanks for having me'), 'Tom');
  });

  it('keeps incremental analysis exact when a chapter line changes, joins or leaves the run', () => {
    assertReplacementsMatchAnalyze([
      [ZH_PAGE, '(05:12) 嘉宾介绍', '(45:12) 嘉宾介绍'],
      [ZH_PAGE, '(38:10) 听众提问\n', ''],
      [ZH_PAGE, '(38:10) 听众提问', '(38:10) 嘉宾介绍'],
      [ZH_PAGE, '(1:02:03) 第三部分\n', '(1:02:03) 第三部分\n(1:10:00) 结尾\n'],
      [ZH_PAGE, '(05:12) 嘉宾介绍', '嘉宾介绍'],
      // A title no label reader takes, whose time breaks the run: the lines around it name speakers again.
      [ZH_SHORT, '(12:34) 第二部分', '(55:34) 第二部分'],
      [ZH_SHORT.replace('(12:34)', '(55:34)'), '(55:34) 第二部分', '(12:34) 第二部分'],
    ], 'episode.txt');
    for (const [text, words] of [[ZH_SHORT, '(00:00) 开场'], [EN_PAGE, '00:00 Intro']] as const) {
      const at = text.indexOf(words);
      assertEditsAcrossOffsetsMatchAnalyze(text, 'episode.txt', [['x', 0], ['\n', 0], ['', 1]], Math.max(0, at - 10), Math.min(text.length, at + 90));
    }
  });
});
