import * as assert from 'node:assert/strict';
import type { Claim } from '../../../src/core/analysis/model';
import { withConfidentClaims } from '../../../src/presentation/claimConfidence';

const claim = (text: string, confidence: number): Claim => ({ text, span: { start: 0, end: text.length }, speaker: null, kind: 'fact', cues: ['number: 1'], confidence });

describe('withConfidentClaims', () => {
  const analysis = { claims: [claim('sure', 0.9), claim('borderline', 0.5), claim('noise', 0.3)], turns: [] };

  it('keeps the claims at or above the threshold and the rest of the analysis', () => {
    const shown = withConfidentClaims(analysis, 0.5);
    assert.deepEqual(shown.claims.map((c) => c.text), ['sure', 'borderline']);
    assert.equal(shown.turns, analysis.turns);
  });

  it('returns the analysis itself when nothing is hidden (threshold 0, or every claim above it)', () => {
    assert.equal(withConfidentClaims(analysis, 0), analysis);
    assert.equal(withConfidentClaims(analysis, 0.2), analysis);
  });

  it('hides everything at a threshold above every claim', () => {
    assert.deepEqual(withConfidentClaims(analysis, 0.95).claims, []);
  });
});
