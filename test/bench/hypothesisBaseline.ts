import search from 'approx-string-match';
import type { AnnotationTarget } from '../../src/core/sidecar/model';
import type { Span } from '../../src/core/text/positions';

/**
 * The baseline the re-anchoring benchmark compares against: Hypothesis's quote matching
 * (client `match-quote.ts`, read for its approach): exact occurrences if any, else approx-string-match over
 * the whole text with up to half the quote's length in errors, every match scored 50·quote + 20·prefix +
 * 20·suffix + 2·position, best match taken. No window, no folding, no threshold.
 */
export function hypothesisAnchor(text: string, target: AnnotationTarget): Span | null {
  const maxErrors = Math.min(256, Math.floor(target.exact.length / 2));
  const matches = exactOrApproximate(text, target.exact, maxErrors);
  if (!matches.length) return null;
  let best: { span: Span; score: number } | undefined;
  for (const match of matches) {
    const quoteScore = 1 - match.errors / target.exact.length;
    const prefixScore = target.prefix ? textMatchScore(text.slice(Math.max(0, match.start - target.prefix.length), match.start), target.prefix) : 1;
    const suffixScore = target.suffix ? textMatchScore(text.slice(match.end, match.end + target.suffix.length), target.suffix) : 1;
    const positionScore = 1 - Math.abs(match.start - target.start) / text.length;
    const score = (50 * quoteScore + 20 * prefixScore + 20 * suffixScore + 2 * positionScore) / 92;
    if (!best || score > best.score) best = { span: { start: match.start, end: match.end }, score };
  }
  return best!.span;
}

/**
 * Hypothesis's first check (client `anchoring/html.ts`: the position selector, kept when the text there
 * equals the quote), then the quote search above: the baseline for unchanged text.
 */
export function hypothesisAnchorPositionFirst(text: string, target: AnnotationTarget): Span | null {
  if (text.slice(target.start, target.end) === target.exact) return { start: target.start, end: target.end };
  return hypothesisAnchor(text, target);
}

interface Match {
  start: number;
  end: number;
  errors: number;
}

function exactOrApproximate(text: string, quote: string, maxErrors: number): Match[] {
  const exact: Match[] = [];
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) exact.push({ start: at, end: at + quote.length, errors: 0 });
  return exact.length ? exact : search(text, quote, maxErrors);
}

function textMatchScore(text: string, pattern: string): number {
  if (!pattern.length || !text.length) return 0;
  const matches = exactOrApproximate(text, pattern, pattern.length);
  if (!matches.length) return 0;
  return 1 - Math.min(...matches.map((m) => m.errors)) / pattern.length;
}
