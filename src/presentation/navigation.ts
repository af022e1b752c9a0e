import type { Span } from '../core/text/positions';

/** The first span starting after `offset` (wrapping to the first), or `undefined` when there are none. */
export function nextSpan(spans: readonly Span[], offset: number): Span | undefined {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  return sorted.find((span) => span.start > offset) ?? sorted[0];
}

/** The last span starting before `offset` (wrapping to the last), or `undefined` when there are none. */
export function previousSpan(spans: readonly Span[], offset: number): Span | undefined {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  for (let i = sorted.length - 1; i >= 0; i--) if (sorted[i]!.start < offset) return sorted[i];
  return sorted[sorted.length - 1];
}

/** The innermost span that contains `offset` (its end included, so a cursor right after a sentence still finds it). */
export function spanAt<T extends { readonly span: Span | null }>(items: readonly T[], offset: number): T | undefined {
  let best: T | undefined;
  for (const item of items) {
    const span = item.span;
    if (!span || offset < span.start || offset > span.end) continue;
    if (!best || span.end - span.start < best.span!.end - best.span!.start) best = item;
  }
  return best;
}

/**
 * Every item whose span contains `offset` (ends included, as in `spanAt`), innermost first, then in the order
 * given: several annotators' tags on one statement.
 */
export function spansAt<T extends { readonly span: Span | null }>(items: readonly T[], offset: number): T[] {
  const length = (item: T): number => item.span!.end - item.span!.start;
  return items.filter((item) => item.span && offset >= item.span.start && offset <= item.span.end).sort((a, b) => length(a) - length(b));
}

const SENTENCE_END = /[。！？!?；;]/u;
const CLOSING = /[」』”’"')）]/u;

/**
 * The sentence around `offset` within its line, for tagging when nothing is selected and the analysis has no
 * claim there: from after the previous sentence end to the next one (closing quotes included), trimmed.
 * Returns `undefined` on a blank line.
 */
export function sentenceAround(text: string, offset: number): Span | undefined {
  let lineStart = offset;
  while (lineStart > 0 && text[lineStart - 1] !== '\n' && text[lineStart - 1] !== '\r') lineStart--;
  let lineEnd = offset;
  while (lineEnd < text.length && text[lineEnd] !== '\n' && text[lineEnd] !== '\r') lineEnd++;
  let start = offset;
  while (start > lineStart && !isSentenceBoundaryBefore(text, start)) start--;
  let end = offset;
  while (end < lineEnd && !endsSentence(text, end)) end++;
  if (end < lineEnd) {
    end++;
    while (end < lineEnd && CLOSING.test(text[end]!)) end++;
  }
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : undefined;
}

/** True when the character at `index` ends a sentence: a CJK or `!?;` mark, or a full stop before a space. */
function endsSentence(text: string, index: number): boolean {
  const ch = text[index]!;
  if (SENTENCE_END.test(ch)) return true;
  return ch === '.' && (index + 1 >= text.length || /\s/u.test(text[index + 1]!));
}

/** True when a sentence ends right before `index` (an end mark, possibly followed by closing quotes, then spaces). */
function isSentenceBoundaryBefore(text: string, index: number): boolean {
  let i = index - 1;
  while (i >= 0 && /[ \t]/u.test(text[i]!)) i--;
  while (i >= 0 && CLOSING.test(text[i]!)) i--;
  return i >= 0 && endsSentence(text, i);
}
