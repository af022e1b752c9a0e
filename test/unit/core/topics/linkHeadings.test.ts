import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analysis/analyze';
import { assertEditsAcrossOffsetsMatchAnalyze } from '../transcriptFixtures';
import { topicTitles as titles } from './topicTitles';

/** Meeting notes whose agenda items are headings named by their links, each over its discussion. */
const NOTES = [
  '# Editors Meeting 12',
  '',
  '## Agenda',
  '',
  '### [specs#8607](https://example.org/specs/pull/8607)',
  '',
  '**Ana Lima**: This proposal renames the fee field; the authors asked for a review by Friday.',
  '',
  '### [specs#8590](https://example.org/specs/pull/8590)',
  '**Tom Berg**: We merged the first half last week and the second half is still open.',
].join('\n');

describe('link-only headings', () => {
  it('reads a link-only heading over text as a section', () => {
    const found = titles(analyze(NOTES, {}, 'notes.md').topics);
    assert.ok(found.includes('[specs#8607](https://example.org/specs/pull/8607)'), JSON.stringify(found));
    assert.ok(found.includes('[specs#8590](https://example.org/specs/pull/8590)'), JSON.stringify(found));
  });

  it('reads a link-only heading over a rule, another heading or nothing as no section', () => {
    const page = ['### [Back to the index](https://example.org/)', '---', '', '### [Subscribe](https://example.org/subscribe)', '#### The council met on Monday', '', 'The council approved the budget for next year.', '', '### [Share](https://example.org/share)'].join('\n');
    const found = titles(analyze(page, {}, 'page.md').topics);
    assert.ok(!found.some((title) => title.startsWith('[')), JSON.stringify(found));
  });

  it('equals a full analysis after edits under and in the link headings', function () {
    this.timeout(300_000);
    const local = assertEditsAcrossOffsetsMatchAnalyze(NOTES, 'notes.md', [['\n', 0], ['#', 0], ['', 1]]);
    assert.ok(local > 0, 'no edit stayed local');
  });
});
