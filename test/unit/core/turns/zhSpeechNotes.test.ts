import * as assert from 'node:assert/strict';
import { sourceNoteName } from '../../../../src/core/turns/speechLeads';
import { analyseText, assertReplacementsMatchAnalyze, lineSpeakers, type AnalysedFixture } from '../transcriptFixtures';

/**
 * A speech published as its text: a title, a date, an editor's note in 【】 saying whose speech it is, then the
 * speech with no label, its sections numbered 一、二、 as plain paragraphs holding sentences, and a footnote.
 */
const NOTED_DRAFT = [
  '# 为科技振兴而奋斗',
  '',
  '2016年5月28日',
  '',
  '【导  读】这是李明远用于2016年5月30日北方科技大会上发言的内部撰写稿。',
  '',
  '从科技的角度来看，未来二、三十年人类社会会演变成一个智能社会。就如一位主席当年说的“全世界可能只需要五台计算机”。',
  '',
  '一、大机会时代，千万不要机会主义。一定要有耐性。',
  '',
  '基础科学的发展，是要耐得住寂寞的。我们每年研发经费中，约20%用于研究和创新，70%用于产品开发。',
  '',
  '我们已在世界建立了26个能力中心。',
  '',
  '二、遵纪守法，努力成为一个全球化的企业。',
  '',
  '法律遵从是我们在全世界生存、服务、贡献最重要的基础。我们要严格的遵纪守法，严守商业边界。',
].join('\n');


function topicLines(fixture: AnalysedFixture): number[] {
  const found: number[] = [];
  const walk = (topics: typeof fixture.analysis.topics): void => {
    for (const topic of topics) {
      found.push(fixture.lines.lineAt(topic.headingSpan.start));
      walk(topic.children);
    }
  };
  walk(fixture.analysis.topics);
  return found.sort((a, b) => a - b);
}

describe('Chinese speeches an editor\'s note names, with plain numbered section paragraphs', () => {
  it('reads who an editor\'s note says the text is by; a photo caption or a note about a speech names no one', () => {
    assert.equal(sourceNoteName('【导  读】这是李明远用于2016年5月30日北方科技大会上发言的内部撰写稿。'), '李明远');
    assert.equal(sourceNoteName('编者按：本文为北方大学校长李明远在开学典礼上的讲话。'), '李明远');
    // Without the note's label the line must say what kind of text follows.
    assert.equal(sourceNoteName('这是李明远在北方论坛上的讲话全文。'), '李明远');
    assert.equal(sourceNoteName('这是李明远在会上讲话。'), null);
    assert.equal(sourceNoteName('【导读】这是一篇关于李明远讲话的评论。'), null);
  });

  it('gives the speech under the note to the speaker it names; the note, the date and the section numbers are no one\'s', () => {
    const fixture = analyseText(NOTED_DRAFT, 'speech.md');
    const name = '李明远';
    assert.deepEqual(lineSpeakers(fixture), ['-', '-', '-', name, '-', name, name, '-', name]);
  });

  it('titles sections with numbered paragraphs in order, each over a longer body paragraph', () => {
    const fixture = analyseText(NOTED_DRAFT, 'speech.md');
    assert.deepEqual(topicLines(fixture), [0, 8, 14]);
    const titles = fixture.analysis.topics[0]!.children.map((topic) => topic.title);
    assert.deepEqual(titles, ['一、大机会时代，千万不要机会主义。', '二、遵纪守法，努力成为一个全球化的企业。']);
  });

  it('reads numbers out of order, a numbered list or long numbered points as body text', () => {
    const outOfOrder = analyseText(NOTED_DRAFT.replace('二、遵纪守法', '三、遵纪守法'), 'speech.md');
    assert.deepEqual(topicLines(outOfOrder), [0]);
    const list = ['# 工作要点', '', '一、加强研究，形成共识。', '二、推进试点，总结经验。', '', '以上两点请各单位认真落实，并在月底前报送进展情况。'].join('\n');
    assert.deepEqual(topicLines(analyseText(list, 'notes.md')), [0]);
    const long = NOTED_DRAFT.replace('一定要有耐性。', '一定要有耐性，板凳要坐十年冷，有些伟大的人一生寂寞，这是规律。');
    assert.deepEqual(topicLines(analyseText(long, 'speech.md')), [0]);
  });

  it('re-reads the document in full when an edit may change the note\'s speaker or the numbered run', () => {
    const cases: [string, string, string][] = [
      [NOTED_DRAFT, '【导  读】', ''],
      [NOTED_DRAFT, '内部撰写稿', '评论'],
      [NOTED_DRAFT, '李明远', '王小明'],
      [NOTED_DRAFT, '二、遵纪', '三、遵纪'],
      [NOTED_DRAFT, '二、遵纪', '遵纪'],
      [NOTED_DRAFT, '我们已在世界', '三、我们已在世界'],
      [NOTED_DRAFT, '一定要有耐性。', '一定要有耐性，板凳要坐十年冷，有些伟大的人一生寂寞，这是规律。'],
      [NOTED_DRAFT, '法律遵从是我们在全世界生存、服务、贡献最重要的基础。我们要严格的遵纪守法，严守商业边界。', '法律。'],
      [NOTED_DRAFT, '\n\n二、', '\n二、'],
      [NOTED_DRAFT, '寂寞的。', '寂寞的。\n\n'],
    ];
    assertReplacementsMatchAnalyze(cases, 'speech.md');
  });
});
