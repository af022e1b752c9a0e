import * as assert from 'node:assert/strict';
import { numberedTitleShape } from '../../../../src/core/topics/numberedTitles';
import { analyseText, assertReplacementsMatchAnalyze } from '../transcriptFixtures';

/** A dialogue write-up numbering its sections on the title's own line, each over a rule and the host's next question. */
const DIALOGUE = [
  '以下是对某位创始人的访谈节选。',
  '',
  '第一章 一座山',
  '',
  '01 The Beginning',
  '',
  '---',
  '',
  '**主持人：你最新的感受是怎样的？**',
  '',
  '**李四：** 变化很大，开发者可以更快地验证想法。',
  '',
  '02 它还是一个“缸中之脑”',
  '',
  '---',
  '',
  '**主持人：缸中之脑？**',
  '',
  '**李四：** 想象一个鱼缸，你把一个脑子放在里面。',
  '',
  '第二章 K2 **是一座高峰**',
  '',
  '**03 喂一样多的数据，脑子长得更多**',
  '',
  '**主持人：你们做了哪些决策？**',
  '',
  '**李四：** 我们转向了强化学习。',
].join('\n');

/** A speech's lead listing its points, then the sections under other titles: the list titles nothing. */
const LEAD_LIST = [
  '演讲者谈了三个观点。',
  '',
  '1、推动力是黑科技和需求',
  '',
  '2、三波浪潮',
  '',
  '第一波：商业的自动化',
  '',
  '3、提升效率',
  '',
  '无论如何，本质上都要靠技术解决。',
].join('\n');

/** The dialogue with a two-line paragraph inside the first answer, far from the numbered titles. */
const WITH_NOTE = DIALOGUE.replace('验证想法。', '验证想法。\n\n02那时候我们很忙\n后来就好了。');

const topicTitles = (text: string, name = 'dialogue.md'): string[] => {
  const titles: string[] = [];
  const walk = (topics: readonly { title: string; children: readonly unknown[] }[]): void => {
    for (const topic of topics) {
      titles.push(topic.title);
      walk(topic.children as never);
    }
  };
  walk(analyseText(text, name).analysis.topics);
  return titles;
};

describe('titles numbered in sequence (`01 …`, `02 …`, `第一章 …`)', () => {
  it('title sections when their numbers run on in document order, each standing apart', () => {
    assert.deepEqual(topicTitles(DIALOGUE), ['第一章 一座山', '01 The Beginning', '02 它还是一个“缸中之脑”', '第二章 K2 是一座高峰', '03 喂一样多的数据，脑子长得更多']);
  });

  it('read the number and the title from the line: families, sentences, clauses left open', () => {
    assert.deepEqual(numberedTitleShape('01 The Beginning'), { family: 'padded', value: 1 });
    assert.deepEqual(numberedTitleShape('3、[纸笔写代码的程序员](http://example.com/a.html)'), { family: 'arabic、', value: 3 });
    assert.deepEqual(numberedTitleShape('② Transformations of PLs'), { family: 'circled', value: 2 });
    assert.deepEqual(numberedTitleShape('第十二章 结语'), { family: '第章', value: 12 });
    assert.equal(numberedTitleShape('① 第一种是大家熟悉的**指数分布；**'), null);
    assert.equal(numberedTitleShape('1 pursuant to the New York State'), null);
    assert.equal(numberedTitleShape('1.5 倍的增长'), null);
    assert.equal(numberedTitleShape('2. 你怎么看这件事？'), null);
    assert.equal(numberedTitleShape('03 我们接下来讨论的是，'), null);
  });

  it('need a run: a lone number, a gap in the numbers or a list of items titles nothing', () => {
    const lone = DIALOGUE.replace('02 它还是', '05 它还是').replace('**03 喂', '**07 喂');
    assert.ok(!topicTitles(lone).includes('01 The Beginning'));
    assert.deepEqual(topicTitles(LEAD_LIST, 'speech.txt'), []);
    // The items standing apart from one another do title sections.
    const sections = LEAD_LIST.replace('1、推动力是黑科技和需求\n', '1、推动力是黑科技和需求\n\n技术和需求一起推动了发展。\n');
    assert.deepEqual(topicTitles(sections, 'speech.txt'), ['1、推动力是黑科技和需求', '2、三波浪潮', '3、提升效率']);
  });

  it('end the turn above: the title is nobody\'s speech', () => {
    const { analysis } = analyseText(DIALOGUE, 'dialogue.md');
    const titleStart = DIALOGUE.indexOf('02 它还是');
    assert.ok(!analysis.turns.some((turn) => turn.span.start <= titleStart && titleStart < turn.span.end));
  });

  it('keeps incremental analysis exact when a number, a title or a neighbour is edited', () => {
    assertReplacementsMatchAnalyze([
      [DIALOGUE, '02 它还是', '05 它还是'],
      [DIALOGUE, '02 它还是', '2 它还是'],
      [DIALOGUE, '02 它还是', '它还是'],
      [DIALOGUE, '一个“缸中之脑”', '一个“缸中之脑”。'],
      [DIALOGUE, '01 The Beginning\n\n---', '01 The Beginning\n---'],
      [DIALOGUE, '---\n\n**主持人：缸中之脑？**', '---\n\n02 又一个\n\n**主持人：缸中之脑？**'],
      [DIALOGUE, '\n\n02 它还是', '\n02 它还是'],
      [DIALOGUE, '**李四：** 想象', '**李四：**\n\n04 想象\n\n想象'],
      // A line far from the title, numbered in the title's family but standing in a paragraph: the run breaks.
      [WITH_NOTE, '2那时候', '2 那时候'],
      [WITH_NOTE.replace('02那时候', '02 那时候'), '2 那时候', '2那时候'],
      [LEAD_LIST, '1、推动力是黑科技和需求\n', '1、推动力是黑科技和需求\n\n技术和需求一起推动了发展。\n'],
      [LEAD_LIST, '2、三波浪潮\n\n第一波', '2、三波浪潮\n\n3、第一波'],
      [LEAD_LIST, '演讲者谈了', '演讲者1、谈了'],
    ], 'dialogue.md');
  });
});

