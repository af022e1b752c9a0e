import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analysis/analyze';

/** Zoom's WebVTT transcripts: every cue opens with its speaker's label, and cues cut sentences anywhere. */
const ZOOM =
  'WEBVTT\n\n1\n00:00:01.000 --> 00:00:04.000\nJane Doe: Hello everyone. Thanks for joining the budget\n\n' +
  '2\n00:00:04.500 --> 00:00:07.000\nJane Doe: review. Last year we spent 4 million dollars on\n\n' +
  '3\n00:00:07.500 --> 00:00:09.000\nJane Doe: travel alone.\n\n' +
  '4\n00:00:09.500 --> 00:00:12.000\nJohn Smith: That seems high. I think we\n\n' +
  '5\n00:00:12.500 --> 00:00:14.000\nJohn Smith: should cut it by half next year.\n\n' +
  '6\n00:00:14.500 --> 00:00:16.000\nJane Doe: We spent\n\n' +
  '7\n00:00:16.500 --> 00:00:18.000\nJohn Smith: 3 million on hotels.\n';

describe('cues that repeat their speaker\'s label (Zoom)', () => {
  const analysis = analyze(ZOOM, {}, 'meeting.vtt');
  const texts = analysis.claims.map((claim) => claim.text);

  it('carry a sentence over the cue boundary, read without the repeated label', () => {
    assert.ok(texts.includes('Last year we spent 4 million dollars on travel alone.'), JSON.stringify(texts));
    assert.ok(texts.includes('I think we should cut it by half next year.'), JSON.stringify(texts));
    const spent = analysis.claims.find((claim) => claim.text.startsWith('Last year'))!;
    assert.equal(spent.speaker, 'Jane Doe');
    assert.ok(ZOOM.slice(spent.span.start, spent.span.end).endsWith('Jane Doe: travel alone.'));
  });

  it('end the sentence where another speaker\'s label opens the next cue', () => {
    assert.ok(!texts.some((text) => text.includes('We spent 3 million')), JSON.stringify(texts));
    const hotels = analysis.claims.find((claim) => claim.text.includes('3 million on hotels'));
    assert.equal(hotels?.speaker, 'John Smith');
  });

  it('still open a turn for each labelled cue, so every label stays out of the speech', () => {
    assert.deepEqual(
      analysis.turns.map((turn) => turn.speaker),
      ['Jane Doe', 'Jane Doe', 'Jane Doe', 'John Smith', 'John Smith', 'Jane Doe', 'John Smith'],
    );
  });
});
