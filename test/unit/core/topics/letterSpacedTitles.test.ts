import * as assert from 'node:assert/strict';
import { isLetterSpacedTitle } from '../../../../src/core/topics/letterSpacedTitles';
import { analyseText, assertEditsAcrossOffsetsMatchAnalyze } from '../transcriptFixtures';
import { topicTitles } from './topicTitles';

// A minutes record sets its section titles letter-spaced (`甲、報 告 事 項`): a space between every character marks a
// heading, whatever lies above or below it (here a numbered list, no blank lines).

/** Council minutes copied from a PDF: fields, two letter-spaced sections, each over numbered items. */
const MINUTES = [
  '第 03 次會議',
  '時 間：中華民國 110 年 03 月 02 日上午 09 時 30 分',
  '主 席：王議長大明',
  '主席宣告開議',
  '甲、報 告 事 項',
  '一、主席報告出席議員已達法定人數。',
  '二、秘書長宣讀上次會議議事錄。',
  '決定：准予備查。',
  '乙、討 論 事 項',
  '一、審議本會下次大會議事日程表。',
  '大會決議：照案通過。',
  '散 會：上午 11 時 05 分',
].join('\n');

describe('letter-spaced titles (`甲、報 告 事 項`)', () => {
  it('title the sections of a record, a section number before them or not', () => {
    // The record's first line is its headline (documentHeadline.ts); the sections follow.
    const sections = (text: string): string[] => topicTitles(analyseText(text, 'minutes.txt').analysis.topics).filter((title) => title !== '第 03 次會議');
    assert.deepEqual(sections(MINUTES), ['甲、報告事項', '乙、討論事項']);
    assert.deepEqual(sections(MINUTES.replace('甲、報 告 事 項', '報 告 事 項')), ['報告事項', '乙、討論事項']);
  });

  it('read the shape from the line: single characters spaced out, three or more, nothing after them', () => {
    assert.ok(isLetterSpacedTitle('甲、報 告 事 項'));
    assert.ok(isLetterSpacedTitle('（一）其\u3000他\u3000事\u3000項'));
    assert.ok(!isLetterSpacedTitle('主 席：王議長大明'));
    assert.ok(!isLetterSpacedTitle('林 岳'));
    assert.ok(!isLetterSpacedTitle('報告 事項'));
    assert.ok(!isLetterSpacedTitle('甲、報告事項'));
  });

  it('read text spaced out line after line as no title', () => {
    const spaced = ['我 們 今 天', '開 會 討 論', '預 算 案 件', '請 大 家 發 言'].join('\n');
    assert.deepEqual(topicTitles(analyseText(spaced, 'asr.txt').analysis.topics), []);
  });

  it('keeps incremental analysis exact around the titles and their neighbours', () => {
    const edits = [['x', 0], [' ', 0], ['\n', 0], ['', 1], ['報', 0]] as const;
    assertEditsAcrossOffsetsMatchAnalyze(MINUTES, 'minutes.txt', edits, MINUTES.indexOf('主席宣告') - 1, MINUTES.indexOf('一、主席報告') + 3);
    assertEditsAcrossOffsetsMatchAnalyze(MINUTES, 'minutes.txt', edits, MINUTES.indexOf('決定：') - 1, MINUTES.indexOf('一、審議') + 2);
  });
});
