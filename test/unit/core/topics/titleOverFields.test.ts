import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analysis/analyze';
import { assertEditsAcrossOffsetsMatchAnalyze } from '../transcriptFixtures';
import { topicTitles as titles } from './topicTitles';

/** A council record's page: the printer's furniture, the record's title over its fields, then the labelled speech. */
const RECORD = [
  'P. 212',
  '王議員小明市長施政總質詢(三)',
  '日期:108 年 5 月 22 日',
  '時間:上午 10:00 至 11:00',
  '紀錄: 李大同',
  '主席(張議長):',
  '好,接下來這一個小時是王議員的施政總質詢,我們現在開始計時。',
  '王議員小明:',
  '謝謝議長,市長,各位主管大家好,今天我要問的是港口的預算,去年增加了百分之十二。',
  '港口的貨運量已經連續三年下降,市府有沒有具體的改善計畫,請市長說明。',
].join('\n');

describe('a record title over its own fields', () => {
  it('reads the short line over the date, time and clerk fields as a topic, under page furniture', () => {
    assert.deepEqual(titles(analyze(RECORD, {}, 'record.txt').topics), ['王議員小明市長施政總質詢(三)']);
    const blankAfter = RECORD.replace('(三)\n', '(三)\n\n');
    assert.deepEqual(titles(analyze(blankAfter, {}, 'record.txt').topics), ['王議員小明市長施政總質詢(三)']);
  });

  it('reads no title over a single field or over the times of a schedule', () => {
    const single = RECORD.replace('時間:上午 10:00 至 11:00\n紀錄: 李大同\n', '');
    assert.ok(!titles(analyze(single, {}, 'record.txt').topics).includes('王議員小明市長施政總質詢(三)'));
    const schedule = ['會議紀錄', '', '大家好，今天的活動從晚上開始。', '', '預定流程', '18:30-19:00 報到', '19:00-19:30 開場', '19:30-21:00 分組討論', '', '大家好，我們開始吧。'].join('\n');
    assert.ok(!titles(analyze(schedule, {}, 'minutes.md').topics).includes('預定流程'));
  });

  it('equals a full analysis after edits around the title and its fields', function () {
    this.timeout(300_000);
    const local = assertEditsAcrossOffsetsMatchAnalyze(RECORD, 'record.txt', [[':', 0], ['\n', 0]]);
    assert.ok(local > 0, 'no edit stayed local');
  });
});
