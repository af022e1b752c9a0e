import * as assert from 'node:assert/strict';
import { chineseNumeralValue } from '../../../../src/core/topics/titles';
import { analyseText } from '../transcriptFixtures';

function titles(text: string, fileName = 'doc.txt'): string[] {
  const out: string[] = [];
  const walk = (topics: readonly { title: string; children: readonly unknown[] }[]): void => {
    for (const topic of topics) {
      out.push(topic.title);
      walk(topic.children as never);
    }
  };
  walk(analyseText(text, fileName).analysis.topics);
  return out;
}

describe('topics on realistic text', () => {
  it('masthead lines over a dateline or a list of names are not section titles', () => {
    const briefing = ['THE WHITE HOUSE', '', 'Office of the Press Secretary', '', 'PRESS BRIEFING BY PRESS SECRETARY KAROLINE LEAVITT', '',
      'James S. Brady Press Briefing Room', '', '2:05 P.M. EDT', '', 'MS. LEAVITT:  Good afternoon, everybody.  Thank you for being here.'].join('\n');
    assert.deepEqual(titles(briefing), []);
    const otter = ['SPEAKERS', 'Priya Raman, Daniel Okafor, Mei Lin', '', 'Priya Raman  0:03', 'Okay, I think we are recording.'].join('\n');
    assert.deepEqual(titles(otter), []);
  });

  it('a title over prose, a labelled question or a lead-in colon is still a title', () => {
    const article = ['工业生产较快增长', '', '数据显示，上半年工业增加值同比增长6.4%。', '', '人才從哪裡來', '', '問：缺工嚴重嗎？', '答：非常嚴重。', '',
      'Supply and Demand', 'Our outlook for next year is the following:', '- steady demand'].join('\n');
    assert.deepEqual(titles(article), ['工业生产较快增长', '人才從哪裡來', 'Supply and Demand']);
  });
});

describe('incremental analysis and body text under a title', () => {
  it('a line growing past the body-text length makes the title above it a title', async () => {
    const { IncrementalAnalyzer } = await import('../../../../src/core/analysis/incremental');
    const { analyze } = await import('../../../../src/core/analysis/analyze');
    // A heading above it: a lone bare line in Latin script that is the document's only title titles nothing (isLoneLatinTitle).
    const text = `# Notes\n\nSupply and Demand\n\n${'word '.repeat(15)}done\n`;
    const analyzer = new IncrementalAnalyzer();
    analyzer.update(text);
    const at = text.indexOf('done');
    const edited = `${text.slice(0, at)}more words here${text.slice(at)}`;
    assert.deepStrictEqual(analyzer.update(edited, [{ rangeOffset: at, rangeLength: 0, text: 'more words here' }]), analyze(edited));
    assert.deepEqual(analyze(edited).topics.flatMap((t) => [t.title, ...t.children.map((c) => c.title)]), ['Notes', 'Supply and Demand']);
  });
});

describe('numbered sections in Chinese documents', () => {
  it('一、 and （一） title lines between paragraphs are nested topics; a run of 一、 items stays a list', () => {
    const text = ['一、经济增长目标', '', '多位专家预计，今年的经济增长目标将设定在5%左右。', '', '二、财政政策', '', '赤字率有望提高到4%。', '',
      '（一）专项债', '', '今年专项债规模预计达到4.5万亿元。', '', '原因有两个：', '一、成本下降', '二、需求增加', '', '这是结论。'].join('\n');
    const topics = analyseText(text, 'doc.txt').analysis.topics;
    assert.deepEqual(topics.map((t) => [t.title, t.children.map((c) => c.title)]), [['一、经济增长目标', []], ['二、财政政策', ['（一）专项债']]]);
  });
});

