import { frameReadings, isFrame, MIN_FRAME_LINES, spansEnough, type DocumentFrames, type FrameCount, type FrameReading } from './learnedFrames';

/**
 * The document's label frames as counted (learnedFrames.ts), carried by the incremental path from edit to edit:
 * an edit takes its old lines' readings out and puts its new lines' in, and falls back to a full analysis only
 * where the set of accepted frames, or a line read in one, may change. So a keystroke costs its lines, not the
 * document (frames35 re-read every line on every keystroke: 720 ms at 10 MB).
 *
 * Immutable: an edit makes a new tally over the same counts (a baseline is replaced, never changed). The
 * counts the full analysis made are shared; what edits changed lies over them, and is small (the keys and
 * speeches of the lines edited since that analysis).
 */

/** A frame read on one line or none: its count alone (no frame with fewer than MIN_FRAME_LINES lines). */
type KeyState = number | KeyDetail;

interface KeyDetail {
  readonly lines: number;
  readonly names: ReadonlyMap<string, number>;
  readonly spoken: number;
  readonly distinct: number;
  /** A frame, its span aside (isFrame). */
  readonly frame: boolean;
  /** A frame that spans enough: its lines are labels (the part rule aside, which reads only accepted frames). */
  readonly accepted: boolean;
  /** The non-blank lines of its span at the full analysis; -1 once an edit moved its span's ends. */
  readonly filled: number;
}

/** Past this many keys and speeches changed since the full analysis, the next edit that changes one re-reads the document. */
const MAX_CHANGED = 4096;

/** One line's readings, and its speech after the frame (one head a line: the same for all its readings). */
interface LineReading {
  readonly readings: readonly FrameReading[];
  readonly head: string;
  readonly speech: string | null;
}

function lineReading(text: string): LineReading {
  const readings = frameReadings(text);
  const textStart = readings[0]?.textStart ?? text.length;
  return { readings, head: text.slice(0, textStart), speech: textStart < text.length ? text.slice(textStart).trim() : null };
}

/**
 * A tally as plain data, for a worker to send with its analysis (packed.ts): every key and its lines; of the keys
 * on two lines or more, their spoken lines, names and speeches, each list ending at its `…Ends` entry, and the
 * non-blank lines of their span.
 */
export interface FrameTallyData {
  readonly keys: readonly string[];
  readonly lines: Int32Array;
  readonly detailed: Int32Array;
  readonly spoken: Int32Array;
  readonly nameEnds: Int32Array;
  readonly names: readonly string[];
  readonly nameCounts: Int32Array;
  readonly speechEnds: Int32Array;
  readonly speeches: readonly string[];
  readonly speechCounts: Int32Array;
  readonly spans: Int32Array;
  readonly exact: boolean;
}

export class FrameTally {
  private constructor(
    /** Each key's state as the full analysis counted it. */
    private readonly base: ReadonlyMap<string, KeyState>,
    /** Each key's speeches as the full analysis counted them (keys on two lines or more). */
    private readonly baseSpeeches: ReadonlyMap<string, ReadonlyMap<string, number>>,
    /** Keys whose state edits changed. */
    private readonly changed: ReadonlyMap<string, KeyState>,
    /** `key \0 speech`: how many more lines say it than the full analysis counted. */
    private readonly speechDelta: ReadonlyMap<string, number>,
    /** The keys that are frames, their span aside. */
    private readonly frameKeys: readonly string[],
    /**
     * Non-blank lines the edits since the full analysis made and took away, anywhere: a span holds at most `added`
     * more and `removed` fewer than it did then (an edit holding no line of a key lies inside its span or outside it).
     */
    private readonly added: number,
    private readonly removed: number,
    /** No line was skipped (Markdown code): the counts are the analysis's own. */
    private readonly exact: boolean,
  ) {}

  /** The tally of what addFrameLabels counted. */
  static of(document: DocumentFrames): FrameTally {
    const base = new Map<string, KeyState>();
    const speeches = new Map<string, ReadonlyMap<string, number>>();
    const frameKeys: string[] = [];
    for (const [key, count] of document.counts) {
      const filled = document.spans.get(key);
      if (filled === undefined) {
        base.set(key, count.lines);
        continue;
      }
      const frame = isFrame(count.lines, count.names, count.spoken, count.speeches.size);
      if (frame) frameKeys.push(key);
      base.set(key, { lines: count.lines, names: count.names, spoken: count.spoken, distinct: count.speeches.size, frame, accepted: frame && spansEnough(count.lines, filled), filled });
      speeches.set(key, count.speeches);
    }
    return new FrameTally(base, speeches, new Map(), new Map(), frameKeys, 0, 0, document.exact);
  }

