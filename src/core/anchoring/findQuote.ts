import type { Span } from '../text/positions';
import { trimLayout } from '../text/typography';
import { foldForAnchoring } from './anchoringFold';

/**
 * Where `quote` occurs in `text`, in order. When it does not occur as typed, occurrences after folding
 * both (to Simplified Chinese, and their spacing, line breaks and punctuation forms) count too, so a quote
 * typed in either script, or copied from a re-wrapped or re-punctuated copy, finds the text.
 */
export function findQuote(text: string, quote: string): Span[] {
  if (!quote) return [];
  const found: Span[] = [];
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) found.push({ start: at, end: at + quote.length });
  if (found.length) return found;
  const folded = foldForAnchoring(text);
  const foldedQuote = foldForAnchoring(quote).text;
  if (!foldedQuote || (folded.text === text && foldedQuote === quote)) return [];
  for (let at = folded.text.indexOf(foldedQuote); at >= 0; at = folded.text.indexOf(foldedQuote, at + 1)) {
    found.push(trimLayout(text, folded.map.spanToSource({ start: at, end: at + foldedQuote.length })));
  }
  return found;
}
