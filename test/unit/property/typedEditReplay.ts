// One loop for the property tests that type into a generated document: each typed edit goes through one incremental
// analyzer, and every result must equal a fresh analyze() of the edited text.
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analysis/analyze';
import { IncrementalAnalyzer } from '../../../src/core/analysis/incremental';
import type { AnalysisOptions } from '../../../src/core/analysis/model';
import { applyChange, typedChange } from './arbitraries';

/** An edit as the typed-edit arbitraries draw it (see typedChange). */
export interface TypedEdit {
  readonly at: number;
  readonly kind: string;
  readonly count: number;
  readonly typed: string;
}

export interface ReplaySetup {
  readonly options?: AnalysisOptions;
  readonly blockSize?: number;
  /** Told of each change, the text before it and whether the analyzer kept it local. */
  readonly onEdit?: (change: { rangeOffset: number; rangeLength: number; text: string }, before: string, local: boolean) => void;
}

/** Replays `edits` on `initial` (lines broken by `br`), asserting each result equals analyze(); how many edits stayed local. */
export function replayTypedEdits(initial: string, br: string, edits: readonly TypedEdit[], fileName: string, setup: ReplaySetup = {}): { local: number; total: number } {
  const options = setup.options ?? {};
  const analyzer = new IncrementalAnalyzer(options, fileName, setup.blockSize);
  let text = initial;
  analyzer.update(text);
  let local = 0;
  for (const e of edits) {
    const change = typedChange(text, br, e);
    const before = text;
    text = applyChange(text, change);
    const result = analyzer.update(text, [change]);
    const kept = analyzer.lastMode === 'line';
    if (kept) local++;
    setup.onEdit?.(change, before, kept);
    assert.deepStrictEqual(result, analyze(text, options, fileName));
  }
  return { local, total: edits.length };
}
