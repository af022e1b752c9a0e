import * as assert from 'node:assert/strict';
import { recognizeHandOver } from '../../../../src/core/turns/narration';
import { parseSpeakerName } from '../../../../src/core/turns/speakerName';
import { analyze } from '../../../../src/core/analysis/analyze';
import { IncrementalAnalyzer } from '../../../../src/core/analysis/incremental';
import { analyseText } from '../transcriptFixtures';

/** `speaker|first line of the turn` for each turn. */
function turnsOf(text: string, fileName = 'article.txt'): string[] {
  const fixture = analyseText(text, fileName);
  return fixture.analysis.turns.map((t) => `${t.speaker}|${fixture.slice(t.span).split('\n').pop()}`);
}

describe('turns on realistic text', () => {
  it('a job title such as 研究员 before the name is not part of the speaker, so a later 他 resolves to that speaker', () => {
    assert.equal(recognizeHandOver('中国宏观经济研究院研究员张某在接受采访时说：')?.subject, '张某');
    const text = [
      '付某某说：“数据很好。”',
      '',
      '研究院研究员张某在接受采访时说：“我认为消费会回暖。”',
      '',
      '他同时指出：',
      '“房地产仍在调整。”',
    ].join('\n');
    assert.deepEqual(turnsOf(text).map((t) => t.split('|')[0]), ['付某某', '张某', '张某']);
  });

  it('a `Name说：“…”` line ends its turn where the quote closes, so the narration after it is nobody\'s', () => {
    const text = ['付某某说：“新动能成长壮大，', '产量增长40.4%。”', '', '对于下半年的走势，付某某表示，外部环境不确定性仍然较多。'].join('\n');
    assert.deepEqual(turnsOf(text), ['付某某|产量增长40.4%。”']);
    // Without a verb the label is an interview label and the paragraph after it stays the speaker's.
    assert.deepEqual(turnsOf('付某某：“数据很好。”\n我们还会继续努力。').length, 1);
    assert.match(turnsOf('付某某：“数据很好。”\n我们还会继续努力。')[0]!, /继续努力/);
  });

  it('a label and a quote making a paragraph of their own end the turn at the quote: the next paragraph is the report\'s', () => {
    const report = ['記者王明/台北報導', '', '總統蔡英文:「你聽得見嗎?」', '', '近2小時記者會,總統蔡英文講到麥克風都沒電。', '', '總統蔡英文:「我總是要做好功課。」', '', '做足功課當然也包括大選問題。'].join('\n');
    assert.deepEqual(turnsOf(report), ['總統蔡英文|總統蔡英文:「你聽得見嗎?」', '總統蔡英文|總統蔡英文:「我總是要做好功課。」']);
    // A quoted term opening a longer answer (`“十二五”时期…`) is no quote paragraph: the answer goes on.
    assert.match(turnsOf('吴明:“十二五”时期我们首次提出这个目标。\n\n中央之所以提出这个目标,有三个原因。')[0]!, /三个原因/);
    // Edits that make or unmake the quote paragraph, or the blank line under it, re-read the report.
    const edits: [string, string][] = [['嗎?」', '嗎?」他說'], ['嗎?」\n\n', '嗎?」\n'], ['功課。」\n\n', '功課。」\n\n\n'], ['\n\n做足', '\n做足'], ['功課。」\n\n', '功課。」\n好\n'], ['「你聽', '你聽']];
    for (const [from, to] of edits) {
      const analyzer = new IncrementalAnalyzer({}, 'article.txt');
      analyzer.update(report);
      const at = report.indexOf(from);
      assert.ok(at >= 0, from);
      const edited = `${report.slice(0, at)}${to}${report.slice(at + from.length)}`;
      assert.deepStrictEqual(analyzer.update(edited, [{ rangeOffset: at, rangeLength: from.length, text: to }]), analyze(edited, {}, 'article.txt'), to);
    }
  });
});

