import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { analyze } from '../../../src/core/analysis/analyze';
import { IncrementalAnalyzer } from '../../../src/core/analysis/incremental';
import { repoRoot } from '../repoRoot';

/** Dev transcripts whose header declares who speaks: a Speaker: field with slides and asides, front matter over name headings. */
const FILES = ['talktranscripts-halloway-repl-driven-development-2017.md', 'techconnection-zinovieff-data-2024.md'];
/** What is typed: letters, brackets and marks that change a line's declared-speech reading, labels, header fields. */
const TYPED = ['a', ' ', '[', ']', '#', '\n', '00:01:02', ':', 'Q: ', '?', 'Jane: ', '### ', 'Speaker: Jo Bo', 'author: Jo Bo'];
const EDITS_PER_FILE = 120;

/** A small linear congruential generator: the same edits on every run. */
function generator(seed: number): (below: number) => number {
  let state = seed;
  return (below) => {
    state = (Math.imul(state, 1103515245) + 12345) & 0x7fffffff;
    return state % below;
  };
}

describe('IncrementalAnalyzer on documents whose header declares who speaks', function () {
  this.timeout(120_000);
  for (const file of FILES) {
    it(`equals a full analyze() after random edits of ${file}, and keeps some of them local`, () => {
      const text = readFileSync(join(repoRoot(), 'test/corpus/en', file), 'utf8');
      const random = generator(20261204);
      let local = 0;
      for (let i = 0; i < EDITS_PER_FILE; i++) {
        const analyzer = new IncrementalAnalyzer({}, file);
        analyzer.update(text);
        const at = random(text.length);
        const removed = random(4) === 0 ? random(6) : 0;
        const typed = TYPED[random(TYPED.length)]!;
        const edited = text.slice(0, at) + typed + text.slice(at + removed);
        const result = analyzer.update(edited, [{ rangeOffset: at, rangeLength: removed, text: typed }]);
        if (analyzer.lastMode === 'line') local++;
        assert.ok(isDeepStrictEqual(result, analyze(edited, {}, file)), `edit ${i}: ${JSON.stringify(typed)} at ${at} replacing ${removed}`);
      }
      assert.ok(local > 0, 'no edit stayed local');
    });
  }
});