/** A council meeting's captions: the agenda items numbered in square brackets between the chair's paragraphs. */
const AGENDA = [
  '[00:00:03]',
  '',
  'GOOD EVENING, AND WELCOME TO THE COMMITTEE MEETING FOR MONDAY.',
  '',
  '[1. Opening Statement]',
  '',
  'WE MEET ON THE TRADITIONAL LAND OF THE FIRST NATIONS OF THIS REGION.',
  '',
  '[2. Approval of the agenda.]',
  '',
  'ANYTHING TO ADD TO THE AGENDA? NOTHING FURTHER.',
  '',
  '[3. A memorandum regarding whether to approve the purchase of two electric buses for the transit service in 2025.]',
  '',
  'THE ADMINISTRATION RECOMMENDS THE PURCHASE. ANY QUESTIONS?',
].join('\n');

describe('agenda items numbered in square brackets (`[1. Opening Statement]`)', () => {
  it('title the sections when their numbers run on, a final full stop and a long motion included', () => {
    assert.deepEqual(topicTitles(AGENDA, 'meeting.txt'), ['1. Opening Statement', '2. Approval of the agenda.', '3. A memorandum regarding whether to approve the purchase of two electric buses for the transit service in 2025.']);
  });

  it('read the number inside the brackets in a family of its own, never a timestamp or a question', () => {
    assert.deepEqual(numberedTitleShape('[2. Approval of the agenda.]'), { family: '[arabic.', value: 2 });
    assert.equal(numberedTitleShape('[00:00:03]'), null);
    assert.equal(numberedTitleShape('[2. Is this on the agenda?]'), null);
    // A run needs two: one bracketed item among the paragraphs titles nothing.
    assert.deepEqual(topicTitles(AGENDA.replace('[1. Opening Statement]', 'OPENING.').replace('[2. Approval', '[5. Approval'), 'meeting.txt'), []);
  });

  it('keeps incremental analysis exact when an item or its neighbour is edited', () => {
    assertReplacementsMatchAnalyze([
      [AGENDA, '[2. Approval', '[4. Approval'],
      [AGENDA, 'agenda.]', 'agenda.'],
      [AGENDA, '[1. Opening', '[1 Opening'],
      [AGENDA, '\n\n[3. A memo', '\n[3. A memo'],
      [AGENDA, 'NOTHING FURTHER.', 'NOTHING FURTHER.\n\n[9. Other business]'],
    ], 'meeting.txt');
  });
});
