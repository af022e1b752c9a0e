import * as assert from 'node:assert/strict';
import type { ClaimKind } from '../../../../src/core/analysis/model';
import { cohensKappa, compareAnnotators, spanOverlap, type CodedSpan } from '../../../../src/core/agreement/agreement';
import { agreementToJson, formatAgreement } from '../../../../src/core/agreement/report';

function tag(id: string, kind: ClaimKind, start: number, end: number): CodedSpan {
  return { id, kind, target: { exact: `s${start}-${end}`, start, end } };
}

describe('spanOverlap', () => {
  it('is shared length over combined length', () => {
    assert.equal(spanOverlap({ start: 0, end: 10 }, { start: 0, end: 10 }), 1);
    assert.equal(spanOverlap({ start: 0, end: 10 }, { start: 5, end: 15 }), 5 / 15);
    assert.equal(spanOverlap({ start: 0, end: 10 }, { start: 10, end: 20 }), 0);
    assert.equal(spanOverlap({ start: 0, end: 10 }, { start: 2, end: 8 }), 0.6);
  });
});

describe('cohensKappa', () => {
  it('matches a hand computation', () => {
    const pairs: [string, string][] = [
      ...Array<[string, string]>(4).fill(['fact', 'fact']),
      ...Array<[string, string]>(3).fill(['forecast', 'forecast']),
      ['opinion', 'opinion'],
      ['fact', 'opinion'],
      ['forecast', 'fact'],
    ];
    const kappa = cohensKappa(pairs);
    assert.equal(kappa.observed, 0.8);
    assert.ok(Math.abs(kappa.expected - 0.39) < 1e-12);
    assert.ok(Math.abs(kappa.value! - 0.41 / 0.61) < 1e-12);
  });

  it('is undefined, not NaN, when chance agreement is 1 or nothing was paired', () => {
    const single = cohensKappa([['fact', 'fact'], ['fact', 'fact']]);
    assert.equal(single.value, null);
    assert.equal(single.observed, 1);
    assert.match(single.note!, /chance agreement is 1/);
    assert.equal(cohensKappa([]).value, null);
  });

  it('is negative when they disagree more than chance', () => {
    assert.ok(cohensKappa([['fact', 'opinion'], ['opinion', 'fact']]).value! < 0);
  });
});

describe('compareAnnotators', () => {
  const a = [tag('a1', 'fact', 0, 20), tag('a2', 'forecast', 30, 50), tag('a3', 'opinion', 60, 80), tag('a4', 'fact', 100, 120)];
  const b = [
    tag('b1', 'fact', 2, 20), // same statement, a little shorter
    tag('b2', 'opinion', 30, 52), // same statement, another kind
    tag('b3', 'opinion', 70, 95), // overlaps a3 by 10/35: not the same statement
    tag('b5', 'forecast', 200, 230),
  ];
  const report = compareAnnotators(a, b);

  it('pairs statements both tagged by overlap, one to one', () => {
    assert.deepEqual(report.bothTagged.map((p) => [p.a.id, p.b.id]), [['a1', 'b1'], ['a2', 'b2']]);
    assert.deepEqual(report.onlyA.map((x) => x.id), ['a3', 'a4']);
    assert.deepEqual(report.onlyB.map((x) => x.id), ['b3', 'b5']);
  });

  it('lists kind disagreements and fills the confusion matrix', () => {
    assert.deepEqual(report.disagreements.map((p) => [p.a.kind, p.b.kind]), [['forecast', 'opinion']]);
    assert.equal(report.confusion.fact.fact, 1);
    assert.equal(report.confusion.forecast.opinion, 1);
  });

  it('uses the best overlap when one tag could pair with two', () => {
    const result = compareAnnotators([tag('x', 'fact', 0, 10)], [tag('y1', 'fact', 0, 8), tag('y2', 'opinion', 0, 10)]);
    assert.deepEqual(result.bothTagged.map((p) => p.b.id), ['y2']);
    assert.deepEqual(result.onlyB.map((y) => y.id), ['y1']);
  });

  it('honours a stricter overlap threshold', () => {
    assert.equal(compareAnnotators(a, b, { minOverlap: 0.95 }).bothTagged.length, 0);
  });

  it('reports as JSON and as text', () => {
    const json = agreementToJson(report, { a: 'alice.json', b: 'bob.json' }) as { counts: Record<string, number>; kappa: { value: number } };
    assert.deepEqual(json.counts, { a: 4, b: 4, bothTagged: 2, sameKind: 1, onlyA: 2, onlyB: 2 });
    assert.equal(json.kappa.value, 0.3333, "observed 1/2, chance 1/4");
    const text = formatAgreement(report, { a: 'alice.json', b: 'bob.json' }, (offset) => 1 + Math.floor(offset / 10));
    assert.match(text, /Both tagged: +2 statement\(s\), 1 with the same kind/);
    assert.match(text, /Disagreements to review \(1\)\n +line 4 +A forecast B opinion/);
    assert.match(text, /Tagged only by B \(2\)/);
  });
});
