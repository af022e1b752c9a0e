import * as assert from 'node:assert/strict';
import { inlineLabelCandidates, mayHoldInlineHandOver } from '../../../../src/core/turns/inlineHandOvers';
import { analyseText } from '../transcriptFixtures';

/** A page that collapsed its paragraphs: the answer runs on inside the question's line. */
const COLLAPSED = [
  'Full Transcript: An Interview',
  '',
  'ANNE HOST: Thanks for doing this.',
  '',
  'BOB GUEST: Pleasure.',
  '',
  'ANNE HOST: What was the hardest part?    BOB GUEST: The first year. We had no money.',
  '',
  'ANNE HOST: And then?  BOB GUEST: Then it got easier. ANNE HOST: Why? BOB GUEST: Customers came.',
  'They stayed, too.',
].join('\n');

describe('hand-overs inside a line', () => {
  it('opens a turn at a label the document writes at line starts, after a sentence end', () => {
    const fixture = analyseText(COLLAPSED, 'interview.txt');
    const turns = fixture.analysis.turns;
    assert.deepEqual(turns.map((t) => t.speaker), ['ANNE HOST', 'BOB GUEST', 'ANNE HOST', 'BOB GUEST', 'ANNE HOST', 'BOB GUEST', 'ANNE HOST', 'BOB GUEST']);
    assert.equal(fixture.slice(turns[2]!.span), 'ANNE HOST: What was the hardest part?');
    assert.equal(fixture.slice(turns[3]!.labelSpan!), 'BOB GUEST:');
    assert.equal(fixture.slice(turns[3]!.span), 'BOB GUEST: The first year. We had no money.');
    // The last label on a line keeps the lines below it.
    assert.equal(fixture.slice(turns[7]!.span), 'BOB GUEST: Customers came.\nThey stayed, too.');
  });

  it('cuts the label out of the sentence it opens, and gives the claim its speaker', () => {
    const fixture = analyseText('A: Hi.\n\nANNE HOST: Anything?\n\nBOB GUEST: Yes.\n\nANNE HOST: How big? BOB GUEST: Sales rose 40 percent in 2023.', 'interview.txt');
    const claim = fixture.analysis.claims.find((c) => c.text.includes('40 percent'));
    assert.ok(claim);
    assert.equal(claim.text, 'Sales rose 40 percent in 2023.');
    assert.equal(claim.speaker, 'BOB GUEST');
  });

  it('needs the same label at a line start, a sentence end before it, and no abbreviation', () => {
    const text = [
      'ANNE HOST: Hello.',
      '',
      'BOB GUEST: Hi. CAROL: You never see me at a line start.',
      '',
      'ANNE HOST: Ask Mr. BOB GUEST: nothing, or Bob guest: either. bob guest: lower case is another label.',
    ].join('\n');
    const turns = analyseText(text, 'interview.txt').analysis.turns;
    assert.deepEqual(turns.map((t) => t.speaker), ['ANNE HOST', 'BOB GUEST', 'ANNE HOST']);
  });

  it('stays linear on a long collapsed line with many colons of both widths', () => {
    const text = `KING: Start.\n\nGREGG: ${'Yes. KING: Why? GREGG: Because：no. Time 6:30. '.repeat(40_000)}`;
    const turns = analyseText(text, 'long.txt').analysis.turns;
    assert.equal(turns.length, 2 + 80_000);
  });

  it('tells the incremental analyzer which lines may hold one', () => {
    const line = 'ANNE HOST: Why? BOB GUEST: Because.';
    assert.ok(mayHoldInlineHandOver(line, 0, line.length));
    const plain = 'MR. BOUCHER: Why not? The time is 6:30 now.';
    assert.ok(!mayHoldInlineHandOver(plain, 0, plain.length));
    const candidates = inlineLabelCandidates(COLLAPSED);
    for (const label of ['BOB GUEST:', 'ANNE HOST:']) assert.ok(candidates.has(label), label);
    assert.ok(!candidates.has('Full Transcript:'));
  });
});
