import * as assert from 'node:assert/strict';
import * as OpenCC from 'opencc-js';
import type { AnchorResult } from '../../../../src/core/anchoring/model';
import { reanchor, Reanchorer } from '../../../../src/core/anchoring/reanchor';
import { quoteTarget } from '../../../../src/core/anchoring/target';
import type { AnnotationTarget } from '../../../../src/core/sidecar/model';
import { splitsSurrogatePair } from '../../../../src/core/text/positions';

const TRANSCRIPT = [
  '林雅婷：',
  '您好，感謝接受我們的訪問。今年的出貨情況如何？',
  '',
  '陳立文：',
  '謝謝邀請。據公司年報，我們去年營收達到420億元，比前年增長了18%。',
  '今年上半年的出貨量大約是1,200萬片。',
  '我預計下半年的需求會更強，明年很可能會再擴建兩座工廠。',
  '',
  '林雅婷：有人擔心產能過剩。',
  '陳立文：我認爲這種擔心是多餘的，市場還在成長。',
  '',
].join('\n');

function targetOf(text: string, quote: string, occurrence = 0): AnnotationTarget {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = text.indexOf(quote, at + 1);
  assert.ok(at >= 0, `fixture lacks ${quote}`);
  return quoteTarget(text, { start: at, end: at + quote.length });
}

function placedText(text: string, result: AnchorResult): string | null {
  return result.span ? text.slice(result.span.start, result.span.end) : null;
}

