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
  /** A frame, its span aside (isFrame): its lines are labels where it spans enough. */
  readonly frame: boolean;
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
 * on two lines or more, their spoken lines, names and speeches, each list ending at its `…Ends` entry; the frames
 * as (key index, non-blank lines of the span) pairs.
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
  readonly frames: Int32Array;
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
    /** The frames (their span aside): constant while edits stay local. */
    private readonly frameKeys: readonly string[],
    /** Per frame, the fewest and most non-blank lines its span may hold now (equal at the full analysis). */
    private readonly filledLow: Int32Array,
    private readonly filledHigh: Int32Array,
    /** Whether each frame spanned enough at the full analysis. */
    private readonly spanned: readonly boolean[],
    /** No line was skipped (Markdown code): the counts are the analysis's own. */
    private readonly exact: boolean,
  ) {}

  /** The tally of what addFrameLabels counted. */
  static of(document: DocumentFrames): FrameTally {
    const base = new Map<string, KeyState>();
    const speeches = new Map<string, ReadonlyMap<string, number>>();
    for (const [key, count] of document.counts) {
      if (count.lines < MIN_FRAME_LINES - 1) {
        base.set(key, count.lines);
        continue;
      }
      const frame = document.frames.has(key);
      base.set(key, { lines: count.lines, names: count.names, spoken: count.spoken, distinct: count.speeches.size, frame });
      speeches.set(key, count.speeches);
    }
    const frameKeys = [...document.frames.keys()];
    const filled = Int32Array.from(frameKeys, (key) => document.frames.get(key)!);
    const spanned = frameKeys.map((key, i) => spansEnough(document.counts.get(key)!.lines, filled[i]!));
    return new FrameTally(base, speeches, new Map(), new Map(), frameKeys, filled, filled.slice(), spanned, document.exact);
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
    const index = new Map(keys.map((key, i) => [key, i]));
    const frames = new Int32Array(this.frameKeys.length * 2);
    this.frameKeys.forEach((key, i) => {
      frames[2 * i] = index.get(key)!;
      frames[2 * i + 1] = this.filledLow[i]!;
    });
    return {
      keys, lines, detailed: Int32Array.from(detailed), spoken: Int32Array.from(spoken), nameEnds: Int32Array.from(nameEnds), names, nameCounts: Int32Array.from(nameCounts),
      speechEnds: Int32Array.from(speechEnds), speeches, speechCounts: Int32Array.from(speechCounts), frames, exact: this.exact,
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
    const frames = new Map<string, number>();
    for (let at = 0; at < data.frames.length; at += 2) frames.set(data.keys[data.frames[at]!]!, data.frames[at + 1]!);
    return FrameTally.of({ counts, frames, exact: data.exact });
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
    const filledDelta = filledCount(newTexts) - filledCount(oldTexts);
    const read = was.some((line) => line.readings.length > 0) || is.some((line) => line.readings.length > 0);
    if (!read && (filledDelta === 0 || this.frameKeys.length === 0)) return this;
    if (!this.exact && (read || this.frameKeys.length > 0)) return null;
    // Per key the edit touches: lines, names and speeches taken out and put in.
    const deltas = new Map<string, { lines: number; names: Map<string, number>; speeches: Map<string, number> }>();
    const count = (line: LineReading, sign: number): void => {
      for (const reading of line.readings) {
        let delta = deltas.get(reading.key);
        if (!delta) deltas.set(reading.key, (delta = { lines: 0, names: new Map(), speeches: new Map() }));
        delta.lines += sign;
        delta.names.set(reading.name, (delta.names.get(reading.name) ?? 0) + sign);
        if (line.speech !== null) delta.speeches.set(line.speech, (delta.speeches.get(line.speech) ?? 0) + sign);
      }
    };
    for (const line of was) count(line, -1);
    for (const line of is) count(line, 1);
    const changed = new Map(this.changed);
    const speechDelta = new Map(this.speechDelta);
    let frameTouched = false;
    for (const [key, delta] of deltas) {
      const before = this.state(key);
      const namesKept = delta.lines === 0 && [...delta.names.values()].every((n) => n === 0);
      if (typeof before === 'number') {
        // Counted alone: a key that may now be a frame is not known well enough here.
        const lines = before + delta.lines;
        if (lines >= MIN_FRAME_LINES) return null;
        if (lines !== before) changed.set(key, lines);
        continue;
      }
      // A frame's lines are its labels: one added, taken out or renamed changes them.
      if (before.frame && !namesKept) return null;
      // Its lines kept: each must keep its head where it was, so that its label reads the same (only speech changed).
      if (before.frame) {
        if (!headsKept(was, is)) return null;
        frameTouched = true;
      }
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
      // Out first, then in: a speech said again on the same line stays one.
      for (const sign of [-1, 1]) {
        for (const [speech, n] of delta.speeches) {
          if (Math.sign(n) !== sign) continue;
          const id = `${key}\u0000${speech}`;
          const was = (this.baseSpeeches.get(key)?.get(speech) ?? 0) + (speechDelta.get(id) ?? 0);
          const now = was + n;
          if (was === 0 && now > 0) distinct++;
          if (was > 0 && now === 0) distinct--;
          spoken += n;
          const moved = (speechDelta.get(id) ?? 0) + n;
          if (moved === 0) speechDelta.delete(id);
          else speechDelta.set(id, moved);
        }
      }
      const lines = before.lines + delta.lines;
      const frame = isFrame(lines, names, spoken, distinct);
      if (frame !== before.frame) return null;
      changed.set(key, { lines, names, spoken, distinct, frame });
    }
    if (changed.size + speechDelta.size > MAX_CHANGED) return null;
    // The frames' spans: an edit that holds no frame line lies inside a span or outside it, and changes its
    // non-blank lines by at most its own count; one that holds a frame line may move either way by its lines'.
    let filledLow = this.filledLow;
    let filledHigh = this.filledHigh;
    const straddles = frameTouched && (was.length > 1 || is.length > 1);
    if (this.frameKeys.length > 0 && (filledDelta !== 0 || straddles)) {
      const added = straddles ? filledCount(newTexts) : Math.max(0, filledDelta);
      const removed = straddles ? filledCount(oldTexts) : Math.max(0, -filledDelta);
      filledLow = this.filledLow.map((n) => n - removed);
      filledHigh = this.filledHigh.map((n) => n + added);
      for (let i = 0; i < this.frameKeys.length; i++) {
        const lines = (this.state(this.frameKeys[i]!) as KeyDetail).lines;
        const stays = this.spanned[i] ? spansEnough(lines, filledHigh[i]!) : !spansEnough(lines, Math.max(0, filledLow[i]!));
        if (!stays) return null;
      }
    }
    return new FrameTally(this.base, this.baseSpeeches, changed, speechDelta, this.frameKeys, filledLow, filledHigh, this.spanned, this.exact);
  }
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
