import * as assert from 'node:assert/strict';
import { escapeInline, toMarkdown } from '../../../../src/core/export/markdown';
import { interviewInput } from '../../../support/exportFixtures';

describe('toMarkdown', () => {
  const report = toMarkdown(interviewInput());

  it('counts annotations by kind', () => {
    assert.match(report, /^6 annotations: 3 fact, 2 forecast, 1 opinion \(1 not found\)\.$/m);
    assert.match(report, /^\| fact \| 3 \|$/m);
    assert.match(report, /^\| forecast \| 2 \|$/m);
    assert.match(report, /^\| opinion \| 1 \|$/m);
  });

  it('groups claims by topic, then speaker, in order of appearance', () => {
    const headings = report.split('\n').filter((l) => l.startsWith('##'));
    assert.deepEqual(headings, [
      '## 芯片出口',
      '### 黄仁勋',
      '## Software, "memory" & 𠵾 characters',
      '### Jensen',
      '## Not found in the current text',
    ]);
  });

  it('links each quote to its line', () => {
    assert.ok(report.includes('- **fact** “我们去年在中国的收入是170亿美元，占总收入的13%。” — [line 4](interview.txt#L4)'));
    assert.ok(report.includes('[line 12](interview.txt#L12)'));
    assert.ok(report.includes('- **fact** “这句话已经被删掉了” (主持人) — not found'));
  });

  it('keeps notes on one line and escapes Markdown', () => {
    assert.ok(report.includes('  - quote, with "comma", and newline'));
    assert.equal(escapeInline('a *b* [c](d) `e`'), 'a \\*b\\* \\[c\\](d) \\`e\\`');
  });

  it('percent-encodes link targets', () => {
    const spaced = toMarkdown({ ...interviewInput(), source: 'my notes/访谈 (1).txt' });
    assert.ok(spaced.includes('[line 4](my%20notes/%E8%AE%BF%E8%B0%88%20%281%29.txt#L4)'));
  });

  it('says so when there is nothing to report', () => {
    const empty = toMarkdown({ text: 'x', source: 'x.txt', annotations: [] });
    assert.match(empty, /^0 annotations: 0 fact, 0 forecast, 0 opinion\.$/m);
    assert.ok(!empty.includes('## '));
  });
});
