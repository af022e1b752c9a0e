// One analyzer through a chain of edits near the head of documents whose head the analysis reads as a whole
// (declared speakers, fields over lists, blocks of fields): each local edit hands the head's keys on to the
// next baseline (headChecks.ts headKeysOf), so a later edit that changes the head must still be seen.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { analyze } from '../../../src/core/analysis/analyze';
import { IncrementalAnalyzer } from '../../../src/core/analysis/incremental';
import { repoRoot } from '../repoRoot';
import { generator } from './arbitraries';

/** Dev files of the declared-speaker, head-field and field-block property tests, with what those type. */
const CASES: { folder: string; file: string; typed: string[] }[] = [
  { folder: 'en', file: 'techconnection-zinovieff-data-2024.md', typed: ['a', ' ', '[', ']', '#', '\n', ':', 'Q: ', '?', 'Jane: ', 'Speaker: Jo Bo', 'author: Jo Bo'] },
  { folder: 'en', file: 'state-dept-briefing-2003-12-22-boucher.txt', typed: ['a', ' ', '.', '?', ':', '\n', 'PRESIDING:', 'MR. SMITH: Good morning.', 'BRIEFER: '] },
  { folder: 'zh-Hant', file: 'legco-council-2013-01-10-mpf-motion.txt', typed: ['議', ' ', '。', '？', '：', '\n', '主席：', '出席議員：'] },
  { folder: 'en', file: 'otel-system-semconv-wg-2025-07-03-zoom.txt', typed: ['a', ' ', '.', ':', '\n', '\n\n', 'Duration: ', 'SIG: ', 'Roger Coll: ', ' we spoke long.'] },
  { folder: 'zh-Hant', file: 'anntw-tsai-ing-wen-interview-2009-02-18.txt', typed: ['人', ' ', '。', '：', '\n', '\n\n', '主持人:', '整理:', '蔡英文:'] },
];
/** Most edits land in the first lines, where the head's keys are compared; some anywhere. */
const HEAD_LINES = 40;
const EDITS = 60;

function endOfLine(text: string, lines: number): number {
  let end = -1;
  for (let line = 0; line < lines && (end = text.indexOf('\n', end + 1)) >= 0; line++);
  return end < 0 ? text.length : end;
}

describe('IncrementalAnalyzer through a chain of edits near the head', function () {
  this.timeout(300_000);
  for (const { folder, file, typed } of CASES) {
    it(`equals a full analyze() after each of a chain of edits near the head of ${file}, and keeps some of them local`, () => {
      let text = readFileSync(join(repoRoot(), 'test/corpus', folder, file), 'utf8');
      const random = generator(20261205);
      const analyzer = new IncrementalAnalyzer({}, file);
      analyzer.update(text);
      let local = 0;
      for (let i = 0; i < EDITS; i++) {
        const at = random(random(4) === 0 ? text.length : endOfLine(text, HEAD_LINES));
        // Mostly one character, as typing is: those are the edits that stay local and carry the keys on.
        const insert = random(3) === 0 ? typed[random(typed.length)]! : typed[random(2)]!;
        const removed = random(5) === 0 ? random(4) : 0;
        const edited = text.slice(0, at) + insert + text.slice(at + removed);
        const result = analyzer.update(edited, [{ rangeOffset: at, rangeLength: removed, text: insert }]);
        if (analyzer.lastMode === 'line') local++;
        assert.ok(isDeepStrictEqual(result, analyze(edited, {}, file)), `edit ${i}: ${JSON.stringify(insert)} at ${at} replacing ${removed}`);
        text = edited;
      }
      assert.ok(local > 0, 'no edit stayed local');
    });
  }
});
