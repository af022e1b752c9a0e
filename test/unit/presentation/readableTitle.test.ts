import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analysis/analyze';
import { readableTitle } from '../../../src/presentation/readableTitle';
import { buildTopicsTree, type GroupNode, type StatementNode, type TopicNode } from '../../../src/presentation/topicsTree';

describe('a topic title as a reader sees it', () => {
  it('takes out bold, emphasis, code, links and images and keeps the words', () => {
    assert.equal(readableTitle('**测试访谈**'), '测试访谈');
    assert.equal(readableTitle('[Support profile mechanism #531](https://example.org/issues/531)'), 'Support profile mechanism #531');
    assert.equal(readableTitle('[Notes][1] on `formIndex` and *data schemas*'), 'Notes on formIndex and data schemas');
    assert.equal(readableTitle('![logo](a.png) __Opening__ remarks'), 'logo Opening remarks');
    assert.equal(readableTitle('<b>Budget</b> &amp; tax'), 'Budget & tax');
  });

  it('leaves words that only look like markup alone', () => {
    assert.equal(readableTitle('snake_case_names and 2 * 3 * 4'), 'snake_case_names and 2 * 3 * 4');
    assert.equal(readableTitle('第一章 总论'), '第一章 总论');
    assert.equal(readableTitle('[adjourned]'), '[adjourned]');
    assert.equal(readableTitle('****'), '****', 'a title of markup alone is shown as written');
  });

  it('is what the Topics tree shows, while the analysis keeps the title as written', () => {
    const text = '# [Previous minutes](https://example.org/p/1)\n\nAnna: We merged it.\n\n## **Issues**\n\nBen: Two are open.\n';
    const analysis = analyze(text);
    assert.equal(analysis.topics[0]!.title, '[Previous minutes](https://example.org/p/1)');
    const titles: string[] = [];
    const walk = (nodes: readonly (TopicNode | GroupNode | StatementNode)[]): void => {
      for (const node of nodes) {
        if (node.type !== 'topic') continue;
        titles.push(node.title ?? '');
        walk(node.children);
      }
    };
    walk(buildTopicsTree(analysis, [], { grouping: 'speaker', filter: '' }));
    assert.deepEqual(titles, ['Previous minutes', 'Issues']);
  });
});