  /**
   * The tally `document` counted with no line skipped; `exact` false where the analysis may have skipped some
   * (Markdown code, which is not known here): then an edit that touches a frame's reading falls back.
   */
  static ofAllLines(document: DocumentFrames, exact: boolean): FrameTally {
    return FrameTally.of({ ...document, exact });
  }

  /** The tally as the full analysis counted it, as data (edits since are not in it: a worker's tally has none). */
  toData(): FrameTallyData {
    const keys = [...this.base.keys()];
    const lines = new Int32Array(keys.length);
    const detailed: number[] = [];
    const spoken: number[] = [];
    const nameEnds: number[] = [];
    const names: string[] = [];
    const nameCounts: number[] = [];
    const speechEnds: number[] = [];
    const speeches: string[] = [];
    const speechCounts: number[] = [];
    keys.forEach((key, i) => {
      const state = this.base.get(key)!;
      if (typeof state === 'number') {
        lines[i] = state;
        return;
      }
      lines[i] = state.lines;
      detailed.push(i);
      spoken.push(state.spoken);
      for (const [name, n] of state.names) {
        names.push(name);
        nameCounts.push(n);
      }
      nameEnds.push(names.length);
      for (const [speech, n] of this.baseSpeeches.get(key) ?? []) {
        speeches.push(speech);
        speechCounts.push(n);
      }
      speechEnds.push(speeches.length);
    });
    const spans = Int32Array.from(detailed, (i) => (this.base.get(keys[i]!) as KeyDetail).filled);
    return {
      keys, lines, detailed: Int32Array.from(detailed), spoken: Int32Array.from(spoken), nameEnds: Int32Array.from(nameEnds), names, nameCounts: Int32Array.from(nameCounts),
      speechEnds: Int32Array.from(speechEnds), speeches, speechCounts: Int32Array.from(speechCounts), spans, exact: this.exact,
    };
  }

  /** The tally `data` holds (toData's); read once per adopted analysis, on its first edit. */
  static fromData(data: FrameTallyData): FrameTally {
    const counts = new Map<string, FrameCount>();
    data.keys.forEach((key, i) => counts.set(key, { lines: data.lines[i]!, names: new Map(), speeches: new Map(), spoken: 0, firstLine: 0, lastLine: 0 }));
    let name = 0;
    let speech = 0;
    data.detailed.forEach((keyIndex, i) => {
      const count = counts.get(data.keys[keyIndex]!)!;
      count.spoken = data.spoken[i]!;
      for (; name < data.nameEnds[i]!; name++) count.names.set(data.names[name]!, data.nameCounts[name]!);
      for (; speech < data.speechEnds[i]!; speech++) count.speeches.set(data.speeches[speech]!, data.speechCounts[speech]!);
    });
    const spans = new Map<string, number>();
    data.detailed.forEach((keyIndex, i) => spans.set(data.keys[keyIndex]!, data.spans[i]!));
    return FrameTally.of({ counts, spans, exact: data.exact });
  }

  private state(key: string): KeyState {
    return this.changed.get(key) ?? this.base.get(key) ?? 0;
  }

