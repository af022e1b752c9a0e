import { headingSpans } from '../analysis/analyze';
import type { Analysis, TranscriptFormat } from '../analysis/model';
import { sentenceSpansOf, sentenceText, type Sentence } from '../claims/sentences';
import { CaptionRepeats } from '../claims/captionLines';
import { matchingKey } from '../text/charFold';
import type { LineIndex, Span } from '../text/positions';

export interface RankedSentence<T extends { readonly span: Span }> {
  readonly sentence: T;
  /** 0–1: how much of the quote's wording the sentence shares. */
  readonly likeness: number;
}

/** Pairs of adjacent characters, spaces dropped and case and script folded, with their counts. */
function bigrams(text: string): Map<string, number> {
  const key = matchingKey(text).replace(/\s+/gu, '');
  const grams = new Map<string, number>();
  if (key.length === 1) grams.set(key, 1);
  for (let i = 0; i + 1 < key.length; i++) {
    const gram = key.slice(i, i + 2);
    grams.set(gram, (grams.get(gram) ?? 0) + 1);
  }
  return grams;
}

/** Dice's coefficient over character pairs: 1 for the same wording, 0 for none in common; order within the text barely matters. */
function dice(a: Map<string, number>, b: Map<string, number>): number {
  let sizeA = 0;
  let sizeB = 0;
  let shared = 0;
  for (const count of a.values()) sizeA += count;
  for (const [gram, count] of b) {
    sizeB += count;
    shared += Math.min(count, a.get(gram) ?? 0);
  }
  return sizeA + sizeB === 0 ? 0 : (2 * shared) / (sizeA + sizeB);
}

/**
 * Sentences ordered by how much of a lost quote's wording they share (Traditional and Simplified, upper and
 * lower case alike), most alike first; equally alike ones in document order. For relocating an orphaned tag:
 * the sentence it was on, edited, is usually among the first.
 */
export function rankByLikeness<T extends { readonly span: Span }>(quote: string, sentences: readonly T[], textOf: (sentence: T) => string): RankedSentence<T>[] {
  const target = bigrams(quote);
  return sentences
    .map((sentence) => ({ sentence, likeness: dice(target, bigrams(textOf(sentence))) }))
    .sort((a, b) => b.likeness - a.likeness || a.sentence.span.start - b.sentence.span.start);
}

/**
 * Every sentence of an analysed transcript, suggested claim or not (labels left out, headings and stage
 * directions skipped as the claim finder skips them), ranked by likeness to `quote`.
 */
export function relocationCandidates(lines: LineIndex, analysis: Analysis, quote: string, format: TranscriptFormat): RankedSentence<Sentence>[] {
  const labelSpans = analysis.turns.flatMap((turn) => (turn.labelSpan ? [turn.labelSpan] : []));
  const skipSpans = [...headingSpans(analysis.topics), ...analysis.stageDirections.map((direction) => direction.span)];
  const captionRepeats = format === 'srt' || format === 'vtt' ? CaptionRepeats.of(lines) : undefined;
  const sentences = sentenceSpansOf(lines, { labelSpans, skipSpans, format, captionRepeats }).map((span) => ({ span, text: sentenceText(lines.text, span, format, captionRepeats) }));
  return rankByLikeness(quote, sentences, (sentence) => sentence.text);
}
