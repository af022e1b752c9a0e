import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analysis/analyze';
import { isClauseTitleShape, parallelShapeWithinReach } from '../../../../src/core/topics/parallelPlainTitles';
import { LineIndex } from '../../../../src/core/text/positions';
import { recognizeMarkedSpeechLead, speechGiverName } from '../../../../src/core/turns/speechLeads';
import { topicTitles as titles } from './topicTitles';

const paragraph = (topic: string): string => `${topic}这一部分讲的是一个很长的段落，内容包括很多细节和数据，例如过去十年的发展、当前的状况以及未来的方向，我们一条一条来看，先说第一点，然后是第二点，最后再做一个总结。`;

/** A talk write-up: a lead naming the speaker, a hand-over, plain sub-headings between long paragraphs. */
function talk(subheadings: readonly string[]): string {
  const body = subheadings.flatMap((title, i) => [title, '', paragraph(`第${i + 1}节`), '']);
  return ['演讲稿标题', '', '在本次论坛上，研究院院长张三做了以人工智能为主题的分享，表达了三个观点。', '', '以下为演讲实录，编辑略作整理：', '', ...body].join('\n');
}

describe('parallel plain titles (parallelPlainTitles.ts)', () => {
  it('reads a short line with a comma or colon as a title when other plain lines title sections the same way', () => {
    const text = talk(['人工智能的推动力：科技推动，需求推动', '发展史上的三波浪潮', '人工智能可以提升效率']);
    const analysis = analyze(text, {}, 'talk.txt');
    assert.deepEqual(titles(analysis.topics).slice(-3), ['人工智能的推动力：科技推动，需求推动', '发展史上的三波浪潮', '人工智能可以提升效率']);
    // The speech after the hand-over is the speaker's, across the sub-headings.
    const speakers = new Set(analysis.turns.map((t) => t.speaker));
    assert.deepEqual([...speakers], ['张三']);
  });

  it('leaves a lone clause-shaped line alone, and a list of such lines', () => {
    const lone = talk(['人工智能的推动力：科技推动，需求推动']);
    assert.ok(!titles(analyze(lone, {}, 'talk.txt').topics).includes('人工智能的推动力：科技推动，需求推动'));
    // `第一波：…` / `第二波：…`: each follows the previous short item, not a paragraph.
    const list = talk(['发展史上的三波浪潮', '人工智能可以提升效率']).replace('以下为演讲实录', '第一波：商业的自动化和数据世界的自动化\n\n第二波：实体世界的智能化和数字化\n\n以下为演讲实录');
    assert.ok(!titles(analyze(list, {}, 'talk.txt').topics).some((t) => t.startsWith('第二波')));
  });

  it('reads a clause with a colon as a title, not a speaker who speaks once', () => {
    const text = talk(['发展史上的三波浪潮', 'Infinity：视觉自回归生成新路线', '人工智能可以提升效率']);
    const analysis = analyze(text, {}, 'talk.txt');
    assert.ok(titles(analysis.topics).includes('Infinity：视觉自回归生成新路线'));
    assert.ok(!analysis.turns.some((t) => t.speaker === 'Infinity'));
  });

  it('reads a short line under a picture as a title where the document captions none of its pictures', () => {
    const picture = (n: number): string => `![Image](https://example.com/picture-${n}.png)`;
    const sections = ['自回归模型和扩展规律', '视觉自回归与扩散模型', '分析和思考'];
    // Six pictures, one of them followed by a section's title: the document captions none.
    const lines = ['以下是演讲实录。', '', sections[0]!, '', paragraph('一'), '', picture(1), '', paragraph('二'), '', picture(2), '', sections[1]!, '', paragraph('三'), '', picture(3), '', paragraph('四'), '', picture(4), '', paragraph('五'), '', picture(5), '', paragraph('六'), '', picture(6), '', paragraph('七'), '', sections[2]!, '', paragraph('八')];
    assert.deepEqual(titles(analyze(lines.join('\n'), {}, 'clip.md').topics), sections);
    // With the same pictures captioned, the short line under the second picture is its caption.
    const captioned = lines.map((line) => (line.startsWith('![') && line !== picture(2) ? `${line}\n\n图中的示意图` : line)).join('\n');
    assert.ok(!titles(analyze(captioned, {}, 'clip.md').topics).includes(sections[1]!));
  });

  it('skips credit runs, and bare short lines where the document titles its sections with headings', () => {
    const credits = ['作者 | 韩剑', '', '审校｜罗燕珊', '', '策划 | 全球人工智能开发与应用大会', '', paragraph('导语')].join('\n');
    assert.deepEqual(titles(analyze(credits, {}, 'credits.md').topics), []);
    const minutes = ['# 第四次小聚', '', '## 待討論', '', '- 專案名稱', '', '## 確定技術架構', '', '資料庫', 'PostgreSQL：有內建強大的地理查詢能力，所以決定採用它來做地理查詢。', '', '## API', '', '- 工廠資料'].join('\n');
    assert.deepEqual(titles(analyze(minutes, {}, 'minutes.md').topics), ['第四次小聚', '待討論', '確定技術架構', 'API']);
  });

  it('reads bold lines closed by <br> as parallel titles, one style per level', () => {
    const text = ['<strong><font color="#de5650">一、自由战斗体验</font></strong><br>', '<br>', `${paragraph('一')}<br>`, '<strong>核心概念</strong><br>', '<br>', `${paragraph('二')}<br>`, '<strong><font color="#de5650">二、设计挑战</font></strong><br>', '<br>', `${paragraph('三')}<br>`, '<strong>武器多样化</strong><br>', '<br>', `${paragraph('四')}<br>`].join('\n');
    assert.deepEqual(titles(analyze(text, {}, 'page.md').topics), ['一、自由战斗体验', '核心概念', '二、设计挑战', '武器多样化']);
  });

  it('reads a block of key：value lines in minutes as metadata, not as speakers', () => {
    const text = ['# 會議記錄', '', '時間：20190918', '地點：地球公民基金會北辦', '線上：https://zoom.example/j/1', '', '## 討論', '', '小海：前端地圖已經弄出來了。', '', '小海：下週繼續。'].join('\n');
    const speakers = analyze(text, {}, 'minutes.md').turns.map((t) => t.speaker);
    assert.deepEqual(speakers, ['小海', '小海']);
  });

  it('shapes: clause titles and what the incremental analyzer reads together', () => {
    assert.equal(isClauseTitleShape('人工智能的推动力：科技推动，需求推动'), true);
    assert.equal(isClauseTitleShape('我们今天讲三点，第一点是这个。'), false);
    assert.equal(isClauseTitleShape('内容包括：'), false);
    // A dash at the end leads into the next paragraph, as a colon does.
    assert.equal(isClauseTitleShape('其实，这也暴露了节目的一种尴尬——'), false);
    const lines = new LineIndex(['第一段落的文字比较长。', '', '人工智能的推动力：科技推动，需求推动', '', '第二段落。', '', '', '', '', '', '远处的文字。'].join('\n'));
    assert.equal(parallelShapeWithinReach(lines, 0, 0), true);
    assert.equal(parallelShapeWithinReach(lines, 10, 10), false);
    assert.equal(parallelShapeWithinReach(lines, 10, 10, '![图](https://example.com/a.png)'), true);
  });
});

