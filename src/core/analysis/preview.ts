import type { Span } from '../text/positions';
import { analyze } from './analyze';
import { detectFormat } from './format';
import type { Analysis, AnalysisOptions } from './model';

/** What a preview draws: turns, stage directions and suggested claims, in offsets of the whole text. */
export type PreviewAnalysis = Pick<Analysis, 'speakers' | 'turns' | 'stageDirections' | 'claims'>;

/**
 * A quick, approximate analysis of the part of `text` between offsets `start` and `end` (widened to whole
 * lines), for drawing the visible lines of a large document before its full analysis is done. Near the
 * window's top, a turn continued from above has no speaker and a claim may be cut; the full analysis
 * replaces all of it.
 */
export function previewAnalysis(text: string, start: number, end: number, options: AnalysisOptions = {}, fileName = ''): PreviewAnalysis {
  const from = lineStartAt(text, Math.max(0, Math.min(start, text.length)));
  const to = lineEndAt(text, Math.max(from, Math.min(end, text.length)));
  // The format comes from the whole text (an SRT file's window need not start with a cue number).
  const analysis = analyze(text.slice(from, to), { ...options, format: options.format ?? detectFormat(fileName, text) }, fileName);
  const shift = (span: Span): Span => ({ start: span.start + from, end: span.end + from });
  return {
    speakers: analysis.speakers,
    turns: analysis.turns.map((turn) => ({ ...turn, span: shift(turn.span), labelSpan: turn.labelSpan && shift(turn.labelSpan) })),
    stageDirections: analysis.stageDirections.map((direction) => ({ ...direction, span: shift(direction.span) })),
    claims: analysis.claims.map((claim) => ({ ...claim, span: shift(claim.span) })),
  };
}

function lineStartAt(text: string, offset: number): number {
  let at = offset;
  while (at > 0 && text.charCodeAt(at - 1) !== 10 && text.charCodeAt(at - 1) !== 13) at--;
  return at;
}

function lineEndAt(text: string, offset: number): number {
  let at = offset;
  while (at < text.length && text.charCodeAt(at) !== 10 && text.charCodeAt(at) !== 13) at++;
  return at;
}