describe('turns in subtitles', () => {
  it('two voices on one WebVTT line do not overlap: the first ends before the second tag', () => {
    const text = 'WEBVTT\n\n00:00:30.100 --> 00:00:33.000\n<v Moderator>Thank you, Dr. Osei.</v> <v Dr. Amara Osei>My pleasure.</v>\n';
    const fixture = analyseText(text, 'talk.vtt');
    const [first, second] = fixture.analysis.turns;
    assert.equal(fixture.slice(first!.span), '<v Moderator>Thank you, Dr. Osei.</v>');
    assert.equal(fixture.slice(second!.span), '<v Dr. Amara Osei>My pleasure.</v>');
  });

  it('an SRT dialogue dash without a name is another, unnamed speaker: it ends the named turn', () => {
    const text = [
      '7', '00:00:17,500 --> 00:00:21,300', 'ELENA PARK: I moved here in 2004.', 'I think it was the best decision.', '',
      '8', '00:00:21,500 --> 00:00:24,000', '- Did you ever think about leaving?', '- Never.', '',
      '9', '00:00:24,200 --> 00:00:28,600', '- MAYOR DIAZ: We never planned for this.', '- It just happened.', '',
    ].join('\n');
    const fixture = analyseText(text, 'film.srt');
    assert.deepEqual(fixture.analysis.turns.map((t) => fixture.slice(t.span)), [
      'ELENA PARK: I moved here in 2004.\nI think it was the best decision.',
      '- MAYOR DIAZ: We never planned for this.',
    ]);
  });
});

describe('where transcripts end', () => {
  it('an END line, （完） and a transcription credit end the last turn', () => {
    for (const [closing, name] of [['END                2:47 P.M. EDT', 'b.txt'], ['（完）', 'a.txt'], ['Transcribed by https://otter.ai', 'c.txt'], ['END', 'd.txt']] as const) {
      const text = `MS. LEAVITT:  Thanks, guys.  See you tomorrow.\n\n${closing}\n`;
      assert.deepEqual(turnsOf(text, name), ['MS. LEAVITT|MS. LEAVITT:  Thanks, guys.  See you tomorrow.'], closing);
    }
    // A sentence that starts with End is speech.
    assert.equal(turnsOf('A: We talked.\nEnd of story, really.\n').length, 1);
    assert.match(turnsOf('A: We talked.\nEnd of story, really.\n')[0]!, /End of story/);
  });

  it('a stage direction set apart by a blank line is not part of the turn; speech after one is', () => {
    const text = '嘉宾：这是一个非常伟大的时代。\n\n（本节目文字稿由编辑整理，未经嘉宾审阅）\n';
    assert.deepEqual(turnsOf(text), ['嘉宾|嘉宾：这是一个非常伟大的时代。']);
    assert.deepEqual(turnsOf('嘉宾：对。\n\n（笑）\n\n我们在电池上有自己的技术。\n'), ['嘉宾|我们在电池上有自己的技术。']);
  });
});

describe('article furniture is not a speaker', () => {
  it('a first line `Agency：headline` above a blank line and unlabelled prose is a headline', () => {
    const text = '国家统计局：上半年国内生产总值同比增长5.3%\n\n新华社北京7月16日电 国家统计局16日发布数据。\n';
    assert.deepEqual(analyseText(text, 'news.txt').analysis.turns, []);
    // An interview whose first line is unpunctuated speech stays an interview.
    assert.deepEqual(turnsOf('Host: welcome to the show\n\nGuest: thanks for having me\n').map((t) => t.split('|')[0]), ['Host', 'Guest']);
    assert.deepEqual(turnsOf('李明：你好。\n\n今天我们聊聊芯片。\n').map((t) => t.split('|')[0]), ['李明']);
  });

  it('a full-width bar, 本期/本报 bylines and metadata fields (播出时间) are not names', () => {
    const text = ['播出时间：2025年6月8日 21:30', '本期嘉宾：某新能源车企董事长 刘建国', '', '主持人：各位观众晚上好。', '嘉宾：谢谢。'].join('\n');
    assert.deepEqual(turnsOf(text).map((t) => t.split('|')[0]), ['主持人', '嘉宾']);
    const magazine = '專訪｜台積電前研發副總：半導體人才荒，台灣還有十年優勢\n\n撰文：陳怡君\n\n問：缺工嚴重嗎？\n答：非常嚴重。\n';
    assert.deepEqual(turnsOf(magazine).map((t) => t.split('|')[0]), ['問', '答']);
  });
});

describe('incremental analysis and the new closing lines', () => {
  it('an edit that turns a line into `END` re-analyses the turn above it', () => {
    const text = 'MS. LEAVITT:  Thanks, guys.\nENDx                2:47 P.M. EDT\n';
    const analyzer = new IncrementalAnalyzer();
    analyzer.update(text);
    const at = text.indexOf('x ');
    const edited = `${text.slice(0, at)}${text.slice(at + 1)}`;
    assert.deepStrictEqual(analyzer.update(edited, [{ rangeOffset: at, rangeLength: 1, text: '' }]), analyze(edited));
  });
});