describe('earnings-call transcripts', () => {
  const call = [
    'Presentation', '', 'Operator', '', 'Good day, and welcome to the call.', '', 'Jane Smith', '', 'Thank you, operator. Revenue was $4.2 billion.', '',
    'Question-and-Answer Session', '', 'Operator', '', 'Our first question comes from John Doe with Morgan Stanley.', '', 'John Doe', '',
    'Hi, thanks for taking my question. Can you talk about pricing?', '', 'Jane Smith', '', 'Sure, John. We raised prices by about 3% in April.', '',
  ].join('\n');

  it('section titles over a speaker name line stay titles; a name introduced just above speaks once', () => {
    const fixture = analyseText(call, 'call.txt');
    assert.deepEqual(titles(call, 'call.txt'), ['Presentation', 'Question-and-Answer Session']);
    assert.deepEqual(fixture.analysis.turns.map((t) => t.speaker), ['Operator', 'Jane Smith', 'Operator', 'John Doe', 'Jane Smith']);
  });

  it('an edit to the introduction re-analyses the name line below it', async () => {
    const { IncrementalAnalyzer } = await import('../../../../src/core/analysis/incremental');
    const { analyze } = await import('../../../../src/core/analysis/analyze');
    const analyzer = new IncrementalAnalyzer();
    analyzer.update(call);
    const at = call.indexOf('John Doe with') + 1;
    const edited = `${call.slice(0, at)}a${call.slice(at + 1)}`;
    assert.deepStrictEqual(analyzer.update(edited, [{ rangeOffset: at, rangeLength: 1, text: 'a' }]), analyze(edited));
  });

  it('bold paragraphs numbered 一、二、三 in sequence title a write-up, long questions included; the statements after the number can be claims', () => {
    const bold = (inner: string): string => `<p cms-style="font-L">\u3000\u3000<font cms-style="font-L strong-Bold">${inner}</font></p>`;
    const plain = (inner: string): string => `<p cms-style="font-L">\u3000\u3000<font cms-style="font-L">${inner}</font></p>`;
    const question = '二、国庆期间，杨洁篪主任同美国总统国家安全事务助理沙利文在瑞士苏黎世举行会晤。中美高层接触频繁能说明两国关系出现了一些缓和迹象吗？';
    const lines = [plain('10月11日，外交部副部长乐玉成接受专访。'), bold('一、美国打了20年阿富汗战争最终不得不仓促撤出，人们从中可以到什么启示？'), plain('阿富汗变局是世界百年变局的一个缩影。'),
      bold(question), plain('今年以来，两国元首两次通话。')];
    const fixture = analyseText(lines.join('\n'), 'page.md');
    assert.deepEqual(fixture.analysis.topics.map((t) => [t.title, fixture.slice(t.headingSpan)]), [
      ['一、美国打了20年阿富汗战争最终不得不仓促撤出，人们从中可以到什么启示？', '一、'],
      ['二、国庆期间，杨洁篪主任同美国总统国家安全事务助理沙利文在瑞士苏黎世举行会晤。', '二、'],
    ]);
    assert.ok(fixture.analysis.claims.some((c) => c.text.includes('举行会晤')), 'the meeting in the numbered question is a claim');
    // Out of sequence (一 then 三), or a single one, they are bold paragraphs and nothing more.
    assert.deepEqual(titles([lines[1], lines[2], bold(question.replace('二、', '三、')), lines[4]].join('\n'), 'page.md'), []);
    assert.deepEqual(titles(['**一、美国打了20年阿富汗战争最终不得不仓促撤出，人们从中可以到什么启示？**', '', '阿富汗变局是世界百年变局的一个缩影。', '',
      '**二、美方一边说不寻求新冷战，一边集结小圈子。您怎么看？**', '', '我注意到拜登总统在联大发言。'].join('\n'), 'page.md'),
    ['一、美国打了20年阿富汗战争最终不得不仓促撤出，人们从中可以到什么启示？', '二、美方一边说不寻求新冷战，一边集结小圈子。']);
  });

  it('reads the Chinese numerals that number sections', () => {
    assert.deepEqual(['一', '七', '十', '十二', '二十', '二十三', '十十', '二二'].map(chineseNumeralValue), [1, 7, 10, 12, 20, 23, 0, 0]);
  });

  it('a picture caption or a byline in a saved page is no section title; a sub-heading is', () => {
    const paragraph = (inner: string): string => `<p cms-style="font-L">\u3000\u3000<font cms-style="font-L">${inner}</font></p>`;
    const page = [paragraph('►文观察者网周远方'), paragraph('在盾构机驾驶室，可以看到多个屏幕，分别显示盾构机周围各个角度的视频影像。'), paragraph('地下盾构机驾驶室'),
      paragraph('管片首先沿着轨道被输送小车运进隧道，然后由工人遥控操作管片机铺设到隧道壁上。'), paragraph('准备铺设的管片（左）和手拿铺管遥控器的工人（右）'),
      paragraph('最后，盾构机继续向前运动。'), paragraph('女性投资更偏稳健均衡'), '<p>\u3000\u3000中国基金报记者：在您看来，女性基金经理在投资上有哪些特色？</p>', paragraph('女性基金经理更重视风险。')];
    assert.deepEqual(titles(page.join('\n'), 'page.md'), ['女性投资更偏稳健均衡']);
    assert.deepEqual(titles(['前言。', '', '文化社区建设', '', '社区文化中心今年开放，居民可以免费使用。'].join('\n'), 'page.md'), ['文化社区建设']);
    // A reporter's byline with no separator (`记者 李晓燕 发自上海`) is none either; `记者手记` (a reporter's notes) is a sub-heading.
    const report = ['专访｜王建国：明年新能源车渗透率将超过六成', '', '记者 李晓燕 发自上海', '', '今年11月，王建国在上海接受了本报专访。他说，价格战已经接近尾声。', '',
      '记者手记', '', '采访结束时，他又强调了一遍自己的判断，很多企业的毛利率已经降到5%以下。'];
    // The headline over the byline is the report's own title (documentTitle.ts); the byline titles nothing.
    assert.deepEqual(titles(report.join('\n'), 'page.md'), ['专访｜王建国：明年新能源车渗透率将超过六成', '记者手记']);
    assert.deepEqual(titles(report.join('\n').replace('记者 李晓燕 发自上海', '本报记者 李晓燕'), 'page.md'), ['专访｜王建国：明年新能源车渗透率将超过六成', '记者手记']);
    // Under an image line, a short line is its caption whatever its words.
    assert.deepEqual(titles(['工地上的工人们。', '', '![](https://example.com/a.jpg)', '', '郑州地铁工地', '', '工人们每天工作八小时。'].join('\n'), 'page.md'), []);
  });

  it('edits that make or unmake a caption or a numbered question fall back to a full analysis and equal analyze()', async () => {
    const { IncrementalAnalyzer } = await import('../../../../src/core/analysis/incremental');
    const { analyze } = await import('../../../../src/core/analysis/analyze');
    const paragraph = (inner: string): string => `<p cms-style="font-L">\u3000\u3000<font cms-style="font-L">${inner}</font></p>`;
    const bold = (inner: string): string => `<p cms-style="font-L">\u3000\u3000<font cms-style="font-L strong-Bold">${inner}</font></p>`;
    const page = [bold('一、美国打了20年阿富汗战争，人们从中可以得到什么启示？'), paragraph('在盾构机驾驶室，可以看到多个屏幕，分别显示视频影像。'), paragraph('地下盾构机驾驶室'),
      paragraph('在进入地底掘进隧道前，我们已经看到过同样的信息。'), bold('二、中美高层接触频繁能说明两国关系出现了一些缓和迹象吗？'), paragraph('今年以来，两国元首两次通话。')].join('\n');
    // Rewording the paragraph above the caption makes it a title; renumbering 二 breaks the sequence.
    const edits = [['在盾构机驾驶室', '在地面上'], ['二、中美', '三、中美']] as const;
    for (const [from, to] of edits) {
      const analyzer = new IncrementalAnalyzer({}, 'page.md');
      const before = analyzer.update(page);
      const at = page.indexOf(from);
      const edited = `${page.slice(0, at)}${to}${page.slice(at + from.length)}`;
      const result = analyzer.update(edited, [{ rangeOffset: at, rangeLength: from.length, text: to }]);
      assert.notDeepEqual(result.topics.map((t) => t.title), before.topics.map((t) => t.title), to);
      assert.deepStrictEqual(result, analyze(edited, {}, 'page.md'));
    }
  });
});
