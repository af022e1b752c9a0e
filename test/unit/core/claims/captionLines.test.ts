import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analysis/analyze';
import { CaptionRepeats, withoutCueTags } from '../../../../src/core/claims/captionLines';
import { LineIndex } from '../../../../src/core/text/positions';
import { analyseFixture } from '../transcriptFixtures';

const stamp = (ms: number): string => new Date(ms).toISOString().slice(11, 23);

/**
 * Captions written the way YouTube's automatic ones are: a header block, then for each phrase a cue that
 * shows the phrase before again above the new one (its words timed with `<…><c>` markup), and a 10 ms
 * cue holding the new phrase alone, with blank-looking ` ` lines.
 */
function rollingCaptions(phrases: readonly string[]): string {
  const out = ['WEBVTT', 'Kind: captions', 'Language: en', ''];
  let at = 0;
  phrases.forEach((phrase, i) => {
    const [first, ...rest] = phrase.split(' ');
    const timed = first + rest.map((word, w) => `<${stamp(at + 300 * (w + 1))}><c> ${word}</c>`).join('');
    out.push(`${stamp(at)} --> ${stamp(at + 2000)} align:start position:0%`, i === 0 ? ' ' : phrases[i - 1]!, timed, '');
    out.push(`${stamp(at + 2000)} --> ${stamp(at + 2010)} align:start position:0%`, phrase, ' ', '');
    at += 2010;
  });
  return out.join('\n');
}

const PHRASES = [
  'so the city council met on tuesday',
  'and it approved a budget of',
  'forty million dollars for the new',
  'library which will open in 2027',
  'the mayor said the vote was',
  'the best decision in a decade',
  'and then the meeting moved on',
  'to the parking rules downtown',
];

