import * as assert from 'node:assert/strict';
import { analyseText, assertReplacementsMatchAnalyze, lineSpeakers } from '../transcriptFixtures';

/**
 * A meeting app's export of unpunctuated ASR text (飞书妙记, 讯飞听见, 钉钉闪记 write it so when punctuation is off): timed
 * labels on their own line, each over a paragraph with no sentence mark, one speaker who speaks only once.
 */
const UNPUNCTUATED = [
  '关键词:', '路线图、预算', '',
  '文字记录:', '',
  '说话人 1 00:05', '好那我们开始吧今天主要过一下路线图', '',
  '张伟 00:18', '上个季度日活涨了百分之十二主要是新版本带来的', '',
  '说话人 1 00:41', '这个增长主要来自哪个渠道', '',
  '张伟 00:45', '大部分是应用商店的自然流量', '',
  '说话人 2 01:10', '我补充一下广告预算三月份会砍掉一半', '',
  '说话人 1 01:32', '好的那我们下周再看', '',
].join('\n');

/** A published record that masks its speakers' names with circles, as Taiwan's legislative and court records do. */
const MASKED = [
  '交通委員會第5次全體委員會議', '',
  '主席：現在開會。請部長報告。', '',
  '李部長○○：本部今年度預算共編列一千零五十億元，較去年增加百分之四點二。', '',
  '主席：謝謝部長。請陳委員發言。', '',
  '陳委員○○：部長，台鐵公司化以後，誤點率有沒有改善？', '',
  '李部長○○：今年上半年的準點率是百分之九十二。', '',
  '王○明：我補充一點，這是站務人員的統計。', '',
].join('\n');

describe('Chinese tool exports (issue 9, session 34, branch zhtools34)', () => {
  it('a timed label named once speaks over unpunctuated ASR text: a time on the label shows the dialogue', () => {
    const fixture = analyseText(UNPUNCTUATED, 'minutes.txt');
    assert.deepEqual(fixture.analysis.turns.map((t) => t.speaker), ['说话人 1', '张伟', '说话人 1', '张伟', '说话人 2', '说话人 1']);
    const lines = UNPUNCTUATED.split('\n').filter((line) => line.trim() !== '');
    assert.equal(lineSpeakers(fixture)[lines.indexOf('我补充一下广告预算三月份会砍掉一半')], '说话人 2');
  });

  it('the same lines without times and without punctuation are still minutes\' fields when each name is given once', () => {
    // No time, no sentence mark, no name given twice: nothing shows a dialogue (findLabelsWithoutDialogue as before).
    const fields = ['出席:', '张伟 李娜', '', '列席:', '王强', '', '记录:', '赵敏', ''].join('\n');
    assert.deepEqual(analyseText(fields, 'minutes.txt').analysis.turns.map((t) => t.speaker), []);
  });

  it('edits that add or remove the times equal a full analysis', () => {
    assertReplacementsMatchAnalyze([
      [UNPUNCTUATED, '说话人 2 01:10', '说话人 2'],
      [UNPUNCTUATED, '说话人 2 01:10', '说话人 2:'],
      [UNPUNCTUATED, '张伟 00:18', '张伟:'],
      [UNPUNCTUATED, '张伟 00:45', '张伟:'],
      [UNPUNCTUATED.replace(/ \d\d:\d\d\n/g, ':\n'), '说话人 2:', '说话人 2 01:10'],
      [UNPUNCTUATED, '我补充一下广告预算三月份会砍掉一半', '我补充一下。'],
    ], 'minutes.txt');
  });

  it('reads names masked with circles as written: `陳委員○○：`, `王○明：`', () => {
    const fixture = analyseText(MASKED, 'record.txt');
    assert.deepEqual(fixture.analysis.turns.map((t) => t.speaker), ['主席', '李部長○○', '主席', '陳委員○○', '李部長○○', '王○明']);
  });

  it('a circle after a numeral is a zero, no masked name: `二○二三年` stays a year in speech', () => {
    const text = ['主席：請部長說明。', '', '李部長○○：二○二三年的預算執行率是百分之九十五。', ''].join('\n');
    const fixture = analyseText(text, 'record.txt');
    assert.deepEqual(fixture.analysis.turns.map((t) => t.speaker), ['主席', '李部長○○']);
    assert.ok(fixture.analysis.claims.some((c) => c.text.includes('二○二三年')));
  });

  it('a header field naming the recording\'s file over its date is no headline: `檔案名稱：….m4a` over `錄音時間：…`', () => {
    const header = (value: string): string => [`檔案名稱：${value}`, '錄音時間：2024/06/02 14:00', '',
      '語者 1 00:00:04', '各位鄉親大家午安，今天的座談會主要是要討論老街的改造計畫。', '',
      '語者 2 00:00:16', '我先說明一下，這個計畫總經費是一千兩百萬，其中中央補助六成。', ''].join('\n');
    assert.deepEqual(analyseText(header('社區營造座談會.m4a'), 'yating.txt').analysis.topics.map((t) => t.title), []);
    // A headline in the same `key：value` form over a date is still the page's title (headlineLabels.ts).
    assert.deepEqual(analyseText(header('老街改造計畫說明會，居民提出施工期間的營業損失'), 'yating.txt').analysis.topics.map((t) => t.title),
      ['檔案名稱：老街改造計畫說明會，居民提出施工期間的營業損失']);
  });
});
