import * as assert from 'node:assert/strict';
import { sentenceAt, sentenceText, splitSentences, type SentenceOptions } from '../../../../src/core/claims/sentences';
import { sentenceSpans } from '../../../../src/core/claims/sentenceBreaks';
import { LineIndex, type Span } from '../../../../src/core/text/positions';

function split(text: string, options: SentenceOptions = {}): string[] {
  const sentences = splitSentences(new LineIndex(text), options);
  for (const s of sentences) assert.equal(text.slice(s.span.start, s.span.end), s.text, 'span slices back to text');
  return sentences.map((s) => s.text);
}

function piecesOf(text: string): string[] {
  return sentenceSpans(text).map((s) => text.slice(s.start, s.end));
}

describe('sentenceSpans', () => {
  it('splits Chinese on 。！？ and keeps closing quotes and brackets with their sentence', () => {
    assert.deepEqual(piecesOf('我們去年增長了18%。明年會更好！你覺得呢？'), ['我們去年增長了18%。', '明年會更好！', '你覺得呢？']);
    assert.deepEqual(piecesOf('他說：「好。」然後走了。'), ['他說：「好。」', '然後走了。']);
    assert.deepEqual(piecesOf('「真的嗎？」』他問（笑。）對。'), ['「真的嗎？」』', '他問（笑。）', '對。']);
    assert.deepEqual(piecesOf('他說“好的。”我們走吧。'), ['他說“好的。”', '我們走吧。']);
  });

  it('does not split English at decimals, abbreviations, initials or times', () => {
    assert.deepEqual(piecesOf('Mr. Smith arrived at 2:05 P.M. EDT. Growth was 3.5 percent in the U.S. market. Really?'), [
      'Mr. Smith arrived at 2:05 P.M. EDT.',
      'Growth was 3.5 percent in the U.S. market.',
      'Really?',
    ]);
    assert.deepEqual(piecesOf('Ms. Jones and Dr. Lee met on Jan. 5 at No. 10 Downing St. today. I said no. Fine.'), [
      'Ms. Jones and Dr. Lee met on Jan. 5 at No. 10 Downing St. today.',
      'I said no.',
      'Fine.',
    ]);
  });

  it('ends a sentence at a contraction before the full stop, unlike an initial', () => {
    assert.deepEqual(piecesOf("I really don't. And so I think it works. We can\u2019t. It stops."), [
      "I really don't.",
      'And so I think it works.',
      'We can\u2019t.',
      'It stops.',
    ]);
    assert.deepEqual(piecesOf("Rock 'n' roll in the U.S. market is big."), ["Rock 'n' roll in the U.S. market is big."]);
  });

  it('keeps a closing quote after a full stop and leaves URLs and ellipses inside one sentence', () => {
    assert.deepEqual(piecesOf('He said "yes." Then he left!'), ['He said "yes."', 'Then he left!']);
    assert.deepEqual(piecesOf('See example.com/a?b=1 for details. Well... maybe not.'), ['See example.com/a?b=1 for details.', 'Well... maybe not.']);
    assert.deepEqual(piecesOf('Wait... Then it rained.'), ['Wait...', 'Then it rained.']);
  });

  it('trims whitespace and drops punctuation-only pieces', () => {
    assert.deepEqual(piecesOf('  好的。  。。 ——  '), ['好的。']);
    const text = '\u3000第一句。 第二句 ';
    assert.deepEqual(sentenceSpans(text), [{ start: 1, end: 5 }, { start: 6, end: 9 }]);
  });
});

