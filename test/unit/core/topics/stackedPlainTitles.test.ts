import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analysis/analyze';
import { assertEditsAcrossOffsetsMatchAnalyze } from '../transcriptFixtures';
import { topicTitles } from './topicTitles';

// A section's title set right over its first part's title, both between blank lines after a finished paragraph:
// a hearing record's `ORAL ANSWERS TO QUESTIONS` over `Hospital Waiting Lists`, a report's section over its first
// sub-title. Shapes from a hearing record's layout and the 33pp / cesruc dev pages; the words are made up.

const HEARING = [
  'HOUSE OF ASSEMBLY',
  '',
  'Tuesday, 14 May 2024',
  '',
  'The Speaker, the Hon. M. Carter, took the chair at 2.00 pm and read prayers.',
  '',
  'ORAL ANSWERS TO QUESTIONS',
  '',
  'Hospital Waiting Lists',
  '',
  'Ms HARRIS: My question is to the Minister for Health. How many patients are waiting longer than the recommended time for elective surgery?',
  '',
  'The Hon. P. WALSH: I thank the member for her question. Just over four thousand patients were waiting beyond the recommended time last month.',
  '',
  'Regional Bus Services',
  '',
  'Mr OKAFOR: My question is to the Minister for Transport. When will the new regional timetables take effect?',
  '',
  'The Hon. L. TRAN: The new timetables will start on the first of July, after the consultation with councils closed last week.',
  '',
  'BILLS',
  '',
  'Road Safety Amendment Bill',
  '',
  'Second reading.',
  '',
  'The Hon. L. TRAN: I move that this bill be now read a second time. The bill lowers the default speed limit near schools.',
].join('\n');

const REPORT = [
  '青年论坛上 一位毕业生代表的发言',
  '',
  '7月8日上午，学校举行本科生毕业典礼，一位毕业生代表在典礼上发言，讲述了自己四年来的成长和对未来的打算。',
  '',
  '认识自己所爱',
  '',
  '回望大学四年，她说感触最深的是对自己所爱日渐清晰的认识，以及对自己的优势和局限有了更多了解。',
  '',
  '毕业后投身公共服务',
  '',
  '希望初心永不褪色',
  '',
  '在大学期间，她通过各种探索逐渐找到了自己所爱，并决定毕业后投身公共服务，希望初心永不褪色。',
].join('\n');

describe('a plain title right over another title, after a finished paragraph', () => {
  it('titles both the hearing\'s order of business and its subjects', () => {
    assert.deepEqual(topicTitles(analyze(HEARING, {}, 'hearing.txt').topics), [
      'ORAL ANSWERS TO QUESTIONS', 'Hospital Waiting Lists', 'Regional Bus Services', 'BILLS', 'Road Safety Amendment Bill',
    ]);
  });

  it('titles a report\'s section over its first sub-title', () => {
    assert.deepEqual(topicTitles(analyze(REPORT, {}, 'report.txt').topics), ['青年论坛上 一位毕业生代表的发言', '认识自己所爱', '毕业后投身公共服务', '希望初心永不褪色']);
  });

  it('reads no stack at the page\'s head, where no paragraph comes before it', () => {
    // `HOUSE OF ASSEMBLY` over a date over the chair's sentence: a masthead, no section.
    assert.ok(!topicTitles(analyze(HEARING, {}, 'hearing.txt').topics).includes('HOUSE OF ASSEMBLY'));
  });

  it('reads no stack when the lower line titles nothing itself', () => {
    // The lower line over another short line (a date, no body): neither stands, as before.
    const overDate = REPORT.replace('希望初心永不褪色\n\n在大学期间', '希望初心永不褪色\n\n2018年7月8日\n\n在大学期间');
    assert.ok(!topicTitles(analyze(overDate, {}, 'report.txt').topics).includes('毕业后投身公共服务'));
  });

  it('reads no stack under a short line, which may be the page\'s furniture', () => {
    // Under a one-line notice a site's name may stand over a headline (pageFurniture.test.ts): prose a paragraph long decides.
    const short = HEARING.replace('The Speaker, the Hon. M. Carter, took the chair at 2.00 pm and read prayers.', 'The Speaker read prayers.');
    const titles = topicTitles(analyze(short, {}, 'hearing.txt').topics);
    assert.ok(!titles.includes('ORAL ANSWERS TO QUESTIONS'));
    assert.ok(titles.includes('BILLS'));
  });

  it('reads no stack under a paragraph that does not end a sentence', () => {
    const unfinished = REPORT.replace('更多了解。', '更多了解');
    assert.ok(!topicTitles(analyze(unfinished, {}, 'report.txt').topics).includes('毕业后投身公共服务'));
  });

  it('keeps the hearing\'s turns', () => {
    assert.deepEqual(analyze(HEARING, {}, 'hearing.txt').turns.map((turn) => turn.speaker), ['Ms HARRIS', 'The Hon. P. WALSH', 'Mr OKAFOR', 'The Hon. L. TRAN', 'The Hon. L. TRAN']);
  });

  it('keeps incremental analysis exact for edits in and around the stacked titles', () => {
    assertEditsAcrossOffsetsMatchAnalyze(HEARING, 'hearing.txt', [['.', 0], ['\n\n', 0], ['x', 0], ['', 1], ['', 20], [' and so on, at length', 0]], HEARING.indexOf('The Speaker'), HEARING.indexOf('Ms HARRIS'));
    assertEditsAcrossOffsetsMatchAnalyze(HEARING, 'hearing.txt', [['.', 0], ['\n', 0], ['', 1]], HEARING.indexOf('closed last week'), HEARING.indexOf('Second reading'));
    assertEditsAcrossOffsetsMatchAnalyze(REPORT, 'report.txt', [['。', 0], ['\n\n', 0], ['字', 0], ['', 1]], REPORT.indexOf('以及对'), REPORT.length);
  });
});
