import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analysis/analyze';
import { IncrementalAnalyzer } from '../../../../src/core/analysis/incremental';
import { recognizeSpeechLead } from '../../../../src/core/turns/narration';
import { analyseText, turnSummary } from '../transcriptFixtures';

/** A forum speech written up: a lead naming the speaker, then the speech under short bold sub-headings. */
const SPEECH = [
  '## 中国联通的容器化大数据平台实践',
  '',
  '2019年6月20日，第三届企业容器创新大会在北京举行。',
  '',
  '以下是中国联通集团数据中心总经理王志军的演讲实录：',
  '',
  '大家好，非常感谢邀请我们在大会上进行演讲。',
  '',
  '**建设背景**',
  '',
  '我们一起来简单回顾一下中国联通大数据和云计算的发展历程。',
  '',
  '**探索历程**',
  '',
  '我们从2016年开始在大数据云平台建设上投入很大的力量。',
  '',
].join('\n');

describe('speech write-ups', () => {
  it('reads who a lead-in hands the write-up to, after any title before the name', () => {
    assert.equal(recognizeSpeechLead('以下是中国联通集团数据中心总经理王志军的演讲实录：'), '王志军');
    assert.equal(recognizeSpeechLead('以下为国务院总理李克强的讲话全文：'), '李克强');
    assert.equal(recognizeSpeechLead('以下為馬英九在論壇上的致詞全文：'), '馬英九');
    assert.equal(recognizeSpeechLead('以下为演讲全文：'), null);
    // An honorific after the name is no part of it.
    assert.equal(recognizeSpeechLead('以下是周明教授演讲全文:'), '周明');
    assert.equal(recognizeSpeechLead('以下为北方大学校长李明远先生的讲话全文：'), '李明远');
    assert.equal(recognizeSpeechLead('以下是中国联通集团数据中心总经理王志军的演讲实录'), null);
  });

  it('leaves a plain sub-heading between paragraphs of a handed-over speech to no one, and goes on under it', () => {
    const speech = ['以下为北方大学校长李明远的演讲全文：', '', '谢谢主持人的介绍，今天讲三点。', '', '外需收缩,反全球化潮流抬头', '', '中国经济增长从速度看，大势是下行。', '', '这些增长的中心是甚么?这个中心是中国', '', '最后，谢谢大家。'].join('\n');
    const fixture = analyseText(speech, 'speech.txt');
    assert.deepEqual(fixture.analysis.turns.map((t) => turnSummary(fixture, t)), [
      '李明远|narration|谢谢主持人的介绍，今天讲三点。',
      '李明远|narration|中国经济增长从速度看，大势是下行。⏎⏎这些增长的中心是甚么?这个中心是中国⏎⏎最后，谢谢大家。',
    ]);
    // Thanks or a form of address with no mark after it stays the speaker's.
    const thanks = analyseText(speech.replace('最后，谢谢大家。', '最后一点\n\n谢谢大家'), 'speech.txt');
    assert.match(turnSummary(thanks, thanks.analysis.turns.at(-1)!), /谢谢大家$/);
    // Edits that make or unmake the sub-heading, or the blank lines around it, re-read the speech.
    const edits: [string, string][] = [['潮流抬头', '潮流抬头。'], ['潮流抬头\n\n', '潮流抬头\n'], ['今天讲三点。\n\n', '今天讲三点。\n'], ['是中国', '是中国。'], ['这个中心是中国', '中心是中国'], ['\n\n外需', '\n\n\n外需'], ['外需收缩,', '外需收缩了,']];
    for (const [from, to] of edits) {
      const analyzer = new IncrementalAnalyzer({}, 'speech.txt');
      analyzer.update(speech);
      const at = speech.indexOf(from);
      assert.ok(at >= 0, from);
      const edited = `${speech.slice(0, at)}${to}${speech.slice(at + from.length)}`;
      assert.deepStrictEqual(analyzer.update(edited, [{ rangeOffset: at, rangeLength: from.length, text: to }]), analyze(edited, {}, 'speech.txt'), to);
    }
  });

  it('gives the speech to the named speaker across its bold sub-headings, which title its sections', () => {
    const fixture = analyseText(SPEECH, 'speech.md');
    assert.deepEqual(fixture.analysis.turns.map((t) => turnSummary(fixture, t)), [
      '王志军|narration|大家好，非常感谢邀请我们在大会上进行演讲。',
      '王志军|narration|我们一起来简单回顾一下中国联通大数据和云计算的发展历程。',
      '王志军|narration|我们从2016年开始在大数据云平台建设上投入很大的力量。',
    ]);
    assert.ok(fixture.analysis.turns.every((t) => t.labelSpan === null));
    assert.deepEqual(fixture.analysis.topics.flatMap((t) => [t.title, ...t.children.map((c) => c.title)]), ['中国联通的容器化大数据平台实践', '建设背景', '探索历程']);
  });

  it('leaves a lone bold line as emphasis, and a label ends the speech', () => {
    const lone = SPEECH.replace('**探索历程**', '探索历程：');
    assert.deepEqual(analyseText(lone, 'speech.md').analysis.topics.flatMap((t) => [t.title, ...t.children.map((c) => c.title)]), ['中国联通的容器化大数据平台实践']);
    const labelled = `${SPEECH}主持人：谢谢王总。\n\n**问答环节**\n\n大家还有问题吗？\n`;
    const turns = analyseText(labelled, 'speech.md').analysis.turns;
    assert.deepEqual(turns.map((t) => t.speaker), ['王志军', '王志军', '王志军', '主持人']);
  });

  it('keeps incremental analysis exact when a sub-heading or the lead-in is edited', () => {
    for (const [from, to] of [['**探索历程**', '**探索历程。**'], ['王志军的演讲', '王志民的演讲'], ['建设背景', '建设背景和']] as const) {
      const analyzer = new IncrementalAnalyzer({}, 'speech.md');
      analyzer.update(SPEECH);
      const at = SPEECH.indexOf(from);
      const edited = `${SPEECH.slice(0, at)}${to}${SPEECH.slice(at + from.length)}`;
      const result = analyzer.update(edited, [{ rangeOffset: at, rangeLength: from.length, text: to }]);
      assert.deepStrictEqual(result, analyze(edited, {}, 'speech.md'), to);
    }
  });
});
