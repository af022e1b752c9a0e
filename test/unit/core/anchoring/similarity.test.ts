import * as assert from 'node:assert/strict';
import { editDistance, matchCostsByEnd, prefixFit, suffixFit } from '../../../../src/core/anchoring/similarity';
import { GramFilter } from '../../../../src/core/anchoring/gramFilter';
import { TrigramIndex } from '../../../../src/core/anchoring/trigramIndex';

describe('similarity helpers', () => {
  it('measures edit distance', () => {
    assert.equal(editDistance('產能過剩', '產量過剩'), 1);
    assert.equal(editDistance('abc', ''), 3);
    assert.equal(editDistance('kitten', 'sitting'), 3);
  });

  it('costs a pattern against every end position with a free start', () => {
    // "abc" ends exactly at 5 in "xxabcxx"; each step away costs one more edit.
    assert.deepEqual(matchCostsByEnd('abc', 'xxabcxx', 0, 7), [3, 3, 3, 2, 1, 0, 1, 2]);
  });

  it('scores prefixes right-aligned and suffixes left-aligned', () => {
    const text = 'hello world, the quote here. and after';
    const start = text.indexOf('the quote');
    assert.equal(prefixFit(text, start, 'world, '), 1);
    assert.equal(suffixFit(text, start + 'the quote'.length, ' here.'), 1);
    assert.ok(prefixFit(text, start, 'WORLD, ') < 0.5);
    assert.equal(prefixFit(text, 0, ''), 1);
  });
});

describe('TrigramIndex', () => {
  it('narrows a whole-text search to the stretches that share a trigram with the quote', () => {
    const filler = Array.from({ length: 400 }, (_, i) => String.fromCharCode(0x4e00 + ((i * 7919) % 2000))).join('');
    const text = filler + '我預計下半年的需求會更強' + filler;
    const index = new TrigramIndex(text);
    const regions = index.candidateRegions('我預計下半年的需求會再更強', 3, 0);
    assert.ok(regions.length >= 1);
    const quoteAt = filler.length;
    assert.ok(regions.some((r) => r.start <= quoteAt && r.end >= quoteAt + 12));
    assert.ok(regions.reduce((sum, r) => sum + r.end - r.start, 0) < text.length / 4);
  });

  it('falls back to the whole text when the quote is too short to seed', () => {
    const index = new TrigramIndex('abcdefgh');
    assert.deepEqual(index.candidateRegions('abc', 1, 0), [{ start: 0, end: 8 }]);
  });
});

describe('GramFilter', () => {
  it('never rules out a quote that occurs, and rules out most that do not', () => {
    const text = Array.from({ length: 5000 }, (_, i) => String.fromCharCode(0x4e00 + ((i * 7919) % 3000))).join('');
    const filter = new GramFilter(text);
    for (let start = 0; start < 4900; start += 97) assert.equal(filter.mayContain(text.slice(start, start + 30)), true);
    let ruledOut = 0;
    for (let start = 0; start < 4900; start += 97) {
      const edited = text.slice(start, start + 12) + '擴' + text.slice(start + 13, start + 30);
      if (!filter.mayContain(edited)) ruledOut++;
    }
    assert.ok(ruledOut >= 45, `ruled out ${ruledOut} of 51`);
    assert.equal(filter.mayContain('abc'), true); // shorter than a gram: no opinion
  });
});
