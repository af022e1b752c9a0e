import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analysis/analyze';
import { IncrementalAnalyzer } from '../../../../src/core/analysis/incremental';
import { isPlausibleName } from '../../../../src/core/turns/speakerName';
import { narrationReading } from '../../../../src/core/turns/thirdPerson';
import { analyseText, assertReplacementsMatchAnalyze } from '../transcriptFixtures';

/** A media session as a government's press office publishes it: the date and the clock time under the last answer. */
const MEDIA_SESSION = [
  '以下是行政長官今日會見傳媒的發言全文:', '',
  '記者:請問你會否主動解釋?', '',
  '行政長官:我十分重視政府與立法會之間的關係。', '',
  '我們到時再說。', '', '',
  '2012年7月3日(星期二)', '香港時間20時46分', '',
].join('\n');

function speakerAt(fixture: ReturnType<typeof analyseText>, needle: string): string | null {
  const at = fixture.text.indexOf(needle);
  assert.ok(at >= 0, needle);
  return fixture.analysis.turns.find((t) => t.span.start <= at && at < t.span.end)?.speaker ?? null;
}

describe('datelines under a briefing', () => {
  it('a line holding only a date or a clock time ends the open turn and is no one\'s', () => {
    const fixture = analyseText(MEDIA_SESSION, 'hk.txt');
    assert.equal(speakerAt(fixture, '我們到時再說'), '行政長官');
    assert.equal(speakerAt(fixture, '2012年7月3日'), null);
    assert.equal(speakerAt(fixture, '香港時間20時46分'), null);
    const en = analyseText('Q: What next?\n\nMS. JONES: We will act.\n\nDecember 5, 2025\n', 'en.txt');
    assert.equal(speakerAt(en, 'December 5'), null);
  });

  it('a date inside a sentence, or a date with more text, is still the speaker\'s', () => {
    const fixture = analyseText(MEDIA_SESSION.replace('2012年7月3日(星期二)', '2012年7月3日我們會再開會。'), 'hk.txt');
    assert.equal(speakerAt(fixture, '2012年7月3日'), '行政長官');
    for (const line of ['2012年7月3日我們會再開會。', '時間:11227(星期二)上午11', 'On December 5, 2025 we met.']) assert.equal(narrationReading(line), '', line);
    for (const line of ['2017年2月28日(星期二)', '2013年 1月 10日星期四', '香港时间10时32分', 'September 18, 2009']) assert.notEqual(narrationReading(line), '', line);
  });

  it('a byline glued to its date and time names no speaker', () => {
    const page = ['王明:在追问中见证成长', '', '王明2020-12-18 11:11', '', '12月18日,论坛在三亚举办,执行总编辑王明做欢迎致辞,以下为文字实录:', '', '尊敬的各位嘉宾,大家好。', ''].join('\n');
    const fixture = analyseText(page, 'eeo.txt');
    assert.equal(speakerAt(fixture, '王明2020'), null);
    assert.ok(fixture.analysis.turns.every((turn) => !/\d{4}-\d/.test(turn.speaker)), 'no speaker named with a date');
    assert.equal(speakerAt(fixture, '尊敬的各位嘉宾'), '王明');
    for (const name of ['王明2020-12-18', '王明2020年12月18日', 'Jane 2020/12/18']) assert.equal(isPlausibleName(name), false, name);
    for (const name of ['王明', 'Speaker 2', 'Jane Doe']) assert.equal(isPlausibleName(name), true, name);
  });

  it('an edit that makes or unmakes a dateline falls back to a full analysis equal to analyze()', () => {
    const text = MEDIA_SESSION.replace('2012年7月3日(星期二)', '2012年7月3日(星期二)再見');
    const analyzer = new IncrementalAnalyzer({}, 'hk.txt');
    analyzer.update(text);
    const at = text.indexOf('再見');
    const edited = `${text.slice(0, at)}${text.slice(at + 2)}`;
    const result = analyzer.update(edited, [{ rangeOffset: at, rangeLength: 2, text: '' }]);
    assert.equal(analyzer.lastMode, 'full');
    assert.deepStrictEqual(result, analyze(edited, {}, 'hk.txt'));
    assertReplacementsMatchAnalyze([
      [MEDIA_SESSION, '(星期二)', '(星期二)再見'],
      [MEDIA_SESSION, '我們到時再說。', '2012年7月4日'],
      [MEDIA_SESSION, '20時46分', '20時46分開會'],
    ], 'hk.txt');
  });
});
