import { leadingMarkupLength, trailingMarkupLength } from '../core/claims/lineFilters';
import type { Span } from '../core/text/positions';

const HEADING_MARK = /^#{1,6}(?:[ \t]+|$)/u;
const CLOSING_HASHES = /[ \t]+#+$/u;
const EMPHASIS = /^(?:\*\*|__)/u;
const LABEL_SEPARATOR = /[\s:：]/u;

/**
 * The statement inside `span`: without the speaker label, the Markdown heading marks, list and quote marks,
 * timestamps, WebVTT tags and bold markers around it, and trimmed. What a tag should quote when the user
 * tags a heading, a label line or a whole selected line. `undefined` when nothing but markup is left.
 */
export function statementSpan(text: string, span: Span, labelSpans: readonly Span[]): Span | undefined {
  let { start, end } = span;
  const skipSpace = (): void => {
    while (start < end && /\s/u.test(text[start]!)) start++;
    while (end > start && /\s/u.test(text[end - 1]!)) end--;
  };
  skipSpace();
  for (let changed = true; changed && start < end; ) {
    changed = false;
    const label = labelSpans.find((candidate) => candidate.start <= start && candidate.end > start);
    if (label) {
      start = Math.min(end, label.end);
      while (start < end && LABEL_SEPARATOR.test(text[start]!)) start++;
      changed = true;
    }
    const content = text.slice(start, end);
    const leading = (HEADING_MARK.exec(content)?.[0].length ?? 0) || leadingMarkupLength(content);
    if (leading > 0) {
      start += leading;
      changed = true;
    }
    const trailing = CLOSING_HASHES.exec(content)?.[0].length ?? trailingMarkupLength(content);
    if (trailing > 0 && trailing < end - start) {
      end -= trailing;
      changed = true;
    }
    // `**the whole statement in bold**`: both markers go; one alone belongs to the text.
    const marker = EMPHASIS.exec(text.slice(start, end))?.[0];
    if (marker && end - start > 2 * marker.length && text.slice(end - marker.length, end) === marker) {
      start += marker.length;
      end -= marker.length;
      changed = true;
    }
    skipSpace();
  }
  return end > start ? { start, end } : undefined;
}