describe('re-anchoring', () => {
  it('keeps an annotation whose text did not change where it was (anchored, at position)', () => {
    const target = targetOf(TRANSCRIPT, '我們去年營收達到420億元');
    const result = reanchor(TRANSCRIPT, target);
    assert.equal(result.status, 'anchored');
    assert.equal(result.method, 'position');
    assert.deepEqual(result.span, { start: target.start, end: target.end });
  });

  it('finds the quote again after a paragraph is inserted above it', () => {
    const target = targetOf(TRANSCRIPT, '我預計下半年的需求會更強');
    const paragraph = '（編者按：以下訪談經過刪節。）\n\n';
    const changed = paragraph + TRANSCRIPT;
    const result = reanchor(changed, target);
    assert.equal(result.status, 'anchored');
    assert.equal(result.method, 'exact');
    assert.deepEqual(result.span, { start: target.start + paragraph.length, end: target.end + paragraph.length });
  });

  it('places a quote edited inside as fuzzy, on the edited text', () => {
    const target = targetOf(TRANSCRIPT, '我預計下半年的需求會更強，明年很可能會再擴建兩座工廠');
    const changed = TRANSCRIPT.replace('明年很可能會再擴建兩座工廠', '明年可能會再擴建三座工廠');
    const result = reanchor(changed, target);
    assert.equal(result.status, 'fuzzy');
    assert.equal(placedText(changed, result), '我預計下半年的需求會更強，明年可能會再擴建三座工廠');
  });

  it('places a short Chinese quote with one character changed when its context holds', () => {
    const target = targetOf(TRANSCRIPT, '產能過剩');
    const changed = TRANSCRIPT.replace('產能過剩', '產量過剩');
    const result = reanchor(changed, target);
    assert.equal(result.status, 'fuzzy');
    assert.equal(placedText(changed, result), '產量過剩');
  });

  it('orphans a short quote with one character changed when its context changed too', () => {
    const target = targetOf(TRANSCRIPT, '產能過剩');
    const changed = TRANSCRIPT.replace('林雅婷：有人擔心產能過剩。\n陳立文：我認爲', '林雅婷：庫存呢？\n陳立文：產量過剩不會發生，');
    assert.equal(reanchor(changed, target).status, 'orphaned');
  });

  it('orphans a deleted quote, even when similar text remains elsewhere', () => {
    const target = targetOf(TRANSCRIPT, '我認爲這種擔心是多餘的');
    const changed = TRANSCRIPT.replace('陳立文：我認爲這種擔心是多餘的，市場還在成長。\n', '');
    const withLookAlike = changed + '\n主持人：我認爲這種擔心是必要的。\n';
    assert.equal(reanchor(changed, target).status, 'orphaned');
    assert.equal(reanchor(withLookAlike, target).status, 'orphaned');
  });

  it('chooses, among duplicate quotes, the one whose context fits, then the nearest', () => {
    const text = 'A：好的。我們開始吧。\nB：好的。第一個問題是成本。\nA：好的。第二個問題是人才。\n';
    const second = targetOf(text, '好的', 1);
    // Text inserted at the top moves everything; the context still tells the second 好的 apart.
    const changed = '前言。\n' + text;
    const result = reanchor(changed, second);
    assert.equal(result.status, 'anchored');
    assert.equal(result.span!.start, second.start + '前言。\n'.length);

    // Same context everywhere: the occurrence nearest the old position wins.
    const repeated = 'x 好的 y\n'.repeat(5);
    const third = targetOf(repeated, '好的', 2);
    const shifted = 'zz\n' + repeated;
    assert.equal(reanchor(shifted, third).span!.start, third.start + 3);
  });

  it('follows a conversion of the whole document from Traditional to Simplified', () => {
    const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });
    const converted = toSimplified(TRANSCRIPT);
    assert.notEqual(converted, TRANSCRIPT);
    for (const quote of ['我們去年營收達到420億元', '我預計下半年的需求會更強', '產能過剩', '市場還在成長']) {
      const target = targetOf(TRANSCRIPT, quote);
      const result = reanchor(converted, target);
      assert.equal(result.status, 'anchored', quote);
      assert.equal(result.method, 'folded', quote);
      assert.equal(placedText(converted, result), toSimplified(quote), quote);
    }
  });

  it("finds quotes exactly after a Simplified text is converted to Taiwan's standard (opencc cn → tw)", () => {
    const simplified = '主持人：随着计算机的进展，这些难题可以开始解决。\n嘉宾：这是著名的著作里写着的。\n';
    const converted = OpenCC.Converter({ from: 'cn', to: 'tw' })(simplified);
    assert.ok(converted.includes('隨著') && converted.includes('著名'), converted);
    for (const quote of ['随着计算机的进展，这些难题可以开始解决。', '这是著名的著作里写着的。']) {
      const result = reanchor(converted, targetOf(simplified, quote));
      assert.equal(result.status, 'anchored', quote);
      assert.equal(placedText(converted, result), OpenCC.Converter({ from: 'cn', to: 'tw' })(quote));
    }
  });

  it('follows a conversion when the text moved as well', () => {
    const converted = '前言：這是一段新加的文字。\n\n' + OpenCC.Converter({ from: 'tw', to: 'cn' })(TRANSCRIPT);
    const target = targetOf(TRANSCRIPT, '我預計下半年的需求會更強');
    const result = reanchor(converted, target);
    assert.equal(result.status, 'anchored');
    assert.equal(placedText(converted, result), '我预计下半年的需求会更强');
  });

  it('finds a quote exactly after the text was re-wrapped, re-punctuated or re-spaced', () => {
    const quote = '謝謝邀請。據公司年報，我們去年營收達到420億元，比前年增長了18%。\n今年上半年的出貨量';
    const target = targetOf(TRANSCRIPT, quote);
    const edits: [string, string][] = [
      ['lines re-wrapped', TRANSCRIPT.replace('據公司年報，我們去年', '據公司年報，\n我們去年').replace('增長了18%。\n今年', '增長了18%。今年')],
      ['half-width punctuation', TRANSCRIPT.replace(/，/g, ', ').replace(/。/g, '. ')],
      ['CRLF and spaces around Latin text', '\ufeff' + TRANSCRIPT.replace(/\n/g, '\r\n').replace('420億元', ' 420 億元')],
    ];
    for (const [edit, changed] of edits) {
      const result = reanchor(changed, target);
      assert.equal(result.status, 'anchored', edit);
      const placed = placedText(changed, result)!;
      assert.ok(placed.startsWith('謝謝邀請') && placed.endsWith('出貨量'), `${edit}: ${placed}`);
    }
    const english = 'Q: How was the year?\n\nA: Revenue rose 18% to "a record" and we\'re hiring.\n';
    const quoted = targetOf(english, 'Revenue rose 18% to "a record" and we\'re hiring.');
    const typeset = english.replace('to "a record" and', 'to\u00a0“a record”\nand').replace("we're", 'we’re');
    const result = reanchor(typeset, quoted);
    assert.equal(result.status, 'anchored');
    assert.equal(placedText(typeset, result), 'Revenue rose 18% to\u00a0“a record”\nand we’re hiring.');
  });

  it('keeps a real change to the words fuzzy, however the text was re-wrapped', () => {
    const target = targetOf(TRANSCRIPT, '我預計下半年的需求會更強，明年很可能會再擴建兩座工廠。');
    const changed = TRANSCRIPT.replace('我預計下半年的需求會更強，明年', '我預計下半年的需求會更強，\n後年');
    assert.equal(reanchor(changed, target).status, 'fuzzy');
  });

  it('never returns a range that splits a surrogate pair', () => {
    const text = '前文 😀𠀋好的結論 後文。';
    const target = quoteTarget(text, { start: text.indexOf('𠀋'), end: text.indexOf('後') });
    const changed = text.replace('好的', '好');
    const result = reanchor(changed, target);
    assert.ok(result.span);
    assert.equal(splitsSurrogatePair(changed, result.span.start), false);
    assert.equal(splitsSurrogatePair(changed, result.span.end), false);
  });

  it('places many annotations at once, learning the drift from the ones it placed', () => {
    const targets = ['感謝接受我們的訪問', '我們去年營收達到420億元', '今年上半年的出貨量', '市場還在成長'].map((q) => targetOf(TRANSCRIPT, q));
    const changed = '（前言）\n' + TRANSCRIPT.replace('今年上半年的出貨量', '今年上半年出貨量');
    const results = new Reanchorer(changed).anchorAll(targets);
    assert.deepEqual(results.map((r) => r.status), ['anchored', 'anchored', 'fuzzy', 'anchored']);
    assert.deepEqual(results.map((r) => placedText(changed, r)), ['感謝接受我們的訪問', '我們去年營收達到420億元', '今年上半年出貨量', '市場還在成長']);
  });

  it('keeps a target whose quote and context are unchanged at its stored position, whatever the drift of its neighbours', () => {
    // The same block twice, 60 units apart. Text inserted before the first target and deleted after
    // it moves the first target by 60 and leaves the second where it was: the drift would point the
    // second at the other copy of its block, but its stored position still holds it exactly.
    const block = 'Q: and next year?\nA: we expect growth of about ten percent.\n';
    const before = 'Opening remarks. '.repeat(4) + 'FIRST quote here. ' + 'x'.repeat(60) + 'Filler sentence. '.repeat(4) + block + block;
    const first = targetOf(before, 'FIRST quote here');
    const second = targetOf(before, 'we expect growth', 0);
    const inserted = 'y'.repeat(60);
    const changed = before.replace('Opening remarks. ', 'Opening remarks. ' + inserted).replace('x'.repeat(60), '');
    assert.equal(changed.length, before.length);
    const results = new Reanchorer(changed).anchorAll([first, second]);
    assert.deepEqual(results[0]!.span, { start: first.start + 60, end: first.end + 60 });
    assert.deepEqual(results[1], { status: 'anchored', method: 'position', span: { start: second.start, end: second.end } });
  });

  it('does not take the stored position at face value when only the quote is still there', () => {
    const text = 'Q: what do you expect?\nA: growth next year.\n';
    const targets = [targetOf(text, 'growth next year')];
    const changed = 'Z: no growth next year!\n'.padEnd(text.length, '.');
    const [result] = new Reanchorer(changed).anchorAll(targets);
    assert.notEqual(result!.method, 'position');
  });

  it('does not place a quote whose stored context contradicts the text at its old position', () => {
    // The same words now stand in another sentence at the old offset; the original sentence is gone.
    const text = 'Q: what do you expect?\nA: growth next year.\n';
    const target = targetOf(text, 'growth next year');
    const changed = 'Z: no growth next year!\n'.padEnd(text.length, '.');
    const result = reanchor(changed, target);
    assert.equal(result.status, 'fuzzy');
    assert.equal(result.method, 'approximate');
  });
});

describe('re-anchoring far from the old position', () => {
  it('finds a quote that moved far away and was edited (approximate, whole text)', () => {
    const filler = (seed: number): string => Array.from({ length: 3000 }, (_, i) => String.fromCharCode(0x4e00 + ((i * 7919 + seed) % 5000))).join('');
    const quote = '我預計下半年的需求會更強，明年很可能會再擴建兩座工廠';
    const before = filler(1) + '。陳立文：' + quote + '。林雅婷：' + filler(2);
    const target = quoteTarget(before, { start: before.indexOf(quote), end: before.indexOf(quote) + quote.length });
    // The paragraph moves to the end and one word changes.
    const moved = filler(1) + filler(2) + '。陳立文：' + quote.replace('兩座', '三座') + '。林雅婷：';
    const result = reanchor(moved, target);
    assert.equal(result.status, 'fuzzy');
    assert.equal(result.method, 'approximate');
    assert.equal(moved.slice(result.span!.start, result.span!.end), quote.replace('兩座', '三座'));
  });
});
