import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analysis/analyze';
import { IncrementalAnalyzer } from '../../../../src/core/analysis/incremental';
import type { Topic } from '../../../../src/core/analysis/model';
import { LineIndex } from '../../../../src/core/text/positions';
import { labelCandidate } from '../../../../src/core/turns/candidates';
import { findLabelScheme } from '../../../../src/core/turns/scheme';
import { analyseText, turnSummary } from '../transcriptFixtures';
import { speakerAt } from './turnAssertions';

const PRESS_MD = [
  '# 記者會逐字稿', '', '### 主持人：', '各位媒體朋友大家好，記者會現在開始。', '', '### 陳部長：', '謝謝主持人。', '',
  '### 記者：', '請問部長，明年的目標是多少？', '', '### 陳部長：', '我們預計會再成長。', '', '## 附錄', '會後提供書面資料。', '',
].join('\n');

function allTitles(topics: readonly Topic[]): string[] {
  return topics.flatMap((t) => [t.title, ...allTitles(t.children)]);
}

function summaries(text: string, fileName: string): string[] {
  const fixture = analyseText(text, fileName);
  return fixture.analysis.turns.map((t) => turnSummary(fixture, t));
}

describe('label candidates', () => {
  it('strip markup, brackets, timestamps and line numbers around the name, and keep the shape', () => {
    const read = (line: string) => {
      const found = labelCandidate(line, line.length);
      return found && `${found.name}|${found.shape}|${found.timestamp ?? ''}`;
    };
    assert.equal(read('### 姓名：'), '姓名|#|N|:|');
    assert.equal(read('**Jane Smith** [00:01:02] Welcome.'), 'Jane Smith|*|N|*|T|00:01:02');
    assert.equal(read('**Jane Smith**  0:00'), 'Jane Smith|*|N|*|T|0:00');
    assert.equal(read('[Jane Smith] 11:02:09'), 'Jane Smith|[|N|]|T|11:02:09');
    assert.equal(read('[SPEAKER_00]: Hello.'), 'SPEAKER_00|[|N|]|:|');
    assert.equal(read('Kristen Welker (00:03): Hi.'), 'Kristen Welker|N|T|:|00:03');
    assert.equal(read('12  MR. SMITH: Yes.'), 'MR. SMITH|n|N|:|');
    assert.equal(read('> **Guest:** Hello'), 'Guest|>|*|N|:|');
    // A bracketed time range is one timestamp (whisper.cpp, diarised tools).
    assert.equal(read('[00:00:00.000 --> 00:00:05.300] SPEAKER_00: Hi.'), 'SPEAKER_00|T|N|:|00:00:00.000 --> 00:00:05.300');
    assert.equal(read('[0:00 - 0:05] Jane Smith: Hi.'), 'Jane Smith|T|N|:|0:00 - 0:05');
    assert.equal(read('[0.46 --> 4.78] SPEAKER_01: Hi.'), 'SPEAKER_01|T|N|:|0.46 --> 4.78');
    assert.doesNotMatch(read('[12] Jane: Hi.') ?? '', /\|T\|/, 'a bracketed number alone is no timestamp');
    // Bullet symbols need no space after them; a dash does.
    assert.equal(read('▲電視臺記者：請問'), '電視臺記者|-|N|:|');
    assert.equal(read('■ 主持人：好'), '主持人|-|N|:|');
    assert.equal(read('-5: 負五'), null);
    // Prose, times and URLs give no candidate.
    for (const line of ['The meeting started at 2:05 today.', 'Right.', 'https://example.com', 'We said: this', '[an unclosed note']) assert.equal(read(line), null, line);
  });

  it('decode HTML entities for reading and keep offsets in the text as written', () => {
    const line = 'Jane&nbsp;Doe:&nbsp;It&#39;s fine.';
    const found = labelCandidate(line, line.length)!;
    assert.equal(found.name, 'Jane Doe');
    assert.equal(line.slice(found.labelStart, found.labelEnd), 'Jane&nbsp;Doe:');
    assert.equal(line.slice(found.textStart), 'It&#39;s fine.');
  });
});

