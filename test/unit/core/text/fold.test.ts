import * as assert from 'node:assert/strict';
import { foldToSimplified } from '../../../../src/core/text/fold';

describe('foldToSimplified', () => {
  it('folds Traditional to Simplified and leaves other text as it is', () => {
    const folded = foldToSimplified('黃仁勳說: 我預計很快就會批下來 (OK)');
    assert.equal(folded.text, '黄仁勋说: 我预计很快就会批下来 (OK)');
    assert.equal(folded.map.isIdentity, true);
  });

  it("folds Taiwan's and Hong Kong's standard forms as their Simplified originals (著 as 着, but 著名 stays)", () => {
    assert.equal(foldToSimplified('隨著計算機的進展，這裡很著名').text, '随着计算机的进展，这里很著名');
    assert.equal(foldToSimplified('港島綫').text, foldToSimplified('港岛线').text);
  });

  it('keeps a leading byte-order mark, so offsets stay the same', () => {
    const folded = foldToSimplified('\ufeff我預計');
    assert.equal(folded.text, '\ufeff我预计');
    assert.equal(folded.map.isIdentity, true);
  });

  it('returns the same string object when nothing changes', () => {
    const text = 'plain English, 简体中文';
    assert.equal(foldToSimplified(text).text, text);
  });

  it('keeps an offset map where an entry changes length', () => {
    // 㗲 (one UTF-16 unit) folds to 𠵾 (a surrogate pair).
    const text = 'A㗲B預計';
    const folded = foldToSimplified(text);
    assert.equal(folded.text, 'A𠵾B预计');
    assert.equal(folded.map.isIdentity, false);
    const source = text.indexOf('預');
    assert.equal(folded.map.toTarget(source), folded.text.indexOf('预'));
    assert.equal(folded.map.toSource(folded.text.indexOf('预')), source);
    assert.deepEqual(folded.map.spanToSource({ start: 1, end: 3 }), { start: 1, end: 2 });
  });
});
