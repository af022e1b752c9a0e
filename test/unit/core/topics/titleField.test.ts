import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analysis/analyze';
import { readTitleField } from '../../../../src/core/topics/titleField';
import { assertReplacementsMatchAnalyze } from '../transcriptFixtures';
import { topicTitles } from './topicTitles';

/** A ministry's record: its title and date as fields, then the minister's label alone on its line and the speech. */
const RECORD = [
  '標題:年度業務記者會談話紀錄',
  '時間:95/03/02',
  '部長:',
  '各位媒體朋友大家早安',
  '今年我們將推動三項新的工作，首先是加強與各國的交流。',
  '記者:請問預算會增加嗎?',
  '部長:預算會比去年增加一成。',
].join('\n');

/** A forum post: the board's header fields, the title again as the post's first line, the transcript. */
const POST = [
  '作者 someone ()',
  '看板 Politics',
  '標題 [討論] 0301市長出訪前記者會',
  '時間 Wed Mar  1 00:16:24 2023',
  '',
  '0301市長出訪前記者會',
  '',
  '記者:這次出訪的重點是什麼?',
  '市長:重點是城市之間的交流，我們會去三個城市。',
  '記者:會見到哪些人?',
  '市長:會見到各地的市長。',
].join('\n');

const titlesOf = (text: string): string[] => topicTitles(analyze(text, {}, 'record.txt').topics);

describe('a title field', () => {
  it('titles the record with its value, and the field is no speaker', () => {
    assert.deepEqual(titlesOf(RECORD), ['年度業務記者會談話紀錄']);
    const analysis = analyze(RECORD, {}, 'record.txt');
    assert.ok(!analysis.turns.some((turn) => turn.speaker === '標題'));
    assert.ok(analysis.turns.some((turn) => turn.speaker === '部長'));
  });

  it('gives the heading to the body\'s copy of the title, without the forum\'s tag', () => {
    assert.deepEqual(titlesOf(POST), ['0301市長出訪前記者會']);
    assert.equal(readTitleField(11, (line) => POST.split('\n')[line] ?? '')?.line, 5);
    // No copy: the field's line, its tag left out.
    assert.deepEqual(titlesOf(POST.replace('\n0301市長出訪前記者會\n', '\n')), ['0301市長出訪前記者會']);
  });

  it('needs a key that says title, among the first lines', () => {
    assert.deepEqual(titlesOf(RECORD.replace('標題:', '主題:')).filter((title) => title.includes('年度業務')), []);
    assert.equal(readTitleField(20, (line) => (line === 15 ? '標題:年度業務記者會談話紀錄' : '')), null);
    assert.equal(readTitleField(1, () => '標題:這是一句話。'), null, 'a sentence is no title');
  });

  it('keeps incremental analysis exact when the field, its copy or the lines between are edited', () => {
    assertReplacementsMatchAnalyze([
      [RECORD, '標題:', '主題:'],
      [RECORD.replace('標題:', '主題:'), '主題:', '標題:'],
      [RECORD, '年度業務', '年度'],
      [POST, '\n0301市長出訪前記者會\n', '\n0301市長出訪記者會\n'],
      [POST, '看板 Politics\n', ''],
      [POST, '\n\n0301', '\n\n\n0301'],
      [POST, '會見到哪些人', '會見到誰'],
    ], 'record.txt');
  });
});