describe('labelling scheme', () => {
  it('lines opening with a bracketed time range: speakers found, and the range is in no claim', () => {
    const text = [
      '[00:00:00.000 --> 00:00:05.300] SPEAKER_00: Our revenue grew by 12 percent last year.',
      '[00:00:05.300 --> 00:00:08.000] SPEAKER_01: How did costs change?',
      '[00:00:08.000 --> 00:00:11.000] SPEAKER_00: Costs will fall by 2027.',
      '[00:00:11.000 --> 00:00:12.500] SPEAKER_01: Thank you.',
    ].join('\n');
    const fixture = analyseText(text, 'whisper.txt');
    assert.deepEqual(fixture.analysis.turns.map((t) => t.speaker), ['SPEAKER_00', 'SPEAKER_01', 'SPEAKER_00', 'SPEAKER_01']);
    const claims = fixture.analysis.claims.map((c) => fixture.slice(c.span));
    assert.ok(claims.length >= 2, claims.join(' / '));
    for (const claim of claims) assert.doesNotMatch(claim, /-->|\]|SPEAKER/, claim);
  });

  it('names after a bullet symbol (▲記者：) are read without the bullet', () => {
    const text = [
      '記者會文字實錄', '', '王部長：大家好，我們開始。', '', '▲電視臺記者：請問明年的預算是多少？', '',
      '王部長：明年預算增加百分之五。', '', '▲通訊社記者：請問何時公布？', '', '王部長：下個月公布。', '',
    ].join('\n');
    const fixture = analyseText(text, 'press.txt');
    assert.deepEqual(fixture.analysis.turns.map((t) => t.speaker), ['王部長', '電視臺記者', '王部長', '通訊社記者', '王部長']);
  });

  it('Markdown heading labels (### 姓名：) are turns and never topics; a real heading stays a topic', () => {
    const fixture = analyseText(PRESS_MD, 'press.md');
    assert.deepEqual(fixture.analysis.turns.map((t) => t.speaker), ['主持人', '陳部長', '記者', '陳部長']);
    const titles = allTitles(fixture.analysis.topics);
    for (const name of ['主持人：', '陳部長：', '記者：']) assert.ok(!titles.includes(name), `${name} is a topic`);
    assert.ok(titles.includes('記者會逐字稿') && titles.includes('附錄'), titles.join(' / '));
    // The heading ends the last turn.
    assert.match(fixture.slice(fixture.analysis.turns[3]!.span), /再成長。$/);
    const scheme = findLabelScheme(new LineIndex(PRESS_MD), {}, () => false);
    assert.deepEqual(scheme.shapes, ['#|N|:']);
  });

  it('bold names with a timestamp, on the speech line or above the paragraph', () => {
    assert.deepEqual(summaries('**Jane Smith** [00:01:02] Welcome to the show.\n\n**Bob Lee** [00:01:10] Thanks for having me.\n\n**Jane Smith** [00:01:15] Let us start.\n', 'a.md'), [
      'Jane Smith|timestamp|**Jane Smith** [00:01:02] Welcome to the show.', 'Bob Lee|timestamp|**Bob Lee** [00:01:10] Thanks for having me.',
      'Jane Smith|timestamp|**Jane Smith** [00:01:15] Let us start.',
    ]);
    const fixture = analyseText('**Jane Smith**  0:00\nWelcome to the show.\n\n**Bob Lee**  0:12\nThanks for having me.\nIt is good to be here.\n\n**Jane Smith**  0:20\nLet us start.\n', 'b.md');
    assert.deepEqual(fixture.analysis.turns.map((t) => `${t.speaker}@${t.timestamp}`), ['Jane Smith@0:00', 'Bob Lee@0:12', 'Jane Smith@0:20']);
    assert.match(fixture.slice(fixture.analysis.turns[1]!.span), /^\*\*Bob Lee\*\* {2}0:12\nThanks for having me\.\nIt is good to be here\.$/);
  });

  it('a heading with the time before the name (### [00:00:24] Kyle), speech below: turns, never topics', () => {
    const text = '# Episode 29\n\n### [00:00:00] John\nWelcome to the show. We are your hosts.\n\n### [00:00:24] Kyle\nAnd the opinions are my own.\n\n### [00:00:32] John\nIt is just us today.\n';
    assert.equal(labelCandidate('### [00:00:24] Kyle', 19)?.shape, '#|T|N');
    assert.equal(labelCandidate('### Results', 11), null, 'a bare heading with no time stays no candidate');
    const fixture = analyseText(text, 'podcast.md');
    assert.deepEqual(fixture.analysis.turns.map((t) => `${t.speaker}@${t.timestamp}`), ['John@00:00:00', 'Kyle@00:00:24', 'John@00:00:32']);
    assert.deepEqual(allTitles(fixture.analysis.topics), ['Episode 29']);
    assert.match(fixture.slice(fixture.analysis.turns[1]!.span), /^### \[00:00:24\] Kyle\nAnd the opinions are my own\.$/);
    // Renaming a heading's speaker may change the scheme: the incremental path equals a full analysis.
    const analyzer = new IncrementalAnalyzer({}, 'podcast.md');
    analyzer.update(text);
    const at = text.indexOf('Kyle');
    const edited = `${text.slice(0, at)}Rich${text.slice(at + 4)}`;
    assert.deepStrictEqual(analyzer.update(edited, [{ rangeOffset: at, rangeLength: 4, text: 'Rich' }]), analyze(edited, {}, 'podcast.md'));
  });

  it("Zoom's saved transcript ([Name] 11:02:09, then the text) and WhisperX ([SPEAKER_00]: text)", () => {
    const zoom = analyseText('[Jane Smith] 11:02:09\nHello everyone, can you hear me?\n\n[Bob Lee] 11:02:15\nYes I can.\n\n[Jane Smith] 11:02:20\nGreat.\n', 'zoom.txt');
    assert.deepEqual(zoom.analysis.turns.map((t) => `${t.speaker}@${t.timestamp}`), ['Jane Smith@11:02:09', 'Bob Lee@11:02:15', 'Jane Smith@11:02:20']);
    const whisper = '[SPEAKER_00]: Hello and welcome.\n[SPEAKER_01]: Thanks for having me.\n[SPEAKER_00]: So tell me.\n';
    assert.deepEqual(analyze(whisper, {}, 'w.txt').speakers, [{ name: 'SPEAKER_00', turns: 2 }, { name: 'SPEAKER_01', turns: 1 }]);
    const srt = '1\n00:00:00,000 --> 00:00:02,000\n[SPEAKER_00]: Hello and welcome.\n\n2\n00:00:02,000 --> 00:00:04,000\n[SPEAKER_01]: Thanks.\n\n3\n00:00:04,000 --> 00:00:06,000\n[SPEAKER_00]: So.\n';
    assert.deepEqual(analyze(srt, {}, 'w.srt').turns.map((t) => t.speaker), ['SPEAKER_00', 'SPEAKER_01', 'SPEAKER_00']);
  });

  it('diarised and anonymous speakers keep their names as written, and aliases rename them', () => {
    const text = 'Speaker 1  0:00\nHi.\n\nUnknown Speaker  0:04\nHello?\n\nSpeaker 1  0:09\nWelcome.\n\nS1: One.\nS2: Two.\nS1: Three.\n';
    assert.deepEqual(analyze(text, {}, 'otter.txt').speakers.map((s) => s.name), ['Speaker 1', 'Unknown Speaker', 'S1', 'S2']);
    const renamed = analyze(text, { speakerAliases: { 'Speaker 1': 'Jane Smith' } }, 'otter.txt');
    assert.equal(renamed.speakers[0]!.name, 'Jane Smith');
  });

  it('one-word replies under timestamped labels and colon lead-ins are not speakers', () => {
    const replies = 'Jane Smith  0:03\nSo what happened?\n\nBob Lee  0:10\nRight.\n\nJane Smith  0:12\nAnd then?\n\nBob Lee  0:15\nRight.\nIt was long.\n\nJane Smith  0:20\nGoodness.\n\nBob Lee  0:22\nGoodness.\n';
    assert.deepEqual(analyze(replies, {}, 'r.txt').speakers.map((s) => s.name), ['Jane Smith', 'Bob Lee']);
    const leadIn = '陳部長：各位好。\n\n有幾個數據跟各位報告：\n第一，出口成長。\n\n記者：請問？\n\n陳部長：好的。\n';
    const fixture = analyseText(leadIn, 'l.txt');
    assert.deepEqual(fixture.analysis.speakers.map((s) => s.name), ['陳部長', '記者']);
    // The lead-in and its list stay in the minister's turn.
    assert.match(fixture.slice(fixture.analysis.turns[0]!.span), /出口成長。$/);
  });

  it('a label heard once that names a title and then a person (`社区党委书记姚艳洪：`) is a speaker; a long lead-in still is not', () => {
    const page = '李向志：社会管理是个系统工程。\n社区党委书记姚艳洪：希望把资源更多地配置到社区。\n丁爱谱：十八大报告提出要强化职责。\n有几个数据跟各位报告一下：\n李向志：我们要坚持服务群众。\n丁爱谱：谢谢。\n';
    const names = analyze(page, {}, 'p.txt').speakers.map((s) => s.name);
    assert.deepEqual(names, ['李向志', '社区党委书记姚艳洪', '丁爱谱']);
  });

  it('a one-off clause mixing a Latin word and ideographs (`AGI 有两个层面：`) is speech, while `CEO 张三：` is a name', () => {
    const page = '**张小珺：** 你怎么看 AGI？\n\n**杨植麟：** 先说结论。\n\nAGI 有两个层面：一方面技术一直在提升；另一方面是社会的变化。\n\n这有点像蒸汽机。\n\n**张小珺：** 明白。\n\n**杨植麟：** 对。\n';
    const fixture = analyseText(page, 'k.md');
    assert.deepEqual(fixture.analysis.speakers.map((s) => s.name), ['张小珺', '杨植麟']);
    assert.equal(speakerAt(page, fixture.analysis, '这有点像蒸汽机'), '杨植麟');
    const named = '**张小珺：** 你好。\n\n**杨植麟：** 你好。\n\nCEO 张三：我补充一句。\n\n**张小珺：** 好。\n\n**杨植麟：** 好。\n';
    assert.ok(analyze(named, {}, 'n.md').speakers.some((s) => s.name === 'CEO 张三'));
  });

  it('a one-word sentence on a timestamped segment line is speech, not a speaker (Whisper, meeting tools)', () => {
    const segments = '[04:50]  And Director Hartley, just say a few words\n[04:53]  about what it means.\n[04:56]  Absolutely.\n[04:57]  Well, thank you, Chief.\n[05:00]  Okay.\n[05:02]  Yes!\n[05:03]  Okay.\n[05:05]  Ready?\n';
    assert.deepEqual(analyze(segments, {}, 'council.md').speakers, []);
    const ranged = '[08:29.000 --> 08:33.000]  It is not UTC.\n[08:33.000 --> 08:35.000]  Okay.\n[11:47.000 --> 11:48.000]  Yes.\n[11:53.000 --> 11:55.000]  No.\n[12:05.000 --> 12:07.000]  Okay.\n';
    assert.deepEqual(analyze(ranged, {}, 'whisper.txt').speakers, []);
    // A name alone after its timestamp, with the speech under it, is still a label.
    const stamped = '00:00:03 Jane Smith\nSo what happened?\n\n00:00:10 Bob Lee\nIt was long.\n\n00:00:14 Jane Smith\nI see.\n';
    assert.deepEqual(analyze(stamped, {}, 's.txt').speakers.map((s) => s.name), ['Jane Smith', 'Bob Lee']);
  });

  it('numbered speaker ids (spk05, spk03) are speakers beside another id of their letters; a lone id is not', () => {
    // earningscall.biz's machine transcripts: each id may speak once in an excerpt, never in order.
    const call = 'TopBuild Corp.\n\nspk05: Greetings.\nspk03: Welcome to the call. I will turn it over.\nspk00: Good morning, and thanks for joining us.\nspk09: Good morning.\n';
    assert.deepEqual(analyze(call, {}, 'call.txt').speakers.map((s) => s.name), ['spk05', 'spk03', 'spk00', 'spk09']);
    const underscored = 'spk_1: Hello there.\nguest-2: Hi.\nspk_2: Welcome.\n';
    assert.deepEqual(analyze(underscored, {}, 'u.txt').speakers.map((s) => s.name), ['spk_1', 'spk_2']);
    // Notes that open a line with a format or a version name are no diarised speakers.
    const notes = 'Release notes.\n\nmp3: supported since the last release.\nh264: decoding is faster now.\nv2: the new parser.\n';
    assert.deepEqual(analyze(notes, {}, 'notes.txt').speakers, []);
  });

  it('a plain `Name:` that occurs once needs evidence; a repeated one is the scheme', () => {
    const text = 'Host: Welcome.\n\nGuest: Thanks.\n\nHost: Tell me more.\n\nThe Board Of Directors Of The Company Said: nothing.\n';
    const speakers = analyze(text, {}, 't.txt').speakers.map((s) => s.name);
    assert.deepEqual(speakers, ['Host', 'Guest']);
  });
});

