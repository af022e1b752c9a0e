import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analysis/analyze';
import { readFixture } from '../transcriptFixtures';
import { assertEditEqualsAnalyze, speakerAt } from './turnAssertions';

// Testimony quoted in a court opinion or a report: each quoted paragraph opens with a quotation mark (`“THE COURT: …`,
// `"MR. HALE: …`) and only the last closes, so the mark wraps the label as a bracket would, closing nothing.
// Fixture in our own words: test/fixtures/transcripts/shapes43-formats/quoted-testimony.txt.
const QUOTED = 'shapes43-formats/quoted-testimony.txt';

describe('labels inside quoted testimony', () => {
  it('reads the label after an opening quotation mark, curly or straight', () => {
    const text = readFixture(QUOTED);
    const analysis = analyze(text, {}, 'quoted-testimony.txt');
    // `“Q So, …` / `“A That’s right.` take turns: the question's and the answer's labels (singleSpaceRoles.ts, speakers46).
    assert.deepEqual([...analysis.speakers.map((s) => s.name)].sort(), ['A', 'MR. HALE', 'Q', 'THE COURT', 'THE WITNESS']);
    assert.equal(speakerAt(text, analysis, 'So, the training you mentioned'), 'Q');
    assert.equal(speakerAt(text, analysis, 'Up to the time'), 'A');
    assert.equal(speakerAt(text, analysis, 'The record shows'), null);
    assert.equal(speakerAt(text, analysis, '“THE WITNESS: I have attended'), 'THE WITNESS');
    assert.equal(speakerAt(text, analysis, '"MR. HALE: Okay'), 'MR. HALE');
  });

  it('keeps the label out of the claim', () => {
    const claims = analyze(readFixture(QUOTED), {}, 'quoted-testimony.txt').claims;
    const seminars = claims.find((claim) => claim.text.includes('seminars'));
    assert.ok(seminars && seminars.text.startsWith('I have attended'), seminars?.text);
  });

  it('leaves a quoted sentence that opens with a word and a colon alone', () => {
    const prose = ['The mayor wrote to the council in March.', '', '“Note: the budget is final,” she wrote.', '', 'The council did not reply.'].join('\n');
    assert.deepEqual(analyze(prose, {}, 'prose.txt').speakers, []);
  });

  it('re-reads an edit at a quoted label as analyze() does', () => {
    const text = readFixture(QUOTED);
    assertEditEqualsAnalyze(text, 'quoted-testimony.txt', '“THE COURT: What', 'THE COURT: What');
    assertEditEqualsAnalyze(text, 'quoted-testimony.txt', '"MR. HALE:', '“MR. HALE:');
    assertEditEqualsAnalyze(text, 'quoted-testimony.txt', '“THE WITNESS: Yes', '“THE WITNESS Yes');
  });
});
