import type { AnalysisOptions, Claim, TranscriptFormat, Turn } from '../analysis/model';
import { detectFormat } from '../analysis/format';
import type { LineIndex, Span } from '../text/positions';
import { matchingKey } from '../text/charFold';
import { classifyRange, classifySentence } from './classify';
import { sentenceSpansOf, sentenceText } from './sentences';

/** What other passes found that claims should step around. Optional: claims work without it. */
export interface ClaimContext {
  /** Headings and title lines (Topic.headingSpan), summary items (Topic.summaryLinks), stage directions: never claims. */
  readonly skipSpans?: readonly Span[];
  /** The format analyze detected (from the file name too); otherwise options.format or a guess from the content. */
  readonly format?: TranscriptFormat;
  /** matchingKey(lines.text), when the caller already has it. */
  readonly key?: string;
}

/** Splits the text into sentences and suggests a kind for each check-worthy one. */
export function findClaims(lines: LineIndex, turns: readonly Turn[], options: AnalysisOptions, context: ClaimContext = {}): Claim[] {
  const labelSpans: Span[] = [];
  for (const turn of turns) if (turn.labelSpan) labelSpans.push(turn.labelSpan);
  const format = context.format ?? options.format ?? detectFormat('', lines.text);
  const spans = sentenceSpansOf(lines, { labelSpans, skipSpans: context.skipSpans ?? [], format });
  const speakers = new SpeakerLookup(turns);
  // One fold of the whole document (same length, so sentence spans index it) instead of one per sentence.
  const key = context.key ?? matchingKey(lines.text);
  const subtitles = format === 'srt' || format === 'vtt';
  const claims: Claim[] = [];
  for (const span of spans) {
    // A subtitle sentence over several cues is classified without the cue numbers and timings between them.
    const classification = subtitles && spansLines(lines.text, span) ? classifySentence(sentenceText(lines.text, span, format), options) : classifyRange(lines.text, key, span.start, span.end, options);
    if (!classification) continue;
    const text = sentenceText(lines.text, span, format);
    claims.push({ text, span, speaker: speakers.at(span.start), kind: classification.kind, cues: classification.cues, confidence: classification.confidence });
  }
  return claims;
}

function spansLines(text: string, span: Span): boolean {
  for (let i = span.start; i < span.end; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}

/** The speaker of the turn containing an offset; queries come in document order, so a cursor walks forward. */
export class SpeakerLookup {
  private readonly turns: Turn[];
  private next = 0;

  constructor(turns: readonly Turn[]) {
    this.turns = [...turns].sort((a, b) => a.span.start - b.span.start);
  }

  at(offset: number): string | null {
    const turns = this.turns;
    if (this.next > 0 && turns[this.next - 1]!.span.start > offset) this.next = 0;
    while (this.next < turns.length && turns[this.next]!.span.start <= offset) this.next++;
    // The last turn starting at or before the offset, if it reaches that far.
    for (let i = this.next - 1; i >= 0 && i >= this.next - 4; i--) {
      const span = turns[i]!.span;
      if (span.start <= offset && offset < span.end) return turns[i]!.speaker;
    }
    return null;
  }
}