describe('label shapes from real transcripts', () => {
  it('a clause with 很/是/了 before a colon is no name (原因很简单：)', () => {
    for (const phrase of ['原因很简单', '道理很清楚', '问题就在这里', '结论已经有了', '最关键的是']) assert.equal(parseSpeakerName(phrase), null, phrase);
    for (const name of ['张很', '董明珠', '主持人', '人民日报记者']) assert.ok(parseSpeakerName(name), name);
  });

  it('a role, a space and a name (`记者 李华：`) is one speaker', () => {
    assert.equal(parseSpeakerName('记者 李华')?.name, '记者 李华');
    assert.equal(parseSpeakerName('主持人 王小丫')?.name, '主持人 王小丫');
    assert.equal(parseSpeakerName('我 觉得'), null);
  });

  it('deposition style `Q.` / `A.` opens question and answer turns', () => {
    const text = ['Q. Where were you on the night of May 5th?', 'A. At home.  I was there all evening.', 'Q. Alone?', 'A. No, with my sister.', 'A. Smith later testified to the same.'].join('\n');
    const turns = analyseText(text, 'deposition.txt').analysis.turns.map((t) => t.speaker);
    assert.deepEqual(turns, ['Q', 'A', 'Q', 'A']);
    // Without a Q. before it, `A. Smith` is an initial.
    assert.deepEqual(analyseText('A. Smith testified on Monday.\nHe said little.', 'story.txt').analysis.turns, []);
  });
});

describe('transcription-service exports', () => {
  it('Rev-style `Name (00:00):` on its own line, or before the speech, opens a timestamped turn', () => {
    const text = ['Kristen Welker (00:00):', 'Good morning, and welcome to Meet the Press.', '', 'Senator Cruz (00:12):', 'Thanks for having me.', '', 'Speaker 1 [01:02:11]: I agree with that.'].join('\n');
    const turns = analyseText(text, 'rev.txt').analysis.turns;
    assert.deepEqual(turns.map((t) => [t.speaker, t.timestamp]), [['Kristen Welker', '00:00'], ['Senator Cruz', '00:12'], ['Speaker 1', '01:02:11']]);
    assert.equal(analyseText(text, 'rev.txt').analysis.claims.some((c) => c.text.includes('00:')), false);
  });

  it('Happy Scribe\'s `[00:00:07.12] - Speaker 2` line, a dash between the time and the name, opens a timestamped turn over the paragraph below', () => {
    const text = '[00:00:00.00] - Speaker 1\nRevenue grew 12 percent.\n\n[00:00:07.12] - Speaker 2\nI think next year will be harder.\n\n[00:00:12.40] - Speaker 1\nWhy?\n';
    assert.deepEqual(turnsOf(text), ['Speaker 1|Revenue grew 12 percent.', 'Speaker 2|I think next year will be harder.', 'Speaker 1|Why?']);
  });

  it('a meeting app\'s copied transcript (`Jane Doe` / `0:06` / the speech) opens a turn at each recurring name line', () => {
    const text = 'Jane Doe\n0:00\nGood morning. Sales rose 9 percent in May.\n\nJohn Roe\n0:06\nThat is better than the plan.\n\nJane Doe\n0:09\nWe expect June to be flat.\n\nJohn Roe\n0:14\nWhy?\n';
    assert.deepEqual(turnsOf(text), ['Jane Doe|Good morning. Sales rose 9 percent in May.', 'John Roe|That is better than the plan.', 'Jane Doe|We expect June to be flat.', 'John Roe|Why?']);
    assert.ok(!analyze(text).claims.some((c) => /0:0/.test(c.text)), 'the times are no claims');
  });

  it('a bold stamped label keeps its closing markup out of the speech', () => {
    const fixture = analyseText('**Jane Smith (00:00:10):** Revenue grew 8 percent.\n', 'notes.md');
    assert.deepEqual(fixture.analysis.claims.map((c) => c.text), ['Revenue grew 8 percent.']);
  });
});

