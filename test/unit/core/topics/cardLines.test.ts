import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analysis/analyze';
import { assertEditsAcrossOffsetsMatchAnalyze } from '../transcriptFixtures';
import { topicTitles } from './topicTitles';

// A stack of short lines, each a paragraph of its own (a guest's name over the offices they hold, the members
// present), is one block: its last line stands over the prose below it but titles nothing.

/** A lecture recap: the guest's card (name, two offices) over the first paragraph, then numbered sections. */
const RECAP = [
  '2020年8月14日下午,科学营活动正式拉开序幕,来自经济管理学院的教授为同学们带来了一场讲座。',
  '',
  '胡汉辉',
  '',
  '东南大学经济管理学院教授',
  '',
  '产业组织研究中心(CIOR)主任',
  '',
  '讲座伊始,胡教授以学校的六朝松、体育馆和大礼堂等地标性建筑为引,讲述了学校的历史。',
  '',
  '01大学与自主探索',
  '',
  '大学学习和中学学习究竟有什么不一样呢?他说,大学要靠自己去找答案,而不是等别人告诉你。',
  '',
  '02大学与创新思维',
  '',
  '创新不是凭空想象,而是在扎实的基础上提出新的问题,再用新的方法去回答它。',
].join('\n');

/** A committee record's head: its title and question numbers, the members present (one name a paragraph), the evidence. */
const MEMBERS = [
  'Evidence heard in Public',
  '',
  'Questions 1 - 32',
  '',
  'This is an uncorrected transcript of evidence taken in public and reported to the House.',
  '',
  'Members present:',
  '',
  'Natascha Engel (Chair)',
  '',
  'Sir David Amess',
  '',
  'Bob Blackman',
  '',
  'John Hemming',
  '',
  'Pete Wishart was also in attendance (Standing Order No. 152J(7)).',
  '',
  'Q1 Chair: Welcome to the committee. Could you introduce yourselves for the record?',
  '',
  'Chris Grayling: Thank you. I am the Leader of the House and I am happy to be here today.',
].join('\n');

describe('the last line of a stack of short lines', () => {
  it("reads a guest's office under their name and another office as the card, not a section title", () => {
    assert.deepEqual(topicTitles(analyze(RECAP, {}, 'recap.txt').topics), ['01大学与自主探索', '02大学与创新思维']);
    // The same line under a paragraph stands apart and titles the prose below it.
    const alone = RECAP.replace('胡汉辉\n\n东南大学经济管理学院教授\n\n', '');
    assert.deepEqual(topicTitles(analyze(alone, {}, 'recap.txt').topics), ['产业组织研究中心(CIOR)主任', '01大学与自主探索', '02大学与创新思维']);
  });

  it('reads the last name of a list of members as the list', () => {
    assert.deepEqual(topicTitles(analyze(MEMBERS, {}, 'evidence.txt').topics), []);
  });

  it('keeps incremental analysis exact around the card', () => {
    const edits = [['x', 0], ['。', 0], ['\n\n', 0], ['\n', 0], ['', 1]] as const;
    assertEditsAcrossOffsetsMatchAnalyze(RECAP, 'recap.txt', edits, RECAP.indexOf('胡汉辉') - 2, RECAP.indexOf('讲座伊始') + 4);
  });
});
