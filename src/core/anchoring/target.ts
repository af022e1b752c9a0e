import type { AnnotationTarget } from '../sidecar/model';
import { splitsSurrogatePair, type Span } from '../text/positions';

/** How much context a target keeps on each side, in UTF-16 units (as Hypothesis does). */
export const CONTEXT_LENGTH = 32;

/** Widens a span so that neither end falls inside a surrogate pair. */
export function snapToCodePoints(text: string, span: Span): Span {
  const start = splitsSurrogatePair(text, span.start) ? span.start - 1 : span.start;
  const end = splitsSurrogatePair(text, span.end) ? span.end + 1 : span.end;
  return start === span.start && end === span.end ? span : { start, end };
}

/** The quote and position selectors for `span` in `text`. */
export function quoteTarget(text: string, span: Span, contextLength = CONTEXT_LENGTH): AnnotationTarget {
  const { start, end } = snapToCodePoints(text, span);
  let prefixStart = Math.max(0, start - contextLength);
  if (splitsSurrogatePair(text, prefixStart)) prefixStart++;
  let suffixEnd = Math.min(text.length, end + contextLength);
  if (splitsSurrogatePair(text, suffixEnd)) suffixEnd--;
  return { exact: text.slice(start, end), prefix: text.slice(prefixStart, start), suffix: text.slice(end, suffixEnd), start, end };
}
