import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analysis/analyze';
import { labelCandidate } from '../../../../src/core/turns/candidates';
import { assertReplacementsMatchAnalyze } from '../transcriptFixtures';

/** A web chat's record: the host's role in brackets, the guest's role and name together in them (`[嘉宾:王芳]:`). */
const WEB_CHAT = [
  '老城區的記憶：訪談實錄',
  '',
  '[主持人]:各位網友大家好，今天我們請到了城市史研究者王芳老師。',
  '',
  '[嘉賓:王芳]:大家好，很高興來到這裡。',
  '',
  '[主持人]:您研究老城區多少年了？',
  '',
  '[嘉賓:王芳]:差不多二十年，從一九九八年開始做口述歷史。',
  '',
  '[主持人]:最難忘的是哪一次採訪？',
  '',
  '[嘉賓:王芳]:一位九十歲的老裁縫，他記得每一條巷子的名字。',
].join('\n');

describe('a role and a name inside the label\'s brackets', () => {
  it('reads `[嘉賓:王芳]:` as a label of 王芳, the role left out of the name', () => {
    const candidate = labelCandidate('[嘉賓:王芳]:大家好', '[嘉賓:王芳]:大家好'.length);
    assert.equal(candidate?.name, '王芳');
    assert.equal(labelCandidate('[Guest: Jane Doe]: Hello there', 30)?.name, 'Jane Doe');
    // A note in brackets with no label's colon after it is no label.
    assert.equal(labelCandidate('[注:以下為節選]', 9), null);
  });

  it('gives the guest the guest\'s lines, the host the host\'s', () => {
    const speakers = analyze(WEB_CHAT, {}, 'chat.txt').turns.map((t) => t.speaker);
    assert.deepEqual(speakers, ['主持人', '王芳', '主持人', '王芳', '主持人', '王芳']);
  });

  it('stays exact when an edit breaks or mends the role\'s colon', () => {
    assertReplacementsMatchAnalyze([
      [WEB_CHAT, '[嘉賓:王芳]', '[嘉賓王芳]'],
      [WEB_CHAT, '[嘉賓:王芳]', '[嘉賓：王芳]'],
      [WEB_CHAT, '二十年', '約二十年'],
    ], 'chat.txt');
  });
});

describe('a news report\'s source before its lead', () => {
  it('reads `中新网消息：` and `央视网消息(新闻联播)：` as no speaker, the interview\'s labels below as theirs', () => {
    for (const lead of ['中新网消息：昨日，市政府召开新闻发布会。', '央视网消息(新闻联播)：昨日，市政府召开新闻发布会。', '本报讯：昨日，市政府召开新闻发布会。']) {
      const text = [lead, '', '李明：我们今年将新建三所学校。', '', '王芳：预算是多少？', '', '李明：大约两亿元。'].join('\n');
      assert.deepEqual(analyze(text, {}, 'news.txt').turns.map((t) => t.speaker), ['李明', '王芳', '李明'], lead);
    }
  });
});

describe('a documentary\'s narrator', () => {
  it('reads `解说：` as the narrator\'s label, not 解 saying something', () => {
    const text = ['解说：今年七月，新铁路将全线试运营。', '', '李明：我第一次来高原。', '', '解说：据了解，他们都是第一次来。', '', '李明：空气很稀薄。'].join('\n');
    assert.deepEqual(analyze(text, {}, 'doc.txt').turns.map((t) => t.speaker), ['解说', '李明', '解说', '李明']);
    assert.equal(labelCandidate('解說：據了解', 6)?.name, '解說');
  });
});
