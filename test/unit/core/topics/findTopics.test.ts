import * as assert from 'node:assert/strict';
import type { Topic } from '../../../../src/core/analysis/model';
import { topicPathAt } from '../../../../src/core/topics/findTopics';
import { isTitleShaped } from '../../../../src/core/topics/titles';
import { analyseFixture, analyseText, type AnalysedFixture } from '../transcriptFixtures';

function outline(topics: readonly Topic[], depth = 0): string[] {
  return topics.flatMap((t) => [`${'  '.repeat(depth)}${t.title}`, ...outline(t.children, depth + 1)]);
}

function sectionText(fixture: AnalysedFixture, title: string): string {
  const find = (topics: readonly Topic[]): Topic | undefined => topics.find((t) => t.title === title) ?? topics.map((t) => find(t.children)).find(Boolean);
  return fixture.slice(find(fixture.analysis.topics)!.span);
}

describe('findTopics', () => {
  it('Chinese article: plain title lines, a summary list linked to its sections and not made topics', () => {
    const fixture = analyseFixture('topics-zh-Hant.txt');
    assert.deepEqual(outline(fixture.analysis.topics), ['晶片產業觀察', '產能擴張的壓力', '人才缺口', '政策走向']);
    const [, capacity, talent, policy] = fixture.analysis.topics;
    assert.deepEqual([capacity, talent, policy].map((t) => t!.summaryLinks.map((s) => fixture.slice(s))), [
      ['產能擴張的壓力'],
      ['人才缺口持續擴大,企業搶人'],
      ['政策走向'],
    ]);
    // A section runs from its title to its last non-blank line; the question and the label inside are not titles.
    assert.match(sectionText(fixture, '人才缺口'), /^人才缺口\n.*為什麼人才這麼難找\?\n.*\n李明：\n我同意這個看法。$/s);
    assert.equal(fixture.range(policy!.span).end.line, 18);
    // The title line ends the turn before it.
    assert.equal(fixture.slice(fixture.analysis.turns[0]!.span), '李明：\n我同意這個看法。');
  });

  it('an interview section title may open with a speaker label after a blank line, a reply between labels may not', () => {
    const fixture = analyseFixture('sections-en.txt');
    assert.deepEqual(outline(fixture.analysis.topics), ['Quarterly Outlook Call', 'Supply and Demand']);
  });

  it('Markdown: ATX and setext headings nest; a summary section keeps its titles as siblings', () => {
    const fixture = analyseFixture('panel.md');
    assert.deepEqual(outline(fixture.analysis.topics), ['Panel on AI chips', '  Summary', '  Supply chain pressure', '  Talent and training']);
    const [panel] = fixture.analysis.topics;
    const [summary, supply, talent] = panel!.children;
    assert.deepEqual(summary!.summaryLinks, []);
    assert.deepEqual(supply!.summaryLinks.map((s) => fixture.slice(s)), ['Supply chain pressure']);
    assert.deepEqual(talent!.summaryLinks.map((s) => fixture.slice(s)), ['Talent and training']);
    assert.equal(fixture.slice(summary!.span), '## Summary\n\n- Supply chain pressure\n- Talent and training');
    assert.equal(fixture.slice(supply!.headingSpan), '## Supply chain pressure');
    assert.deepEqual([panel!.level, supply!.level, talent!.level], [1, 2, 2]);
  });

  it('a title under a heading sits one level below it', () => {
    const fixture = analyseText('# Report\n\nMarket Overview\nPrices rose again this month.\n', 'r.txt');
    assert.deepEqual(outline(fixture.analysis.topics), ['Report', '  Market Overview']);
    assert.equal(fixture.analysis.topics[0]!.children[0]!.level, 2);
  });

  it('topicPathAt gives the enclosing topics, outermost first', () => {
    const fixture = analyseFixture('panel.md');
    const path = (needle: string) => topicPathAt(fixture.analysis.topics, fixture.text.indexOf(needle)).map((t) => t.title);
    assert.deepEqual(path('Improving every month'), ['Panel on AI chips', 'Supply chain pressure']);
    assert.deepEqual(path('We hire 500'), ['Panel on AI chips', 'Talent and training']);
    assert.deepEqual(topicPathAt(fixture.analysis.topics, -5), []);
  });

  it('subtitles have no topics', () => {
    assert.deepEqual(analyseFixture('panel.srt').analysis.topics, []);
  });
});

describe('title shape', () => {
  it('accepts short non-sentences and rejects sentences, questions, labels, dates and replies', () => {
    for (const title of ['出口管制', '老黃的「禮物」', 'DeepSeek、Qwen、Kimi都很優秀', 'Supply and Demand', 'AI人才天價薪酬']) assert.ok(isTitleShaped(title), title);
    for (const line of ['老黃都說了啥?', '李明：', '2025年7月16日', '謝謝', 'Thank you', '這是一個句子。', '「所以現在還沒有訂單?」', 'we talk about chips', '- 列表項', '00:01:23']) {
      assert.ok(!isTitleShaped(line), line);
    }
  });
});

describe('Markdown front matter', () => {
  it('is neither a heading, a rule nor speech', () => {
    const fixture = analyseText('---\ntitle: Panel\ntags: [ai]\n---\n\n# Panel\n\nHost: Welcome.\n', 'p.md');
    assert.deepEqual(outline(fixture.analysis.topics), ['Panel']);
    assert.deepEqual(fixture.analysis.turns.map((t) => t.speaker), ['Host']);
  });
});