describe('splitSentences', () => {
  it('skips speaker labels: a sentence never includes the label', () => {
    const text = '陳立文：我認為這種擔心是多餘的。我們很好。\nMS. JONES:  I think so. It was great.';
    const labels: Span[] = [{ start: 0, end: 3 }, { start: text.indexOf('MS.'), end: text.indexOf('MS.') + 10 }];
    assert.deepEqual(split(text, { labelSpans: labels }), ['我認為這種擔心是多餘的。', '我們很好。', 'I think so.', 'It was great.']);
  });

  it('skips a label that includes its colon, and text before it on the line (a timestamp)', () => {
    const text = '[00:01:23] 黃仁勳: 我預計很快就會批下來。';
    const start = text.indexOf('黃');
    assert.deepEqual(split(text, { labelSpans: [{ start, end: start + 4 }] }), ['我預計很快就會批下來。']);
  });

  it('skips SRT cue numbers and timing lines', () => {
    const srt = '1\n00:00:01,000 --> 00:00:03,000\nI think prices will rise.\n\n2\n00:00:04,000 --> 00:00:06,500\nRevenue grew 18%.\n';
    assert.deepEqual(split(srt, { format: 'srt' }), ['I think prices will rise.', 'Revenue grew 18%.']);
  });

  it('skips the WebVTT header, cue identifiers, timings and voice tags', () => {
    const vtt = 'WEBVTT\n\nintro\n00:00.000 --> 00:02.000\n<v Bob>We will win.</v>\n\n00:02.000 --> 00:04.000 align:start\n<v.loud Ann>Sure.\n';
    assert.deepEqual(split(vtt, { format: 'vtt' }), ['We will win.', 'Sure.']);
  });

  it('skips Markdown headings, thematic breaks, stage directions and title lines', () => {
    const text = '# 晶片與人工智能\n\n---\n（笑）\n(Laughter.)\n出口管制\n我認爲它將長期存在。\n- 中國在AI領域會非常成功\n';
    assert.deepEqual(split(text), ['我認爲它將長期存在。', '中國在AI領域會非常成功']);
  });

  it('skips a line that is only a web address, or a short field naming one, and keeps one inside a sentence', () => {
    const text = 'Subscribe to the channel here:\n\nhttps://www.youtube.com/user/example/featured\n\n<www.example.org/talks>\n\nWeb Site : http://example.org\nTwitter :  @example_tea\n聯絡信箱：hello@example.org\n\nThe report is at https://example.org/r.pdf and it says 40% fell.\n';
    assert.deepEqual(split(text), ['Subscribe to the channel here:', 'The report is at https://example.org/r.pdf and it says 40% fell.']);
    // A Markdown header's fields, the name in bold (`**Source:** https://…`).
    assert.deepEqual(split('**Source:** https://fairfax.granicus.com/player/clip/4421\n__Video__: <www.example.org/v/12>\n**Note:** see https://example.org for 40% more.\n'), ['**Note:** see https://example.org for 40% more.']);
  });

  it('treats a short standalone line before a blank line and body text as a title', () => {
    assert.deepEqual(split('下一個十年\n\n人工智能將改變每一個行業。'), ['人工智能將改變每一個行業。']);
  });

  it('keeps unpunctuated transcript lines (no title guessing between unpunctuated neighbours)', () => {
    assert.deepEqual(split('I think we will win\nrevenue grew 18% last year\n'), ['I think we will win\nrevenue grew 18% last year']);
    assert.deepEqual(split('我覺得會贏\n去年增長了百分之十八\n'), ['我覺得會贏', '去年增長了百分之十八']);
  });

  it('joins a hard-wrapped English sentence across lines', () => {
    assert.deepEqual(split('I think the market\nwill grow next year. It was\nfine.\nNew line here.'), [
      'I think the market\nwill grow next year.',
      'It was\nfine.',
      'New line here.',
    ]);
  });

  it('joins a sentence over lines of timestamped segments, and reads it without the timestamps between', () => {
    // Whisper's TSV rows too: start and end in milliseconds (or seconds) in two tab-separated columns; and a segment's
    // start and end bare, before a tab (`00:00:23-->00:00:43⇥…`, a speech-recognition tool's sample output); a
    // transcript page's start and a bar before the text (`00:00:09.420 | …`); a Markdown list of segments (`- [00:02] …`).
    for (const [first, second] of [['[01:26]  ', '[01:32]  '], ['00:01:26.000 | ', '00:01:32.580 | '], ['01:26｜', '01:32｜'], ['- [01:26] ', '- [01:32] '], ['* 00:01:26 ', '* 00:01:32 '], ['[00:00.000 --> 00:07.000]  ', '[00:07.000 --> 00:11.000]  '], ['00:01:26 ', '00:01:32 '], ['0\t4200\t', '4200\t9800\t'], ['0.0\t4.2\t', '4.2\t9.8\t'], ['00:01:20-->00:01:26\t', '00:01:26-->00:01:32\t'], ['00:07 --> 00:11 ', '00:11 --> 00:15 ']]) {
      const text = `${first}I would like to begin with a moment of silence\n${second}to acknowledge the loss in our community.\n${first}It was 50 years.\n`;
      const sentences = splitSentences(new LineIndex(text));
      assert.equal(sentences.length, 2, first);
      assert.equal(sentences[0]!.text, text.slice(text.indexOf('I would'), text.indexOf('community.') + 10));
      assert.equal(sentenceText(text, sentences[0]!.span, 'plain'), 'I would like to begin with a moment of silence to acknowledge the loss in our community.');
    }
  });

  it('keeps list items without timestamps, and a bullet that differs from the line above, their own sentences', () => {
    assert.deepEqual(split('- We would like to begin with a moment of silence\n- to acknowledge the loss.\n'), ['We would like to begin with a moment of silence', 'to acknowledge the loss.']);
    assert.deepEqual(split('[01:26] We would like to begin with a moment of silence\n- [01:32] to acknowledge the loss.\n'), ['We would like to begin with a moment of silence', 'to acknowledge the loss.']);
  });

  it('keeps a timestamp that goes on a line without one as said (`at⏎10:30 the…`), and a capital after a timestamp a new sentence', () => {
    const wrapped = 'We will meet at\n10:30 the next morning.\n';
    assert.deepEqual(split(wrapped), ['We will meet at\n10:30 the next morning.']);
    assert.equal(sentenceText(wrapped, { start: 0, end: wrapped.length - 1 }, 'plain'), 'We will meet at 10:30 the next morning.');
    assert.deepEqual(split('[01:15]  Good evening, everybody\n[01:20]  We will not meet until January.\n'), ['Good evening, everybody', 'We will not meet until January.']);
  });

  it('skips lines covered by skip spans (headings and stage directions found by other passes)', () => {
    const text = '供應鏈的壓力很大\n我們去年營收達到420億元。';
    assert.deepEqual(split(text, { skipSpans: [{ start: 0, end: 8 }] }), ['我們去年營收達到420億元。']);
  });

  it('keeps offsets right after surrogate pairs, CRLF line ends and a fold that changes length', () => {
    const text = '😀𠀀 陳立文：明年會更好。𠀀好的。\r\n㗲我預計會增長。\r\n';
    const label = text.indexOf('陳');
    const sentences = splitSentences(new LineIndex(text), { labelSpans: [{ start: label, end: label + 4 }] });
    assert.deepEqual(sentences.map((s) => s.text), ['明年會更好。', '𠀀好的。', '㗲我預計會增長。']);
    for (const s of sentences) assert.equal(text.slice(s.span.start, s.span.end), s.text);
    assert.equal(sentences[0]!.span.start, text.indexOf('明'));
  });

  it('leaves a stray BOM out of the first sentence', () => {
    assert.deepEqual(split('\uFEFF我認為這很好。'), ['我認為這很好。']);
  });

  it('is linear: splits a long document line by line', () => {
    const line = '我認爲它將長期存在。Revenue grew 18% last year.\n';
    const text = line.repeat(2000);
    assert.equal(split(text).length, 4000);
  });
});

