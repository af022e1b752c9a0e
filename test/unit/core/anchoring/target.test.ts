import * as assert from 'node:assert/strict';
import { sameQuote } from '../../../../src/core/anchoring/anchoringFold';
import { findQuote } from '../../../../src/core/anchoring/findQuote';
import { CONTEXT_LENGTH, quoteTarget } from '../../../../src/core/anchoring/target';
import { splitsSurrogatePair } from '../../../../src/core/text/positions';

describe('quote targets', () => {
  it('takes up to 32 units of prefix and suffix', () => {
    const text = 'a'.repeat(40) + 'QUOTE' + 'b'.repeat(40);
    const target = quoteTarget(text, { start: 40, end: 45 });
    assert.deepEqual(target, { exact: 'QUOTE', prefix: 'a'.repeat(CONTEXT_LENGTH), suffix: 'b'.repeat(CONTEXT_LENGTH), start: 40, end: 45 });
    assert.deepEqual(quoteTarget('QUOTE', { start: 0, end: 5 }), { exact: 'QUOTE', prefix: '', suffix: '', start: 0, end: 5 });
  });

  it('never cuts a surrogate pair, in the quote or its context', () => {
    const text = '😀'.repeat(20) + '𠀋好的' + '😀'.repeat(20);
    const target = quoteTarget(text, { start: 41, end: 43 });
    assert.equal(target.exact, '𠀋好');
    for (const part of [target.prefix, target.suffix, target.exact]) assert.ok(!/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/.test(part), part);
    assert.equal(splitsSurrogatePair(text, target.start), false);
  });

  it('finds a quote as typed, or in the other script', () => {
    assert.deepEqual(findQuote('好的，好的。', '好的'), [{ start: 0, end: 2 }, { start: 3, end: 5 }]);
    assert.deepEqual(findQuote('我預計明年會更好', '我预计'), [{ start: 0, end: 3 }]);
    // Copied from a re-wrapped or re-punctuated copy: the line break and the comma's width do not matter.
    const text = '他說：我預計明年\n會更好，真的。';
    assert.deepEqual(findQuote(text, '我预计明年会更好,真的'), [{ start: 3, end: text.indexOf('。') }]);
    assert.deepEqual(findQuote('abc', 'x'), []);
  });

  it('tells a quote set differently from a changed one', () => {
    assert.equal(sameQuote('我預計明年\r\n會更好，真的', '我预计明年会更好, 真的'), true);
    assert.equal(sameQuote('It’s “fine”', "It's \"fine\""), true);
    assert.equal(sameQuote('我預計後年會更好', '我预计明年会更好'), false);
  });
});