describe('narration after a turn', () => {
  it('a third-person paragraph about the speaker, a byline or a caption ends the turn; a plain paragraph continues it', () => {
    const zh = analyseText('記者：請問您怎麼看？\n\n王大明：我認為經濟會好轉。\n\n而且明年會更好。\n\n王大明表示，本次訪談到此結束。\n\n更多內容請見下期。\n', 'zh.txt');
    const wang = zh.analysis.turns[1]!;
    assert.equal(zh.slice(wang.span), '王大明：我認為經濟會好轉。\n\n而且明年會更好。');
    // A tag on the narration gets no speaker: no turn covers it.
    const narration = zh.text.indexOf('王大明表示');
    assert.ok(!zh.analysis.turns.some((t) => t.span.start <= narration && narration < t.span.end));

    const en = analyseText('Q: What next?\n\nMS. JONES: We will act.\n\nJones said the agency would meet again on Monday.\n', 'en.txt');
    assert.equal(en.slice(en.analysis.turns[1]!.span), 'MS. JONES: We will act.');
    const byline = analyseText('記者：請問？\n\n李華：好的。\n\n（記者 張明）\n', 'b.txt');
    assert.equal(byline.slice(byline.analysis.turns[1]!.span), '李華：好的。');
    // Someone else's name before `said` is the speaker quoting them.
    const quoting = analyseText('Q: And then?\n\nMS. JONES: Thanks.\n\nSmith said the deal was done, and we agreed.\n', 'q.txt');
    assert.match(quoting.slice(quoting.analysis.turns[1]!.span), /we agreed\.$/);
  });
});

