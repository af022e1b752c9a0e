import * as assert from 'node:assert/strict';
import { findFigures } from '../../../../src/core/claims/figures';
import { matchingKey } from '../../../../src/core/text/charFold';
import { analyze } from '../../../../src/core/analysis/analyze';

// Government texts in Hong Kong and Taiwan write the zero of Chinese numerals as `○` (U+25CB, a white circle)
// where others write `〇` (U+3007): `二○二三年`, `中華民國一○一年`.
describe('the white circle as the zero of Chinese numerals', () => {
  const figuresOf = (text: string): string[] => {
    const key = matchingKey(text);
    return findFigures(key).map((figure) => `${figure.category}: ${text.slice(figure.start, figure.end)}`);
  };

  it('reads `二○一二年` as the year, as `二〇一二年`', () => {
    assert.deepEqual(figuresOf('香港於二○一二年成立駐重慶聯絡處。'), ['date: 二○一二年']);
    assert.deepEqual(figuresOf('香港於二〇一二年成立駐重慶聯絡處。'), ['date: 二〇一二年']);
  });

  it('keeps the key as long as the text, so offsets stay', () => {
    const text = '二○二○至二一年度';
    assert.equal(matchingKey(text).length, text.length);
  });

  it('gives the year as the reason of a claim that holds it, not `count: 一二年`', () => {
    const text = '香港一直重視與重慶交流合作，於二○一二年成立駐重慶聯絡處。';
    const [claim] = analyze(text, {}, 'x.txt').claims;
    assert.ok(claim, 'the sentence is a claim');
    // (The reason may show the zero as 〇: reasons quote the matching key's form of a Chinese figure.)
    assert.ok(claim.cues.some((cue) => /^date: 二[○〇]一二年$/.test(cue)), claim.cues.join(', '));
  });
});
