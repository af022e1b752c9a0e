import type { Turn, TurnSource } from '../analysis/model';
import type { Span } from '../text/positions';
import { CLOSING_QUOTES, OPENING_QUOTES } from './chars';

interface OpenTurn {
  speaker: string;
  start: number;
  labelSpan: Span;
  source: TurnSource;
  end: number;
  timestamp: string | null;
  /** Lines after the label line. */
  hasContent: boolean;
  /** Narration handed over to a quote: the turn ends where the quote closes. */
  endsAtQuoteClose: boolean;
  quoteDepth: number;
  /** Inside a straight `"` quote, whose opening and closing marks look the same. */
  inStraightQuote: boolean;
}

/** Most recent names searched when narration names no speaker (`老黃看着…，趕緊說:`). */
const MAX_NAMES_SEARCHED = 300;

/** Accumulates turns as the scan opens, extends and closes them. */
export class TurnBuilder {
  private readonly turns: Turn[] = [];
  private current: OpenTurn | null = null;
  private readonly names = new Map<string, number>();
  private nameCounter = 0;

  constructor(private readonly aliases: Readonly<Record<string, string>> | undefined) {}

  get hasStarted(): boolean {
    return this.turns.length > 0 || this.current !== null;
  }

  get hasContent(): boolean {
    return this.current?.hasContent ?? false;
  }

  get currentSource(): TurnSource | null {
    return this.current?.source ?? null;
  }

  /** The speaker of the open turn, or of the last closed one. */
  get lastSpeaker(): string | null {
    return this.current?.speaker ?? this.turns[this.turns.length - 1]?.speaker ?? null;
  }

  currentSpeakerIs(name: string): boolean {
    return this.current !== null && this.current.speaker === this.canonical(name);
  }

  open(name: string, labelSpan: Span, source: TurnSource, lineEnd: number, timestamp: string | null): void {
    this.close();
    this.names.set(name, this.nameCounter++);
    this.current = {
      speaker: this.canonical(name),
      start: labelSpan.start,
      labelSpan,
      source,
      end: Math.max(lineEnd, labelSpan.end),
      timestamp,
      hasContent: false,
      endsAtQuoteClose: false,
      quoteDepth: 0,
      inStraightQuote: false,
    };
  }

  /** Makes a name known before it opens a turn, so narration that only mentions it can be resolved. */
  remember(name: string): void {
    if (!this.names.has(name)) this.names.set(name, this.nameCounter++);
  }

  endAtQuoteClose(enabled: boolean): void {
    if (this.current) this.current.endsAtQuoteClose = enabled;
  }

  /** A line of speech (or anything that is not a new label) from `start` to `end`. */
  extend(text: string, start: number, end: number): void {
    const turn = this.current;
    if (!turn) return;
    turn.end = end;
    turn.hasContent = true;
    if (!turn.endsAtQuoteClose) return;
    for (let i = start; i < end; i++) {
      const ch = text[i]!;
      if (ch === '"') turn.inStraightQuote = !turn.inStraightQuote;
      else if (OPENING_QUOTES.has(ch)) turn.quoteDepth++;
      else if (CLOSING_QUOTES.has(ch)) turn.quoteDepth--;
    }
    if (turn.quoteDepth <= 0 && !turn.inStraightQuote) this.close();
  }

  close(): void {
    const turn = this.current;
    if (!turn) return;
    this.current = null;
    const closed: Turn = { speaker: turn.speaker, span: { start: turn.start, end: turn.end }, labelSpan: turn.labelSpan, source: turn.source };
    this.turns.push(turn.timestamp ? { ...closed, timestamp: turn.timestamp } : closed);
  }

  /** The known name mentioned last in `text` (the longest on a tie), as written. */
  lastKnownNameIn(text: string): string | null {
    let best: string | null = null;
    let bestAt = -1;
    const recent = [...this.names].sort((a, b) => b[1] - a[1]).slice(0, MAX_NAMES_SEARCHED);
    for (const [name] of recent) {
      const at = text.lastIndexOf(name);
      if (at > bestAt || (at >= 0 && at === bestAt && best !== null && name.length > best.length)) {
        best = name;
        bestAt = at;
      }
    }
    return best;
  }

  finish(): Turn[] {
    this.close();
    return this.turns;
  }

  private canonical(name: string): string {
    return this.aliases?.[name] ?? name;
  }
}
