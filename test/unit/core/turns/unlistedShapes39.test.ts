import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analysis/analyze';
import { analyseFixture, analyseText, assertEditsAcrossOffsetsMatchAnalyze, assertReplacementsMatchAnalyze, lineSpeakers, readFixture } from '../transcriptFixtures';

// Texts written in the layouts of real exports and records nobody listed (session 37, robust39): test/fixtures/transcripts/shapes39.
const WEBEX = 'shapes39/webex-transcript.txt';
const MEET = 'shapes39/google-meet.txt';
const UN = 'shapes39/un-verbatim.txt';
const CAPTIONS = 'shapes39/broadcast-captions.txt';

function speakersOf(text: string, fileName = 'text.txt'): string[] {
  return [...new Set(analyze(text, {}, fileName).turns.map((t) => t.speaker))];
}

/** The speaker of the first line of `text` that starts with `opening`. */
function speakerOfLine(text: string, opening: string, fileName = 'text.txt'): string {
  const fixture = analyseText(text, fileName);
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  return lineSpeakers(fixture)[lines.findIndex((l) => l.startsWith(opening))]!;
}

describe('transcripts in shapes nobody listed (session 37, robust39)', () => {
  describe('a surname that is also a listed word', () => {
    it('reads Webex\'s `Devon Price 00:00:11` over the text as Devon Price\'s turn', () => {
      const fixture = analyseFixture(WEBEX);
      assert.deepEqual(new Set(fixture.analysis.turns.map((t) => t.speaker)), new Set(['Marta Kowalski', 'Devon Price', 'Aisha Bello']));
      const lines = fixture.text.split('\n').filter((l) => l.trim() !== '');
      const speakers = lineSpeakers(fixture);
      // The speech under each of his three name lines is his, not the speaker's above.
      lines.forEach((line, i) => {
        if (line.startsWith('Devon Price')) assert.equal(speakers[i + 1], 'Devon Price', lines[i + 1]);
      });
    });

    it('reads `Devon Price:` in a Meet transcript whose other names make the scheme', () => {
      const text = readFixture(MEET).replace(/Ravi Menon/g, 'Devon Price');
      assert.equal(speakerOfLine(text, 'Devon Price: That'), 'Devon Price');
      assert.deepEqual(new Set(speakersOf(text)), new Set(['Hannah Lee', 'Devon Price', 'Grace Oduya']));
    });

    it('leaves a field in that shape said once, and one repeated where no other name makes a scheme', () => {
      // `Closing Price:` once among the speakers' labels is a figure quoted, no one speaking.
      const once = ['Anna Lee: The shares rose today.', 'Tom Park: They did.', 'Closing Price: 42 dollars', 'Anna Lee: A good day.', 'Tom Park: Yes.'].join('\n');
      assert.deepEqual(speakersOf(once), ['Anna Lee', 'Tom Park']);
      assert.equal(speakerOfLine(once, 'Closing Price'), 'Tom Park');
      // A table of prices repeats its field, but nothing else labels: no scheme, no speaker.
      const fields = ['Unit Price: 4 dollars', 'Quantity: 10', 'Unit Price: 6 dollars', 'Quantity: 3', 'Unit Price: 2 dollars'].join('\n');
      assert.equal(speakersOf(fields).includes('Unit Price'), false);
    });
  });

  describe('two bracketed parts after a name', () => {
    it('reads the UN record\'s `Mr. Araya (Chile) (spoke in Spanish):` as a delegate\'s turn', () => {
      const fixture = analyseFixture(UN);
      const lines = fixture.text.split('\n').filter((l) => l.trim() !== '');
      const speakers = lineSpeakers(fixture);
      const araya = lines.findIndex((l) => l.startsWith('Mr. Araya'));
      assert.equal(speakers[araya], 'Mr. Araya');
      // His speech runs on to the President's next label.
      assert.equal(speakers[araya + 1], 'Mr. Araya');
      assert.equal(speakers[araya + 3], 'The President');
      for (const claim of fixture.analysis.claims) assert.doesNotMatch(claim.text, /spoke in Spanish/, claim.text);
    });

    it('reads Hansard\'s `Wera Hobhouse (Bath) (LD):` with its seat and party', () => {
      const text = ['Mr Speaker: Order. Questions to the Secretary of State.', 'Wera Hobhouse (Bath) (LD): What steps is the Department taking?', 'Mr Speaker: I call the Minister.', 'Wera Hobhouse (Bath) (LD): That is not what the data show.'].join('\n');
      assert.deepEqual(speakersOf(text), ['Mr Speaker', 'Wera Hobhouse']);
    });
  });

  describe('captions typed in capitals', () => {
    it('reads the first `>> ANCHOR:` and `>> DANA WHITFIELD:` labels, and no caption line as a topic', () => {
      const fixture = analyseFixture(CAPTIONS);
      const speakers = lineSpeakers(fixture);
      assert.equal(speakers[0], 'ANCHOR');
      assert.equal(speakers[1], 'ANCHOR');
      // `>>` with no name is another voice: nobody the captions name.
      assert.equal(speakers[2], '-');
      assert.equal(speakers[4], 'DANA WHITFIELD');
      assert.deepEqual(fixture.analysis.topics, []);
      // A caption line that ends a sentence stays in the speaker's turn.
      const lines = fixture.text.split('\n');
      assert.equal(speakers[lines.indexOf('WITH SAY THEY PLAN TO STAY.')], 'DANA WHITFIELD');
    });

    it('keeps a hearing\'s field over its list of names in mixed case, and a title in capitals', () => {
      const hearing = ['PRESENT:', 'SENATOR JANE MOORE', 'SENATOR TOM GRAY', 'SENATOR AMY HILL', '', 'Senator MOORE: The committee will come to order.', 'Senator GRAY: Thank you.', 'Senator MOORE: We begin with the budget.'].join('\n');
      assert.equal(speakersOf(hearing).includes('PRESENT'), false);
      const titled = ['OPENING STATEMENT OF THE CHAIR', '', 'Anna Lee: Welcome, everyone.', 'Tom Park: Thank you.', '', 'QUESTIONS FROM THE PANEL', '', 'Anna Lee: First question.', 'Tom Park: Go ahead.'].join('\n');
      assert.deepEqual(analyze(titled, {}, 'text.txt').topics.map((t) => t.title), ['OPENING STATEMENT OF THE CHAIR', 'QUESTIONS FROM THE PANEL']);
    });
  });

  it('keeps incremental edits equal to a full analysis', () => {
    const webex = readFixture(WEBEX);
    const un = readFixture(UN);
    const captions = readFixture(CAPTIONS);
    assertReplacementsMatchAnalyze([
      [webex, 'Devon Price 00:00:31', 'Devon Pryce 00:00:31'],
      [webex, 'Devon Price 00:01:22', 'Devon 00:01:22'],
      [webex.replace('Devon Price 00:00:31', 'Devon Pryce 00:00:31'), 'Devon Pryce 00:00:31', 'Devon Price 00:00:31'],
      [un, '(Chile) (spoke in Spanish)', '(Chile)'],
      [un, 'Mr. Araya (Chile)', 'Mr. Araya (Chile) (Chile)'],
      [captions, 'GOOD EVENING.', 'Good evening.'],
      [captions, 'MOVING UP THE COAST.', 'moving up the coast.'],
      [captions, 'WITH SAY THEY PLAN TO STAY.', 'WITH SAY THEY PLAN TO STAY'],
    ], 'text.txt');
  });

  it('keeps edits at every offset of the Webex name lines equal to a full analysis', () => {
    const webex = readFixture(WEBEX);
    assertEditsAcrossOffsetsMatchAnalyze(webex, 'webex.txt', [['x', 0], ['\n', 0], ['', 1], [' ', 0]], webex.indexOf('Devon Price 00:00:11'), webex.indexOf('Aisha Bello 00:00:45'));
  });

  it('keeps edits at every offset of the captions\' head equal to a full analysis', () => {
    const captions = readFixture(CAPTIONS);
    assertEditsAcrossOffsetsMatchAnalyze(captions, 'captions.txt', [['x', 0], ['\n', 0], ['', 1], ['.', 0]], 0, captions.indexOf('>> ANCHOR: DANA, HAVE'));
  });
});
