import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analysis/analyze';
import { readFixture } from '../transcriptFixtures';
import { assertEditEqualsAnalyze } from '../turns/turnAssertions';

// Captions kept as timed elements, one a line (TTML/DFXP: `<p begin="00:00:04.900" end="…">…</p>`): each element is a
// cue, not a paragraph, so a sentence goes on into the next one as across SRT cues, read without the tags.
// Fixture in our own words: test/fixtures/transcripts/shapes42-formats/captions.ttml.
const TTML = 'shapes42-formats/captions.ttml';

describe('sentences over timed elements (TTML captions)', () => {
  it('joins a sentence cut by a cue boundary and reads it without the tags', () => {
    const text = readFixture(TTML);
    const claims = analyze(text, {}, 'captions.ttml').claims;
    const fares = claims.find((claim) => claim.text.includes('fares rose'));
    assert.equal(fares?.text, 'Tonight we are looking at the ferry service, whose fares rose 18% in March.');
    assert.ok(fares.cues.every((cue) => !cue.startsWith('time:')), fares.cues.join(', '));
    const money = claims.find((claim) => claim.text.includes('approved the money'));
    assert.equal(money?.text, 'The shipyard has a waiting list, and the council approved the money only in January.');
    assert.equal(claims.find((claim) => claim.text.includes('two boats'))?.text, 'I expect the operator will add two boats by next summer.');
  });

  it('gives the speech to the labels inside the elements', () => {
    const text = readFixture(TTML);
    const analysis = analyze(text, {}, 'captions.ttml');
    assert.deepEqual(analysis.turns.map((turn) => turn.speaker), ['MAYA', 'RAFI', 'MAYA', 'RAFI']);
  });

  it('keeps a web page’s paragraphs apart: an element with no time is a paragraph', () => {
    const page = ['<p>MAYA: Tonight we are</p>', '<p>looking at the ferry service, whose fares rose 18% in March.</p>', '<p>RAFI: Thanks.</p>', '<p>MAYA: Good.</p>', '<p>RAFI: Yes.</p>'].join('\n');
    const fares = analyze(page, {}, 'page.html').claims.find((claim) => claim.text.includes('fares rose'));
    assert.ok(fares && !fares.text.includes('Tonight'), fares?.text);
  });

  it('re-reads an edit inside a joined cue as analyze() does', () => {
    const text = readFixture(TTML);
    assertEditEqualsAnalyze(text, 'captions.ttml', 'rose 18%', 'rose 19%');
    assertEditEqualsAnalyze(text, 'captions.ttml', 'looking at', 'Looking at');
    assertEditEqualsAnalyze(text, 'captions.ttml', 'begin="00:00:20.800"', 'class="x"');
  });
});
