import * as assert from 'node:assert/strict';
import { labelMatcher } from '../../../../src/core/turns/safePattern';
import { analyseFixture, analyseText, assertReplacementsMatchAnalyze, turnSummary } from '../transcriptFixtures';

describe('findTurns on transcripts', () => {
  it('Traditional article: block labels, narration hand-overs, lead-ins and credit lines', () => {
    const fixture = analyseFixture('article-zh-Hant.txt');
    const turns = fixture.analysis.turns;
    assert.deepEqual(
      turns.map((t) => `${t.speaker}|${t.source}`),
      ['周文德|block', '周文德|block', '周文德|narration', '主持人|label', '周文德|label', '周文德|narration'],
    );
    // 記者：林雅婷 and 作者:王小明 credit the article; 第一個問題是: and 答案是: name nobody.
    for (const name of ['記者', '作者', '林雅婷', '第一個問題是', '答案是', '本刊記者日前在台北拜訪了周文德']) {
      assert.ok(!fixture.analysis.speakers.some((s) => s.name === name), name);
    }
    // The first answer keeps its continuation paragraph and ends before 第二個問題是:.
    assert.match(fixture.slice(turns[0]!.span), /^周文德回答:\n我認為.*\n\n答案是:還要再觀察一季。$/s);
    // Narration hands over from the speech clause, and the quote ends the turn where it closes.
    assert.equal(fixture.slice(turns[2]!.labelSpan!), '周文德補充了一些細節:');
    assert.equal(fixture.slice(turns[5]!.labelSpan!), '周文德回答道:');
    assert.match(fixture.slice(turns[5]!.span), /一起培養人才。」$/);
    // A title line ends the turn before it.
    assert.match(fixture.slice(turns[2]!.span), /多動手做。$/);
  });

  it('Simplified interview: Q/A roles, 记者, timestamps, pronoun hand-over', () => {
    const fixture = analyseFixture('interview-zh-Hans.txt');
    assert.deepEqual(
      fixture.analysis.turns.map((t) => `${t.speaker}|${t.source}`),
      ['人民日报记者|label', '王部长|label', '记者|qa', '王部长|block', '问|qa', '答|qa', '张伟|timestamp', '刘洋|timestamp', '刘洋|narration'],
    );
    const liu = fixture.analysis.turns[7]!;
    assert.equal(liu.timestamp, '00:02:10');
    assert.match(fixture.slice(liu.span), /^00:02:10 刘洋\n我同意。\n原因有两个：\n第一，成本下降。$/);
    assert.deepEqual(fixture.analysis.speakers.find((s) => s.name === '王部长'), { name: '王部长', turns: 2 });
  });

  it('English briefing: two-space labels, spaced Q, said:, timestamps, traps and stage directions', () => {
    const fixture = analyseFixture('briefing-en.txt');
    const summary = fixture.analysis.turns.map((t) => `${t.speaker}|${t.source}`);
    assert.deepEqual(summary, [
      'MS. JONES|label', 'Q|qa', 'MS. JONES|label', 'Q|qa', 'A|qa', 'Robert Hale|narration',
      'Dr. Amy Chen|timestamp', 'Tom Baker|timestamp', 'Tom Baker|narration', 'Interviewer|label',
    ]);
    const [jones] = fixture.analysis.turns;
    // Continuation paragraphs (including the editor's note) stay with MS. JONES until the next label.
    assert.match(fixture.slice(jones!.span), /^MS\. JONES: {2}Good afternoon.*edited for length\.$/s);
    const hale = fixture.analysis.turns[5]!;
    assert.match(fixture.slice(hale.span), /^Robert Hale said:\n"We expect.*\nMaybe sooner\."$/s);
    assert.deepEqual(fixture.analysis.stageDirections.map((d) => fixture.slice(d.span)), ['(Laughter.)']);
    // The horizontal rule ends the last turn.
    assert.equal(fixture.slice(fixture.analysis.turns[9]!.span), 'Interviewer: Thank you both.');
  });

  it('SRT: cue numbers and timings are never speakers and a label carries through later cues', () => {
    const fixture = analyseFixture('panel.srt');
    assert.deepEqual(fixture.analysis.turns.map((t) => t.speaker), ['MODERATOR', 'LI MING']);
    const [moderator, li] = fixture.analysis.turns;
    assert.equal(fixture.range(moderator!.span).start.line, 2);
    assert.equal(fixture.range(moderator!.span).end.line, 6, 'through the second cue');
    assert.equal(fixture.slice(li!.labelSpan!), '- LI MING:');
    assert.ok(fixture.slice(li!.span).endsWith('\n12'), 'a spoken number in a cue is speech');
    assert.deepEqual(fixture.analysis.stageDirections.map((d) => fixture.slice(d.span)), ['(applause)']);
  });

  it('SRT with labels on few cues (SDH): a label names its own cue only, later unlabelled cues are nobody\'s', () => {
    const cues = ['(ENGINE RUNNING)', 'Kinda lonesome back here.', 'DOPINDER:\nSmells good, no?', 'Not the Daffodil Daydream.', 'The girl.', '(SIGHS)', 'Ah, yes.', 'Gita.'];
    const fixture = analyseText(subtitles(cues), 'film.srt');
    assert.deepEqual(fixture.analysis.turns.map((t) => turnSummary(fixture, t)), ['DOPINDER|block|DOPINDER:⏎Smells good, no?']);
  });

  it('SRT with labels on few cues (SDH): a cue going on with the sentence a labelled cue left open is that speaker\'s', () => {
    const cues = ['(ENGINE RUNNING)', 'Kinda lonesome back here.', 'NARRATOR: The reason for his fame', 'among the soldiers is simple.', 'He killed officers.', 'Not the Daffodil Daydream.', 'The girl.', 'Gita.'];
    const fixture = analyseText(subtitles(cues), 'film.srt');
    // Its own turn, so that the cue number and timing between the two cues are no one's; the next cue opens
    // a new sentence, which nothing in the text gives to the narrator.
    assert.deepEqual(fixture.analysis.turns.map((t) => turnSummary(fixture, t)), ['NARRATOR|label|NARRATOR: The reason for his fame', 'NARRATOR|cue|among the soldiers is simple.']);
    assert.equal(fixture.analysis.turns[1]!.labelSpan, null);
  });

  it('SRT with labels on few cues: a labelled cue that ends its sentence keeps its turn to itself, lower case after it or not', () => {
    const cues = ['Kinda lonesome back here.', 'NARRATOR: The reason is simple.', 'and then it rained.', 'Not the Daffodil Daydream.', 'The girl.', 'Gita.', 'Ah, yes.'];
    const fixture = analyseText(subtitles(cues), 'film.srt');
    assert.deepEqual(fixture.analysis.turns.map((t) => turnSummary(fixture, t)), ['NARRATOR|label|NARRATOR: The reason is simple.']);
  });

  it('SRT captions that name a speaker only where the speaker changes, cut by time mid-sentence: each label runs on over the cues after it', () => {
    // Two labels in eleven cues, but most cues go on with a sentence the cue before left open: the cues are cut
    // by time, not by speaker, so a cue opening a new sentence is still the speaker's above it.
    const cues = ['CHAIR: Hello, I am the chair,', 'and it is my pleasure to open', 'our first session.', 'We are on YouTube', 'for those who registered,', 'and in the chat.', 'First up is Ben.', 'BEN: Hello, my name', 'is Ben and I will tell', 'you about frames.', 'They are useful in', 'compilers too.'];
    const fixture = analyseText(subtitles(cues), 'talk.srt');
    assert.deepEqual(fixture.analysis.turns.map((t) => t.speaker), ['CHAIR', 'BEN']);
    assert.match(fixture.slice(fixture.analysis.turns[0]!.span), /First up is Ben\.$/);
    assert.match(fixture.slice(fixture.analysis.turns[1]!.span), /compilers too\.$/);
  });

  it('SRT with labels on most speech cues: an unlabelled cue carries on the last label, sound-only cues aside', () => {
    const cues = ['[ RAIN ]', 'ANNA: Where were you?', '[ DOOR SLAMS ]', 'Out.', '[ THUNDER ]', 'BEN: Out where?', '[ SIGHS ]', 'ANNA: Nowhere.', '[ FOOTSTEPS ]', 'BEN: Fine.', '[ MUSIC ]'];
    const fixture = analyseText(subtitles(cues), 'film.srt');
    assert.deepEqual(fixture.analysis.turns.map((t) => t.speaker), ['ANNA', 'BEN', 'ANNA', 'BEN']);
    assert.match(fixture.slice(fixture.analysis.turns[0]!.span), /\nOut\.\n/, 'the unlabelled cue is still Anna\'s');
  });

  it('WebVTT voice tags on every cue but one: the untagged cue stays with the voice before it', () => {
    const cues = ['<v Roger>Welcome back.', 'Today, Pluto.', '<v Neil>Thanks, Roger.', '<v Roger>So, Pluto?', '<v Neil>A dwarf planet.'];
    const fixture = analyseText(`WEBVTT\n\n${subtitles(cues).replace(/,(\d{3})/g, '.$1')}`, 'talk.vtt');
    assert.deepEqual(fixture.analysis.turns.map((t) => t.speaker), ['Roger', 'Neil', 'Roger', 'Neil']);
    assert.match(fixture.slice(fixture.analysis.turns[0]!.span), /Today, Pluto\.$/);
  });

  it('SRT with CRLF line endings reads the same', () => {
    const crlf = analyseText(analyseFixture('panel.srt').text.replace(/\n/g, '\r\n'), 'panel.srt');
    assert.deepEqual(crlf.analysis.turns.map((t) => t.speaker), ['MODERATOR', 'LI MING']);
    assert.ok(!crlf.slice(crlf.analysis.turns[1]!.span).endsWith('\r'));
  });

  it('WebVTT: voice spans, merged while the voice stays the same; header and NOTE blocks ignored', () => {
    const fixture = analyseFixture('museum.vtt');
    assert.deepEqual(fixture.analysis.turns.map((t) => `${t.speaker}|${t.source}`), ['Roger Bingham|voice', 'Neil deGrasse Tyson|voice', 'Host|label']);
    const [roger, neil, host] = fixture.analysis.turns;
    assert.equal(fixture.slice(roger!.labelSpan!), '<v Roger Bingham>');
    assert.ok(fixture.slice(roger!.span).endsWith('talking with the curator'));
    assert.equal(fixture.slice(neil!.labelSpan!), '<v.loud Neil deGrasse Tyson>');
    assert.ok(fixture.slice(host!.span).endsWith('It is about Pluto.'));
  });

  it('Markdown: bold labels, headings end turns, fenced code is not speech', () => {
    const fixture = analyseFixture('panel.md');
    assert.deepEqual(fixture.analysis.turns.map((t) => t.speaker), ['Moderator', 'Li Ming', 'Moderator', 'Li Ming']);
    assert.equal(fixture.slice(fixture.analysis.turns[3]!.span), 'Li Ming: We hire 500 engineers a year.');
  });

  it('CRLF with emoji and an Extension B name: UTF-16 ranges as VS Code counts them', () => {
    const fixture = analyseFixture('crlf-surrogates-zh-Hant.txt');
    assert.ok(fixture.text.includes('\r\n'), 'the fixture keeps its CRLF line endings (see .gitattributes)');
    const [li, yoshida, host] = fixture.analysis.turns;
    assert.deepEqual(fixture.analysis.turns.map((t) => t.speaker), ['李明', '𠮷田', '主持人']);
    assert.deepEqual(fixture.range(li!.labelSpan!), { start: { line: 0, character: 3 }, end: { line: 0, character: 6 } });
    assert.deepEqual(fixture.range(yoshida!.labelSpan!), { start: { line: 1, character: 0 }, end: { line: 1, character: 4 } });
    // The turn runs over the continuation line and the stage direction, stopping before CRLF.
    assert.deepEqual(fixture.range(yoshida!.span), { start: { line: 1, character: 0 }, end: { line: 3, character: 3 } });
    assert.ok(!fixture.slice(yoshida!.span).endsWith('\r'));
    assert.deepEqual(fixture.range(host!.span).end, { line: 5, character: 11 });
    assert.deepEqual(fixture.analysis.stageDirections.map((d) => fixture.range(d.span)), [{ start: { line: 3, character: 0 }, end: { line: 3, character: 3 } }]);
  });

  it('a BOM before the first label does not hide it', () => {
    const fixture = analyseText('\uFEFF李明：你好。\n王芳：你好。', 'bom.txt');
    assert.deepEqual(fixture.analysis.turns.map((t) => [t.speaker, t.span.start]), [['李明', 1], ['王芳', 8]]);
  });

  it('applies speaker aliases to every kind of turn', () => {
    const fixture = analyseFixture('article-zh-Hant.txt', { speakerAliases: { 周文德: 'Chou Wen-te' } });
    assert.deepEqual(fixture.analysis.speakers, [{ name: 'Chou Wen-te', turns: 5 }, { name: '主持人', turns: 1 }]);
  });

  it('resolves narration that names no speaker from names the text introduces', () => {
    const fixture = analyseText('老黃看着媒體也有些發慌,趕緊說:\n「讓我坐下來。」\n針對這個問題,老黃回答道:\n「沒有訂單。」\n', 'n.txt');
    assert.deepEqual(fixture.analysis.turns.map((t) => turnSummary(fixture, t)), [
      '老黃|narration|趕緊說:⏎「讓我坐下來。」',
      '老黃|narration|老黃回答道:⏎「沒有訂單。」',
    ]);
  });

  it('leaves narration alone when it names nobody it knows', () => {
    const fixture = analyseText('李明：我先說。\n我想說的是:\n成本很高。\n', 'n.txt');
    assert.deepEqual(fixture.analysis.turns.map((t) => turnSummary(fixture, t)), ['李明|label|李明：我先說。⏎我想說的是:⏎成本很高。']);
  });

  it('stays linear on a 5 MB line without labels', () => {
    const text = `李明：開始。\n${'這是一句沒有標籤的話，(laughter) 還有冒號:'.repeat(150_000)}\n王芳：結束。`;
    const fixture = analyseText(text, 'long.txt');
    assert.deepEqual(fixture.analysis.turns.map((t) => t.speaker), ['李明', '王芳']);
    assert.equal(fixture.analysis.stageDirections.length, 150_000);
  });
});

