import * as assert from 'node:assert/strict';
import * as OpenCC from 'opencc-js';
import type { AnchorResult } from '../../../../src/core/anchoring/model';
import { reanchor } from '../../../../src/core/anchoring/reanchor';
import { quoteTarget } from '../../../../src/core/anchoring/target';
import type { AnnotationTarget } from '../../../../src/core/sidecar/model';
import { foldToSimplified, foldToSimplifiedAcrossRegions } from '../../../../src/core/text/fold';

// opencc's s2twp / tw2sp swap words as well as characters (在线 ↔ 線上, 网络 ↔ 網路, 软件 ↔ 軟體, 运行 ↔ 執行).
const s2twp = OpenCC.Converter({ from: 'cn', to: 'twp' });
const tw2sp = OpenCC.Converter({ from: 'twp', to: 'cn' });

const SIMPLIFIED = [
  '主持人：这款软件现在能在线运行吗？',
  '嘉宾：能，网络好的时候很顺。循环播放也没问题，和旧系统兼容。',
  '主持人：那么谁来执行这个计划？',
  '',
].join('\n');

function targetOf(text: string, quote: string): AnnotationTarget {
  const at = text.indexOf(quote);
  assert.ok(at >= 0, `fixture lacks ${quote}`);
  return quoteTarget(text, { start: at, end: at + quote.length });
}

function assertPlacedOn(result: AnchorResult, text: string, expected: string): void {
  const start = text.indexOf(expected);
  assert.ok(start >= 0, `text lacks ${expected}`);
  assert.notEqual(result.status, 'orphaned', expected);
  assert.deepEqual(result.span, { start, end: start + expected.length }, expected);
}

describe("re-anchoring across opencc's Taiwan phrases (s2twp, tw2sp)", () => {
  const taiwan = s2twp(SIMPLIFIED);

  it('rewrites the words in the fixture (else the tests below prove nothing)', () => {
    for (const word of ['軟體', '線上', '執行', '網路', '迴圈', '相容']) assert.ok(taiwan.includes(word), `${word} not in ${taiwan}`);
  });

  it('finds a tag on a Simplified quote after s2twp, on the converted words', () => {
    const cases: [string, string][] = [
      ['能在线运行', '能線上執行'],
      ['这款软件', '這款軟體'],
      ['网络好的时候', '網路好的時候'],
      ['循环播放', '迴圈播放'],
      ['和旧系统兼容', '和舊系統相容'],
      ['执行这个计划', '執行這個計劃'],
    ];
    for (const [quote, converted] of cases) assertPlacedOn(reanchor(taiwan, targetOf(SIMPLIFIED, quote)), taiwan, converted);
  });

  it('finds a tag on the Taiwan text again after tw2sp', () => {
    const back = tw2sp(taiwan);
    for (const [quote, converted] of [
      ['能線上執行', '能在线运行'],
      ['這款軟體', '这款软件'],
      ['網路好的時候', '网络好的时候'],
    ] as const) {
      assertPlacedOn(reanchor(back, targetOf(taiwan, quote)), back, converted);
    }
  });

  it('still tells apart a tag whose text is gone', () => {
    const edited = taiwan.replace('這款軟體現在能線上執行嗎？', '這款工具已經停用了嗎？');
    assert.equal(reanchor(edited, targetOf(SIMPLIFIED, '这款软件现在能在线运行吗？')).status, 'orphaned');
  });
});

describe('foldToSimplifiedAcrossRegions', () => {
  it('folds the Taiwan wording and its Simplified original alike, with offsets back into the text', () => {
    const text = '它能線上執行。';
    const folded = foldToSimplifiedAcrossRegions(text);
    assert.equal(folded.text, foldToSimplifiedAcrossRegions('它能在线运行。').text);
    const start = folded.text.indexOf('在线');
    assert.deepEqual(folded.map.spanToSource({ start, end: start + 4 }), { start: text.indexOf('線上'), end: text.indexOf('。') });
    assert.equal(folded.map.toSource(folded.text.indexOf('。')), text.indexOf('。'));
  });

  it('leaves the analysis fold as it was (網路 stays 网路 there)', () => {
    assert.equal(foldToSimplified('網路').text, '网路');
    assert.notEqual(foldToSimplifiedAcrossRegions('網路').text, foldToSimplified('網路').text);
  });

  it('changes nothing in text without Chinese', () => {
    const text = 'plain English';
    assert.equal(foldToSimplifiedAcrossRegions(text).text, text);
    assert.equal(foldToSimplifiedAcrossRegions(text).map.isIdentity, true);
  });
});
