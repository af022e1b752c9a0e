import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analysis/analyze';
import { IncrementalAnalyzer } from '../../../../src/core/analysis/incremental';
import { emptyLabelWithinReach } from '../../../../src/core/topics/emptyLabels';
import { analyseText, assertReplacementsMatchAnalyze } from '../transcriptFixtures';
import { topicTitles as titles } from './topicTitles';

/** A press conference written the way volunteers transcribe one: each label alone on its line, the speech below it. */
const PRESS = [
  '# 記者會逐字稿', '',
  '院長：', '', '今天的防疫措施如下，從明天起全國提升警戒。', '',
  '工商：', '', '請問院長，股市會受到什麼影響？', '',
  '院長：', '', '經濟基本面是很好的。', '',
  '工商：', '', '經濟的部分...', '',
  '司儀：', '', '陳部長要補充一下', '',
  '陳部長：', '', '我們會滾動式調整。', '',
].join('\n');

function speakerAt(fixture: ReturnType<typeof analyseText>, needle: string): string | null {
  const at = fixture.text.indexOf(needle);
  assert.ok(at >= 0, needle);
  return fixture.analysis.turns.find((t) => t.span.start <= at && at < t.span.end)?.speaker ?? null;
}

describe('short lines under a label alone on its line', () => {
  it('are the labelled speaker\'s words, not topics', () => {
    const fixture = analyseText(PRESS, 'press.md');
    assert.deepEqual(titles(fixture.analysis.topics), ['記者會逐字稿']);
    assert.equal(speakerAt(fixture, '經濟的部分'), '工商');
    assert.equal(speakerAt(fixture, '陳部長要補充一下'), '司儀');
  });

  it('stay titles under a label that has its speech on its own line', () => {
    const text = ['司儀：記者會開始。', '', '問答', '', '記者：請問部長？', '', '部長：會的。', '', '記者：謝謝。', ''].join('\n');
    assert.deepEqual(titles(analyseText(text, 'qa.md').analysis.topics), ['問答']);
  });

  it('are found within reach of the edited lines from the text alone', () => {
    const lines = PRESS.split('\n');
    const at = (needle: string): number => lines.findIndex((l) => l.startsWith(needle));
    const reach = (line: number): boolean => emptyLabelWithinReach(lines.length, (l) => lines[l]!, line, line);
    assert.equal(reach(at('經濟的部分')), true);
    assert.equal(reach(at('經濟的部分') - 1), true);
    // A sentence under the label is no title whatever the label: edits beside it stay local.
    assert.equal(reach(at('請問院長')), false);
    assert.equal(reach(at('經濟基本面')), false);
  });

  it('edits that give the label speech, take it away or move the line fall back and equal analyze()', () => {
    const analyzer = new IncrementalAnalyzer({}, 'press.md');
    analyzer.update(PRESS);
    const label = PRESS.indexOf('工商：', PRESS.indexOf('經濟基本面'));
    const edited = `${PRESS.slice(0, label + 3)}好${PRESS.slice(label + 3)}`;
    const result = analyzer.update(edited, [{ rangeOffset: label + 3, rangeLength: 0, text: '好' }]);
    assert.equal(analyzer.lastMode, 'full');
    assert.deepStrictEqual(result, analyze(edited, {}, 'press.md'));
    assertReplacementsMatchAnalyze([
      [PRESS, '司儀：\n', '司儀：謝謝部長\n'],
      [PRESS, '陳部長要補充一下', 'QUESTIONS AND ANSWERS'],
      [PRESS, '工商：\n\n經濟', '工商：\n\n\n\n經濟'],
      [PRESS, '經濟的部分...', '經濟的部分...還有什麼？'],
      [PRESS, '司儀：', '司儀'],
    ], 'press.md');
  });
});
