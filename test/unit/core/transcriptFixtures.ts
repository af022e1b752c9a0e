import * as assert from 'node:assert/strict';
import { isDeepStrictEqual } from 'node:util';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../../src/core/analysis/analyze';
import { IncrementalAnalyzer } from '../../../src/core/analysis/incremental';
import type { Analysis, AnalysisOptions, Turn } from '../../../src/core/analysis/model';
import { LineIndex, type Range, type Span } from '../../../src/core/text/positions';
import { offsetStride } from '../searchBudget';

export const FIXTURES = join(process.cwd(), 'test', 'fixtures', 'transcripts');

export function readFixture(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}

export interface AnalysedFixture {
  readonly text: string;
  readonly lines: LineIndex;
  readonly analysis: Analysis;
  readonly slice: (span: Span) => string;
  readonly range: (span: Span) => Range;
}

export function analyseText(text: string, fileName: string, options: AnalysisOptions = {}): AnalysedFixture {
  const lines = new LineIndex(text);
  return {
    text,
    lines,
    analysis: analyze(text, options, fileName),
    slice: (span) => text.slice(span.start, span.end),
    range: (span) => lines.rangeOf(span),
  };
}

export function analyseFixture(name: string, options: AnalysisOptions = {}): AnalysedFixture {
  return analyseText(readFixture(name), name, options);
}

/** `speaker: first words of the turn`, for compact assertions on who speaks where. */
export function turnSummary(fixture: AnalysedFixture, turn: Turn): string {
  return `${turn.speaker}|${turn.source}|${fixture.slice(turn.span).replace(/\r?\n/g, '⏎')}`;
}

/** Each non-blank line's speaker: the turn covering its first character, or '-' for none or an aside. */
export function lineSpeakers(fixture: AnalysedFixture): string[] {
  const { lines, analysis, text } = fixture;
  const found: string[] = [];
  for (let line = 0; line < lines.lineCount; line++) {
    let start = lines.lineStart(line);
    let end = lines.lineEnd(line);
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (start === end) continue;
    const aside = analysis.stageDirections.some((d) => d.span.start <= start && end <= d.span.end);
    found.push(aside ? '-' : analysis.turns.find((t) => t.span.start <= start && start < t.span.end)?.speaker ?? '-');
  }
  return found;
}

/**
 * Replaces the first `from` in `text` by `to` through the incremental analyzer (one reported change)
 * and asserts the result equals a fresh analyze() of the edited text, for each [text, from, to].
 */
export function assertReplacementsMatchAnalyze(cases: readonly (readonly [string, string, string])[], fileName: string): void {
  for (const [text, from, to] of cases) {
    const analyzer = new IncrementalAnalyzer({}, fileName);
    analyzer.update(text);
    const at = text.indexOf(from);
    assert.ok(at >= 0, `${JSON.stringify(from)} is not in the text`);
    const edited = `${text.slice(0, at)}${to}${text.slice(at + from.length)}`;
    assert.deepStrictEqual(analyzer.update(edited, [{ rangeOffset: at, rangeLength: from.length, text: to }]), analyze(edited, {}, fileName), JSON.stringify([from, to]));
  }
}

/**
 * At every third offset of `text` from `from` to `to` (the whole text unless given; a wider stride in a quick run: searchBudget.ts), each of
 * `edits` ([typed, characters removed]) made through a fresh incremental analyzer must equal a fresh analyze() of the edited text.
 * Returns how many edits stayed local.
 */
export function assertEditsAcrossOffsetsMatchAnalyze(text: string, fileName: string, edits: readonly (readonly [string, number])[], from = 0, to = text.length): number {
  let local = 0;
  for (let at = from; at <= to; at += offsetStride(3)) {
    for (const [typed, removed] of edits) {
      if (at + removed > text.length) continue;
      const analyzer = new IncrementalAnalyzer({}, fileName);
      analyzer.update(text);
      const edited = text.slice(0, at) + typed + text.slice(at + removed);
      const result = analyzer.update(edited, [{ rangeOffset: at, rangeLength: removed, text: typed }]);
      if (analyzer.lastMode === 'line') local++;
      assert.ok(isDeepStrictEqual(result, analyze(edited, {}, fileName)), `${JSON.stringify(typed)} at ${at} replacing ${removed}`);
    }
  }
  return local;
}
