import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analysis/analyze';
import { findStageDirections } from '../../../../src/core/turns/stageDirections';
import { classifySubtitleLines, CueLine, findVoiceTags } from '../../../../src/core/turns/subtitles';
import { LineIndex } from '../../../../src/core/text/positions';

const directions = (text: string) => findStageDirections(new LineIndex(text)).map((d) => text.slice(d.span.start, d.span.end));

describe('stage directions', () => {
  it('marks whole-line asides and known words inline, in both widths', () => {
    assert.deepEqual(directions('(Laughter.)'), ['(Laughter.)']);
    assert.deepEqual(directions('  （笑）'), ['（笑）']);
    assert.deepEqual(directions('[Speaking in Mandarin]'), ['[Speaking in Mandarin]']);
    assert.deepEqual(directions('That is great. (Applause.) So we go on (inaudible).'), ['(Applause.)', '(inaudible)']);
    assert.deepEqual(directions('我們很高興（掌聲）也謝謝大家。（笑聲）'), ['（掌聲）', '（笑聲）']);
  });

  it('reads a picture whose address holds brackets as no one\'s line inside a turn', () => {
    // A clipper's resized picture (`filters:no_upscale()`) and an inline SVG placeholder (`translate(-249,-126)`).
    const resized = '![](https://cubox.pro/c/filters:no_upscale()?imageUrl=https%3A%2F%2Fmmbiz.qpic.cn%2Fa.png)';
    const svg = "![Image](https://mp.weixin.qq.com/s/svg'%20%3Cg%20transform='translate(-249.000000,%20-126.000000)'%3E%3C/g%3E)";
    const text = `**楼天城：** 我们去年在广州开始收费运营。\n\n${resized}\n\n${svg}\n\n我们的车队今年会继续扩大。\n\n**腾讯科技：** 成本呢？\n`;
    const analysis = analyze(text, {}, 'interview.md');
    assert.deepEqual(analysis.stageDirections.map((d) => text.slice(d.span.start, d.span.end)), [resized, svg]);
    assert.deepEqual(analysis.turns.map((t) => t.speaker), ['楼天城', '腾讯科技'], 'the speech after the pictures is still the answer');
    // An address with an unclosed bracket is no picture: the line stays the speaker's.
    assert.deepEqual(directions('![](https://a.example/x(y.png)'), []);
  });

  it('leaves ordinary parentheses, timestamps and unclosed brackets alone', () => {
    assert.deepEqual(directions('而且我們很快就能做到。(關於根本性突破)我不認爲'), []);
    assert.deepEqual(directions('at [00:01:23] we went on'), []);
    assert.deepEqual(directions('(see page 4'), []);
    assert.deepEqual(directions('(see page\n4)'), [], 'a bracket never closes on another line');
  });

  it("marks a record's long note in round brackets on a line of its own, but not one inside speech", () => {
    const note = '(Deposition Exhibit 3A marked for identification)';
    assert.deepEqual(directions(`Q. Is that your report?\n${note}\nA. Yes.`), [note]);
    assert.deepEqual(directions('(and I mean this for everyone who came here today, really)'), [], 'a speaker\'s aside carries on in lower case');
    const aside = 'A. I read it (the report that came in on the third of March) twice.';
    assert.deepEqual(directions(aside), [], 'a long bracket inside a line is the speaker\'s own');
    assert.deepEqual(directions(`(A${'a'.repeat(170)})`), [], 'past the longest note a record writes');
    const fullWidth = `（${'本文根據現場錄音整理'.repeat(5)}）`;
    assert.deepEqual(directions(fullWidth), [], 'full-width brackets keep the short limit');
  });

  it('marks a transcription tool\'s credit line in brackets as an aside, however long, and only on a line of its own', () => {
    const turbo = '(Transcribed by TurboScribe. Go Unlimited to remove this message.)';
    const sonix = '(Transcribed by Sonix.ai - Remove this message by upgrading your Sonix account today!)';
    assert.deepEqual(directions(`${turbo}\n\nMy query pattern is for acquisition.\n`), [turbo]);
    assert.deepEqual(directions(`Customer: [00:25:02] Thank you.\n\n${sonix}\n`), [sonix]);
    assert.deepEqual(directions('We met. (Transcribed by a court reporter who was sworn in before the hearing began.) Then we left.'), []);
  });
});

