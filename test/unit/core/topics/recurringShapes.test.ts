import * as assert from 'node:assert/strict';
import { isDeepStrictEqual } from 'node:util';
import { analyze } from '../../../../src/core/analysis/analyze';
import { IncrementalAnalyzer } from '../../../../src/core/analysis/incremental';
import { lineShape } from '../../../../src/core/topics/recurringShapes';
import { assertReplacementsMatchAnalyze } from '../transcriptFixtures';
import { topicTitles } from './topicTitles';

// A news briefing page saved as text: the page's head, then each subject in sentence case over its paragraphs.
const BRIEFING = [
  'Weekly press briefing - 3 March 2021 - webcast',
  '',
  'Weekly press briefing: 3 March 2021',
  '',
  'Flooding in the river delta',
  '',
  'Maria Lopez, for the relief office, said that heavy rain had flooded four districts since Monday and that 12,000 people had left their homes.',
  '',
  'Teams were handing out water and tents, she said, and more would arrive by the weekend.',
  '',
  'Vaccination campaign',
  '',
  'Tom Becker, for the health agency, said that the second round of the campaign would start on 10 March in the northern provinces.',
  '',
].join('\n');

// A lecture write-up numbering its sections `01`, `02`, `03` straight onto the words, each title repeating words of
// the paragraph above it (which would read it as a picture's caption).
const RECAP = [
  '名家讲座回顾',
  '',
  '讲座伊始，李教授以学校的老图书馆和大礼堂为引入，向大家介绍了学校与自主学习的悠久传统。',
  '',
  '01学校与自主学习',
  '',
  '大学学习和中学学习究竟有什么不一样呢？李教授说，大学阶段要自己去发现问题，再自己找到答案。',
  '',
  '02学校与创新思维',
  '',
  '创新思维究竟是什么？李教授手中的小模型是学生团队研发的成果，他用它讲了创新思维的三个来源。',
  '',
  '03学校与全面发展',
  '',
  '在大学，仅仅学好本专业的知识就足够了吗？李教授鼓励同学们参加竞赛和社团，学校与全面发展并不矛盾。',
  '',
].join('\n');

// A call's write-up cut after its first section: one numbered title, its scheme's first number, over the prose.
const FIRST_SECTION = [
  '季度业绩交流会纪要',
  '',
  '本文根据公司管理层在业绩交流会上的发言整理。',
  '',
  '1.市场回顾',
  '',
  '今年下半年行业没有出现大家年初期待的反弹，整体仍停留在底部，客户下单也更加谨慎。',
  '',
].join('\n');

const titlesOf = (text: string, name = 'page.txt'): string[] => topicTitles(analyze(text, {}, name).topics);

// A review numbering its sections in English (`1. Background`), each over its paragraph.
const REPORT = [
  'Review of the river delta flood response',
  '',
  '1. Background',
  '',
  'Heavy rain flooded four districts in March, and about 12,000 people left their homes before the water fell.',
  '',
  '2. Findings',
  '',
  'The relief office reached most districts within two days, but two villages waited a week for clean water.',
  '',
].join('\n');

