import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analysis/analyze';
import { IncrementalAnalyzer } from '../../../../src/core/analysis/incremental';
import { isTitleShaped } from '../../../../src/core/topics/titles';
import { topicTitles } from './topicTitles';

// A press-conference record saved from a government site: its date in digits over the title, the same date in
// Chinese numerals under it (the shape of the president.gov.tw dev file; the words here are made up).
const RECORD = [
  '新聞與活動',
  '',
  '89年08月28日',
  '記者會答問實錄',
  '',
  '中華民國八十九年八月廿八日',
  '',
  '  部長今天上午在大禮堂舉行記者會,就大家關心的議題交換意見。全程內容如下:',
  '',
  '秘書長致詞:',
  '',
  '  首先,竭誠歡迎大家來參加今天的記者會。',
].join('\n');

describe('dates written in Chinese numerals', () => {
  it('reads a bare date in Chinese numerals as no title, as the same date in digits', () => {
    for (const line of ['中華民國八十九年八月廿八日', '二〇二四年五月八日（星期三）', '十月十日', '民國九十年', '二〇二四年五月', '114年01月13日']) {
      assert.equal(isTitleShaped(line), false, line);
    }
    // A year alone without its era, a month alone (as `1月`), a title that names a date among other words.
    for (const line of ['十年', '一月', '中華民國一○一年總統農曆春節談話', '九十年度新春記者會', '三月的故事', '五月天']) {
      assert.equal(isTitleShaped(line), true, line);
    }
  });

  it('takes no topic from a record’s dateline in Chinese numerals', () => {
    assert.ok(!topicTitles(analyze(RECORD, {}, 'record.txt').topics).includes('中華民國八十九年八月廿八日'));
    const titled = RECORD.replace('中華民國八十九年八月廿八日', '中華民國政府記者會紀錄');
    assert.ok(topicTitles(analyze(titled, {}, 'record.txt').topics).includes('中華民國政府記者會紀錄'));
  });

  it('keeps incremental analysis exact when an edit makes or unmakes the date', () => {
    const at = RECORD.indexOf('中華民國八十九年');
    const dateline = '中華民國八十九年八月廿八日';
    for (let offset = 0; offset <= dateline.length; offset++) {
      for (const [length, inserted] of [[0, '記'], [1, ''], [1, '會'], [0, '\n']] as const) {
        if (offset + length > dateline.length) continue;
        const analyzer = new IncrementalAnalyzer({}, 'record.txt');
        analyzer.update(RECORD);
        const edited = `${RECORD.slice(0, at + offset)}${inserted}${RECORD.slice(at + offset + length)}`;
        const change = { rangeOffset: at + offset, rangeLength: length, text: inserted };
        assert.deepStrictEqual(analyzer.update(edited, [change]), analyze(edited, {}, 'record.txt'), JSON.stringify([offset, length, inserted]));
      }
    }
  });
});
