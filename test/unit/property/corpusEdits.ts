import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { analyze } from '../../../src/core/analysis/analyze';
import { IncrementalAnalyzer } from '../../../src/core/analysis/incremental';
import { repoRoot } from '../repoRoot';
import { generator } from './arbitraries';
import { searchGoesOn } from '../searchBudget';

/** Random edits of real corpus files (or of test fixtures), each compared with a full analysis. */
export interface CorpusEditCase {
  /** Folder under `root` (`en`, `zh-Hans`…). */
  readonly folder: string;
  /** Folder of `folder`, from the repository root: `test/corpus` unless said otherwise. */
  readonly root?: string;
  readonly files: readonly string[];
  /** What may be typed at a random place. */
  readonly typed: readonly string[];
  /** An edit replaces fewer characters than this, one edit in four; the others only insert. */
  readonly removedBelow: number;
  readonly editsPerFile?: number;
  /** Each edit applies to the text the previous one left, on one analyzer (what an update carries over between edits is checked too). */
  readonly chained?: boolean;
  /** Files whose every edit is analysed in full (rolling captions): none may stay local. */
  readonly allFallBack?: boolean;
}

/**
 * One test per file: after each random edit the incremental result equals `analyze()` of the edited
 * text, and at least one edit stayed local (so the test also fails if everything falls back), or none
 * did where every edit must fall back.
 */
export function itEqualsAnalyzeAfterRandomEdits(edits: CorpusEditCase): void {
  for (const file of edits.files) {
    it(`equals a full analyze() after ${edits.chained ? 'a chain of ' : ''}random edits of ${file}, and ${edits.allFallBack ? 'analyses every one in full' : 'keeps some of them local'}`, () => {
      let text = readFileSync(join(repoRoot(), edits.root ?? 'test/corpus', edits.folder, file), 'utf8');
      const random = generator(20261204);
      let local = 0;
      let changedLocal = 0;
      const chain = new IncrementalAnalyzer({}, file);
      chain.update(text);
      for (let i = 0; searchGoesOn(i, edits.editsPerFile ?? 120, edits.allFallBack === true || local > 0); i++) {
        const analyzer = edits.chained ? chain : new IncrementalAnalyzer({}, file);
        if (!edits.chained) analyzer.update(text);
        const at = random(text.length);
        const removed = random(4) === 0 ? random(edits.removedBelow) : 0;
        const typed = edits.typed[random(edits.typed.length)]!;
        const edited = text.slice(0, at) + typed + text.slice(at + removed);
        const result = analyzer.update(edited, [{ rangeOffset: at, rangeLength: removed, text: typed }]);
        if (analyzer.lastMode === 'line') {
          local++;
          // An edit that types what it replaces leaves the text as it was: the last analysis stands, whatever the file.
          if (edited !== text) changedLocal++;
        }
        assert.ok(isDeepStrictEqual(result, analyze(edited, {}, file)), `edit ${i}: ${JSON.stringify(typed)} at ${at} replacing ${removed}`);
        if (edits.chained) text = edited;
      }
      if (edits.allFallBack) assert.equal(changedLocal, 0, 'an edit that changed the text stayed local');
      else assert.ok(local > 0, 'no edit stayed local');
    });
  }
}
