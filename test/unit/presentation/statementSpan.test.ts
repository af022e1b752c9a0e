import assert from 'node:assert/strict';
import { statementSpan } from '../../../src/presentation/statementSpan';

function tagged(text: string, from: string, labels: readonly string[] = []): string | undefined {
  const labelSpans = labels.map((label) => ({ start: text.indexOf(label), end: text.indexOf(label) + label.length }));
  const start = text.indexOf(from);
  const span = statementSpan(text, { start, end: start + from.length }, labelSpans);
  return span && text.slice(span.start, span.end);
}

describe('the statement a tag quotes', () => {
  it('leaves out the speaker label and its colon', () => {
    assert.equal(tagged('陳立文：我們去年成長了兩成。', '陳立文：我們去年成長了兩成。', ['陳立文']), '我們去年成長了兩成。');
    assert.equal(tagged('[00:01:02] MS. JONES: We grew.', '[00:01:02] MS. JONES: We grew.', ['MS. JONES']), 'We grew.');
  });

  it('leaves out Markdown heading marks, list marks and bold around the whole line', () => {
    assert.equal(tagged('## 供應鏈的壓力 ##\n', '## 供應鏈的壓力 ##'), '供應鏈的壓力');
    assert.equal(tagged('- **營收成長兩成**\n', '- **營收成長兩成**'), '營收成長兩成');
    assert.equal(tagged('> 據估計如此。', '> 據估計如此。'), '據估計如此。');
  });

  it('keeps markup that is part of the text', () => {
    assert.equal(tagged('這是 **重要** 的事', '這是 **重要** 的事'), '這是 **重要** 的事');
    assert.equal(tagged('C# is #1', 'C# is #1'), 'C# is #1');
  });

  it('returns nothing when only markup is selected', () => {
    assert.equal(tagged('陳立文：', '陳立文：', ['陳立文']), undefined);
    assert.equal(tagged('## ', '## '), undefined);
  });
});