describe('section titles learned from the document\'s own line shapes', function () {
  // Whole analyses per edit: minutes on a loaded machine, not a speed check.
  this.timeout(120_000);
  it('titles the subjects a briefing sets alike over their paragraphs, not the page head above them', () => {
    assert.deepEqual(titlesOf(BRIEFING), ['Flooding in the river delta', 'Vaccination campaign']);
  });

  it('reads a line of no-break spaces as blank, as the rest of the analysis does, in a full analysis and after an edit', () => {
    const spaced = BRIEFING.replace(/\n\n/g, '\n\u00a0\n');
    assert.deepEqual(titlesOf(spaced), ['Flooding in the river delta', 'Vaccination campaign']);
    assertReplacementsMatchAnalyze([[spaced, 'Vaccination campaign', 'Vaccination campaigns']], 'page.txt');
  });

  it('needs the shape twice: a one-off subject line titles nothing', () => {
    const once = BRIEFING.slice(0, BRIEFING.indexOf('Vaccination campaign'));
    assert.deepEqual(titlesOf(once), []);
  });

  it('reads titles numbered straight onto their words, even when they repeat the paragraph above', () => {
    assert.deepEqual(titlesOf(RECAP).slice(-3), ['01学校与自主学习', '02学校与创新思维', '03学校与全面发展']);
  });

  it('reads one numbered line as a title when it carries its scheme\'s first number', () => {
    assert.ok(titlesOf(FIRST_SECTION).includes('1.市场回顾'));
    // A later number alone promises nothing: the sections before it are not in the text.
    assert.ok(!titlesOf(FIRST_SECTION.replace('1.市场回顾', '2.市场回顾')).includes('2.市场回顾'));
    assert.ok(!titlesOf(FIRST_SECTION.replace('1.市场回顾', '11.市场回顾')).includes('11.市场回顾'));
    assert.equal(lineShape('一、国际关系理论的困境')?.opensSequence, true);
    assert.equal(lineShape('第一篇：校长在大学的演讲')?.opensSequence, true);
    assert.equal(lineShape('（一）市场回顾')?.opensSequence, true);
    assert.equal(lineShape('01市场回顾')?.opensSequence, true);
    assert.equal(lineShape('（十一）市场回顾')?.opensSequence, false);
    assert.equal(lineShape('十一、后记')?.opensSequence, false);
    assert.equal(lineShape('Market review')?.opensSequence, false);
  });

  it('reads English section numbers `1. ` and `II. ` as numbering, not as a sentence ending in the line', () => {
    assert.equal(lineShape('1. Background')?.key, 'plain|1.|Cap||');
    assert.equal(lineShape('II. Findings of the review')?.key, 'plain|I.|Cap||');
    assert.equal(lineShape('1. It rained. Then it stopped'), null);
    assert.deepEqual(titlesOf(REPORT).slice(-2), ['1. Background', '2. Findings']);
  });

  it('takes lines of one shape in a row for a list, not titles', () => {
    const list = [
      '这次讲话回顾了三波浪潮。',
      '',
      '第一波：商业的自动化',
      '',
      '第二波：实体世界智能化和真实世界完全数字化',
      '',
      '第三波：从线下实体的发展拓展到每个人，每个家庭，包括从虚拟的自动化拓展到实体的机器人自动化，这是最大的一波。',
      '',
    ].join('\n');
    assert.deepEqual(titlesOf(list), []);
  });

  it('leaves a site banner before a record\'s first label alone', () => {
    const record = [
      'Official websites use .gov',
      '',
      'A .gov website belongs to an official government organization in the United States.',
      '',
      'Secure .gov websites use HTTPS',
      '',
      'A lock or https:// means you have safely connected to the .gov website. Share information only on secure websites.',
      '',
      'MS. WHITE:  Good afternoon, everyone. This week the secretary visits the region.',
      '',
      'GENERAL MCKENZIE:  Thank you. I will start with an update on the operation.',
      '',
      'MS. WHITE:  Thank you, sir. We will take questions now.',
      '',
    ].join('\n');
    assert.deepEqual(titlesOf(record), []);
  });

  it('never reads a name line over its speech, nor a question or a sentence, as a title shape', () => {
    assert.equal(lineShape('Refugee influx into Iraq')?.key, 'plain||Cap||');
    assert.equal(lineShape('Syria')?.key, 'plain||Cap||');
    assert.equal(lineShape('01学校与自主学习')?.key, 'plain|01|han||');
    assert.equal(lineShape('<p>　　女性投资上更有耐心</p>')?.title, '女性投资上更有耐心');
    assert.deepEqual(lineShape('<p>　　女性投资上更有耐心</p>', 100)?.span, { start: 105, end: 114 });
    assert.equal(lineShape('What happened next?'), null);
    assert.equal(lineShape('It rained all week.'), null);
    assert.equal(lineShape('the rest of a sentence'), null);
    assert.equal(lineShape('<p>（ 商学院教授， 曾任院长）</p>'), null);
    const transcript = [
      'Speaker 1  0:05',
      'Welcome to the demo of the lamp controller. I will start with the wall switch and then go to the app.',
      '',
      'Speaker 2  0:16',
      'Sounds good. Go ahead, and show us the colours first, since most people ask about those.',
      '',
      'Speaker 1  0:19',
      'So the switch has three buttons. The top one turns the lamp on, the middle one dims it.',
      '',
    ].join('\n');
    assert.deepEqual(titlesOf(transcript), []);
  });

  it('equals a full analysis after edits in and around the titles', () => {
    for (const [text, name, step, typings] of [[BRIEFING, 'briefing.txt', 4, ['a', '。', '\n']], [RECAP, 'recap.txt', 4, ['a', '。', '\n']], [FIRST_SECTION, 'first.txt', 1, ['1', '2', '\n']], [REPORT, 'report.txt', 3, ['a', '.', '\n']]] as const) {
      for (let at = 0; at <= text.length; at += step) {
        for (const typed of typings) {
          const analyzer = new IncrementalAnalyzer({}, name);
          analyzer.update(text);
          const edited = text.slice(0, at) + typed + text.slice(at);
          const result = analyzer.update(edited, [{ rangeOffset: at, rangeLength: 0, text: typed }]);
          assert.ok(isDeepStrictEqual(result, analyze(edited, {}, name)), `${name}: ${JSON.stringify(typed)} at ${at}`);
        }
        if (at + 1 <= text.length) {
          const analyzer = new IncrementalAnalyzer({}, name);
          analyzer.update(text);
          const edited = text.slice(0, at) + text.slice(at + 1);
          const result = analyzer.update(edited, [{ rangeOffset: at, rangeLength: 1, text: '' }]);
          assert.ok(isDeepStrictEqual(result, analyze(edited, {}, name)), `${name}: deletion at ${at}`);
        }
      }
    }
  });
});
