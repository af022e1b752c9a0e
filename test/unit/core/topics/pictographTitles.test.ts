import * as assert from 'node:assert/strict';
import { pictographLineEdited } from '../../../../src/core/topics/pictographTitles';
import { LineIndex } from '../../../../src/core/text/positions';
import { analyseText, assertEditsAcrossOffsetsMatchAnalyze } from '../transcriptFixtures';
import { topicTitles } from './topicTitles';

// A programme page leads each section line with a pictograph and packs the sections without blank lines, the value
// right under its line (session 41, topics42).

const PROGRAMME = [
  '《港口夜話》第 9 集節目資訊',
  '播出時間：每週六晚上九點',
  '🎧嘉賓介紹',
  '碼頭工會理事長 陳大海',
  '📌本集摘要',
  '貨櫃船變大以後，碼頭工人的班表和工資怎麼改變',
  '🗓️下集預告',
  '港口城市的老倉庫再利用',
  '',
  '主持人：歡迎收聽港口夜話，今天我們請到陳理事長。',
  '陳大海：大家好，我在碼頭工作了三十年。',
  '主持人：現在一個班要做多久？',
  '陳大海：以前八個小時，現在常常要做到十二個小時。',
].join('\n');

describe('pictograph-led section lines packed over their values (session 41, topics42)', () => {
  it('reads each pictograph-led title line as a section title', () => {
    const titles = topicTitles(analyseText(PROGRAMME, 'programme.txt').analysis.topics);
    for (const title of ['🎧嘉賓介紹', '📌本集摘要', '🗓️下集預告']) assert.ok(titles.includes(title), titles.join(' | '));
    // The values under them stay no titles.
    assert.ok(!titles.includes('港口城市的老倉庫再利用'), titles.join(' | '));
  });

  it('reads no single pictograph line, no field and no sentence so', () => {
    const single = PROGRAMME.replace('📌本集摘要\n', '').replace('🗓️下集預告\n', '');
    assert.ok(!topicTitles(analyseText(single, 'programme.txt').analysis.topics).includes('🎧嘉賓介紹'));
    // Fields and sentences led by a pictograph: a key and a value, a call to act.
    const fields = ['活動資訊', '🌀 時間：七月四日晚上七點', '🌀 地點：港口圖書館二樓', '👉 掃描條碼立即報名，名額有限。', '', '主持人：大家好。'].join('\n');
    assert.deepEqual(topicTitles(analyseText(fields, 'notes.txt').analysis.topics).filter((title) => title.includes('🌀') || title.includes('👉')), []);
  });

  it('reads no avatar before a recurring name line', () => {
    const interview = [
      '👩 Mia',
      'We started the garden in a car park behind the library.',
      '🧔 Theo',
      'How many people came to the first planting day?',
      '👩 Mia',
      'About forty, which was far more than we had seeds for.',
      '🧔 Theo',
      'And who looks after it over the summer?',
    ].join('\n');
    const titles = topicTitles(analyseText(interview, 'interview.txt').analysis.topics);
    assert.ok(!titles.some((title) => title.includes('Mia') || title.includes('Theo')), titles.join(' | '));
  });

  it('finds a pictograph line on the edited lines only', () => {
    const lines = new LineIndex(PROGRAMME);
    const summary = PROGRAMME.split('\n').indexOf('📌本集摘要');
    assert.ok(pictographLineEdited(lines, summary, summary));
    assert.ok(pictographLineEdited(lines, summary - 1, summary + 1));
    assert.ok(!pictographLineEdited(lines, summary + 1, summary + 1));
    assert.ok(!pictographLineEdited(lines, 9, 12));
  });

  it('keeps incremental analysis exact around the pictograph titles', () => {
    const edits = [['x', 0], ['📌', 0], ['：', 0], ['\n', 0], ['', 1], ['', 2]] as const;
    assertEditsAcrossOffsetsMatchAnalyze(PROGRAMME, 'programme.txt', edits, PROGRAMME.indexOf('播出'), PROGRAMME.indexOf('主持人'));
  });
});