describe('closed-caption chevrons', () => {
  it('`>>` without a name hands over to someone unnamed, in captions and in plain transcripts', () => {
    const vtt = ['WEBVTT', '', '00:00:06.000 --> 00:00:09.000', '>> AMNA NAWAZ: Prices rose 3 percent last month.', '', '00:00:09.000 --> 00:00:12.000', '>> Thank you, Amna.', ''].join('\n');
    const captions = analyseText(vtt, 'news.vtt');
    assert.deepEqual(captions.analysis.turns.map((t) => captions.slice(t.span)), ['>> AMNA NAWAZ: Prices rose 3 percent last month.']);
    const plain = '>> AMNA NAWAZ: Prices rose 3 percent last month.\n>> Thank you, Amna.\n';
    assert.deepEqual(turnsOf(plain, 'news.txt'), ['AMNA NAWAZ|>> AMNA NAWAZ: Prices rose 3 percent last month.']);
  });

  it('an edit that adds chevrons to a line re-analyses the turn', () => {
    const text = 'AMNA NAWAZ: Prices rose 3 percent last month, the fastest pace this year.\n>x Thank you, Amna, for that report tonight.\n';
    const analyzer = new IncrementalAnalyzer();
    analyzer.update(text);
    const at = text.indexOf('x Thank');
    const edited = `${text.slice(0, at)}>${text.slice(at + 1)}`;
    assert.deepStrictEqual(analyzer.update(edited, [{ rangeOffset: at, rangeLength: 1, text: '>' }]), analyze(edited));
  });
});

describe('Markdown label markup', () => {
  it('a bold label in a blockquote or a list item opens a turn; a plain list item does not', () => {
    const text = ['**Host:** Welcome.', '', '> **Guest:** Thanks for having me.', '', '- **Q:** Is it a list?', '- **A:** Yes, 42 percent of it.', '', '- Revenue: $5M', '- Margin: 12 percent'].join('\n');
    const fixture = analyseText(text, 'notes.md');
    assert.deepEqual(fixture.analysis.turns.map((t) => t.speaker), ['Host', 'Guest', 'Q', 'A']);
    assert.equal(fixture.analysis.claims.find((c) => c.text.includes('42 percent'))?.speaker, 'A');
    assert.equal(fixture.analysis.claims.find((c) => c.text.includes('42 percent'))?.text, 'Yes, 42 percent of it.');
  });
});

describe('press conferences', () => {
  it('a follow-up label (追问：, Follow-up:) is the previous questioner asking again', () => {
    const text = ['林剑：下午好。', '', '法新社记者：中方对此有何评论？', '', '林剑：我们注意到有关报道。', '', '追问：中方是否会采取反制措施？', '', '林剑：中方将采取必要措施。'].join('\n');
    assert.deepEqual(turnsOf(text).map((t) => t.split('|')[0]), ['林剑', '法新社记者', '林剑', '法新社记者', '林剑']);
    assert.deepEqual(turnsOf('MS. SMITH: Why?\nMS. JONES:  Because.\nFollow-up: And then?\nMS. JONES:  Nothing.').map((t) => t.split('|')[0]), ['MS. SMITH', 'MS. JONES', 'MS. SMITH', 'MS. JONES']);
  });

  it('a follow-up label in a write-up that never names its questioner names nobody', () => {
    const text = ['阿富汗变局是世界百年变局的一个缩影。', '追问：美国会汲取教训吗？', '一时强弱在于力，千秋胜负在于理。', 'Follow-up: And then?', 'MS. JONES:  Nothing.'].join('\n');
    assert.deepEqual(turnsOf(text).map((t) => t.split('|')[0]), ['MS. JONES']);
  });
});

describe('English narration hand-overs', () => {
  it('an organisation and a title before the name are left out of the speaker', () => {
    for (const [line, subject] of [
      ['Fed Chair Jerome Powell told reporters on Wednesday:', 'Jerome Powell'],
      ['White House Press Secretary Karoline Leavitt said:', 'Karoline Leavitt'],
      ['Treasury Secretary Scott Bessent said:', 'Scott Bessent'],
      ['Asked about the delay, Secretary Robert Hale said:', 'Robert Hale'],
    ] as const) {
      assert.equal(recognizeHandOver(line)?.subject, subject, line);
    }
  });
});

describe('article furniture before a colon', () => {
  it('rubrics, corrections and teasers are no speakers', () => {
    const english = ['Correction: An earlier version misstated the date.', 'Disclosure: The author owns shares.', 'Watch: The full press conference.', 'Analysis: What the numbers say.'];
    const chinese = ['相关阅读：央行降息', '延伸阅读：如何看懂财报', '记者手记：在现场的三天', '特别提示：本文不构成投资建议', '快讯：美联储宣布降息', '独家：某公司将裁员'];
    assert.deepEqual(turnsOf([...english, ...chinese].join('\n\n')), []);
    assert.deepEqual(turnsOf('Thomas More: I disagree.\n\n张阅：我不同意。').map((t) => t.split('|')[0]), ['Thomas More', '张阅']);
  });
});