describe('sentenceAt', () => {
  it('returns the sentence under an offset, splitting only that line', () => {
    const text = '標題\n陳立文：我認為這很好。明年會更好。\n';
    const lines = new LineIndex(text);
    const label = { start: text.indexOf('陳'), end: text.indexOf('陳') + 4 };
    assert.equal(sentenceAt(lines, text.indexOf('明') + 1, { labelSpans: [label] })?.text, '明年會更好。');
    assert.equal(sentenceAt(lines, text.indexOf('我'), { labelSpans: [label] })?.text, '我認為這很好。');
    assert.equal(sentenceAt(lines, text.length, {}), null);
  });
});

describe('sentences over hard line breaks and subtitle cues', () => {
  it('joins a Chinese sentence hard-wrapped after clause punctuation (the bundled sample, lines 33-34)', () => {
    const text = '「海外營收已經占四成，\n明年將在日本設立研發中心。」\n下一句。';
    assert.deepEqual(split(text), ['「海外營收已經占四成，\n明年將在日本設立研發中心。」', '下一句。']);
  });

  it('joins punctuated Chinese prose wrapped in the middle of a clause', () => {
    const text = '據公司年報，我們去年營收達到420億\n元，比前年增長了18%。';
    assert.deepEqual(split(text), [text]);
  });

  it('keeps a short Chinese line over a long one a line of its own: a paragraph per line, no hard wrap', () => {
    // A newspaper page with a line per paragraph: a sub-heading sits between a field line and an answer.
    const text = [
      '嘉宾：李向志 十八大代表、德阳市委书记丁爱谱 十八大代表、攀枝花市社区党员',
      '畅通社区工作人员成长渠道',
      '李向志：社会管理是个系统工程，在实践中要从城乡社区抓起，夯实基层基础，坚持重心下移。',
      '06,教科新闻',
      '信息来源于四川新闻网，记者走进成都市锦江区双桂路街道五福桥社区江东民居。',
    ].join('\n');
    // (The sub-heading itself is a title line, which holds no sentence.)
    assert.deepEqual(split(text), [
      '嘉宾：李向志 十八大代表、德阳市委书记丁爱谱 十八大代表、攀枝花市社区党员',
      '李向志：社会管理是个系统工程，在实践中要从城乡社区抓起，夯实基层基础，坚持重心下移。',
      '06,教科新闻',
      '信息来源于四川新闻网，记者走进成都市锦江区双桂路街道五福桥社区江东民居。',
    ]);
  });

  it('still joins hard-wrapped Chinese whose lines are alike in width, up to the paragraph\'s last line', () => {
    const text = '我們去年的營收達到四百二十億元，比前年\n增長了百分之十八，海外市場的占比已經接近\n四成。\n';
    assert.deepEqual(split(text), ['我們去年的營收達到四百二十億元，比前年\n增長了百分之十八，海外市場的占比已經接近\n四成。']);
  });

  it('keeps each line of unpunctuated Chinese a sentence of its own', () => {
    assert.deepEqual(split('今天我們聊聊晶片產業\n明年的需求會更強\n'), ['今天我們聊聊晶片產業', '明年的需求會更強']);
  });

  it('does not join a line ending in a colon with the quote under it, nor across a blank line or a label', () => {
    assert.deepEqual(split('他回答道：\n「明年會更好。」'), ['他回答道：', '「明年會更好。」']);
    assert.deepEqual(split('海外營收已經占四成，\n\n明年將在日本設立研發中心。'), ['海外營收已經占四成，', '明年將在日本設立研發中心。']);
    const labelled = '海外營收已經占四成，\n林雅婷：明年呢？';
    const labelStart = labelled.indexOf('林雅婷');
    assert.deepEqual(split(labelled, { labelSpans: [{ start: labelStart, end: labelStart + 3 }] }), ['海外營收已經占四成，', '明年呢？']);
  });

  it('carries a sentence over a line holding only a timestamp, and reads it without the timestamp', () => {
    // iHeart's and Rev's exports put a bare `(00:30):` inside a turn where a minute begins.
    const text = 'Kevin (00:10):\nAnd I came back to it after lunch and then it was probably\n(00:30):\nlike two o\'clock when I pinged Alban.\n';
    const lines = new LineIndex(text);
    const sentences = splitSentences(lines);
    const joined = sentences.find((s) => s.text.startsWith('And I came back'));
    assert.ok(joined, sentences.map((s) => s.text).join(' | '));
    assert.ok(joined.text.endsWith('pinged Alban.'), joined.text);
    assert.equal(sentenceText(text, joined.span, 'plain'), "And I came back to it after lunch and then it was probably like two o'clock when I pinged Alban.");
  });

  it('starts a sentence after a timestamp inside the line, and drops a timestamp standing alone between sentences', () => {
    const text = '[00:00:00] This program is brought to you by the station. [00:00:05] My name is Eric Jansen. [00:00:09] 【00:00:12】 Thanks.\n';
    assert.deepEqual(split(text), ['This program is brought to you by the station.', 'My name is Eric Jansen.', 'Thanks.']);
  });

  it('reads a video page\'s transcript (a timestamp line over each unpunctuated caption line) as sentences of a few lines, without the timestamps', () => {
    const caption = ['welcome back everyone to another episode', "today we're going to talk about the new", 'budget that the city council passed'];
    const text = Array.from({ length: 30 }, (_, i) => `${Math.floor(i / 6)}:${String((i * 7) % 60).padStart(2, '0')}\n${caption[i % 3]}`).join('\n') + '\n';
    const lines = new LineIndex(text);
    const sentences = splitSentences(lines);
    assert.ok(sentences.length >= 3, `${sentences.length} sentences`);
    for (const sentence of sentences) {
      const read = sentenceText(text, sentence.span, 'plain');
      assert.doesNotMatch(read, /\d:\d\d/, read);
      assert.ok(lines.positionAt(sentence.span.end).line - lines.positionAt(sentence.span.start).line <= 26, 'at most 13 caption lines and their timestamps');
    }
  });

  it('joins an English line ending on a preposition or article even when the next starts with a capital', () => {
    const text = 'Vice President Harris will travel to\nFlorida to deliver a major address.\nThe results were better than the last quarter\nAnalysts said so.';
    assert.deepEqual(split(text), [
      'Vice President Harris will travel to\nFlorida to deliver a major address.',
      'The results were better than the last quarter',
      'Analysts said so.',
    ]);
  });

  it('joins prose hard-wrapped at a steady width before a name, an acronym, `I`, a number or a title-cased term', () => {
    const text = [
      'The harbour board met on Tuesday and, after a long debate about dredging, approved the revised',
      'Waterfront Access Plan that the planning office had circulated to members the week before. Then',
      'Councillor Okafor asked whether the cost estimates published by the regional transport agency',
      'NRTA would still hold if the works began in the wet season, and nobody could tell her what',
      'I should write in the minutes, except that the estimates assumed the works would start in spring',
      '2031 and that a wet-season start would add roughly a tenth to the total.',
    ].join('\n');
    assert.deepEqual(split(text), [
      text.slice(0, text.indexOf('Then') - 1),
      text.slice(text.indexOf('Then')),
    ]);
    assert.equal(
      sentenceText(text, { start: 0, end: text.indexOf(' Then') }, 'plain'),
      'The harbour board met on Tuesday and, after a long debate about dredging, approved the revised Waterfront Access Plan that the planning office had circulated to members the week before.',
    );
  });

  it('joins a wrapped line before a capital when only the line below shows the width (the line above is a short label line)', () => {
    const text = [
      'CHAIR: Thank you. Ms. Varga, please.',
      'MS. VARGA: Thank you. I can support the draft statement and the revised Liquidity',
      'Backstop Guidelines, although I would ask that the staff report on usage by next spring',
      'and that we come back to the question of the standing facility at that time.',
    ].join('\n');
    assert.deepEqual(split(text, { labelSpans: [{ start: 0, end: 6 }, { start: text.indexOf('MS. VARGA:'), end: text.indexOf('MS. VARGA:') + 10 }] }).slice(-1), [
      text.slice(text.indexOf('I can support')),
    ]);
  });

  it('keeps apart two wide lines that close their block when nothing above shows the width (a note a line)', () => {
    const text = [
      '### Mobile team',
      'Releases for both app stores',
      'Working on the new sync engine. There are no user-facing changes in this release',
      'There will be a migration of the settings store because the old format had a bug in',
      '',
      'Next update in two weeks.',
    ].join('\n');
    assert.ok(!split(text).some((s) => s.includes('release\nThere')));
  });

  it('keeps apart, beside a wrapped paragraph, a heading that opens its block, a list, a field line and short unpunctuated lines', () => {
    const paragraph = 'The committee reviewed the figures for the spring quarter and noted that spending on repairs';
    const text = [
      'Notes From The Spring Review Of The Harbour Board Meeting Minutes',
      'The committee reviewed the figures for the spring quarter and the harbour fees collected so far',
      paragraph,
      'Was higher than planned.',
      '',
      paragraph,
      '1. Dredging of the north basin, scheduled for the summer months of next year at the latest',
      paragraph,
      'Location: the old customs house, second floor',
      'Thanks to everyone who came along',
      'Please send your comments by Friday',
    ].join('\n');
    const sentences = split(text);
    assert.ok(!sentences.some((s) => s.startsWith('Notes From') && s.includes('\n')), 'a title opening its block stays a line of its own');
    assert.ok(sentences.some((s) => s.endsWith('repairs\nWas higher than planned.')), 'the wrapped paragraph still joins');
    assert.ok(sentences.includes('Dredging of the north basin, scheduled for the summer months of next year at the latest'), 'a numbered item stays apart');
    assert.ok(sentences.some((s) => s.startsWith('Location:')), 'a field line stays apart');
    assert.ok(!sentences.some((s) => s.includes('along\nPlease') || s.includes('floor\nThanks')), 'short lines end where they end');
  });

  it('keeps a line that ends its sentence without punctuation when its width differs from its neighbours', () => {
    const text = [
      'We spent most of the morning walking the length of the old canal towpath with the volunteers.',
      'It was a good day out for all of us, I would say',
      'Everyone agreed that the locks needed more work than the council had said they did last year.',
    ].join('\n');
    assert.deepEqual(split(text), text.split('\n'));
  });

  it('keeps the rows of a table or a line-numbered roster apart, and unwrapped long lines too', () => {
    const roster = ['JANE MORROW, Chair          PETER ADAMSKI, Vice Chair      ', 'LUCIA FERRANTE, Treasurer    OWEN BLACKWOOD, Secretary      '].join('\n');
    assert.equal(split(roster).length, 2);
    const long = 'A'.concat(' long line of speech that a page writes as one paragraph and runs on well past any width', ' that text is wrapped at, so that it never ends near the column of the next one at all');
    const text = [long, long.replace('A long', 'Another long'), 'Nobody wrapped these lines at a width they chose.'].join('\n');
    assert.equal(split(text).length, 3);
  });

  it('joins an English line ending on a preposition with a next line that starts with a figure', () => {
    const text = 'The company reported revenue of\n12 billion dollars last year.\nSales rose 4 percent in\n2023 alone.';
    assert.deepEqual(split(text), ['The company reported revenue of\n12 billion dollars last year.', 'Sales rose 4 percent in\n2023 alone.']);
  });

  it('joins an English sentence across subtitle cues, leaving the cue number and timing out of its text', () => {
    const srt = '1\n00:00:01,000 --> 00:00:03,000\nThe company sold two million\n\n2\n00:00:03,000 --> 00:00:05,000\nphones last year.\n\n3\n00:00:05,000 --> 00:00:07,000\nThank you.\n';
    const lines = new LineIndex(srt);
    const spans = splitSentences(lines, { format: 'srt' }).map((s) => s.span);
    assert.equal(spans.length, 2);
    assert.equal(srt.slice(spans[0]!.start, spans[0]!.end), 'The company sold two million\n\n2\n00:00:03,000 --> 00:00:05,000\nphones last year.');
    assert.equal(sentenceText(srt, spans[0]!, 'srt'), 'The company sold two million phones last year.');
    assert.equal(sentenceText(srt, spans[1]!, 'srt'), 'Thank you.');
  });

  it('joins a sentence across cues whose text opens with a space, as Whisper writes its SRT (issue 9, claims-en14)', () => {
    const srt =
      '1\n00:01:50,880 --> 00:02:02,480\n I was drafted in 1958. After that, I was sent to the\n\n' +
      '2\n00:02:02,480 --> 00:02:07,920\n Radio School in eastern Ohio.\n\n3\n00:02:07,920 --> 00:02:09,520\n What year was that?\n';
    const texts = splitSentences(new LineIndex(srt), { format: 'srt' }).map((s) => sentenceText(srt, s.span, 'srt'));
    assert.deepEqual(texts, ['I was drafted in 1958.', 'After that, I was sent to the Radio School in eastern Ohio.', 'What year was that?']);
    // Outside subtitles an indented line still opens a block of its own.
    assert.deepEqual(split('After that, I was sent to the\n  Radio School in eastern Ohio.'), ['After that, I was sent to the', 'Radio School in eastern Ohio.']);
  });

  it('joins the lines of one subtitle cue before a capital, but not a cue ending without a terminator before the next cue\'s capital', () => {
    // The caption box wraps `Technical⏎Product`; across cues an unfinished line before a capital still ends (`streak` / `Season`).
    const srt =
      '1\n00:00:56,046 --> 00:01:01,597\nSeth Hall. Seth is a Technical\nProduct Owner at Uniform.\n\n' +
      '2\n00:01:02,000 --> 00:01:04,000\nSo today we continue our streak\n\n3\n00:01:04,000 --> 00:01:06,000\nSeason 6 starts now.\n';
    const spans = splitSentences(new LineIndex(srt), { format: 'srt' }).map((s) => s.span);
    assert.deepEqual(
      spans.map((span) => sentenceText(srt, span, 'srt')),
      ['Seth Hall.', 'Seth is a Technical Product Owner at Uniform.', 'So today we continue our streak', 'Season 6 starts now.'],
    );
  });

  it('carries a sentence past a line or a cue ending on a comma, before a capital or a digit too (issue 9, chatprec)', () => {
    const srt =
      '1\n00:00:01,000 --> 00:00:03,000\nAnd then suppose that among the remainder without cancer,\n\n' +
      '2\n00:00:03,000 --> 00:00:05,000\n89 get false positives.\n';
    const texts = splitSentences(new LineIndex(srt), { format: 'srt' }).map((s) => sentenceText(srt, s.span, 'srt'));
    assert.deepEqual(texts, ['And then suppose that among the remainder without cancer, 89 get false positives.']);
    assert.deepEqual(split('In the spring of that year,\nCongress passed the bill.\n\nIt was signed,\n\nThen vetoed.'), [
      'In the spring of that year,\nCongress passed the bill.',
      'It was signed,',
      'Then vetoed.',
    ]);
  });

  it('keeps the lines of a subtitle cue apart when the first ends a sentence or the second is a dialogue dash', () => {
    const srt = '1\n00:00:01,000 --> 00:00:03,000\nWe shipped it.\nPrices rose 5%.\n\n2\n00:00:03,000 --> 00:00:05,000\nWait\n- Revenue fell.\n';
    const texts = splitSentences(new LineIndex(srt), { format: 'srt' }).map((s) => sentenceText(srt, s.span, 'srt'));
    assert.deepEqual(texts, ['We shipped it.', 'Prices rose 5%.', 'Wait', 'Revenue fell.']);
  });

  it('joins a sentence across cues that each open with the same voice tag, and not across a change of voice', () => {
    // Omny's and Teams' exports repeat `<v Speaker 1>` on every cue of one voice.
    const vtt =
      'WEBVTT\n\n0:00:58.000 --> 0:01:01.600\n<v Speaker 1>you who sent us questions in the\n\n' +
      '0:01:01.640 --> 0:01:04.280\n<v Speaker 1>past twenty four hours.\n\n' +
      '0:01:04.300 --> 0:01:06.000\n<v Speaker 1><i>we sold two million</i>\n\n' +
      '0:01:06.000 --> 0:01:08.000\n<v Speaker 2>phones last year.\n';
    const spans = splitSentences(new LineIndex(vtt), { format: 'vtt' }).map((s) => s.span);
    assert.deepEqual(
      spans.map((span) => sentenceText(vtt, span, 'vtt')),
      ['you who sent us questions in the past twenty four hours.', 'we sold two million', 'phones last year.'],
    );
  });

  it('joins Chinese subtitle cues after clause punctuation without a space', () => {
    const vtt = 'WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n海外營收已經占四成，\n\n00:00:03.000 --> 00:00:05.000\n明年將在日本設立研發中心。\n';
    const spans = splitSentences(new LineIndex(vtt), { format: 'vtt' }).map((s) => s.span);
    assert.deepEqual(spans.map((span) => sentenceText(vtt, span, 'vtt')), ['海外營收已經占四成，明年將在日本設立研發中心。']);
  });

  it('keeps unpunctuated Chinese subtitle cues apart', () => {
    const srt = '1\n00:00:01,000 --> 00:00:03,000\n我們今天聊聊決策疲勞\n\n2\n00:00:03,000 --> 00:00:05,000\n這是一個很常見的現象\n';
    const spans = splitSentences(new LineIndex(srt), { format: 'srt' }).map((s) => s.span);
    assert.deepEqual(spans.map((span) => sentenceText(srt, span, 'srt')), ['我們今天聊聊決策疲勞', '這是一個很常見的現象']);
  });
});
