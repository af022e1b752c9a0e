import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { analyze } from '../../../src/core/analysis/analyze';
import { IncrementalAnalyzer } from '../../../src/core/analysis/incremental';
import { repoRoot } from '../repoRoot';

/**
 * Dev pages saved as text: two that collapsed their paragraphs (hand-overs inside lines) and a briefing
 * whose section titles are `**Title` lines never closed.
 */
const FILES = ['abc-stephanopoulos-rice-2011.txt', 'votesmart-cnn-larry-king-gregg-2006.txt', 'un-noon-briefing-2023-07-13.txt'];
/** What is typed: sentence ends, colons, the documents' own labels and others, bold marks, line breaks. */
const TYPED = ['a', ' ', '.', '? ', ':', '\n', '\n\n', 'KING: ', ' KING:', 'GREGG: ', '. GREGG: Yes.', 'CONDOLEEZZA RICE: ', '? CONDOLEEZZA RICE: No.', 'Mr. KING: ', 'X', '**', '*', '\n\n**Lebanon\n\n', 'Summit'];
const EDITS_PER_FILE = 120;

/** A small linear congruential generator: the same edits on every run. */
function generator(seed: number): (below: number) => number {
  let state = seed;
  return (below) => {
    state = (Math.imul(state, 1103515245) + 12345) & 0x7fffffff;
    return state % below;
  };
}

describe('IncrementalAnalyzer on saved pages: hand-overs inside lines, unclosed bold titles', function () {
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
        const removed = random(4) === 0 ? random(12) : 0;
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