describe('number-only lines (page and line numbers of a stenographic record)', () => {
  it('marks a line holding only a small number as an aside, without its spaces', () => {
    const page = '                                                     7\n\n 1   Assemblyman Stirpe, and Assemblywoman Fahy.\n      14\n';
    assert.deepEqual(directions(page), ['7', '14']);
  });

  it('marks a section number in Chinese numerals alone on its line as an aside, not one inside a sentence', () => {
    assert.deepEqual(directions('大卫·布鲁克斯\n一\n很荣幸能受邀来演讲。\n**二**\n'), ['一', '**二**']);
    assert.deepEqual(directions('一是国民经济持续恢复。\n十分感谢\n'), []);
  });

  it('marks a bound record\'s four-digit page numbers and a page number between marks as asides', () => {
    // A Hansard volume's pages run on over a session (`3236`); a council record prints `~727~` under its last line.
    const record = '主席：劉健儀議員。\n3236 \n議員議案\n陳議員明建:\n謝謝市長。\n~727~\n — 12 —\n';
    assert.deepEqual(directions(record), ['3236', '~727~', '— 12 —']);
    const text = '陳議員明建:\n謝謝市長。確實我們施政的一個效率不是單靠我們。\n~727~\n';
    const analysis = analyze(text, {}, 'record.txt');
    assert.deepEqual(analysis.stageDirections.map((d) => text.slice(d.span.start, d.span.end)), ['~727~'], 'no one says the page number');
    assert.deepEqual(analysis.turns.map((t) => t.speaker), ['陳議員明建']);
  });

  it('leaves numbers inside speech, long numbers and numbered items alone', () => {
    assert.deepEqual(directions(' 2   take their seats.'), []);
    assert.deepEqual(directions('2020.'), [], 'a year said as a sentence');
    assert.deepEqual(directions('12345'), [], 'five digits are no page number');
    assert.deepEqual(directions('~ 12'), [], 'one mark is no page number between marks');
    assert.deepEqual(directions('-12-3-'), []);
    assert.deepEqual(directions('1. Introduction'), []);
    assert.deepEqual(directions('12 percent'), []);
  });

  it('are not asides in subtitles, where a cue may speak a number', () => {
    const lines = new LineIndex('1\n00:00:01,000 --> 00:00:02,000\n12\n');
    assert.deepEqual(findStageDirections(lines, () => false, false), []);
  });
});

describe('omission marks on a line of their own (a record quoted in part)', () => {
  it('marks a line holding only dots or an ellipsis, bracketed or not, as an aside', () => {
    const record = '    Chair Roe. Thanks, Senator.\n[...]\n                ................\n  (…)\n. . .\n';
    assert.deepEqual(directions(record), ['[...]', '................', '(…)', '. . .']);
  });

  it('leaves an ellipsis inside speech, and two dots, alone', () => {
    assert.deepEqual(directions('Well... I think so.'), []);
    assert.deepEqual(directions('...and then we left.'), []);
    assert.deepEqual(directions('..'), []);
  });
});

describe('times and notes on lines of their own', () => {
  it('reads a time alone on its line, in brackets, bold or before a colon, as no one\'s', () => {
    for (const line of ['[00:01:23]', '**[05:00]**', '(00:02:01):', '00:01:02', '__[01:02]__:']) assert.deepEqual(directions(`Q: Ready?\n\n${line}\nWe are.`), [line], line);
    assert.deepEqual(directions('0:03'), ['0:03']);
    // A time inside a sentence, or beside words, is the speaker's.
    assert.deepEqual(directions('We start at 10:00:00 sharp.'), []);
    assert.deepEqual(directions('[00:01:02] Welcome back.'), []);
  });

  it('reads a note in emphasis filling its line as no one\'s, its markup included', () => {
    const slide = '*(Slide 3: IETF Hybrid Meetings is briefly shown, reminding participants to use Meetecho for joining the queue)*';
    assert.deepEqual(directions(`**Chair:** Good morning.\n\n${slide}\nSo please join.`), [slide]);
    assert.deepEqual(directions('*(Slide 4: Note Well is shown)*'), ['*(Slide 4: Note Well is shown)*']);
    assert.deepEqual(directions('*(and I mean this for everyone who came here today, really)*'), [], 'a speaker\'s long aside in lower case stays speech');
    assert.deepEqual(directions('We said *(in the notes, on page four of the report we sent)* that.'), [], 'inside a sentence');
  });

  it('leaves the turns around a time line to its labels: the speech before it is the last speaker\'s, the line no one\'s', () => {
    const text = ['**[03:14]**', '**Chair:** Good morning.', '', '**[05:00]**', '**Tommy Pauly:** Hello.', '', '**[05:57]**', '**Chair:** Thanks.', ''].join('\n');
    const analysis = analyze(text, {}, 'session.md');
    assert.deepEqual(analysis.turns.map((turn) => [turn.speaker, text.slice(turn.span.start, turn.span.end)]), [
      ['Chair', '**Chair:** Good morning.'], ['Tommy Pauly', '**Tommy Pauly:** Hello.'], ['Chair', '**Chair:** Thanks.'],
    ]);
  });
});