describe('caption lines', () => {
  it('takes cue markup out of a line and leaves other angle brackets alone', () => {
    assert.equal(withoutCueTags('so<00:00:00.480><c> today</c><c.colorE5E5E5><00:00:01.020><c> we</c></c>'), 'so today we');
    assert.equal(withoutCueTags('<i>Hello</i> <font color="#ffff00">there</font>'), 'Hello there');
    assert.equal(withoutCueTags('<v.loud Ann>Sure.</v>'), 'Sure.');
    assert.equal(withoutCueTags('if a < b and c > d, <3'), 'if a < b and c > d, <3');
  });

  it('learns that a file rolls from its cues, and finds each line shown again', () => {
    const text = rollingCaptions(PHRASES);
    const lines = new LineIndex(text);
    const repeats = CaptionRepeats.of(lines);
    assert.ok(repeats, 'rolling captions are recognised');
    const repeated = [...Array(lines.lineCount).keys()].filter((line) => repeats.isRepeat(line)).map((line) => lines.lineText(line));
    // Every phrase after the first is shown again above the next, and once alone in its 10 ms cue.
    assert.equal(repeated.length, PHRASES.length * 2 - 1);
    assert.ok(repeated.every((line) => PHRASES.includes(line)));
  });

  it('learns that a clip of three or four phrases rolls, and reads each phrase once (captions42)', () => {
    for (const count of [3, 4]) {
      const phrases = PHRASES.slice(0, count);
      const text = rollingCaptions(phrases);
      const lines = new LineIndex(text);
      const repeats = CaptionRepeats.of(lines);
      assert.ok(repeats, `${count} rolling phrases are recognised`);
      const repeated = [...Array(lines.lineCount).keys()].filter((line) => repeats.isRepeat(line));
      assert.equal(repeated.length, count * 2 - 1);
      const { claims } = analyze(text, {}, 'clip.en.vtt');
      for (const phrase of phrases) {
        const readIn = claims.filter((claim) => claim.text.includes(phrase)).length;
        assert.ok(readIn <= 1, `"${phrase}" read in ${readIn} claims: ${JSON.stringify(claims.map((claim) => claim.text))}`);
      }
    }
  });

  it('reads a YouTube clip of four rolling phrases once: its figure and its plan each fall in a single claim (captions42)', () => {
    const fixture = analyseFixture('claims44-captions/rolling-clip.en.vtt');
    assert.ok(CaptionRepeats.of(fixture.lines), 'the clip rolls');
    const { claims } = fixture.analysis;
    const carried = claims.filter((claim) => claim.text.includes('40,000'));
    assert.equal(carried.length, 1, JSON.stringify(claims.map((claim) => claim.text)));
    assert.equal(carried[0]!.text.split('the ferry service carried').length, 2, carried[0]!.text);
    const boats = claims.filter((claim) => claim.text.includes('two boats'));
    assert.equal(boats.length, 1, JSON.stringify(claims.map((claim) => claim.text)));
  });

  it('learns rolling from a clip whose cues show the line before above the next, without the 10 ms cues (captions42)', () => {
    const shown = [['the clinic opened in march', 'and it treated 900 patients'], ['and it treated 900 patients', 'in its first two months'], ['in its first two months', 'the director told us']];
    const text = `WEBVTT\n\n${shown.map(([top, bottom], i) => `${stamp(i * 3000)} --> ${stamp(i * 3000 + 3000)}\n${top}\n${bottom}\n`).join('\n')}`;
    const lines = new LineIndex(text);
    assert.ok(CaptionRepeats.of(lines), 'recognised');
    const { claims } = analyze(text, {}, 'clip.vtt');
    const patients = claims.filter((claim) => claim.text.includes('900 patients'));
    assert.equal(patients.length, 1, JSON.stringify(claims.map((claim) => claim.text)));
  });

  it('does not take a short file of two-line cues for rolling when its cues show new lines only (captions42)', () => {
    const shown = [['Good evening,', 'and welcome to the show.'], ['Tonight we talk', 'about the harbour project.'], ['It was approved', 'in 2019 by the council.']];
    const text = `WEBVTT\n\n${shown.map(([top, bottom], i) => `${stamp(i * 3000)} --> ${stamp(i * 3000 + 3000)}\n${top}\n${bottom}\n`).join('\n')}`;
    assert.equal(CaptionRepeats.of(new LineIndex(text)), undefined);
    // One cue repeating the line above it once is a speaker repeating themself, not a rolling file.
    const once = [['No.', 'I said no.'], ['I said no.', 'And I meant it.'], ['We left', 'the next morning.'], ['The car', 'broke down at noon.']];
    const onceText = `WEBVTT\n\n${once.map(([top, bottom], i) => `${stamp(i * 3000)} --> ${stamp(i * 3000 + 3000)}\n${top}\n${bottom}\n`).join('\n')}`;
    assert.equal(CaptionRepeats.of(new LineIndex(onceText)), undefined);
  });

  it('does not take manual captions that repeat a line now and then for rolling ones', () => {
    const cues = ['Amen.', 'Amen.', 'Please be seated.', 'Today we read from the second letter.', 'It was written in prison.', 'Amen.'];
    const text = `WEBVTT\n\n${cues.map((cue, i) => `${stamp(i * 2000)} --> ${stamp(i * 2000 + 1500)}\n${cue}\n`).join('\n')}`;
    assert.equal(CaptionRepeats.of(new LineIndex(text)), undefined);
  });

  it('does not take a speaker name opening every cue for rolling, nor join a sentence across a change of speaker', () => {
    // A conversation exported with the speaker's name in parentheses atop each cue (a shape seen in the wild).
    // Long turns run over several cues, so most cues open with the name the cue before opened with.
    const cues: Array<[string, string]> = [
      ['Ann Lee', 'So tell me a little about where'],
      ['Ann Lee', 'you grew up and what your'],
      ['Ann Lee', 'family did back then'],
      ['Bo Chan', 'on a farm mostly, in Ohio'],
      ['Bo Chan', 'with my two uncles and'],
      ['Bo Chan', 'we grew corn there'],
      ['Ann Lee', 'and your parents ran it'],
      ['Ann Lee', 'until the drought of'],
      ['Bo Chan', 'nineteen eighty eight'],
    ];
    const text = `WEBVTT\n\n${cues.map(([name, words], i) => `${stamp(i * 4000)} --> ${stamp(i * 4000 + 4000)}\n(${name})\n${words}\n`).join('\n')}`;
    assert.equal(CaptionRepeats.of(new LineIndex(text)), undefined);
    const analysis = analyze(text, {}, 'talk.vtt');
    const lines = new LineIndex(text);
    for (const claim of analysis.claims) {
      const turnsCrossed = analysis.turns.filter((turn) => turn.span.start < claim.span.end && claim.span.start < turn.span.end);
      assert.equal(new Set(turnsCrossed.map((turn) => turn.speaker)).size, 1, `one speaker in "${claim.text}" (line ${lines.lineAt(claim.span.start)})`);
    }
  });

  it('reads each phrase of rolling captions once, without markup, header or timings', () => {
    const text = rollingCaptions(PHRASES);
    const { claims } = analyze(text, {}, 'council.en.vtt');
    assert.ok(claims.length > 0, 'the budget and the opening are claims');
    for (const claim of claims) {
      assert.doesNotMatch(claim.text, /[<>]|-->|Kind:|Language:/, claim.text);
      for (const phrase of PHRASES) assert.ok(claim.text.split(phrase).length <= 2, `"${phrase}" read once in "${claim.text}"`);
    }
    const budget = claims.find((claim) => claim.text.includes('forty million dollars'));
    assert.ok(budget, 'the budget is a claim');
    assert.match(budget.text, /approved a budget of forty million dollars for the new/);
  });

  it('ends a sentence of unpunctuated rolling captions after a few lines', () => {
    const text = rollingCaptions(PHRASES);
    const { claims } = analyze(text, {}, 'council.en.vtt');
    for (const claim of claims) {
      const phrases = PHRASES.filter((phrase) => claim.text.includes(phrase)).length;
      assert.ok(phrases <= 4, `${phrases} phrases in "${claim.text}"`);
    }
  });

  it('keeps the lines of a WebVTT header out of the sentences of any caption file', () => {
    const text = 'WEBVTT\nKind: captions\nLanguage: en\n\n00:00:01.000 --> 00:00:04.000\nThe bridge opened in 1998 at a cost of 2 billion dollars.\n';
    const { claims } = analyze(text, {}, 'bridge.vtt');
    assert.deepEqual(
      claims.map((claim) => claim.text),
      ['The bridge opened in 1998 at a cost of 2 billion dollars.'],
    );
  });
});
