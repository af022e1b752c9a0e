import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analysis/analyze';
import { assertEditsAcrossOffsetsMatchAnalyze, assertReplacementsMatchAnalyze } from '../transcriptFixtures';

// A video site's AI captions saved as text: a phrase per line behind its time, no punctuation (`[00:00] 公交票价上涨`).
// Read by the timestamp convention (`[00:01:23] Jane Doe` over her speech) each phrase was a speaker. Our own words.
const CAPTIONS = [
  '# 公交票价为什么涨了',
  '[00:00] 公交票价上涨',
  '[00:01] 地铁票价不变',
  '[00:03] 很多人又开始讨论了',
  '[00:05] 去年公交公司亏损',
  '[00:07] 超过三千万元',
  '[00:09] 所以涨价也在预料之中',
].join('\n');

const SPEAKERS = [
  '[00:00:05] 王小明',
  '大家好,欢迎收听本期节目。',
  '',
  '[00:00:12] 李华',
  '谢谢邀请,很高兴来到这里。',
  '',
  '[00:00:20] 王小明',
  '我们先聊聊公交票价。',
  '',
  '[00:00:31] 李华',
  '去年公交公司亏损超过三千万元。',
].join('\n');

describe('a caption’s phrases behind their times (`[00:00] 公交票价上涨`)', () => {
  it('reads no phrase as a speaker', () => {
    assert.deepEqual(analyze(CAPTIONS, {}, 'captions.txt').turns.map((t) => t.speaker), []);
  });

  it('still reads a transcript’s stamped names over their speech, and a lone speaker’s', () => {
    assert.deepEqual(analyze(SPEAKERS, {}, 'talk.txt').turns.map((t) => t.speaker), ['王小明', '李华', '王小明', '李华']);
    const monologue = '[00:00:05] 王小明\n大家好,欢迎收听本期节目。今天我们聊聊公交票价。\n';
    assert.deepEqual(analyze(monologue, {}, 'talk.txt').turns.map((t) => t.speaker), ['王小明']);
    const two = CAPTIONS.split('\n').slice(0, 3).join('\n');
    assert.ok(analyze(two, {}, 'captions.txt').turns.length > 0, 'two stamped lines are too few to tell phrases from names');
  });

  it('keeps edits that make or unmake the list equal to a full analysis', () => {
    assertReplacementsMatchAnalyze([
      [CAPTIONS, '[00:05] 去年公交公司亏损\n', ''],
      [CAPTIONS, '[00:07] 超过三千万元\n[00:09] 所以涨价也在预料之中', ''],
      [CAPTIONS, '地铁票价不变', '公交票价上涨'],
      [SPEAKERS, '[00:00:31] 李华', '[00:00:31] 张三'],
    ], 'captions.txt');
    assertEditsAcrossOffsetsMatchAnalyze(CAPTIONS, 'captions.txt', [['\n', 0], ['', 1], ['[00:08] 涨', 0]]);
  });
});