describe('narration that calls the speaker by a nickname', () => {
  const interview = (after: string): ReturnType<typeof analyseText> =>
    analyseText(`新智元提問：您怎麼看？\n\n黃仁勳回答：\n我們很快就能做到。\n\n${after}\n`, 'nick.txt');
  const turnOf = (result: ReturnType<typeof analyseText>, needle: string) => {
    const at = result.text.indexOf(needle);
    return result.analysis.turns.find((t) => t.span.start <= at && at < t.span.end);
  };

  it('a paragraph calling the speaker 老黃 in the third person ends his turn', () => {
    const result = interview('不過天氣炎熱，老黃後來還是把外套脫掉了。');
    assert.equal(turnOf(result, '不過天氣'), undefined);
    assert.equal(turnOf(result, '我們很快')?.speaker, '黃仁勳');
  });

  it('the same paragraph in the first person, or with a word that only looks like a nickname, continues the turn', () => {
    assert.equal(turnOf(interview('我跟老黃說過，外套先脫掉了。'), '外套')?.speaker, '黃仁勳');
    assert.equal(turnOf(interview('不過天氣炎熱，老師後來還是把外套脫掉了。'), '外套')?.speaker, '黃仁勳');
    // 老王 is somebody else: the speaker is surnamed 黃.
    assert.equal(turnOf(interview('不過天氣炎熱，老王後來還是把外套脫掉了。'), '外套')?.speaker, '黃仁勳');
  });

  it('an edit that makes a paragraph call the speaker by nickname falls back and equals analyze()', () => {
    const text = '新智元提問：您怎麼看？\n\n黃仁勳回答：\n我們很快就能做到。\n\n不過天氣炎熱，老王後來還是把外套脫掉了。\n';
    const analyzer = new IncrementalAnalyzer({}, 'nick.txt');
    analyzer.update(text);
    const at = text.indexOf('老王') + 1;
    const edited = `${text.slice(0, at)}黃${text.slice(at + 1)}`;
    const result = analyzer.update(edited, [{ rangeOffset: at, rangeLength: 1, text: '黃' }]);
    assert.equal(analyzer.lastMode, 'full');
    assert.deepStrictEqual(result, analyze(edited, {}, 'nick.txt'));
  });
});

