import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analysis/analyze';
import { dashSubtitleWithinReach, isDashSubtitle, titlesOverDashSubtitles } from '../../../../src/core/topics/dashSubtitles';
import { assertEditsAcrossOffsetsMatchAnalyze, assertReplacementsMatchAnalyze } from '../transcriptFixtures';
import { topicTitles } from './topicTitles';

/** A speech saved from a school's news site: breadcrumb, title, dash subtitle, byline, a picture's lost caption, the speech. */
const SPEECH = [
  '学校主页 - 新闻中心 - 专题 - 正文',
  '',
  '做一个有温度的求知者',
  '',
  '——在2021年研究生毕业典礼上的讲话',
  '',
  '校长  王某某',
  '',
  '',
  '王某某校长讲话 摄影 李某',
  '',
  '亲爱的同学们、老师们:',
  '',
  '今天我们在这里为你们送行。几年来，你们在实验室里度过了许多不眠之夜，也在讨论中学会了倾听。',
  '',
  '希望你们把求知的热情带到新的岗位上，做一个有温度的求知者。',
].join('\n');

const titlesOf = (text: string, name = 'speech.txt'): string[] => topicTitles(analyze(text, {}, name).topics);
const lineTexts = (text: string): ((line: number) => string) => {
  const lines = text.split('\n');
  return (line) => lines[line] ?? '';
};

describe('a title over its dash subtitle', () => {
  it('titles the speech, and the byline and caption under the subtitle title nothing', () => {
    assert.deepEqual(titlesOf(SPEECH), ['做一个有温度的求知者']);
    // With no blank line between the title and its subtitle, and a comma in the title.
    assert.deepEqual(titlesOf(SPEECH.replace('做一个有温度的求知者\n\n', '求知，做一个有温度的人\n')), ['求知，做一个有温度的人']);
  });

  it('is read from the subtitle: without it the title, byline and caption are read as before', () => {
    const without = SPEECH.replace('——在2021年研究生毕业典礼上的讲话', '');
    // The lone caption is read as a title, the speech's title is not: the subtitle is the evidence for both.
    assert.deepEqual(titlesOf(without), ['王某某校长讲话 摄影 李某']);
    assert.equal(titlesOverDashSubtitles(16, lineTexts(without)).length, 0);
  });

  it('needs the title to stand apart and read as a title', () => {
    // Straight under a paragraph: the dash line goes on with the sentence above (an attribution), no title.
    const underParagraph = SPEECH.replace('\n\n做一个有温度的求知者', '\n这一年，学校送走了许多毕业生。\n做一个有温度的求知者');
    assert.equal(titlesOverDashSubtitles(20, lineTexts(underParagraph)).length, 0);
    // A sentence, a lead-in or a list item over the dash is no title.
    for (const line of ['今天我们为你们送行。', '校长的讲话如下:', '- 做一个有温度的求知者']) {
      assert.equal(titlesOverDashSubtitles(20, lineTexts(SPEECH.replace('做一个有温度的求知者\n', `${line}\n`))).length, 0, line);
    }
    // An epigraph over its attribution: a quotation, a name after the dash.
    const epigraph = ['', '“求知的路上，没有捷径。”', '', '——某某先生在一次讲座上的话', '', '今天我想谈谈求知。这是一个老话题。'].join('\n');
    assert.equal(titlesOverDashSubtitles(6, lineTexts(epigraph)).length, 0);
    assert.equal(isDashSubtitle('——鲁迅'), false, 'an attribution names a person');
    assert.equal(isDashSubtitle('——在2021年研究生毕业典礼上的讲话'), true);
    assert.equal(isDashSubtitle('——这是一句话。后面还有一句。'), false, 'a sentence');
    assert.equal(isDashSubtitle('————————'), false, 'a rule');
    assert.equal(isDashSubtitle('-- Jane Doe'), false, 'no Chinese occasion');
  });

  it('keeps incremental analysis exact near the title, the subtitle and the byline', () => {
    assert.equal(dashSubtitleWithinReach(16, lineTexts(SPEECH), 2, 2), true, 'the title');
    assert.equal(dashSubtitleWithinReach(16, lineTexts(SPEECH), 9, 9), true, 'the caption');
    assert.equal(dashSubtitleWithinReach(16, lineTexts(SPEECH), 13, 13), false, 'the speech');
    assertReplacementsMatchAnalyze([
      [SPEECH, '——在2021', '在2021'],
      [SPEECH.replace('——在2021', '在2021'), '在2021', '——在2021'],
      [SPEECH, '\n\n做一个', '\n做一个'],
      [SPEECH, '有温度的求知者\n\n——', '有温度的求知者。\n\n——'],
      [SPEECH, '校长  王某某', '校长  王某某在典礼上发表讲话，全文如下，请同学们认真阅读并转告。'],
      [SPEECH, '\n\n\n王某某', '\n\n\n\n\n\n王某某'],
    ], 'speech.txt');
    const local = assertEditsAcrossOffsetsMatchAnalyze(SPEECH, 'speech.txt', [['，', 0], ['\n', 0], ['', 1]]);
    assert.ok(local > 0, 'edits in the speech below stay local');
  });
});
