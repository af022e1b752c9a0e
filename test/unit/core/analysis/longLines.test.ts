import assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analysis/analyze';
import { splitsSurrogatePair } from '../../../../src/core/text/positions';

// One very long line must be analysed like many short ones: every bounded window (label prefix, title
// probe, stage-direction window) stays bounded, and the results stay in range. Timing is in the bench
// (one line of 5 MB); here the line is long enough to matter and short enough for the unit suite.
describe('analysis of very long lines', () => {
  const sentence = '我預計下半年的需求會更強，明年很可能會再擴建兩座工廠。';

  it('splits a 300,000-unit line of sentences into one claim per sentence', () => {
    const count = Math.ceil(300_000 / sentence.length);
    const text = `李明：${sentence.repeat(count)}`;
    const analysis = analyze(text);
    assert.equal(analysis.turns.length, 1);
    assert.equal(analysis.claims.length, count);
    assert.deepEqual(analysis.turns[0]!.span, { start: 0, end: text.length });
  });

  it('treats a 300,000-unit line without punctuation as one piece, in range', () => {
    const text = `Q    ${'𠮷會'.repeat(100_000)}`;
    const analysis = analyze(text);
    for (const claim of analysis.claims) {
      assert.ok(claim.span.start >= 0 && claim.span.end <= text.length);
      assert.ok(!splitsSurrogatePair(text, claim.span.start) && !splitsSurrogatePair(text, claim.span.end));
    }
    assert.ok(analysis.claims.length <= 1);
  });

  it('finds no label, title or stage direction in a long line of openers and colons', () => {
    const text = `${'(：「#'.repeat(75_000)}\n李明：好。`;
    const analysis = analyze(text);
    assert.deepEqual(analysis.turns.map((t) => t.speaker), ['李明']);
    assert.equal(analysis.stageDirections.length, 0);
  });
});
