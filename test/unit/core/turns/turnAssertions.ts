import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analysis/analyze';
import { IncrementalAnalyzer } from '../../../../src/core/analysis/incremental';
import type { Analysis } from '../../../../src/core/analysis/model';

/** The speaker of the turn covering the start of the line holding `needle`, or null. */
export function speakerAt(text: string, analysis: Analysis, needle: string): string | null {
  const at = text.indexOf(needle);
  assert.ok(at >= 0, needle);
  return analysis.turns.find((t) => t.span.start <= at && at < t.span.end)?.speaker ?? null;
}

/** Replaces the first `from` with `to` through an incremental analyzer and asserts it equals a fresh analyze(). */
export function assertEditEqualsAnalyze(text: string, fileName: string, from: string, to: string): IncrementalAnalyzer {
  const analyzer = new IncrementalAnalyzer({}, fileName);
  analyzer.update(text);
  const at = text.indexOf(from);
  assert.ok(at >= 0, from);
  const edited = `${text.slice(0, at)}${to}${text.slice(at + from.length)}`;
  assert.deepStrictEqual(analyzer.update(edited, [{ rangeOffset: at, rangeLength: from.length, text: to }]), analyze(edited, {}, fileName));
  return analyzer;
}
