import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analysis/analyze';
import { assertEditsAcrossOffsetsMatchAnalyze } from '../transcriptFixtures';
import { topicTitles as titles } from './topicTitles';

/** A note app's summary of a talk: each item a pictograph and a bold name over its points. */
const SUMMARY = [
  '# 本周开源项目汇总',
  '',
  '## AI 摘要',
  '',
  '📦 **向量数据库**',
  '- 开源的向量检索库，支持多种索引，查询延迟低于十毫秒。',
  '- 安装简单，提供 Python 接口。',
  '',
  '🎬 **视频生成模型**',
  '- 阿里开源的视频生成模型，登上排行榜第一名。',
  '- 上线四个模型，有两个规格。',
  '',
  '☸️ **Cherry studio**',
  '- 全能助手平台，集多模型对话、知识库管理等功能于一体。',
  '',
  '## 原文',
  '',
  '大家好，本期的内容会包括向量数据库和视频生成模型，一起来看具体内容。',
].join('\n');

describe('bold titles led by a pictograph', () => {
  it('reads each pictograph and bold name over its points as a section title', () => {
    const found = titles(analyze(SUMMARY, {}, 'notes.md').topics);
    for (const title of ['向量数据库', '视频生成模型', 'Cherry studio']) assert.ok(found.includes(title), `${title} in ${JSON.stringify(found)}`);
  });

  it('reads a lone pictograph-led bold line, or one with text after the bold, as no title', () => {
    const lone = SUMMARY.replace('🎬 **视频生成模型**', '视频生成模型也有更新').replace('☸️ **Cherry studio**', '还有一个助手平台');
    assert.ok(!titles(analyze(lone, {}, 'notes.md').topics).includes('向量数据库'));
    const trailing = SUMMARY.replace('🎬 **视频生成模型**', '🎬 **视频生成模型** — [链接](https://example.org)').replace('☸️ **Cherry studio**', '☸️ **Cherry studio** — 详见官网');
    assert.ok(!titles(analyze(trailing, {}, 'notes.md').topics).includes('向量数据库'));
  });

  it('equals a full analysis after edits around the titles', function () {
    this.timeout(300_000);
    const local = assertEditsAcrossOffsetsMatchAnalyze(SUMMARY, 'notes.md', [['*', 0], ['\n', 0], [' ', 0], ['', 1]]);
    assert.ok(local > 0, 'no edit stayed local');
  });
});
