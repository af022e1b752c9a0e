import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analysis/analyze';
import { splitSentences } from '../../../../src/core/claims/sentences';
import { LineIndex } from '../../../../src/core/text/positions';
import { assertEditsAcrossOffsetsMatchAnalyze, assertReplacementsMatchAnalyze } from '../transcriptFixtures';

const sentencesOf = (text: string): string[] => splitSentences(new LineIndex(text)).map((s) => s.text);

// A recogniser's segment: no punctuation, a space at each pause; the second clause says what the site does now,
// the third what someone will do.
const SEGMENT = '[下午07:10:05] 小林: 這個頁面目前已經可以用關鍵字搜尋議題了 上傳逐字稿之後系統就自動產生摘要 下個月我們會再把討論區的舊資料搬過來';
const MEETING = `${SEGMENT}\n\n[下午07:11:40] 小陳: 好 那我再確認一下目前的進度 之後把結果貼到群組裡面給大家看\n\n[下午07:12:15] 小林: 可以 那就麻煩你了 我們下次開會的時候再一起看一下結果\n`;

describe('Chinese recogniser output without punctuation: a space between two Han characters is a pause (issue 9, session 37, zhasr37)', () => {
  it('cuts a long unpunctuated segment at its pauses, so each clause is a sentence', () => {
    assert.deepEqual(sentencesOf('這個頁面目前已經可以用關鍵字搜尋議題了 上傳逐字稿之後系統就自動產生摘要 下個月我們會再把討論區的舊資料搬過來'), [
      '這個頁面目前已經可以用關鍵字搜尋議題了',
      '上傳逐字稿之後系統就自動產生摘要',
      '下個月我們會再把討論區的舊資料搬過來',
    ]);
  });

  it('one clause\'s cue no longer decides its neighbours: the statement stays a fact beside a forecast', () => {
    const claims = analyze(MEETING, {}, 'meeting.txt').claims;
    const kindOf = (start: string): string | undefined => claims.find((claim) => claim.text.startsWith(start))?.kind;
    assert.equal(kindOf('下個月我們會'), 'forecast');
    assert.notEqual(kindOf('上傳逐字稿之後'), 'forecast');
    // The long segment's claims span no pause; the short turns after it stay whole.
    assert.ok(!claims.some((claim) => claim.span.end <= SEGMENT.length && claim.text.includes(' ')), 'no claim spans a pause');
  });

  it('leaves a punctuated sentence whole: its writer\'s spaces are layout', () => {
    const punctuated = '這個頁面目前已經可以用關鍵字搜尋議題了 上傳逐字稿之後，系統就自動產生摘要 下個月我們會再搬舊資料。';
    assert.deepEqual(sentencesOf(punctuated), [punctuated]);
  });

  it('leaves short lines whole: a list of names, a byline or a title parts items with its spaces', () => {
    for (const line of ['林大明 陳小華 王志強 李美玲 張家豪 黃淑芬', '本報記者 王小明 台北報導', '第一章 總則 第二章 組織']) {
      assert.deepEqual(sentencesOf(line), [line], line);
    }
  });

  it('keeps a breath together: a piece shorter than a clause stays with the words after it', () => {
    assert.deepEqual(sentencesOf('好 那我今天先分享一下目前網站搜尋功能的進度 然後 大家有問題可以直接在會議裡面提出來討論'), [
      '好 那我今天先分享一下目前網站搜尋功能的進度',
      '然後 大家有問題可以直接在會議裡面提出來討論',
    ]);
  });

  it('does not cut at a space beside a Latin word, or at a line break', () => {
    const latin = '所以原本的網站議題都是放在Discourse上面討論的 Discourse它有個網址就是我們現在看到的這一個頁面';
    assert.deepEqual(sentencesOf(latin), [latin]);
  });

  it('an edit next to or inside a pause gives what a full analysis gives', () => {
    const text = MEETING;
    assertReplacementsMatchAnalyze([
      [text, '議題了 上傳', '議題了，上傳'],
      [text, '摘要 下個月', '摘要下個月'],
      [text, '自動產生摘要', '自動 產生摘要'],
    ], 'meeting.txt');
    assertEditsAcrossOffsetsMatchAnalyze(text, 'meeting.txt', [[' ', 0], ['。', 0], ['', 1]], 0, 80);
  });
});