describe('speech lead-ins in the editor\'s words (speechLeads.ts)', () => {
  it('reads a lead-in with an editor\'s note, or ending a paragraph, and who gave the talk', () => {
    assert.ok(recognizeMarkedSpeechLead('以下为演讲实录，界面创业略作编辑：'));
    assert.ok(recognizeMarkedSpeechLead('以下是演讲实录（经 InfoQ 进行不改变原意的编辑整理）。'));
    assert.equal(recognizeMarkedSpeechLead('以下为演讲实录，我们今天要讨论的问题有很多，先从第一个说起：'), null);
    const paragraph = '本篇为大家介绍的是来自雷火UX交互体验师觉觉和Nero的演讲——“从原型到成品”，以下是演讲实录。<br>';
    assert.equal(recognizeMarkedSpeechLead(paragraph)?.paragraph?.endsWith('以下是演讲实录。'), true);
    assert.equal(speechGiverName(paragraph), '觉觉和Nero');
    assert.equal(speechGiverName('本文整理自字节跳动商业化技术 AIGC 算法工程师韩剑 6 月份在 AICon 2025 北京站的分享《Infinity》。'), '韩剑');
    assert.equal(speechGiverName('网易智企·易盾业务算法专家胡宜峰受邀亮相「小模型」专场，带来《研发实践》分享，与行业从业者共话前沿。'), '胡宜峰');
    assert.equal(speechGiverName('汪华从2012年开始投资人工智能。汪华做了以AI为主题的分享，表达了三个观点：'), '汪华');
    assert.equal(speechGiverName('今天的天气很好，大家一起分享了午餐。'), null);
  });
});