describe('incremental re-analysis and the scheme', () => {
  it('an edit that changes a label candidate falls back to a full analysis and equals analyze()', () => {
    const analyzer = new IncrementalAnalyzer({}, 'press.md');
    analyzer.update(PRESS_MD);
    // Renaming the first 陳部長 leaves one: `### 陳部長：` may stop being a label and `### 記者：` too.
    const at = PRESS_MD.indexOf('陳部長：');
    const edited = `${PRESS_MD.slice(0, at)}林${PRESS_MD.slice(at + 1)}`;
    const result = analyzer.update(edited, [{ rangeOffset: at, rangeLength: 1, text: '林' }]);
    assert.equal(analyzer.lastMode, 'full');
    assert.deepStrictEqual(result, analyze(edited, {}, 'press.md'));
  });

  it('an edit to a numbered id (spk03 → spk3x) may change its siblings: it falls back and equals analyze()', () => {
    const text = 'spk05: Greetings.\nspk03: Welcome to the call.\n\nThe call went on.\n';
    for (const [from, to] of [['spk03', 'spkX3'], ['spk05', 'spk04']] as const) {
      const analyzer = new IncrementalAnalyzer({}, 'call.txt');
      analyzer.update(text);
      const at = text.indexOf(from);
      const edited = `${text.slice(0, at)}${to}${text.slice(at + from.length)}`;
      const result = analyzer.update(edited, [{ rangeOffset: at, rangeLength: from.length, text: to }]);
      assert.equal(analyzer.lastMode, 'full', `${from} → ${to}`);
      assert.deepStrictEqual(result, analyze(edited, {}, 'call.txt'));
    }
    assert.deepEqual(analyze(text.replace('spk03', 'spkX3'), {}, 'call.txt').speakers, [], 'a lone id left is no speaker');
  });

  it('an edit inside speech stays local and equals analyze()', () => {
    const analyzer = new IncrementalAnalyzer({}, 'press.md');
    analyzer.update(PRESS_MD);
    const at = PRESS_MD.indexOf('再成長');
    const edited = `${PRESS_MD.slice(0, at)}大幅${PRESS_MD.slice(at)}`;
    const result = analyzer.update(edited, [{ rangeOffset: at, rangeLength: 0, text: '大幅' }]);
    assert.equal(analyzer.lastMode, 'line');
    assert.deepStrictEqual(result, analyze(edited, {}, 'press.md'));
  });

  it('an edit that turns a paragraph into narration about the speaker falls back to a full analysis', () => {
    const text = 'Q: Next?\n\nMS. JONES: We will act.\n\nThe agency will meet again on Monday.\n';
    const analyzer = new IncrementalAnalyzer({}, 'n.txt');
    analyzer.update(text);
    const at = text.indexOf('The agency will');
    const edited = `${text.slice(0, at)}Jones said the${text.slice(at + 3)}`;
    const result = analyzer.update(edited, [{ rangeOffset: at, rangeLength: 3, text: 'Jones said the' }]);
    assert.equal(analyzer.lastMode, 'full');
    assert.deepStrictEqual(result, analyze(edited, {}, 'n.txt'));
  });
});

