import * as assert from 'node:assert/strict';
import { detectFormat } from '../../../../src/core/analysis/format';
import { analyseText, assertEditsAcrossOffsetsMatchAnalyze, assertReplacementsMatchAnalyze } from '../transcriptFixtures';
import { speakerAt } from './turnAssertions';

// Session 45, formats45b (issue 9): a meeting app's legacy transcript, a timing line, the speaker's name alone, then
// the speech, as WebVTT without voice tags and as the text its document export pastes. Texts of our own.

function meeting(first: string, second: string, header: string, clock: (cue: number) => string): string {
  const speech = [
    [first, 'Morning, all. Thanks for dialling in to the harbour review.'],
    [second, 'Thanks. The crane refit finished on Thursday.'],
    [first, 'Did the refit stay inside the budget?'],
    [second, 'It came in about six percent over, mostly steel.'],
    [first, 'Fine. Staffing next, then.'],
  ];
  return header + speech.map(([name, words], cue) => `${clock(cue)}\n${name}\n${words}\n`).join('\n');
}

const vttClock = (cue: number): string => `00:00:${String(cue * 5).padStart(2, '0')}.000 --> 00:00:${String(cue * 5 + 4).padStart(2, '0')}.500`;
const txtClock = (cue: number): string => `0:0:${cue * 5}.0 --> 0:0:${cue * 5 + 4}.500`;

describe("a cue's first line naming its speaker (a meeting transcript without voice tags)", () => {
  for (const [first, second] of [['Ann Lee', 'Bob Park'], ['Lee, Ann', 'Park, Bob']] as const) {
    it(`reads ${first} / ${second} over each cue of a WebVTT file, and no claim opens on a name`, () => {
      const { text, analysis } = analyseText(meeting(first, second, 'WEBVTT\n\n', vttClock), 'meeting.vtt');
      assert.equal(speakerAt(text, analysis, 'Morning, all'), first);
      assert.equal(speakerAt(text, analysis, 'The crane refit'), second);
      assert.equal(speakerAt(text, analysis, 'six percent over'), second);
      assert.equal(speakerAt(text, analysis, 'Staffing next'), first);
      for (const claim of analysis.claims) assert.ok(!claim.text.startsWith(first) && !claim.text.startsWith(second), claim.text);
    });

    it(`reads ${first} / ${second} in the pasted text export, its timing lines no one's (read as WebVTT without the header)`, () => {
      const { text, analysis } = analyseText(meeting(first, second, '', txtClock), 'meeting.txt');
      assert.equal(speakerAt(text, analysis, 'The crane refit'), second);
      assert.equal(speakerAt(text, analysis, 'Staffing next'), first);
      assert.equal(detectFormat('meeting.txt', text), 'vtt');
      assert.equal(speakerAt(text, analysis, '0:0:5.0 -->'), null, 'a timing line between two speakers is no one\'s');
    });
  }

  it('two-line subtitles whose first lines are short sentences name no one', () => {
    const film = [
      'WEBVTT', '',
      '00:00:01.000 --> 00:00:03.000', 'Come here', 'and look at this.', '',
      '00:00:04.000 --> 00:00:06.000', 'Come here', 'I said.', '',
      '00:00:07.000 --> 00:00:09.000', 'Nobody moved', 'for a long while.', '',
    ].join('\n');
    assert.deepEqual(analyseText(film, 'film.vtt').analysis.turns, []);
  });

  it('a name line once among unnamed cues is no label', () => {
    const cues = ['WEBVTT', '', '00:00:01.000 --> 00:00:03.000', 'Ann Lee', 'Morning.', '',
      '00:00:04.000 --> 00:00:06.000', 'The refit is done.', '', '00:00:07.000 --> 00:00:09.000', 'It came in over.', ''].join('\n');
    assert.deepEqual(analyseText(cues, 'once.vtt').analysis.turns, []);
  });

  it('edits that make, unmake or touch name lines equal a full analysis', () => {
    const vtt = meeting('Ann Lee', 'Bob Park', 'WEBVTT\n\n', vttClock);
    assertReplacementsMatchAnalyze([
      [vtt, 'Bob Park\nThanks.', 'Thanks.'],
      [vtt, 'Bob Park\nIt came', 'Bob Parks\nIt came'],
      [vtt, 'Ann Lee\nFine.', 'Fine.\nAnn Lee'],
      [vtt, 'Staffing next, then.', 'Staffing next, then.\n\n00:00:30.000 --> 00:00:31.000\nBob Park\nAgreed.'],
      [vtt, 'steel.\n', 'steel.\nCarl Ek\n'],
    ], 'meeting.vtt');
    assertEditsAcrossOffsetsMatchAnalyze(vtt, 'meeting.vtt', [['x', 0], ['', 1], ['\n', 0], [',', 0]]);
    // In the pasted export the timing lines make the file cues: an edit that makes or breaks them all re-reads it.
    const pasted = meeting('Lee, Ann', 'Park, Bob', '', txtClock);
    const plain = pasted.replace(/ --> /g, ' to ');
    assertReplacementsMatchAnalyze([
      [pasted, 'Park, Bob\nThanks.', 'Park, Bob\nThanks a lot.'],
      [plain, '0:0:0.0 to 0:0:4.500', '0:0:0.0 --> 0:0:4.500'],
      [pasted, 'Lee, Ann\nMorning', 'Lee, Ann\n\nMorning'],
    ], 'meeting.txt');
  });
});
