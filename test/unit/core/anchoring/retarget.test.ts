import * as assert from 'node:assert/strict';
import { reanchor } from '../../../../src/core/anchoring/reanchor';
import { retarget } from '../../../../src/core/anchoring/retarget';
import { createAnnotation } from '../../../../src/core/sidecar/annotations';

describe('retarget (what check --write stores)', () => {
  const text = '主持人：請問明年的計劃？\n陳立文：我預計明年會再擴建兩座工廠。\n';
  const quote = '我預計明年會再擴建兩座工廠';
  const annotation = createAnnotation({ text, span: { start: text.indexOf(quote), end: text.indexOf(quote) + quote.length }, kind: 'forecast', author: 'x', id: 'a' });

  it('gives an anchored annotation its new position and context, without touching modified', () => {
    const moved = '前言\n' + text;
    const updated = retarget(annotation, moved, reanchor(moved, annotation.target));
    assert.equal(updated.target.start, annotation.target.start + 3);
    assert.equal(updated.target.prefix, moved.slice(updated.target.start - 32 < 0 ? 0 : updated.target.start - 32, updated.target.start));
    assert.equal(updated.modified, annotation.modified);
  });

  it('moves a fuzzy annotation but keeps its quote, so it stays flagged for review', () => {
    const edited = text.replace('兩座', '三座');
    const result = reanchor(edited, annotation.target);
    assert.equal(result.status, 'fuzzy');
    const updated = retarget(annotation, edited, result);
    assert.equal(updated.target.exact, quote);
    assert.equal(reanchor(edited, updated.target).status, 'fuzzy');
  });

  it('leaves an orphan exactly as it was', () => {
    const gone = text.replace(`陳立文：${quote}。`, '陳立文：不知道。');
    const result = reanchor(gone, annotation.target);
    assert.equal(result.status, 'orphaned');
    assert.equal(retarget(annotation, gone, result), annotation);
  });
});