describe('wrappers saved pages and records add', () => {
  it('HTML markup around the label, and the page markup after the text ends the turn', () => {
    const text = [
      '<p class="a">　　<font class="b">观察者网：姚教授您好，如何看待？</font></p>',
      '<p class="a">　　<font class="b">姚洋：</font>我们二季度增长了0.4%。</p>',
      '<p class="a">　　现在政府的政策基本上用的差不多了。</p>',
      '<p class="a">　　<font class="b">观察者网：</font>下半年呢？</p>',
      '<p class="a">　　<font class="b">姚洋：</font>还要看消费。</p>',
      '<style>', '.qr {text-align: center;}', '</style>',
    ].join('\n');
    const fixture = analyseText(text, 'page.md');
    assert.deepEqual(fixture.analysis.turns.map((t) => t.speaker), ['观察者网', '姚洋', '观察者网', '姚洋']);
    assert.match(fixture.slice(fixture.analysis.turns[1]!.span), /差不多了。<\/p>$/);
    assert.match(fixture.slice(fixture.analysis.turns[3]!.span), /还要看消费。<\/p>$/);
  });

  it('a long bracketed constituency stays in the name as written; a bare name elsewhere merges them', () => {
    const hansard = 'Mr. Peter Stoffer (Sackville-Musquodoboit Valley-Eastern Shore, NDP):\nThey are not covered.\nMr. Gary Lunn (Saanich-Gulf Islands, Ref.):\nI cannot add much more.\n';
    assert.deepEqual(analyze(hansard, {}, 'h.txt').speakers.map((s) => s.name), ['Mr. Peter Stoffer (Sackville-Musquodoboit Valley-Eastern Shore, NDP)', 'Mr. Gary Lunn (Saanich-Gulf Islands, Ref.)']);
    const merged = 'John Smith (CEO, Acme): We grew.\n\nQ: How much?\n\nJohn Smith: Ten percent.\n';
    assert.deepEqual(analyze(merged, {}, 'm.txt').speakers, [{ name: 'John Smith', turns: 2 }, { name: 'Q', turns: 1 }]);
  });

  it('chat handles before `>` are speakers', () => {
    const text = '張\\> 是由國發會出資嗎？\nau> 不太能這樣說。\n張\\> 那是誰？\nau> 是專案參與者。\n';
    assert.deepEqual(analyze(text, {}, 'c.md').turns.map((t) => t.speaker), ['張', 'au', '張', 'au']);
  });
});

