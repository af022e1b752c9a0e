import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analysis/analyze';
import { assertEditsAcrossOffsetsMatchAnalyze } from '../transcriptFixtures';
import { topicTitles } from './topicTitles';

// A bold question titles the section that answers it. Two bold questions that answer nothing are no titles: a lead's
// list of the questions the piece raises (one straight after another), and an interviewer's question that another
// speaker's label answers (a turn of the dialogue).

/** A write-up's lead asks four questions in a row; the interview below asks its own in bold, with a label. */
const LEAD_WITH_QUESTIONS = [
  '她不是典型的KOL，也不是创业者。她好像只是提供了一个框架，数百万用户便开始自主填充内容。',
  '',
  '所以，真正的问题不在于这个社区到底做了什么，而在于：',
  '',
  '**为什么一个组织能在没有传统驱动计划的前提下迅速扩张？**',
  '',
  '**为什么没有章程也没有管理结构，却不影响它的动员能力？**',
  '',
  '**为什么人们需要一个共同的精神原乡？**',
  '',
  '甚至她本人都未必能给出答案。她只是在做，像搭积木一样搭出了一个并非她最初设想的东西。',
  '',
  '**记者：这个社区是怎么诞生的？**',
  '',
  '林悦： 应该是2022年底，我用了一下整个人鸡皮疙瘩都起来了，于是开始收集各种资料。',
  '',
  '**记者：知识库是什么时候上线的？**',
  '',
  '林悦： 大概是第二年的春天，我们把文档公开了，第一周就有几千人来看。',
].join('\n');

/** A talk write-up that titles its sections with bold questions over their answers. */
const TALK_WITH_QUESTION_TITLES = [
  '**数据是什么样子的？**',
  '',
  '我们先看数据的分布，很多业务数据都是厚尾的，少数内容占了大部分的流量。',
  '',
  '**我们可以做什么？**',
  '',
  '当我们看到这样的数据，可以先画直方图，再决定用什么模型来估计它的参数。',
].join('\n');

/** A roundtable labelled with bold names: the host's bold question between two turns, and bold section titles. */
const ROUNDTABLE = [
  '**01 当前的Agent可以做什么**',
  '',
  '**邢曜鹏:** 非常开心邀请三位来我们新一期的节目，可以先请各位简单介绍一下自己吗？',
  '',
  '**张佳钇:** 我现在是在读博士一年级，同时也在一家公司实习，主要做智能体相关的研究。',
  '',
  '**邢曜鹏:** 这个事情我自己也挺有体会的。我们平时也会接触很多想用 AI 改造流程的团队。',
  '',
  '**那你们用过哪些 agent 产品，让你们印象比较深刻？**',
  '',
  '**张佳钇：** 我用得最多的是代码工具。对我来说，一个好的工具能省掉很多重复的劳动。',
  '',
  '**02 通用Agent的瓶颈与边界**',
  '',
  '**邢曜鹏:** 这是个挺有意思的现象，我们每次和有技术背景的人交流都会聊到这一点。',
].join('\n');

describe('bold questions that answer nothing title nothing', () => {
  it('reads a run of bold questions in a lead as the lead, not as sections', () => {
    assert.deepEqual(topicTitles(analyze(LEAD_WITH_QUESTIONS, {}, 'interview.md').topics), []);
    // The same questions, each over its answer, title the answers.
    const answered = LEAD_WITH_QUESTIONS.replace('？**\n\n**为什么没有', '？**\n\n它靠的是每个人自发地分享和整理资料。\n\n**为什么没有').replace(
      '？**\n\n**为什么人们',
      '？**\n\n因为每个人都可以在这里找到自己的位置，也可以随时离开。\n\n**为什么人们',
    );
    assert.deepEqual(topicTitles(analyze(answered, {}, 'interview.md').topics), [
      '为什么一个组织能在没有传统驱动计划的前提下迅速扩张？',
      '为什么没有章程也没有管理结构，却不影响它的动员能力？',
      '为什么人们需要一个共同的精神原乡？',
    ]);
    assert.deepEqual(topicTitles(analyze(TALK_WITH_QUESTION_TITLES, {}, 'talk.md').topics), ['数据是什么样子的？', '我们可以做什么？']);
  });

  it("reads a bold question over another speaker's label as the dialogue's, not a section title", () => {
    const analysis = analyze(ROUNDTABLE, {}, 'roundtable.md');
    assert.deepEqual(topicTitles(analysis.topics), ['01 当前的Agent可以做什么', '02 通用Agent的瓶颈与边界']);
    const question = ROUNDTABLE.indexOf('**那你们');
    const turn = analysis.turns.find((t) => t.span.start <= question && question < t.span.end);
    assert.equal(turn?.speaker, '邢曜鹏');
    // Over prose, the same bold question titles its section.
    const overProse = ROUNDTABLE.replace('**张佳钇：** 我用得最多', '我用得最多');
    assert.ok(topicTitles(analyze(overProse, {}, 'roundtable.md').topics).includes('那你们用过哪些 agent 产品，让你们印象比较深刻？'));
  });

  it('keeps incremental analysis exact around such questions', () => {
    const edits = [['*', 0], ['\n\n', 0], ['x', 0], ['？', 0], ['', 1]] as const;
    assertEditsAcrossOffsetsMatchAnalyze(LEAD_WITH_QUESTIONS, 'interview.md', edits, LEAD_WITH_QUESTIONS.indexOf('所以'), LEAD_WITH_QUESTIONS.indexOf('甚至'));
    assertEditsAcrossOffsetsMatchAnalyze(ROUNDTABLE, 'roundtable.md', edits, ROUNDTABLE.indexOf('**邢曜鹏:** 这个'), ROUNDTABLE.indexOf('**02'));
  });
});