describe('findTurns credit lines', () => {
  it('treats a reporter byline before the first turn as a credit, and later or spoken ones as turns', () => {
    const speakers = (text: string) => analyseText(text, 'c.txt').analysis.turns.map((t) => t.speaker);
    assert.deepEqual(speakers('記者：林雅婷\n李明：你好。\n記者：好的'), ['李明', '記者']);
    assert.deepEqual(speakers('Reporter: Jane Doe\nHost: Welcome.\nGuest: Hi.'), ['Host', 'Guest']);
    assert.deepEqual(speakers('Reporter: Thanks for coming.\nGuest: Hi.'), ['Reporter', 'Guest']);
  });
});

describe('findTurns options', () => {
  it('uses extra label patterns from settings before the built-in rules', () => {
    const fixture = analyseText('>> ANNA >> hello there\nmore from Anna\n>> BOB >> hi', 'x.txt', { extraLabelPatterns: [labelMatcher('^>> (?<speaker>[A-Z]+) >>')] });
    assert.deepEqual(fixture.analysis.turns.map((t) => turnSummary(fixture, t)), ['ANNA|label|>> ANNA >> hello there⏎more from Anna', 'BOB|label|>> BOB >> hi']);
  });
});

describe('findTurns inline hand-over', () => {
  it('hands over to a quote on the same line and ends the turn where the quote closes', () => {
    const fixture = analyseText('針對這個問題，老黃回答道：「出口管制會長期存在，\n這是各國的選擇。」\n記者隨後離開。\nMeanwhile, Jones said: "We will grow." Then she left.', 'x.txt');
    assert.deepEqual(fixture.analysis.turns.map((t) => turnSummary(fixture, t)), [
      '老黃|narration|老黃回答道：「出口管制會長期存在，⏎這是各國的選擇。」',
      'Jones|narration|Jones said: "We will grow." Then she left.',
    ]);
    assert.equal(fixture.slice(fixture.analysis.turns[0]!.labelSpan!), '老黃回答道：');
  });
});

