import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analysis/analyze';
import { assertEditsAcrossOffsetsMatchAnalyze, assertReplacementsMatchAnalyze } from '../transcriptFixtures';
import { topicTitles } from './topicTitles';

/** A lecture clipped to Markdown: the title in `Name：headline` form over a setext underline, then unlabelled prose. */
const LECTURE = [
  '王明：高手如何做决策？',
  '============',
  '',
  '[mp.weixin.qq.com](http://mp.weixin.qq.com/s?id=1)学园',
  '',
  '**市场体量**',
  '',
  '如果只能看一个要素，就是行业体量。',
  '',
  '听起来非常简单，但答案却是非常难给的。',
].join('\n');

/** A transcript whose speaker's label the writer underlined: the name labels other turns too, so it stays a label. */
const UNDERLINED_LABEL = [
  '李华：欢迎大家。',
  '=======',
  '',
  '张伟：谢谢主持人。',
  '',
  '李华：我们开始吧。',
].join('\n');

function speakerAt(text: string, fileName: string, lineText: string): string | null {
  const analysis = analyze(text, {}, fileName);
  const start = text.indexOf(lineText);
  return analysis.turns.find((t) => t.span.start <= start && start < t.span.end)?.speaker ?? null;
}

describe('an underlined title in Name：headline form', () => {
  it('reads a one-off name with a headline over a setext underline as the title, no speaker\'s label', () => {
    assert.deepEqual(topicTitles(analyze(LECTURE, {}, 'lecture.md').topics)[0], '王明：高手如何做决策？');
    assert.equal(speakerAt(LECTURE, 'lecture.md', '王明：高手'), null);
    assert.equal(speakerAt(LECTURE, 'lecture.md', '如果只能'), null);
  });

  it('keeps an underlined label whose name labels other lines', () => {
    assert.equal(speakerAt(UNDERLINED_LABEL, 'talk.md', '李华：欢迎'), '李华');
    assert.equal(speakerAt(UNDERLINED_LABEL, 'talk.md', '张伟：谢谢'), '张伟');
  });

  it('keeps incremental analysis exact when the title, its underline or a second use of the name is edited', () => {
    assertReplacementsMatchAnalyze([
      [LECTURE, '============', ''],
      [LECTURE, '============', '==='],
      [LECTURE, '王明：高手如何做决策？', '王明：'],
      [LECTURE, '王明：高手', '王明高手'],
      [LECTURE, '听起来非常简单', '王明：听起来非常简单'],
      [UNDERLINED_LABEL, '李华：我们开始吧。', '我们开始吧。'],
      [UNDERLINED_LABEL, '=======', ''],
    ], 'lecture.md');
    assert.ok(assertEditsAcrossOffsetsMatchAnalyze(LECTURE, 'lecture.md', [['：', 0], ['\n', 0], ['', 1]]) >= 0);
  });
});
