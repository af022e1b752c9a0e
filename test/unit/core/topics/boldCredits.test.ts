import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analysis/analyze';
import { assertEditsAcrossOffsetsMatchAnalyze } from '../transcriptFixtures';
import { topicTitles } from './topicTitles';

// WeChat interviews clipped to Markdown set their credits in bold, each a paragraph of its own, in the same style
// as the bold section titles below them (shapes from the ainao and 腾讯科技 dev files; the words are made up).

/** A title, a run of bold credits (one with the bar escaped as Markdown tables need it), a lead, two bold sections. */
const INTERVIEW = [
  '某创始人谈把小店开进社区',
  '============================',
  '',
  '**文｜李小明**',
  '',
  '**编辑 \\| 赵敏**',
  '',
  '**出品｜某某周刊**',
  '',
  '这家公司成立于2019年，如今在三个城市开了四十家店。',
  '',
  '**从一家面包房开始**',
  '',
  '**某某周刊：** 你们最早卖什么？',
  '',
  '**王强：** 最早只卖面包，后来才加了咖啡。',
  '',
  '**社区店的账怎么算**',
  '',
  '**某某周刊：** 一家店多久回本？',
  '',
  '**王强：** 大约十八个月。',
].join('\n');

/** The speaker of the turn covering the first character of `line` (1-based), or null when no turn covers it. */
function speakerOfLine(text: string, line: number): string | null {
  const offset = text.split('\n').slice(0, line - 1).reduce((sum, l) => sum + l.length + 1, 0);
  const turn = analyze(text, {}, 'interview.md').turns.find((t) => t.span.start <= offset && offset < t.span.end);
  return turn ? turn.speaker : null;
}

describe('bold credit runs', () => {
  it('titles the sections, not the credits set in bold beside them', () => {
    assert.deepEqual(topicTitles(analyze(INTERVIEW, {}, 'interview.md').topics), ['某创始人谈把小店开进社区', '从一家面包房开始', '社区店的账怎么算']);
  });

  it('gives the credits to no one', () => {
    for (const line of [4, 6, 8]) assert.equal(speakerOfLine(INTERVIEW, line), null, String(line));
  });

  it('still titles a single bold line with a bar, which is no run of credits', () => {
    const single = INTERVIEW.replace('**文｜李小明**\n\n**编辑 \\| 赵敏**\n\n**出品｜某某周刊**', '**对话｜王强**');
    assert.deepEqual(topicTitles(analyze(single, {}, 'interview.md').topics), ['某创始人谈把小店开进社区', '对话｜王强', '从一家面包房开始', '社区店的账怎么算']);
  });

  it('keeps incremental analysis exact for edits in and around the credits', () => {
    assertEditsAcrossOffsetsMatchAnalyze(INTERVIEW, 'interview.md', [['｜', 0], ['\n\n', 0], ['名', 0], ['', 1]], INTERVIEW.indexOf('**文'), INTERVIEW.indexOf('**从一家'));
  });
});