describe('findTurns bare name lines', () => {
  it('reads recurring names on their own lines as block labels, not titles', () => {
    const fixture = analyseText('JANE SMITH\nThanks for having me.\n\nJOHN DOE\nHappy to be here.\n\nJANE SMITH\nLet us start.\n', 'x.txt');
    assert.deepEqual(fixture.analysis.turns.map((t) => `${t.speaker}|${t.source}`), ['JANE SMITH|block', 'JOHN DOE|block', 'JANE SMITH|block']);
    assert.deepEqual(fixture.analysis.topics, []);
  });

  it('reads a recurring Chinese name line as a label and still keeps a one-off title', () => {
    const fixture = analyseText('李明\n我先說。\n\n李明\n謝謝。\n\n下一個十年\n這是新的一節。\n', 'x.txt');
    assert.deepEqual(fixture.analysis.turns.map((t) => turnSummary(fixture, t)), ['李明|block|李明⏎我先說。', '李明|block|李明⏎謝謝。']);
    assert.deepEqual(fixture.analysis.topics.map((t) => t.title), ['下一個十年']);
  });

  it('reads name lines behind an avatar emoji by the name, and the short reply under one as speech', () => {
    const text = '## 快问快答\n\n👦🏻 Koji\n\n请问振宇的年龄？\n\n👦🏻 郭振宇\n\n我今年 38 岁\n\n👦🏻 Koji\n\n毕业院校？\n\n👦🏻 郭振宇\n\n我本科毕业于浙江大学。\n';
    const fixture = analyseText(text, 'x.md');
    assert.deepEqual(fixture.analysis.turns.map((t) => `${t.speaker}|${t.source}`), ['Koji|block', '郭振宇|block', 'Koji|block', '郭振宇|block']);
    // The turn covers its avatar; the label is the name alone.
    const first = fixture.analysis.turns[0]!;
    assert.equal(fixture.slice(first.labelSpan!), 'Koji');
    assert.equal(text.slice(first.span.start, first.span.start + 2), '👦');
    assert.deepEqual(fixture.analysis.topics.map((t) => t.title), ['快问快答']);
  });
});

