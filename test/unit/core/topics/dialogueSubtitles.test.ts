import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analysis/analyze';
import { assertEditsAcrossOffsetsMatchAnalyze } from '../transcriptFixtures';
import { topicTitles as titles } from './topicTitles';

const answer = (topic: string): string => `${topic}这件事我想了很久，其实答案一直都在，只是过去我没有看清楚，后来慢慢地、一点一点地才明白它的意思。`;

/**
 * A magazine's interview saved from WeChat: a lead, pictures with a caption under each, and plain sub-titles
 * (some split by a comma), each a paragraph of its own over the magazine's next question, whose line ends on the
 * guest's label (`…是怎么想的？ **陈女士：**`), the answer on the line below; a follow-up question and the
 * guest's label alone on its line (`**陈女士：**`) over the answer.
 */
function interview(subtitles: readonly string[]): string {
  const sections = subtitles.flatMap((title, i) => [
    '![](https://example.org/picture.jpg)', '', `第${i + 1}张照片`, '', title, '',
    `生活周刊：第${i + 1}个问题，你当时是怎么想的？ **陈女士：**`, answer(`第${i + 1}个问题`),
    `生活周刊：能再多说一点吗？`, '**陈女士：**', answer(`第${i + 1}个追问`), '',
  ]);
  return ['# 专访陈女士：爱是最值得浪费时间的一件事', '', '文 | 记者', '', '几年前，她开始写作，一写就是两年，这本书记录了她一家四代人的故事，也记录了她自己。', '', ...sections].join('\n');
}

const SUBTITLES = ['越久远的东西，可能光线就越绮丽', '每写一篇，都是在抵御某种失去', '命运就是你的必经之路'];

describe('plain sub-titles over the next question in a dialogue write-up', () => {
  it('titles sections with them when the document sets three or more so, past a picture and its caption', () => {
    const found = titles(analyze(interview(SUBTITLES), {}, 'interview.md').topics);
    for (const title of SUBTITLES) assert.ok(found.includes(title), `${title} in ${JSON.stringify(found)}`);
    // The captions title nothing, and the questions stay the magazine's turns.
    assert.ok(!found.some((t) => t.endsWith('张照片')));
    const analysis = analyze(interview(SUBTITLES), {}, 'interview.md');
    assert.equal(analysis.turns.filter((t) => t.speaker === '生活周刊').length, 2 * SUBTITLES.length);
  });

  it('leaves a comma-split line over a question alone when the document sets fewer than three such lines', () => {
    const found = titles(analyze(interview(SUBTITLES.slice(0, 2)), {}, 'interview.md').topics);
    assert.ok(!found.includes(SUBTITLES[0]!) && !found.includes(SUBTITLES[1]!), JSON.stringify(found));
  });

  it('does not count a line over a name that labels no other line', () => {
    // Each sub-title sits over a one-off `Name：…` line: no labelled dialogue goes on below them.
    const text = interview(SUBTITLES).replace('生活周刊：第1个问题', '前记：第1个问题').replace('生活周刊：第2个问题', '编者：第2个问题').replace('生活周刊：第3个问题', '附记：第3个问题');
    assert.ok(!titles(analyze(text, {}, 'interview.md').topics).includes(SUBTITLES[0]!));
  });

  it('equals a full analysis after edits around the sub-titles, captions and questions', function () {
    this.timeout(300_000);
    const text = interview(SUBTITLES);
    const local = assertEditsAcrossOffsetsMatchAnalyze(text, 'interview.md', [['，', 0], ['\n', 0], ['：', 0], ['。', 0], ['', 1]]);
    assert.ok(local > 0, 'no edit stayed local');
  });
});
