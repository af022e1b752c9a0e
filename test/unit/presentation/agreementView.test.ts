import assert from 'node:assert/strict';
import { compareAnnotators } from '../../../src/core/agreement/agreement';
import type { ClaimKind } from '../../../src/core/analysis/model';
import type { PlacedAnnotation } from '../../../src/core/export/model';
import type { Annotation } from '../../../src/core/sidecar/model';
import { LineIndex } from '../../../src/core/text/positions';
import { buildAgreementView, kappaBand, sideAtCurrentPlaces } from '../../../src/presentation/agreementView';

const text = '甲：一是事實。\n乙：二會發生。\n甲：三很好。\n乙：四是數字。\n';
const at = (quote: string): { start: number; end: number } => {
  const start = text.indexOf(quote);
  assert.ok(start >= 0, quote);
  return { start, end: start + quote.length };
};

function placed(id: string, kind: ClaimKind, quote: string | null, author = 'alice'): PlacedAnnotation {
  const span = quote === null ? null : at(quote);
  const annotation: Annotation = {
    id,
    kind,
    author,
    created: '2026-01-01T00:00:00.000Z',
    modified: '2026-01-01T00:00:00.000Z',
    speaker: null,
    topic: null,
    // Stored somewhere else: the side must take the current place and quote.
    target: { exact: 'old', prefix: '', suffix: '', start: 0, end: 3 },
  };
  return { annotation, status: span ? 'anchored' : 'orphaned', span };
}

describe('the agreement report model', () => {
  it('takes each tag where it is now, with the quote from the current text, and leaves orphans out', () => {
    const side = sideAtCurrentPlaces(text, [placed('a1', 'fact', '一是事實。'), placed('a2', 'fact', null, 'bob'), placed('a3', 'opinion', '三很好。')]);
    assert.deepEqual(side.tags.map((t) => [t.id, t.target.exact, t.target.start]), [
      ['a1', '一是事實。', at('一是事實。').start],
      ['a3', '三很好。', at('三很好。').start],
    ]);
    assert.equal(side.leftOut, 1);
    assert.deepEqual(side.authors, ['alice', 'bob']);
  });

  it('gives line numbers, both-tagged pairs, one-sided tags and disagreements', () => {
    const a = sideAtCurrentPlaces(text, [placed('a1', 'fact', '一是事實。'), placed('a2', 'forecast', '二會發生。'), placed('a3', 'opinion', '三很好。')]);
    const b = sideAtCurrentPlaces(text, [placed('b1', 'fact', '一是事實'), placed('b2', 'opinion', '二會發生。'), placed('b4', 'fact', '四是數字。')]);
    const lines = new LineIndex(text);
    const view = buildAgreementView(compareAnnotators(a.tags, b.tags), a, b, (offset) => lines.positionAt(offset).line + 1);
    assert.deepEqual(view.bothTagged.map((r) => [r.line, r.kindA, r.kindB]), [
      [1, 'fact', 'fact'],
      [2, 'forecast', 'opinion'],
    ]);
    assert.deepEqual(view.disagreements.map((r) => [r.line, r.quote]), [[2, '二會發生。']]);
    assert.deepEqual(view.onlyA.map((r) => [r.line, r.kind]), [[3, 'opinion']]);
    assert.deepEqual(view.onlyB.map((r) => [r.line, r.kind]), [[4, 'fact']]);
    assert.equal(view.counts.sameKind, 1);
    // Two pairs, one agreement: observed 0.5; A fact/forecast, B fact/opinion: chance 0.25; kappa 1/3.
    assert.ok(Math.abs(view.kappa.value! - 1 / 3) < 1e-9);
    assert.equal(view.kappa.band, 'fair');
    assert.equal(view.kappa.undefinedReason, undefined);
  });

  it('says why kappa is undefined', () => {
    const a = sideAtCurrentPlaces(text, [placed('a1', 'fact', '一是事實。')]);
    const b = sideAtCurrentPlaces(text, [placed('b1', 'fact', '一是事實。')]);
    const same = buildAgreementView(compareAnnotators(a.tags, b.tags), a, b, () => 1);
    assert.equal(same.kappa.value, null);
    assert.equal(same.kappa.undefinedReason, 'singleCategory');
    const apart = sideAtCurrentPlaces(text, [placed('b4', 'fact', '四是數字。')]);
    const none = buildAgreementView(compareAnnotators(a.tags, apart.tags), a, apart, () => 1);
    assert.equal(none.kappa.undefinedReason, 'nothingBothTagged');
    assert.equal(none.counts.bothTagged, 0);
  });

  it('reads kappa as Landis and Koch do', () => {
    assert.deepEqual([-0.1, 0.1, 0.3, 0.5, 0.7, 0.9].map(kappaBand), ['poor', 'slight', 'fair', 'moderate', 'substantial', 'almostPerfect']);
  });
});
