import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analysis/analyze';
import { IncrementalAnalyzer } from '../../../../src/core/analysis/incremental';
import { analyseText } from '../transcriptFixtures';

/** A chat exported from a phone (WhatsApp on iOS): each message opens with its date and time in brackets. */
const CHAT = [
  '[03/04/2021, 19:02:11] Oma 🌷: ‎Messages and calls are end-to-end encrypted.',
  '[03/04/2021, 19:02:40] Jonas: Did the plumber come today?',
  '[03/04/2021, 19:03:05] Oma 🌷: Yes. He says the boiler will last another winter 👍',
  '[03/04/2021, 19:03:30] Jonas: I think we should replace it anyway.',
  '[03/04/2021, 19:04:02] Oma 🌷: We can talk on Sunday.',
].join('\n');

describe('chat exports: a date before the bracketed time', () => {
  it('names each message\'s sender and keeps the date and time out of names and claims', () => {
    const fixture = analyseText(CHAT, 'chat.txt');
    assert.deepEqual(fixture.analysis.turns.map((t) => t.speaker), ['Oma 🌷', 'Jonas', 'Oma 🌷', 'Jonas', 'Oma 🌷']);
    for (const turn of fixture.analysis.turns) assert.equal(fixture.slice(turn.labelSpan!).startsWith('['), true, fixture.slice(turn.labelSpan!));
    assert.ok(fixture.analysis.claims.length > 0);
    for (const claim of fixture.analysis.claims) assert.doesNotMatch(claim.text, /2021|19:0|Jonas:|Oma/, claim.text);
  });

  it('reads an ISO date the same way', () => {
    const text = ['[2023-08-14 09:15] Priya: The release moved to Friday.', '[2023-08-14 09:16] Tom: Fine by me.', '[2023-08-14 09:20] Priya: QA signs off tomorrow.'].join('\n');
    assert.deepEqual(analyze(text, {}, 'chat.txt').turns.map((t) => t.speaker), ['Priya', 'Tom', 'Priya']);
  });

  it('leaves a bracketed date without a time alone: `[12/03/2020] Note:` is no chat stamp', () => {
    const text = ['[12/03/2020] Note: the figures below are provisional.', 'Revenue grew 4% in March.'].join('\n');
    assert.deepEqual(analyze(text, {}, 'notes.txt').turns.map((t) => t.speaker), []);
  });

  it('reads Android\'s bare date and time before a dash (`15/01/2024, 14:22 - Name: …`), 24-hour or with AM/PM', () => {
    const text = [
      '15/01/2024, 14:20 - Messages and calls are end-to-end encrypted.',
      '15/01/2024, 14:22 - Kofi: Is the ferry running tomorrow?',
      '15/01/2024, 14:25 - Ama Mensah: It will leave at noon.',
      '1/16/24, 9:41\u202fAM - Kofi: Thanks, I think I can make it.',
    ].join('\n');
    const fixture = analyseText(text, 'chat.txt');
    assert.deepEqual(fixture.analysis.turns.map((t) => t.speaker), ['Kofi', 'Ama Mensah', 'Kofi']);
    // The system line speaks for nobody, and its date stays out of its claim.
    for (const claim of fixture.analysis.claims) assert.doesNotMatch(claim.text, /2024|14:2|AM -/, claim.text);
  });

  it('names a sender outside the contacts by the international number the export writes (`+44 7700 900123: …`)', () => {
    const text = [
      '02/03/25, 7:10 pm - +44 7700 900123 joined using this group\'s invite link',
      '02/03/25, 7:12 pm - +44 7700 900123: Is the meeting still on Thursday?',
      '02/03/25, 7:15 pm - Dee Walsh: Yes, at the library.',
      '02/03/25, 7:16 pm - +44 7700 900123: Thanks!',
    ].join('\n');
    assert.deepEqual(analyze(text, {}, 'chat.txt').turns.map((t) => t.speaker), ['+44 7700 900123', 'Dee Walsh', '+44 7700 900123']);
    // A number with no plus is no name: `2024 07 15:` is a date.
    assert.deepEqual(analyze(['2024 07 15: paid', '2024 07 16: paid'].join('\n'), {}, 'ledger.txt').turns, []);
  });

  it('reads a sender outside the contacts, whom newer exports mark with a tilde (`~ Name`, `~\u202fName`), by the name alone', () => {
    const text = [
      '26/08/26, 1:41 pm - ~\u202fRavi Menon: Water will be off tomorrow from 10 to 2.',
      '26/08/26, 1:43 pm - Leela: Thanks for telling us.',
      '26/08/26, 1:44 pm - ~ Sunil K: Is the lift fixed?',
      '26/08/26, 1:45 pm - ~\u202fRavi Menon: Not yet, the mechanic comes on Monday.',
    ].join('\n');
    const analysis = analyze(text, {}, 'chat.txt');
    assert.deepEqual(analysis.turns.map((t) => t.speaker), ['Ravi Menon', 'Leela', 'Sunil K', 'Ravi Menon']);
    for (const claim of analysis.claims) assert.doesNotMatch(claim.text, /~|Ravi/, claim.text);
    // A tilde in prose is no mark of a sender.
    assert.deepEqual(analyze(['~ 40 people came: all stayed.', '~ 12 left: early.'].join('\n'), {}, 'notes.txt').turns, []);
  });

  it('reads a copied message\'s sender line, the name then its bracketed date and time (`Oleg Petrov, [02.03.26 14:05]`)', () => {
    const text = [
      'Oleg Petrov, [02.03.26 14:05]',
      'Is the meeting tomorrow at ten?',
      '',
      'Anna K, [02.03.26 14:07]',
      'Yes. I will bring the report.',
      '',
      'Oleg Petrov, [02.03.26 14:08]',
      'Will the report be ready by Friday?',
    ].join('\n');
    const analysis = analyze(text, {}, 'chat.txt');
    assert.deepEqual(analysis.turns.map((t) => [t.speaker, t.timestamp]), [['Oleg Petrov', '02.03.26 14:05'], ['Anna K', '02.03.26 14:07'], ['Oleg Petrov', '02.03.26 14:08']]);
    for (const claim of analysis.claims) assert.doesNotMatch(claim.text, /Oleg|14:0/, claim.text);
    // A sentence that ends with a bracketed time is no sender line.
    assert.deepEqual(analyze(['We met at the station, [10:32]', 'and left at noon.'].join('\n'), {}, 'notes.txt').turns, []);
  });

  it('reads a chat exporter\'s sender line, a dated stamp then a user name alone (`[1/2/2026 3:04 PM] ferrous.oxide`)', () => {
    const text = [
      '[1/2/2026 3:04 PM] ferrous.oxide',
      'Finished the case today. The plate is aluminium.',
      '',
      '[1/2/2026 3:06 PM] Nadia',
      'Did the switches fit?',
      '',
      '[1/2/2026 3:07 PM] ferrous.oxide',
      'Two were tight, I will file the holes next week.',
    ].join('\n');
    assert.deepEqual(analyze(text, {}, 'chat.txt').turns.map((t) => t.speaker), ['ferrous.oxide', 'Nadia', 'ferrous.oxide']);
    // A recording's time before one word stays a segment of speech, not a sender.
    const segments = ['[00:01:09] okay', 'So we start.', '[00:01:15] okay', 'Then we stop.'].join('\n');
    assert.deepEqual(analyze(segments, {}, 'talk.txt').turns.map((t) => t.speaker), []);
  });

  it('leaves a bare date and time in prose alone: no dash, no stamp', () => {
    const text = ['15/01/2024, 14:22 we met at the station: everyone came.', '15/01/2024, 16:00 Kofi: left early.'].join('\n');
    assert.deepEqual(analyze(text, {}, 'notes.txt').turns.map((t) => t.speaker), []);
  });

  it('stays exact under edits to a stamp', () => {
    const android = CHAT.replace(/^\[([^\]]*?):\d\d\] /gm, '$1 - ');
    for (const initial of [CHAT, android]) {
      const analyzer = new IncrementalAnalyzer({}, 'chat.txt');
      let text = initial;
      analyzer.update(text);
      const at = text.indexOf('2021, 19:02:40'.slice(0, android === initial ? 11 : 14), text.indexOf('\n'));
      for (const [offset, length, inserted] of [[at + 3, 1, ''], [at, 0, 'x'], [at, 1, ''], [text.indexOf('Jonas', at) - 2, 1, ''], [text.indexOf('Jonas', at) - 3, 0, ']']] as const) {
        text = text.slice(0, offset) + inserted + text.slice(offset + length);
        assert.deepStrictEqual(analyzer.update(text, [{ rangeOffset: offset, rangeLength: length, text: inserted }]), analyze(text, {}, 'chat.txt'));
      }
    }
  });
});
