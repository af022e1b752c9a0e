import assert from 'node:assert/strict';
import { summarize } from '../../../src/presentation/statusSummary';

describe('the status-bar summary', () => {
  it('counts tags and untagged suggestions by kind, and tags by status', () => {
    const claims = [
      { kind: 'fact' as const, span: { start: 0, end: 10 } },
      { kind: 'fact' as const, span: { start: 20, end: 30 } },
      { kind: 'forecast' as const, span: { start: 40, end: 50 } },
    ];
    const annotations = [
      { kind: 'fact' as const, status: 'anchored' as const, span: { start: 0, end: 10 } },
      { kind: 'opinion' as const, status: 'fuzzy' as const, span: { start: 60, end: 70 } },
      { kind: 'opinion' as const, status: 'orphaned' as const, span: null },
    ];
    const summary = summarize(annotations, claims);
    assert.deepEqual(summary.kinds, [
      { kind: 'fact', tagged: 1, suggested: 1 },
      { kind: 'forecast', tagged: 0, suggested: 1 },
      { kind: 'opinion', tagged: 2, suggested: 0 },
    ]);
    assert.deepEqual(summary.statuses, { anchored: 1, fuzzy: 1, orphaned: 1 });
  });
});
