import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../../src/core/analysis/analyze';
import type { Analysis, AnalysisOptions, Turn } from '../../../src/core/analysis/model';
import { LineIndex, type Range, type Span } from '../../../src/core/text/positions';

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
