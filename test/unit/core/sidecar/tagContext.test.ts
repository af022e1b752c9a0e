import * as assert from 'node:assert/strict';
import type { Analysis, Topic } from '../../../../src/core/analysis/model';
import { tagContext } from '../../../../src/core/sidecar/tagContext';

describe('tagContext', () => {
  const child: Topic = { title: '人才', span: { start: 50, end: 80 }, headingSpan: { start: 50, end: 53 }, level: 2, children: [], summaryLinks: [] };
  const analysis: Analysis = {
    speakers: [],
    turns: [
      { speaker: '林雅婷', span: { start: 0, end: 40 }, labelSpan: { start: 0, end: 4 }, source: 'label' },
      { speaker: '陳立文', span: { start: 40, end: 100 }, labelSpan: { start: 40, end: 44 }, source: 'label' },
    ],
    stageDirections: [],
    topics: [{ title: '供應鏈', span: { start: 0, end: 100 }, headingSpan: { start: 0, end: 3 }, level: 1, children: [child], summaryLinks: [] }],
    claims: [],
  };

  it('takes the speaker of the turn and the innermost topic around the start of the span', () => {
    assert.deepEqual(tagContext(analysis, { start: 10, end: 20 }), { speaker: '林雅婷', topic: '供應鏈' });
    assert.deepEqual(tagContext(analysis, { start: 60, end: 70 }), { speaker: '陳立文', topic: '人才' });
  });

  it('gives null where there is no turn or topic', () => {
    assert.deepEqual(tagContext(analysis, { start: 120, end: 130 }), { speaker: null, topic: null });
  });
});
