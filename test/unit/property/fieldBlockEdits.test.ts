import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { analyze } from '../../../src/core/analysis/analyze';
import { IncrementalAnalyzer } from '../../../src/core/analysis/incremental';
import { repoRoot } from '../repoRoot';
import { generator } from './arbitraries';
import { searchRuns } from '../searchBudget';

/** What is typed: sentence ends and their absence, field and speaker labels, line breaks that join or split a block. */
const OTEL_TYPED = ['a', ' ', '.', '?', ':', '\n', '\n\n', 'Duration: ', 'SIG: ', 'Roger Coll: ', ' minutes', '**', ' we spoke long.'];
/**
 * `local`: some edits must stay local (the other files fall back for reasons of their own). `without`: a line
 * left out, so that the block is two lines, which no other reading of field runs covers.
 */
/** Dev files that open with a block of fields: a Zoom transcript's header, an interview's credits, minutes' header. */
const CASES: { folder: string; file: string; typed: string[]; local?: boolean; without?: string }[] = [
  { folder: 'en', file: 'otel-system-semconv-wg-2025-07-03-zoom.txt', typed: OTEL_TYPED, local: true },
  { folder: 'en', file: 'otel-system-semconv-wg-2025-07-03-zoom.txt', typed: OTEL_TYPED, local: true, without: 'Date: 2025-07-03\n' },
  { folder: 'zh-Hant', file: 'anntw-tsai-ing-wen-interview-2009-02-18.txt', typed: ['人', ' ', '。', '？', ':', '：', '\n', '\n\n', '主持人:', '整理:', '蔡英文:', '問:'] },
  { folder: 'zh-Hant', file: 'coconut-city-committee-minutes-2025-03-11.md', typed: ['人', ' ', '。', ':', '：', '\n', '\n\n', '**主席**: ', '**記錄**: ', '<br>'] },
];
/** Half the edits land in the block's lines, a quarter a few lines below it, a quarter anywhere (a label below renamed). */
const BLOCK_LINES = 9;
const NEAR_LINES = 20;
const EDITS_PER_FILE = searchRuns(80);

describe('IncrementalAnalyzer on documents whose head is a block of fields', function () {
  this.timeout(300_000);
  for (const { folder, file, typed, local: mustStayLocal, without } of CASES) {
    it(`equals a full analyze() after random edits in and below the field block of ${file}${without ? ' (a two-line block)' : ''}${mustStayLocal ? ', and keeps some of them local' : ''}`, () => {
      const whole = readFileSync(join(repoRoot(), 'test/corpus', folder, file), 'utf8');
      const text = without ? whole.replace(without, '') : whole;
      assert.ok(text !== whole || !without, without);
      const endOfLine = (lines: number): number => {
        let end = -1;
        for (let line = 0; line < lines && (end = text.indexOf('\n', end + 1)) >= 0; line++);
        return end;
      };
      const block = endOfLine(BLOCK_LINES);
      const near = endOfLine(NEAR_LINES);
      const random = generator(20261205);
      let local = 0;
      for (let i = 0; i < EDITS_PER_FILE; i++) {
        const analyzer = new IncrementalAnalyzer({}, file);
        analyzer.update(text);
        const where = random(4);
        const at = random(where === 0 ? text.length : where === 1 ? near : block);
        const removed = random(4) === 0 ? random(6) : 0;
        const insert = typed[random(typed.length)]!;
        const edited = text.slice(0, at) + insert + text.slice(at + removed);
        const result = analyzer.update(edited, [{ rangeOffset: at, rangeLength: removed, text: insert }]);
        if (analyzer.lastMode === 'line') local++;
        assert.ok(isDeepStrictEqual(result, analyze(edited, {}, file)), `edit ${i}: ${JSON.stringify(insert)} at ${at} replacing ${removed}`);
      }
      if (mustStayLocal) assert.ok(local > 0, 'no edit stayed local');
    });
  }
});
