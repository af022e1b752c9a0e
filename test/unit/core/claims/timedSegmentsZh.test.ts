import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analysis/analyze';
import { readFixture } from '../transcriptFixtures';
import { assertEditEqualsAnalyze } from '../turns/turnAssertions';

// A transcription tool's export of Chinese speech, a timestamp opening each timed segment (`[00:00:11] …`), cuts a
// sentence wherever the segment's time ran out, however short the line: the sentence goes on into the next segment
// when the speech is punctuated. A chapter list's timed titles, minutes apart, stay apart.
// Fixtures in our own words: test/fixtures/transcripts/shapes42-formats/asr-segments-zh.md, chapters-zh.txt.
const SEGMENTS = 'shapes42-formats/asr-segments-zh.md';
const CHAPTERS = 'shapes42-formats/chapters-zh.txt';

function claimTexts(text: string, name: string): string[] {
  return analyze(text, {}, name).claims.map((claim) => claim.text);
}

describe('Chinese sentences over timed segments (ASR exports)', () => {
  it('joins a sentence cut where a segment ends without punctuation, before a character or a figure', () => {
    const texts = claimTexts(readFixture(SEGMENTS), 'asr-segments-zh.md');
    assert.ok(texts.includes('去年这条线路每天的乘客大约是 1200 人次，比五年前少了将近一半。'), texts.join('\n'));
    assert.ok(texts.includes('但是油价和维修费都在涨，所以公司每年要补贴四十多万元。'), texts.join('\n'));
    assert.ok(texts.includes('我觉得这条线路 不能停，因为很多老人只能靠它去医院。'), texts.join('\n'));
    assert.ok(texts.includes('明年县里会 换一批电动车，预计春节前全部到位。'), texts.join('\n'));
    assert.ok(texts.every((text) => !text.includes('[00:')), texts.join('\n'));
  });

  it('leaves no half-sentence claim behind', () => {
    const texts = claimTexts(readFixture(SEGMENTS), 'asr-segments-zh.md');
    assert.deepEqual(texts.filter((text) => !/[。！？]$/.test(text)), []);
  });

  it('keeps a chapter list’s titles apart: their times are minutes apart', () => {
    const texts = claimTexts(readFixture(CHAPTERS), 'chapters-zh.txt');
    assert.ok(texts.every((text) => !text.includes('《末班车》') || !text.includes('客流')), texts.join('\n'));
  });

  it('never joins a line per phrase with no punctuation at all', () => {
    const text = ['[00:00:01] 大家好', '[00:00:03] 欢迎收听本期节目', '[00:00:06] 今天我们聊公交车', '[00:00:09] 去年乘客少了一半'].join('\n');
    assert.ok(claimTexts(text, 'phrases.txt').every((claim) => !claim.includes('欢迎收听本期节目今天')));
  });

  it('re-reads an edit of a segment or its time as analyze() does', () => {
    const text = readFixture(SEGMENTS);
    assertEditEqualsAnalyze(text, 'asr-segments-zh.md', '大约是', '大约是，');
    assertEditEqualsAnalyze(text, 'asr-segments-zh.md', '[00:00:17]', '[00:09:17]');
    assertEditEqualsAnalyze(text, 'asr-segments-zh.md', '维修费', '维修费。');
    assertEditEqualsAnalyze(text, 'asr-segments-zh.md', '不能停，', '不能停');
  });
});
