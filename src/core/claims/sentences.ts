import type { TranscriptFormat } from '../analysis/model';
import type { LineIndex, Span } from '../text/positions';
import {
  isHeadingOrDecoration,
  isStageDirectionLine,
  isSubtitleMachinery,
  isTitleLine,
  leadingMarkupLength,
  trailingMarkupLength,
} from './lineFilters';
import { endsWithTerminator, sentenceSpans } from './sentenceBreaks';

export interface Sentence {
  readonly text: string;
  /** UTF-16 offsets into the document, trimmed: `text === document.slice(span.start, span.end)`. */
  readonly span: Span;
}

export interface SentenceOptions {
  /** Speaker labels (`Turn.labelSpan`): never part of a sentence. */
  readonly labelSpans?: readonly Span[];
  /** Headings and stage directions found elsewhere: a line these cover holds no sentence. */
  readonly skipSpans?: readonly Span[];
  /** Subtitle formats turn off the title-line guess (cue text is often unpunctuated). */
  readonly format?: TranscriptFormat;
}

const LABEL_TAIL = /^[\s:：]+/;

/** Finds spans sorted by start that overlap [start, end) (binary search, then a short walk). */
function firstOverlap(spans: readonly Span[], start: number, end: number): Span | undefined {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (spans[mid]!.end <= start) low = mid + 1;
    else high = mid;
  }
  const span = spans[low];
  return span && span.start < end ? span : undefined;
}

function sortedByStart(spans: readonly Span[] | undefined): Span[] {
  return spans ? [...spans].filter((s) => s.end > s.start).sort((a, b) => a.start - b.start || a.end - b.end) : [];
}

/** Line content as a span: without a speaker label or surrounding whitespace; null if empty. */
function contentOf(lines: LineIndex, line: number, labels: readonly Span[]): Span | null {
  const text = lines.text;
  let start = lines.lineStart(line);
  let end = lines.lineEnd(line);
  const label = firstOverlap(labels, start, end);
  if (label) {
    // Whatever precedes the label on its line (a timestamp, say) is markup, not speech.
    start = Math.max(start, label.end);
    const tail = LABEL_TAIL.exec(text.slice(start, Math.min(end, start + 8)));
    if (tail) start += tail[0].length;
  }
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return start < end ? { start, end } : null;
}

/** The content without list markers, timestamps and WebVTT tags around it. */
function withoutMarkup(text: string, content: Span): Span | null {
  let start = content.start + leadingMarkupLength(text.slice(content.start, content.end));
  const end = content.end - trailingMarkupLength(text.slice(start, content.end));
  while (start < end && /\s/.test(text[start]!)) start++;
  return start < end ? { start, end } : null;
}

/** True when a line's content should not be split at all. */
function isSkippedLine(lines: LineIndex, line: number, content: Span, labels: readonly Span[], skips: readonly Span[], subtitles: boolean): boolean {
  const text = lines.text.slice(content.start, content.end);
  const skip = firstOverlap(skips, content.start, content.end);
  if (skip && skip.start <= content.start && skip.end >= content.end) return true;
  const nextLine = line + 1 < lines.lineCount ? lines.lineText(line + 1) : undefined;
  if (isSubtitleMachinery(text, nextLine) || isHeadingOrDecoration(text) || isStageDirectionLine(text)) return true;
  if (subtitles) return false;
  const next = bodyAfterTitle(lines, line, labels);
  return isTitleLine(text, next ? lines.text.slice(next.start, next.end) : undefined);
}

/** The line a title would introduce: the next one, or past one blank line when the title stands alone in its block. */
function bodyAfterTitle(lines: LineIndex, line: number, labels: readonly Span[]): Span | null {
  if (line + 1 >= lines.lineCount) return null;
  const next = contentOf(lines, line + 1, labels);
  if (next || line + 2 >= lines.lineCount) return next;
  const standsAlone = line === 0 || !lines.lineText(line - 1).trim();
  return standsAlone ? contentOf(lines, line + 2, labels) : null;
}

/** A hard-wrapped English line: no terminator at the end, and the next line carries on in lower case. */
function carriesOn(lines: LineIndex, piece: Span, line: number, labels: readonly Span[]): boolean {
  const text = lines.text;
  if (endsWithTerminator(text, piece) || line + 1 >= lines.lineCount) return false;
  if (!/[A-Za-z0-9,;]$/.test(text.slice(piece.end - 1, piece.end))) return false;
  const nextStart = lines.lineStart(line + 1);
  if (firstOverlap(labels, nextStart, lines.lineEnd(line + 1))) return false;
  return /^[a-z]/.test(text.slice(nextStart, nextStart + 1));
}

/**
 * Splits the document into sentences, line by line (never over the whole text at once, which is what makes
 * `Intl.Segmenter` quadratic), skipping speaker labels, subtitle cue numbers and timings, headings, stage
 * directions and title lines. Linear in the length of the text.
 */
export function splitSentences(lines: LineIndex, options: SentenceOptions = {}): Sentence[] {
  const labels = sortedByStart(options.labelSpans);
  const skips = sortedByStart(options.skipSpans);
  const subtitles = options.format === 'srt' || options.format === 'vtt';
  const text = lines.text;
  const sentences: Sentence[] = [];
  let carriedStart = -1;
  for (let line = 0; line < lines.lineCount; line++) {
    const raw = contentOf(lines, line, labels);
    const content = raw && (carriedStart >= 0 || !isSkippedLine(lines, line, raw, labels, skips, subtitles)) ? withoutMarkup(text, raw) : null;
    if (!content) {
      carriedStart = -1;
      continue;
    }
    const from = carriedStart >= 0 ? carriedStart : content.start;
    carriedStart = -1;
    const spans = sentenceSpans(text, from, content.end);
    const last = spans[spans.length - 1];
    if (last && carriesOn(lines, last, line, labels)) {
      spans.pop();
      carriedStart = last.start;
    }
    for (const span of spans) sentences.push({ text: text.slice(span.start, span.end), span });
  }
  return sentences;
}

/** The sentence containing `offset` (or ending right at it), splitting only that line; for "tag the sentence under the cursor". */
export function sentenceAt(lines: LineIndex, offset: number, options: SentenceOptions = {}): Sentence | null {
  const labels = sortedByStart(options.labelSpans);
  const line = lines.lineAt(offset);
  const raw = contentOf(lines, line, labels);
  const content = raw && withoutMarkup(lines.text, raw);
  if (!content) return null;
  for (const span of sentenceSpans(lines.text, content.start, content.end)) {
    if (span.start <= offset && offset <= span.end) return { text: lines.text.slice(span.start, span.end), span };
  }
  return null;
}
