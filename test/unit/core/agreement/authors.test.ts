import * as assert from 'node:assert/strict';
import { compareAnnotators } from '../../../../src/core/agreement/agreement';
import { authorsOf, byAuthor } from '../../../../src/core/agreement/authors';

const tag = (id: string, author: string, kind: 'fact' | 'forecast' | 'opinion', start: number) => ({ id, author, kind, target: { exact: 'x'.repeat(10), start, end: start + 10 } });

describe('agreement between authors of one sidecar', () => {
  // Ann and Bob tagged the same three statements in one file; Bob disagrees on the second.
  const shared = [tag('a1', 'Ann', 'fact', 0), tag('b1', 'Bob', 'fact', 0), tag('a2', 'Ann', 'forecast', 20), tag('b2', 'Bob', 'opinion', 20), tag('a3', 'Ann', 'opinion', 40), tag('c1', 'Cy', 'fact', 60)];

  it('lists the authors in order of first appearance', () => {
    assert.deepEqual(authorsOf(shared), ['Ann', 'Bob', 'Cy']);
    assert.deepEqual(authorsOf([]), []);
  });

  it('splits the file by author, so two annotators on the same statements are paired', () => {
    assert.deepEqual(byAuthor(shared, 'Bob').map((t) => t.id), ['b1', 'b2']);
    const report = compareAnnotators(byAuthor(shared, 'Ann'), byAuthor(shared, 'Bob'));
    assert.deepEqual(report.bothTagged.map((p) => [p.a.id, p.b.id]), [['a1', 'b1'], ['a2', 'b2']]);
    assert.deepEqual(report.onlyA.map((t) => t.id), ['a3']);
    assert.deepEqual(report.disagreements.map((p) => [p.a.kind, p.b.kind]), [['forecast', 'opinion']]);
  });
});
