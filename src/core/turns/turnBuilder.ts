import type { Turn, TurnSource } from '../analysis/model';
import type { Span } from '../text/positions';
import { CLOSING_QUOTES, OPENING_QUOTES } from './chars';
import { ownEntry } from '../text/nameTable';
import { MAX_NAME_LENGTH } from './speakerName';

interface OpenTurn {
  speaker: string;
  /** The name as the label wrote it, before aliases. */
  written: string;
  start: number;
  labelSpan: Span | null;
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


/** Accumulates turns as the scan opens, extends and closes them. */
export class TurnBuilder {
  private readonly turns: Turn[] = [];
  private current: OpenTurn | null = null;
  /** Every speaker a turn was opened for so far, after aliases. */
  private readonly openedFor = new Set<string>();
  /** Known names by their first code unit, for finding the last one mentioned in a line. */
  private readonly namesByFirstUnit = new Map<string, Set<string>>();

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

  /** Who spoke before the current (or last) speaker: the one a follow-up question (`追问：`) comes from. */
  get speakerBeforeLast(): string | null {
    const last = this.lastSpeaker;
    const closed = this.turns;
    for (let i = closed.length - 1; i >= 0 && i >= closed.length - 8; i--) if (closed[i]!.speaker !== last) return closed[i]!.speaker;
    return null;
  }

  /** The open turn's speaker, as written and after aliases; null when no turn is open. */
  get currentNames(): readonly [string, string] | null {
    return this.current ? [this.current.written, this.current.speaker] : null;
  }

  currentSpeakerIs(name: string): boolean {
    return this.current !== null && this.current.speaker === this.canonical(name);
  }

  /** Whether a turn of `name` was opened before (the current one included). */
  hasSpoken(name: string): boolean {
    return this.openedFor.has(this.canonical(name));
  }

  /** `start` comes before the label when the label ends the speech it names (a `[name=…]` signature). */
  open(name: string, labelSpan: Span, source: TurnSource, lineEnd: number, timestamp: string | null, start = labelSpan.start): void {
    this.close();
    this.remember(name);
    const speaker = this.canonical(name);
    this.openedFor.add(speaker);
    this.current = {
      speaker,
      written: name,
      start: Math.min(start, labelSpan.start),
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

  /** A speech the write-up handed over to goes on after a sub-heading: the turn opens with no label. */
  resume(name: string, start: number, lineEnd: number): void {
    this.open(name, { start, end: start }, 'narration', lineEnd, null, start);
    this.current!.labelSpan = null;
  }

  /**
   * A subtitle cue going on with the sentence the open turn's cue left open: the same speaker's, as a turn
   * of its own with no label, so that the cue number and timing line between the two belong to no turn.
   */
  continueInNextCue(start: number, lineEnd: number): void {
    const turn = this.current;
    if (!turn) return;
    this.open(turn.written, { start, end: start }, 'cue', lineEnd, null, start);
    this.current!.labelSpan = null;
  }

  /** Where the open turn's label starts; null when no turn is open or it has no label. */
  get openLabelStart(): number | null {
    return this.current?.labelSpan?.start ?? null;
  }

  get isOpen(): boolean {
    return this.current !== null;
  }

  /** Makes a name known before it opens a turn, so narration that only mentions it can be resolved. */
  remember(name: string): void {
    const first = name[0];
    if (!first) return;
    const bucket = this.namesByFirstUnit.get(first);
    if (bucket) bucket.add(name);
    else this.namesByFirstUnit.set(first, new Set([name]));
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

  /** The known name mentioned last in `text` (the longest where several end there), as written. */
  lastKnownNameIn(text: string): string | null {
    let best: string | null = null;
    let bestEnd = -1;
    for (let i = text.length - 1; i >= 0; i--) {
      const bucket = this.namesByFirstUnit.get(text[i]!);
      if (!bucket) continue;
      for (const name of bucket) {
        const end = i + name.length;
        if (end > bestEnd && text.startsWith(name, i)) {
          best = name;
          bestEnd = end;
        }
      }
      // A mention starting further left cannot end after one found here plus the longest name.
      if (best !== null && i + MAX_NAME_LENGTH < bestEnd) break;
    }
    return best;
  }

  finish(): Turn[] {
    this.close();
    return this.turns;
  }

  private canonical(name: string): string {
    return ownEntry(this.aliases, name) ?? name;
  }
}