  /**
   * The tally after lines `oldTexts` became `newTexts`, or null where the edit may change the accepted frames or
   * a line read in one (the caller analyses in full): a line added to, taken from or renamed in a frame, speech
   * that makes a frame's messages repeat (or stop), a frame's share of its span, a key growing into a frame.
   */
  after(oldTexts: readonly string[], newTexts: readonly string[]): FrameTally | null {
    const was = oldTexts.map(lineReading);
    const is = newTexts.map(lineReading);
    const filledBefore = filledCount(oldTexts);
    const filledAfter = filledCount(newTexts);
    const read = was.some((line) => line.readings.length > 0) || is.some((line) => line.readings.length > 0);
    if (!read && (filledBefore === filledAfter || this.frameKeys.length === 0)) return this;
    if (!this.exact && (read || this.frameKeys.length > 0)) return null;
    // A span holding the edit changes by its own count; one whose end lies among several edited lines, by any of theirs.
    const wide = read && (was.length > 1 || is.length > 1);
    const added = this.added + (wide ? filledAfter : Math.max(0, filledAfter - filledBefore));
    const removed = this.removed + (wide ? filledBefore : Math.max(0, filledBefore - filledAfter));
    // Per key the edit touches: lines, names and speeches taken out and put in, and whether its lines stay where they were.
    const deltas = new Map<string, { lines: number; names: Map<string, number>; speeches: Map<string, number>; moved: boolean }>();
    const count = (line: LineReading, sign: number): void => {
      for (const reading of line.readings) {
        let delta = deltas.get(reading.key);
        if (!delta) deltas.set(reading.key, (delta = { lines: 0, names: new Map(), speeches: new Map(), moved: false }));
        delta.lines += sign;
        delta.names.set(reading.name, (delta.names.get(reading.name) ?? 0) + sign);
        if (line.speech !== null) delta.speeches.set(line.speech, (delta.speeches.get(line.speech) ?? 0) + sign);
      }
    };
    for (const line of was) count(line, -1);
    for (const line of is) count(line, 1);
    for (let i = 0; i < Math.max(was.length, is.length); i++) {
      const before = keyCounts(was[i]);
      const after = keyCounts(is[i]);
      for (const [key, delta] of deltas) if ((before.get(key) ?? 0) !== (after.get(key) ?? 0)) delta.moved = true;
    }
    const changed = new Map(this.changed);
    const speechDelta = new Map(this.speechDelta);
    let frameKeys = this.frameKeys;
    for (const [key, delta] of deltas) {
      const before = this.state(key);
      if (typeof before === 'number') {
        // Counted alone: a key that may now be a frame is not known well enough here.
        const lines = before + delta.lines;
        if (lines >= MIN_FRAME_LINES) return null;
        if (lines !== before) changed.set(key, lines);
        continue;
      }
      const namesKept = !delta.moved && [...delta.names.values()].every((n) => n === 0);
      // An accepted frame's lines are its labels: each must keep its name and its head (only its speech may change).
      if (before.accepted && !(namesKept && headsKept(was, is))) return null;
      let names = before.names;
      if (!namesKept) {
        const counted = new Map(before.names);
        for (const [name, n] of delta.names) {
          const after = (counted.get(name) ?? 0) + n;
          if (after > 0) counted.set(name, after);
          else counted.delete(name);
        }
        names = counted;
      }
      let { spoken, distinct } = before;
      for (const [speech, n] of delta.speeches) {
        if (n === 0) continue;
        const id = `${key}\u0000${speech}`;
        const was = (this.baseSpeeches.get(key)?.get(speech) ?? 0) + (speechDelta.get(id) ?? 0);
        if (was === 0 && n > 0) distinct++;
        if (was > 0 && was + n === 0) distinct--;
        spoken += n;
        const moved = (speechDelta.get(id) ?? 0) + n;
        if (moved === 0) speechDelta.delete(id);
        else speechDelta.set(id, moved);
      }
      const lines = before.lines + delta.lines;
      const frame = isFrame(lines, names, spoken, distinct);
      const filled = delta.moved ? -1 : before.filled;
      if ((frame ? spanDecision(lines, filled, added, removed) : false) !== before.accepted) return null;
      if (frame !== before.frame) frameKeys = frame ? [...frameKeys, key] : frameKeys.filter((k) => k !== key);
      changed.set(key, { lines, names, spoken, distinct, frame, accepted: before.accepted, filled });
    }
    if (changed.size + speechDelta.size > MAX_CHANGED) return null;
    // The other frames' spans: each must stay accepted, or not, whatever lines the edits made or took away in it.
    if (added !== this.added || removed !== this.removed) {
      for (const key of frameKeys) {
        if (deltas.has(key)) continue;
        const state = this.state(key) as KeyDetail;
        if (spanDecision(state.lines, state.filled, added, removed) !== state.accepted) return null;
      }
    }
    return new FrameTally(this.base, this.baseSpeeches, changed, speechDelta, frameKeys, added, removed, this.exact);
  }
}

/** Whether a frame on `lines` lines spans enough whatever its span holds now; null where that depends on where the edits were. */
function spanDecision(lines: number, filled: number, added: number, removed: number): boolean | null {
  if (filled < 0) return null;
  const most = spansEnough(lines, filled + added);
  return most === spansEnough(lines, Math.max(0, filled - removed)) ? most : null;
}

function keyCounts(line: LineReading | undefined): Map<string, number> {
  const counts = new Map<string, number>();
  for (const reading of line?.readings ?? []) counts.set(reading.key, (counts.get(reading.key) ?? 0) + 1);
  return counts;
}

/** Whether every line read in a frame before or after the edit has the same head, at the same place among the edited lines. */
function headsKept(was: readonly LineReading[], is: readonly LineReading[]): boolean {
  for (let i = 0; i < Math.max(was.length, is.length); i++) {
    const before = was[i];
    const after = is[i];
    if (!before?.readings.length && !after?.readings.length) continue;
    if (!before || !after || before.head !== after.head) return false;
  }
  return true;
}

function filledCount(texts: readonly string[]): number {
  let filled = 0;
  for (const text of texts) if (text.trim() !== '') filled++;
  return filled;
}
