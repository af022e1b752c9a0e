import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analysis/analyze';
import { IncrementalAnalyzer } from '../../../../src/core/analysis/incremental';
import { fieldOverTimedLabelWithinReach } from '../../../../src/core/turns/fieldsOverTimedLabels';
import { analyseText, assertReplacementsMatchAnalyze } from '../transcriptFixtures';

/** The shape of a 飞书妙记 text export: date and duration, keywords, then `文字记录:` over timed speaker lines. */
const FEISHU = [
  '2024年3月5日 下午 2:03|1小时 2分钟 3秒', '',
  '关键词:', '预算、活动、渠道', '',
  '文字记录:', '说话人 1 00:05', '好，那我们开始吧。上个月的活动一共来了三百二十个人，比去年多了一倍。', '',
  '张伟 00:18', '那这个活动的预算你们再算一下，周四之前发给我。', '',
  '说话人 1 00:40', '好的，没问题。', '',
].join('\n');

function speakerOf(fixture: ReturnType<typeof analyseText>, needle: string): string | null {
  const at = fixture.text.indexOf(needle);
  assert.ok(at >= 0, needle);
  return fixture.analysis.turns.find((t) => t.span.start <= at && at < t.span.end)?.speaker ?? null;
}

/** Types `typed` one character at a time at `at` in `text`: each keystroke is local and equals analyze(). */
function assertTypingStaysLocal(text: string, at: number, typed: string, fileName: string): void {
  const analyzer = new IncrementalAnalyzer({}, fileName);
  analyzer.update(text);
  let current = text;
  for (const [i, char] of [...typed].entries()) {
    const offset = at + i;
    const next = `${current.slice(0, offset)}${char}${current.slice(offset)}`;
    const local = analyzer.updateLocally(next, [{ rangeOffset: offset, rangeLength: 0, text: char }]);
    assert.ok(local, `typing '${char}' fell back to a full analysis`);
    assert.deepStrictEqual(local, analyze(next, {}, fileName));
    current = next;
  }
}

describe('an export\'s section field over timed speaker lines (issue 9, session 26, branch zhtools)', () => {
  it('`文字记录:` over `说话人 1 00:05` is no speaker; the timed lines are', () => {
    const fixture = analyseText(FEISHU, 'minutes.txt');
    assert.deepEqual(fixture.analysis.turns.map((t) => t.speaker), ['说话人 1', '张伟', '说话人 1']);
    assert.equal(speakerOf(fixture, '文字记录:'), null);
    assert.equal(speakerOf(fixture, '上个月的活动'), '说话人 1');
  });

  it('a blank line between the field and the first timed label changes nothing', () => {
    const text = FEISHU.replace('文字记录:\n', '文字记录:\n\n');
    assert.equal(speakerOf(analyseText(text, 'minutes.txt'), '文字记录:'), null);
  });

  it('a label alone over a label without a time still opens its turn', () => {
    const text = ['主持人：', '', '各位好，欢迎来到今天的节目。', '', '嘉宾：', '谢谢邀请。', '', '主持人：', '', '我们开始吧。', ''].join('\n');
    const fixture = analyseText(text, 'talk.txt');
    assert.equal(speakerOf(fixture, '各位好'), '主持人');
    assert.equal(speakerOf(fixture, '谢谢邀请'), '嘉宾');
  });

  it('is found within reach of the edited lines from the text alone', () => {
    const lines = FEISHU.split('\n');
    const at = (needle: string): number => lines.findIndex((l) => l.startsWith(needle));
    const reach = (line: number): boolean => fieldOverTimedLabelWithinReach(lines.length, (l) => lines[l]!, line, line);
    assert.equal(reach(at('文字记录')), true);
    assert.equal(reach(at('说话人 1 00:05')), true);
    assert.equal(reach(at('好的，没问题')), false);
    // The line under the pair: the pair reads the same whatever is typed there (session 33: every keystroke in the
    // speech under `Name:` over a line with a clock time fell back to a full analysis).
    assert.equal(reach(at('好，那我们开始吧')), false);
  });

  it('a clock time inside speech under a label alone is no timed label: typing there stays local', () => {
    const text = ['Dr. Amy Chen:', 'The meeting started at 2:05 P.M. and details are on the website today.', '', 'MS. JONES:  We expect revenue to grow next year.', ''].join('\n');
    const lines = text.split('\n');
    assert.equal(fieldOverTimedLabelWithinReach(lines.length, (l) => lines[l]!, 1, 1), false);
    // The same pair with a timed label under the field is still found.
    const timed = ['文字记录:', '张伟 00:18', '那这个活动的预算你们再算一下。'];
    assert.equal(fieldOverTimedLabelWithinReach(timed.length, (l) => timed[l]!, 1, 1), true);
    assertTypingStaysLocal(text, text.indexOf('P.M.'), '很好', 'notes.transcript');
  });

  it('typing in the speech under the field and its timed line stays local and equals analyze()', () => {
    assertTypingStaysLocal(FEISHU, FEISHU.indexOf('上个月'), '一共来了', 'minutes.txt');
  });

  it('edits that make or unmake the field fall back and equal analyze()', () => {
    const analyzer = new IncrementalAnalyzer({}, 'minutes.txt');
    analyzer.update(FEISHU);
    const at = FEISHU.indexOf('说话人 1 00:05') + '说话人 1 '.length;
    const edited = `${FEISHU.slice(0, at)}${FEISHU.slice(at + 5)}`;
    assert.deepStrictEqual(analyzer.update(edited, [{ rangeOffset: at, rangeLength: 5, text: '' }]), analyze(edited, {}, 'minutes.txt'));
    assertReplacementsMatchAnalyze([
      [FEISHU, '文字记录:\n', '文字记录:\n\n\n\n'],
      [FEISHU, '文字记录:', '文字记录:好的'],
      [FEISHU, '说话人 1 00:05', '说话人 1'],
      [FEISHU, '文字记录:\n说话人 1 00:05', '文字记录:\n好\n说话人 1 00:05'],
      [FEISHU, '关键词:', '文字记录:'],
      [FEISHU, '文字记录:\n', '文字记录:\n以下是今天会议的全部录音转写，由系统自动生成，仅供参考。\n'],
      [FEISHU, '文字记录:\n说话人 1 00:05\n', '文字记录:\n'],
      // A character typed on the blank line between them: the field now hands over to it.
      [FEISHU.replace('文字记录:\n', '文字记录:\n\n'), '文字记录:\n\n', '文字记录:\n好\n'],
      [FEISHU.replace('文字记录:\n', '文字记录:\n\n'), '文字记录:\n\n', '文字记录:\n以下是今天会议的全部录音转写。\n'],
    ], 'minutes.txt');
  });
});