describe('a Hansard\'s interjection notes (`Members interjecting:`)', () => {
  it('reads a line that only notes who interjects as no one\'s, in plain text or in markup', () => {
    for (const line of ['Members interjecting:', 'Mr Tarzia interjecting:', 'The Hon. S.C. Mullighan interjecting:', 'Opposition members interjecting—']) {
      assert.deepEqual(directions(`The SPEAKER: Order!\n\n${line}\n\nThe SPEAKER: Order! I will hear the member.`), [line], line);
    }
    const span = '          <span class="HPS-GeneralIInterjecting">Mr Dreyfus interjecting</span>\u2014</span>';
    assert.deepEqual(directions(`<p>\n${span}\n</p>`).filter((d) => d.includes('interjecting')), [span.trim()]);
    // In a sentence the word is speech.
    assert.deepEqual(directions('Members kept interjecting: it was hard to hear.'), []);
    assert.deepEqual(directions('I will not have members interjecting.'), []);
  });

  it('names no speaker, though the notes repeat around changing names like a label frame', () => {
    const text = [
      'The SPEAKER: Order! There is a point of order.', '', 'Members interjecting:', '',
      'Mr TARZIA: Yes, on that.', '', 'Mr Tarzia interjecting:', '', 'The SPEAKER: Order! I understand.', '',
      'Members interjecting:', '', 'Mr TARZIA: No.', '', 'The Hon. S.C. Mullighan interjecting:', '', 'The SPEAKER: The Treasurer is called to order.', '',
    ].join('\n');
    const analysis = analyze(text, {}, 'hansard.txt');
    assert.deepEqual(analysis.speakers.map((speaker) => speaker.name).sort(), ['Mr TARZIA', 'The SPEAKER']);
    const notes = analysis.stageDirections.map((d) => text.slice(d.span.start, d.span.end));
    assert.deepEqual(notes, ['Members interjecting:', 'Mr Tarzia interjecting:', 'Members interjecting:', 'The Hon. S.C. Mullighan interjecting:']);
  });
});

describe('subtitle lines', () => {
  it('classifies SRT numbers and timings, and VTT headers, notes and cue identifiers', () => {
    const srt = classifySubtitleLines(new LineIndex('1\n00:00:01,000 --> 00:00:02,000\nHi: there\n2\n\n2\n00:00:03,000 --> 00:00:04,000\nBye'));
    assert.deepEqual([...srt], [CueLine.Identifier, CueLine.Timing, CueLine.Text, CueLine.Text, CueLine.Blank, CueLine.Identifier, CueLine.Timing, CueLine.Text]);
    const vtt = classifySubtitleLines(new LineIndex('WEBVTT\nKind: captions\n\nNOTE a: b\n\nid-1\n00:01.000 --> 00:02.000\nText'));
    assert.deepEqual([...vtt], [CueLine.Header, CueLine.Header, CueLine.Blank, CueLine.Note, CueLine.Blank, CueLine.Identifier, CueLine.Timing, CueLine.Text]);
  });

  it('reads voice tags with classes', () => {
    assert.deepEqual(findVoiceTags('<v.first.loud Esme>Hi</v> <v Mary>Hello'), [
      { speaker: 'Esme', start: 0, end: 19 },
      { speaker: 'Mary', start: 26, end: 34 },
    ]);
  });
});