describe('headings that name no section', () => {
  it('a paragraph or a link styled as a heading is no topic; a question heading is; front matter may follow a blank line', () => {
    const text = [
      '', '---', 'title: x', 'thumbnail: y', '---', '', '# 世界這一天',
      '', '#### [請支持，成為訂戶](https://example.com/subscribe)',
      '', '#### 中國與日本周一在東京舉行對話，這是兩國七年半以來的首次對話。',
      '', '## 1. 請教各位能否概述接觸的過程？還請提醒我是否有漏掉的部分。', '回答。', '',
    ].join('\n');
    assert.deepEqual(allTitles(analyze(text, {}, 'p.md').topics), ['世界這一天', '1. 請教各位能否概述接觸的過程？還請提醒我是否有漏掉的部分。']);
  });
});

describe('incremental re-analysis and page markup', () => {
  it('an edit that turns `<p …>` into `<div …>` falls back and equals analyze()', () => {
    const text = '观察者网：问题？\n姚洋：回答。\n<p class="x">后面</p>\n观察者网：再问？\n姚洋：再答。\n';
    const analyzer = new IncrementalAnalyzer({}, 'page.md');
    analyzer.update(text);
    const at = text.indexOf('<p') + 1;
    const edited = `${text.slice(0, at)}div${text.slice(at + 1, text.indexOf('</p>'))}</div>${text.slice(text.indexOf('</p>') + 4)}`;
    const result = analyzer.update(edited);
    assert.deepStrictEqual(result, analyze(edited, {}, 'page.md'));
  });
});