/** An SRT file with one numbered, timed cue per entry of `cues`. */
function subtitles(cues: readonly string[]): string {
  return cues.map((cue, i) => `${i + 1}\n00:00:${String(i * 2).padStart(2, '0')},000 --> 00:00:${String(i * 2 + 1).padStart(2, '0')},500\n${cue}\n`).join('\n');
}

describe('findTurns surname initials', () => {
  const scrum = [
    '200124柯文哲聯訪逐字稿', '記者:這個拆橋的進度你看怎麼樣?', '柯:應該可以啦,這個要到永和去麻,所以只能比照忠孝橋的經驗,', '所以這幾天一定很吵',
    '記者:接下來兩天有可能會下雨?', '柯:下雨是會稍微不方便,但粉塵量會比較少', '記者:等一下是不是還要去聯醫?', '柯:通常在過年前我們要感謝那些不休假的同仁', '',
  ].join('\n');

  it('reads a one-character name repeated beside the other labels of a scheme as a speaker, with its continuation lines', () => {
    const analysis = analyseText(scrum, 'scrum.txt').analysis;
    assert.deepEqual(analysis.turns.map((t) => t.speaker), ['記者', '柯', '記者', '柯', '記者', '柯']);
    assert.match(scrum.slice(analysis.turns[1]!.span.start, analysis.turns[1]!.span.end), /^柯:應該.*\n所以這幾天一定很吵$/s);
  });

  it('leaves a one-character name heard once, a numeral and initials with no other named speaker unlabelled', () => {
    const once = scrum.replace(/柯:下雨/, '下雨').replace(/柯:通常/, '通常');
    assert.deepEqual(analyseText(once, 'scrum.txt').analysis.speakers.map((s) => s.name), ['記者']);
    const numbered = ['記者:第一個問題?', '一:預算', '記者:第二個問題?', '一:人事', ''].join('\n');
    assert.deepEqual(analyseText(numbered, 'n.txt').analysis.speakers.map((s) => s.name), ['記者']);
    const initialsOnly = ['柯:今天很冷。', '', '柯:明天會更冷。', ''].join('\n');
    assert.deepEqual(analyseText(initialsOnly, 'i.txt').analysis.turns, []);
  });

  it('an edit that makes, renames or unmakes an initial\'s label falls back and equals analyze()', () => {
    assertReplacementsMatchAnalyze([[scrum, '柯:下雨', '下雨'], [scrum, '柯:通常', '馬:通常'], [scrum, '所以這幾天', '柯:所以這幾天'], [scrum, '記者:接下來', '接下來']], 'scrum.txt');
  });
});
