import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analysis/analyze';
import { assertEditsAcrossOffsetsMatchAnalyze } from '../transcriptFixtures';
import { topicTitles as titles } from './topicTitles';

const answer = (topic: string): string => `${topic}这件事我们想了很久，其实答案一直都在，只是过去没有看清楚，后来才慢慢明白。`;

/**
 * A WeChat interview: bold sub-headings, each after a picture and over the interviewer's bold label
 * (`**《远光灯》：** …`), the guest answering under `**楼先生：** …`. `subtitles` are the sub-headings' lines as set.
 */
function interview(subtitles: readonly string[]): string {
  const sections = subtitles.flatMap((title, i) => [
    '![](https://example.org/picture.png)', '', title, '',
    `**《远光灯》：** 第${i + 1}个问题，你怎么看？`, '', `**楼先生：** ${answer(`第${i + 1}个问题`)}`, '', answer('补充'), '',
    `**《远光灯》：** 能再多说一点吗？`, '', `**楼先生：** ${answer(`第${i + 1}个追问`)}`, '',
  ]);
  return ['# 和楼先生聊自动驾驶', '', '**作者 | 记者**', '', '以下为访谈节选。', '', ...sections].join('\n');
}

const SUBTITLES = ['**自动驾驶有五级台阶**', '**L2** **越厉害，就离L4越远**', '**当自动驾驶超越人类，数据是干扰项**'];
const WORDS = ['自动驾驶有五级台阶', 'L2 越厉害，就离L4越远', '当自动驾驶超越人类，数据是干扰项'];

describe('bold sub-headings between the turns of a dialogue', () => {
  it('titles sections with bold lines over the next label, a split bold line read as one', () => {
    const analysis = analyze(interview(SUBTITLES), {}, 'interview.md');
    const found = titles(analysis.topics);
    for (const title of WORDS) assert.ok(found.includes(title), `${title} in ${JSON.stringify(found)}`);
    // No sub-heading speaks: the label scheme's reading of them as names is undone.
    const speakers = new Set(analysis.turns.map((t) => t.speaker));
    assert.deepEqual([...speakers].sort(), ['楼先生', '远光灯'].sort());
  });

  it('leaves a single bold line over a label alone', () => {
    const text = interview(['**自动驾驶有五级台阶**', '', '']).replace(/\n\n\n/g, '\n\n');
    assert.ok(!titles(analyze(text, {}, 'interview.md').topics).includes('自动驾驶有五级台阶'));
  });

  it('keeps a bold name over its speech a speaker', () => {
    const text = ['**陈冲**', '', answer('第一个问题'), '', '**主持人**', '', '第二个问题，你怎么看？', '', '**陈冲**', '', answer('第二个问题'), '', '**主持人**', '', '**陈冲**', '', answer('第三个问题')].join('\n');
    const analysis = analyze(text, {}, 'dialogue.md');
    assert.ok(analysis.turns.some((t) => t.speaker === '陈冲'));
    assert.ok(!titles(analysis.topics).includes('陈冲'));
  });

  it('reads bold runs cut out of a paragraph, and a split bold question, as no title', () => {
    const pieces = ['文章开头是一段话，介绍了事件的背景。', '', '而硬币另一面是', '', '**AI****能力越大，风险越大**', '', '。这是第一点。', '',
      '因为漏洞挖掘不是一次问答，而是一项', '', '**长周期** **多阶段强验证的工作**', '', '，需要很多步骤。', '',
      '**主持人：** **我们来复盘一下这两年的关键决策。**', '', '**2024** **到2025** **年，这一年你的关键决策是什么？**', '', '**杨先生：** 很重要的一点是技术上的转变。', '',
      '**主持人：** 好的。', '', '**杨先生：** 谢谢。'].join('\n');
    const found = titles(analyze(pieces, {}, 'talk.md').topics);
    for (const words of ['AI能力越大，风险越大', '长周期 多阶段强验证的工作', '2024 到2025 年，这一年你的关键决策是什么？']) assert.ok(!found.includes(words), `${words} in ${JSON.stringify(found)}`);
  });

  it('equals a full analysis after edits around the sub-headings, pictures and labels', function () {
    this.timeout(300_000);
    const text = interview(SUBTITLES);
    const local = assertEditsAcrossOffsetsMatchAnalyze(text, 'interview.md', [['*', 0], ['\n', 0], ['：', 0], ['。', 0], ['', 1]]);
    assert.ok(local > 0, 'no edit stayed local');
  });
});
