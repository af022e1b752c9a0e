import * as assert from 'node:assert/strict';
import { recordItemNumber } from '../../../../src/core/turns/recordItems';
import { analyseText, assertEditsAcrossOffsetsMatchAnalyze, assertReplacementsMatchAnalyze, lineSpeakers } from '../transcriptFixtures';

// A record's items numbered across the chair's turns (`二、…請審議案。` over the committee's opinion, the chair's label
// between each two) are the record's agenda, not the chair's words (session 45, legis45). Texts of our own.

/** A plenary record: items read between the chair's questions to the House. */
const PLENARY = [
  '議事紀錄',
  '秘書長:報告院會,出席委員60人,已足法定人數。',
  '主席:現在開會,進行報告事項。',
  '一、本院委員林大同等16人擬具「漁港法部分條文修正草案」,請審議案。',
  '程序委員會意見:擬請院會將本案交經濟委員會審查。',
  '主席:請問院會,對本案照程序委員會意見處理,有無異議?(無)無異議,通過。',
  '二、本院委員陳小安等20人擬具「圖書館法第五條條文修正草案」,請審議案。',
  '程序委員會意見:擬請院會將本案交教育及文化委員會審查。',
  '主席:請問院會,對本案照程序委員會意見處理,有無異議?(無)無異議,通過。',
  '三、行政院函請審議「海岸管理法修正草案」案。',
  '主席:本案暫不予處理。',
].join('\n');

/** A member's own list: the points follow one another inside the turn, no label between. */
const MEMBER_LIST = [
  '主席:請王委員發言。',
  '王委員明德:我有兩點意見。',
  '一、預算應該公開,讓大家都看得到。',
  '二、審查期限不能再延。',
  '部長:謝謝委員,我們會研究。',
].join('\n');

describe('record items numbered across the chair\'s turns (legis45)', () => {
  it('reads a Chinese ordinal opening a line', () => {
    assert.equal(recordItemNumber('二、本院委員…請審議案。'), 2);
    assert.equal(recordItemNumber('十二、行政院函請審議案。'), 12);
    assert.equal(recordItemNumber('二十三、…'), 23);
    assert.equal(recordItemNumber('一二、…'), 0);
    assert.equal(recordItemNumber('主席:一、…'), 0);
    assert.equal(recordItemNumber('第二、…'), 0);
  });

  it('gives the items and the lines under them to no one', () => {
    assert.deepEqual(lineSpeakers(analyseText(PLENARY, 'record.txt')).slice(1), [
      '秘書長', '主席', '-', '-', '主席', '-', '-', '主席', '-', '主席',
    ]);
  });

  it('leaves a member\'s own numbered points with the member', () => {
    assert.deepEqual(lineSpeakers(analyseText(MEMBER_LIST, 'record.txt')), ['主席', '王委員明德', '王委員明德', '王委員明德', '部長']);
  });

  it('keeps incremental analysis exact when an edit makes, unmakes or renumbers an item', () => {
    assertReplacementsMatchAnalyze([
      [PLENARY, '二、本院委員陳小安', '本院委員陳小安'],
      [PLENARY, '三、行政院', '四、行政院'],
      [PLENARY, '程序委員會意見:擬請院會將本案交教育', '主席:擬請院會將本案交教育'],
      [PLENARY, '主席:本案暫不予處理。', '主席:本案暫不予處理。\n四、本院委員提案。'],
      [MEMBER_LIST, '部長:謝謝委員', '部長:謝謝委員。\n三、我們會研究'],
      [MEMBER_LIST, '二、審查期限', '主席:二、審查期限'],
    ], 'record.txt');
    const edits = [['字', 0], ['\n', 0], ['、', 0], ['', 1]] as const;
    assertEditsAcrossOffsetsMatchAnalyze(PLENARY, 'record.txt', edits, PLENARY.indexOf('主席:現在'), PLENARY.indexOf('主席:本案'));
  });
});
