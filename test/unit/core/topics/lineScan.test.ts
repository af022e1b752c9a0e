import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, scanLines } from '../../../../src/core/topics/lineScan';
import { LineIndex } from '../../../../src/core/text/positions';
import { detectFormat } from '../../../../src/core/analysis/format';
import { repoRoot } from '../../repoRoot';

describe('scanLines', () => {
  // summaryLinking's exactMatches reads a line's heading title only for lines of kind Heading.
  it('records a heading for every line of kind Heading and for no other line (fixtures, samples, setext and html headings)', () => {
    const root = repoRoot();
    const folders = ['test/fixtures/transcripts', 'samples'].map((folder) => join(root, folder));
    const files = folders.flatMap((folder) => readdirSync(folder, { withFileTypes: true }).filter((entry) => entry.isFile() && !entry.name.endsWith('.json')).map((entry) => entry.name).map((name) => join(folder, name)));
    const texts = files.map((file) => ({ name: file, text: readFileSync(file, 'utf8') }));
    texts.push({ name: 'setext and html.md', text: '<h2>Title</h2>\n===\n\nTitle two\n---\n\n# Three\nbody\n<h3>Four</h3>\n' });
    let headings = 0;
    for (const { name, text } of texts) {
      const scan = scanLines(new LineIndex(text), detectFormat(name, text), {});
      for (let line = 0; line < scan.kinds.length; line++) assert.equal(scan.kinds[line] === Kind.Heading, scan.headings.has(line), `${name} line ${line}`);
      headings += scan.headings.size;
    }
    assert.ok(headings >= 8, `headings seen: ${headings}`);
  });
});
