import * as assert from 'node:assert/strict';
import type { Topic } from '../../../../src/core/analysis/model';
import { analyseText } from '../transcriptFixtures';

const flatten = (topics: readonly Topic[]): Topic[] => topics.flatMap((topic) => [topic, ...flatten(topic.children)]);

// exactMatches reads each line's trimmed text once (Scan.trimmedLines) and every later list reuses it.
describe('summary lists looking ahead over the same lines', () => {
  it('a later list links the lines an earlier, unfinished list already read, indented or with trailing spaces', () => {
    const block = (n: number): string =>
      [
        `## Part ${n}`,
        '',
        '- Supply chain pressure',
        '- Talent and training',
        `- A section nobody wrote ${n}`,
        '',
        '  Supply chain pressure   ',
        '',
        'The fab in Arizona ships its first wafers next spring, two quarters late.',
        '',
        'Talent and training\t',
        '',
        'We hire 500 engineers a year and train another 200 ourselves.',
        '',
      ].join('\n');
    const text = `# Panel\n\n${block(1)}${block(2)}${block(3)}`;
    const fixture = analyseText(text, 'panel.md');
    const partOf = (offset: number): number => [...text.matchAll(/^## Part /gm)].filter((match) => match.index <= offset).length;
    const sections = flatten(fixture.analysis.topics).filter((topic) => !topic.title.startsWith('Part') && topic.title !== 'Panel');
    // Each part's list names its own part's two sections: list 1 reads on to the end (one item is never
    // found), so lists 2 and 3 meet lines that list 1 has read.
    assert.deepEqual(
      sections.map((topic) => `${partOf(topic.span.start)} ${topic.title}: ${topic.summaryLinks.map((link) => `${partOf(link.start)} ${fixture.slice(link)}`).join(', ')}`),
      [1, 2, 3].flatMap((part) => [`${part} Supply chain pressure: ${part} Supply chain pressure`, `${part} Talent and training: ${part} Talent and training`]),
    );
  });
});
