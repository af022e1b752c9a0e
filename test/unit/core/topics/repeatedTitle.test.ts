import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analysis/analyze';
import { IncrementalAnalyzer } from '../../../../src/core/analysis/incremental';
import { repeatedOpeningTitle } from '../../../../src/core/topics/repeatedTitle';
import { topicTitles } from './topicTitles';

// A government page saved with its skip link, its title printed twice (the page's and the article's), then the
// body (the shape of the mac.gov.tw dev file; the words here are made up).
const PAGE = [
  '跳到主要內容區塊',
  '',
  '三、主委年終記者會全文',
  '',
  '三、主委年終記者會全文',
  '',
  '        過去八個月來,承蒙新聞媒體給本會許多的指教與鼓勵,本人謹代表全體同仁表達感謝之意。',
  '',
  '        回顧這八個月來的發展,兩岸關係可以用平靜中有進展來形容。',
].join('\n');

function opening(text: string): readonly [number, number] | null {
  const lines = text.split('\n');
  return repeatedOpeningTitle(lines.length, (line) => lines[line] ?? '');
}

describe('a title printed twice at the top of a page', () => {
  it('finds the two copies under a few short lines, adjacent or with blank lines between', () => {
    assert.deepEqual(opening(PAGE), [2, 4]);
    assert.deepEqual(opening('標題!問答?\n標題!問答?\n本文。'), [0, 1]);
    assert.deepEqual(opening('新聞\n首頁\n\n媒體提問 蔡英文:以後會改進\n\n媒體提問 蔡英文:以後會改進\n\n本文。'), [3, 5]);
  });

  it('reads no repeated sentence, label, markup or late line as a title', () => {
    for (const text of [
      'The member said this in the House today, twice.\nWhy the double standard?\n\nWhy the double standard?\n',
      'He said it twice.\nHe said it twice.\n',
      'Full Transcript\nFull Transcript\n',
      '謝謝大家\n謝謝大家\n',
      '社会管理是个系统工程，在实践中要从城乡社区抓起\n社会管理是个系统工程，在实践中要从城乡社区抓起\n',
      '他說。\n他說。\n',
      '記者:\n記者:\n',
      '# 標題\n# 標題\n',
      'a\nb\nc\nd\n標題\n標題\n',
      '這是一段很長的第一段文字,超過了網站導覽列的長度,不是頁首的連結\n標題\n標題\n',
      '\n\n\n\n\n\n\n\n\n\n標題\n標題\n',
    ]) {
      assert.equal(opening(text), null, text);
    }
  });

  it('takes both copies as the title and no topic from the skip link above them', () => {
    const titles = topicTitles(analyze(PAGE, {}, 'page.txt').topics);
    assert.deepEqual(titles, ['三、主委年終記者會全文', '三、主委年終記者會全文']);
  });

  it('keeps incremental analysis exact when an edit makes or unmakes the repetition', () => {
    const region = PAGE.indexOf('\n        過去');
    for (let offset = 0; offset <= region; offset++) {
      for (const [length, inserted] of [[0, '記'], [1, ''], [0, '\n'], [0, '。']] as const) {
        if (offset + length > region) continue;
        const analyzer = new IncrementalAnalyzer({}, 'page.txt');
        analyzer.update(PAGE);
        const edited = `${PAGE.slice(0, offset)}${inserted}${PAGE.slice(offset + length)}`;
        const change = { rangeOffset: offset, rangeLength: length, text: inserted };
        assert.deepStrictEqual(analyzer.update(edited, [change]), analyze(edited, {}, 'page.txt'), JSON.stringify([offset, length, inserted]));
      }
    }
  });
});
