import { foldToSimplified } from '../text/fold';
import type { Span } from '../text/positions';

/**
 * Where `quote` occurs in `text`, in order. When it does not occur as typed, occurrences after folding
 * both to Simplified Chinese count too, so a quote typed in either script finds the text.
 */
export function findQuote(text: string, quote: string): Span[] {
  if (!quote) return [];
  const found: Span[] = [];
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) found.push({ start: at, end: at + quote.length });
  if (found.length) return found;
  const folded = foldToSimplified(text);
  const foldedQuote = foldToSimplified(quote).text;
  if (folded.text === text && foldedQuote === quote) return [];
  for (let at = folded.text.indexOf(foldedQuote); at >= 0; at = folded.text.indexOf(foldedQuote, at + 1)) {
    found.push(folded.map.spanToSource({ start: at, end: at + foldedQuote.length }));
  }
  return found;
}
