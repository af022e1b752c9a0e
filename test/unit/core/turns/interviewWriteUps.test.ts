import * as assert from 'node:assert/strict';
import { isTitleShaped } from '../../../../src/core/topics/titles';
import { analyseText, turnSummary } from '../transcriptFixtures';

/** A magazine's Q/A write-up: a lead written like verse, a legend naming the sides, photos inside the answers. */
const WRITE_UP = [
  '10年前，她遭受了一场网暴。',
  '',
  '正在深圳当候鸟教授的杨燕绥，',
  '',
  '和她谈了谈事关14亿人的',
  '',
  '延迟退休、养老金改革和社区养老。',
  '',
  '****Q：一条****',
  '',
  '**A：杨燕绥**',
  '',
  '****Q：您为什么提出“延迟退休”？****',
  '',
  '**A：**这个问题必须要说。',
  '',
  '![](https://example.org/photo.gif)',
  '',
  '它有社会价值，当然也有风险。',
  '',
].join('\n');

describe('interview write-ups', () => {
  it('reads `Q：一条` / `A：杨燕绥` over the interview as its legend, not as anyone speaking', () => {
    const fixture = analyseText(WRITE_UP, 'interview.md');
    assert.deepEqual(fixture.analysis.turns.map((t) => turnSummary(fixture, t).split('|')[0]), ['Q', 'A']);
    assert.ok(fixture.analysis.turns[0]!.span.start > WRITE_UP.indexOf('**A：杨燕绥**'));
  });

  it('makes a line holding only an image an aside inside the answer, which goes on below it', () => {
    const fixture = analyseText(WRITE_UP, 'interview.md');
    const answer = fixture.analysis.turns[1]!;
    assert.ok(fixture.slice(answer.span).endsWith('它有社会价值，当然也有风险。'));
    assert.deepEqual(fixture.analysis.stageDirections.map((d) => fixture.slice(d.span)), ['![](https://example.org/photo.gif)']);
  });

  it('takes no title from a line that breaks off on a particle or a conjunction', () => {
    assert.equal(isTitleShaped('和她谈了谈事关14亿人的'), false);
    assert.equal(isTitleShaped('养老金改革与'), false);
    assert.equal(isTitleShaped('养老金改革的方向'), true);
    assert.equal(isTitleShaped('投资的目的'), true);
    assert.deepEqual(analyseText(WRITE_UP, 'interview.md').analysis.topics, []);
  });

  it('reads a one-off label with nothing after it, right above a list, as the lead-in of the list', () => {
    const note = '受訪者登記：\n1. kiang = 江明宗\n2. isabel Hou\n\n> 主要的變化是知名度。 [name=chihao]\n';
    assert.deepEqual(analyseText(note, 'note.md').analysis.turns.map((t) => t.speaker), ['chihao']);
    // With speech on the line, or said twice, the same label is a speaker.
    const spoken = '受訪者：我先說。\n1. 第一點\n';
    assert.deepEqual(analyseText(spoken, 'note.md').analysis.turns.map((t) => t.speaker), ['受訪者']);
  });
});
