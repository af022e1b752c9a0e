import assert from 'node:assert/strict';
import { nextSpan, previousSpan, sentenceAround, spanAt } from '../../../src/presentation/navigation';

describe('claim navigation', () => {
  const spans = [
    { start: 30, end: 40 },
    { start: 0, end: 10 },
    { start: 15, end: 25 },
  ];

  it('moves to the next and previous claim start, wrapping around', () => {
    assert.deepEqual(nextSpan(spans, 0), { start: 15, end: 25 });
    assert.deepEqual(nextSpan(spans, 30), { start: 0, end: 10 });
    assert.deepEqual(previousSpan(spans, 15), { start: 0, end: 10 });
    assert.deepEqual(previousSpan(spans, 0), { start: 30, end: 40 });
    assert.equal(nextSpan([], 3), undefined);
  });

  it('finds the innermost item under an offset, end included', () => {
    const items = [{ span: { start: 0, end: 50 } }, { span: { start: 10, end: 20 } }, { span: null }];
    assert.equal(spanAt(items, 15), items[1]);
    assert.equal(spanAt(items, 20), items[1]);
    assert.equal(spanAt(items, 30), items[0]);
    assert.equal(spanAt(items, 60), undefined);
  });
});

describe('the sentence around the cursor', () => {
  const text = '陳立文：我認為這種擔心是多餘的。我們的客戶非常優秀。\n「我們每年招收超過500名工程師。」據估計如此。';

  it('stops at Chinese sentence ends', () => {
    const offset = text.indexOf('客戶');
    const span = sentenceAround(text, offset)!;
    assert.equal(text.slice(span.start, span.end), '我們的客戶非常優秀。');
  });

  it('keeps a closing quote with its sentence and never crosses a line', () => {
    const offset = text.indexOf('500');
    const span = sentenceAround(text, offset)!;
    assert.equal(text.slice(span.start, span.end), '「我們每年招收超過500名工程師。」');
  });

  it('handles English and blank lines', () => {
    const english = 'A:  I think curiosity matters. Learn something new every week.\n\n';
    const span = sentenceAround(english, english.indexOf('Learn'))!;
    assert.equal(english.slice(span.start, span.end), 'Learn something new every week.');
    assert.equal(sentenceAround(english, english.length - 1), undefined);
  });
});
