import { findQuote } from '../core/anchoring/findQuote';
import { placeAnnotations, type AnchoredAnnotation } from '../core/export/place';
import type { Annotation } from '../core/sidecar/model';
import { LineIndex, type Span } from '../core/text/positions';
import { CliError, EXIT_FINDINGS, EXIT_UNUSABLE_INPUT } from './io';

/** How many occurrences or tags an ambiguity message lists before "…". */
const LISTED = 5;

/**
 * The occurrence of `quote` to act on. A quote found more than once is refused unless `occurrence` picks
 * one: tagging the first of 426 "the"s silently is never what was meant.
 */
export function quoteOccurrence(command: string, file: string, text: string, quote: string, occurrence: number | undefined): Span {
  const spans = findQuote(text, quote);
  if (!spans.length) throw new CliError(`${command}: ${file}: quote not found: ${JSON.stringify(quote)}`, EXIT_FINDINGS);
  if (occurrence !== undefined) {
    const span = spans[occurrence - 1];
    if (!span) throw new CliError(`${command}: ${file}: the quote occurs ${times(spans.length)}, so there is no occurrence ${occurrence}`, EXIT_FINDINGS);
    return span;
  }
  if (spans.length > 1) {
    const lines = new LineIndex(text);
    const where = spans.slice(0, LISTED).map((s) => lines.positionAt(s.start).line + 1);
    throw new CliError(
      `${command}: ${file}: the quote occurs ${times(spans.length)} (lines ${where.join(', ')}${spans.length > LISTED ? ', …' : ''}); ` +
        `choose one with --occurrence N (1–${spans.length}) or quote more of the text`,
      EXIT_UNUSABLE_INPUT,
    );
  }
  return spans[0]!;
}

function times(n: number): string {
  return n === 1 ? 'once' : `${n} times`;
}

/** What picks existing tags: `--id`, or `--quote` with an optional `--occurrence`. */
export interface TagSelector {
  readonly id?: string | undefined;
  readonly quote?: string | undefined;
  readonly occurrence?: number | undefined;
}

/**
 * The one tag the selector names, placed in the text as it is now. By quote: the tag on that occurrence of
 * the quote (overlapping it), or an orphan whose stored quote is exactly it. Several candidates are refused,
 * listed with their ids, so nothing is changed by a guess.
 */
export function selectTag(command: string, file: string, text: string, annotations: readonly Annotation[], selector: TagSelector): AnchoredAnnotation {
  const placed = placeAnnotations(text, annotations);
  if (selector.id !== undefined) {
    const byId = placed.filter((p) => p.annotation.id === selector.id || p.annotation.id.startsWith(selector.id!));
    if (byId.length === 1) return byId[0]!;
    if (!byId.length) throw new CliError(`${command}: ${file}: no tag with id ${selector.id}`, EXIT_FINDINGS);
    throw ambiguous(command, file, text, byId, 'several tags have ids starting with that; give more of the id');
  }
  const quote = selector.quote!;
  const spans = findQuote(text, quote);
  const onSpan = (span: Span) => placed.filter((p) => p.span && p.span.start < span.end && span.start < p.span.end);
  let candidates: AnchoredAnnotation[];
  if (selector.occurrence !== undefined) {
    const span = spans[selector.occurrence - 1];
    if (!span) throw new CliError(`${command}: ${file}: the quote occurs ${times(spans.length)}, so there is no occurrence ${selector.occurrence}`, EXIT_FINDINGS);
    candidates = onSpan(span);
  } else {
    candidates = [...new Set(spans.flatMap(onSpan))];
    if (!candidates.length) candidates = placed.filter((p) => p.status === 'orphaned' && p.annotation.target.exact === quote);
  }
  if (candidates.length === 1) return candidates[0]!;
  if (!candidates.length) throw new CliError(`${command}: ${file}: no tag on ${JSON.stringify(quote)}${spans.length ? '' : ' (the quote is not in the file)'}`, EXIT_FINDINGS);
  throw ambiguous(command, file, text, candidates, 'several tags match; choose one with --id (or --occurrence N for the Nth occurrence of the quote)');
}

function ambiguous(command: string, file: string, text: string, candidates: readonly AnchoredAnnotation[], advice: string): CliError {
  const lines = new LineIndex(text);
  const listed = candidates.slice(0, LISTED).map((p) => `${p.annotation.id.slice(0, 8)} (${p.annotation.kind}${p.span ? `, line ${lines.positionAt(p.span.start).line + 1}` : ', orphaned'})`);
  return new CliError(`${command}: ${file}: ${advice}: ${listed.join(', ')}${candidates.length > LISTED ? ', …' : ''}`, EXIT_UNUSABLE_INPUT);
}
