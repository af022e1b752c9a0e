import { timestampPrefixLength, trailingTimestampStart } from '../turns/timestamps';

/** Characters of a line looked at for a timestamp: they sit at the start (or end) of short lines. */
const PROBE = 120;
/** A trailing timestamp counts only on a line this short (`Jane Doe  0:03`), not at the end of a sentence. */
const SHORT_LINE = 80;
/** An SRT or WebVTT cue's timing line, or an SBV one (`0:00:00.900,0:00:05.400`): its start time. */
const CUE_TIMING = /^\s*((?:\d{1,3}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?)(?:\s*-->|,\d{1,2}:\d{2}:\d{2}\.\d{3}\s*$)/u;
/** An ASS/SSA script's cue (`Dialogue: 0,0:00:10.98,0:00:11.94,Default,…`): its start time, the field after the first. */
const SCRIPT_CUE = /^Dialogue:[^,]{0,12},(\d{1,2}:\d{2}:\d{2}\.\d{1,3}),\d{1,2}:\d{2}:\d{2}\.\d{1,3},/u;
const TIME = /(?:(\d{1,3}):)?(\d{1,2}):(\d{2})(?:[.,](\d{1,3}))?/u;

/**
 * The times a transcript gives: each SRT/WebVTT/ASS cue's start, and each timestamp that opens a line
 * (`[00:01:23]`, `(01:23)`, `00:01:23.450`) or ends a short one (`Jane Doe  0:03`). A tag's time is the
 * last of these at or before its start: its cue, or the nearest timestamp before it.
 *
 * Derived whenever it is needed rather than stored in the sidecar: the transcript is the source of the
 * timing, so a retimed or edited transcript never leaves a stale time in the tags.
 */
export class Timecodes {
  /** Offsets (ascending) where a time starts to apply, and the time in seconds. */
  private readonly offsets: number[] = [];
  private readonly seconds: number[] = [];

  constructor(text: string) {
    let lineStart = 0;
    while (lineStart <= text.length) {
      const newline = text.indexOf('\n', lineStart);
      const lineEnd = newline < 0 ? text.length : newline;
      const time = lineTime(text.slice(lineStart, Math.min(lineEnd, lineStart + PROBE)), lineEnd - lineStart);
      if (time !== null) {
        this.offsets.push(lineStart);
        this.seconds.push(time);
      }
      if (newline < 0) break;
      lineStart = newline + 1;
    }
  }

  /** True when the transcript gives any time at all. */
  get any(): boolean {
    return this.offsets.length > 0;
  }

  /** The time, in seconds, that applies at `offset`; null before the first one or when there is none. */
  at(offset: number): number | null {
    let low = 0;
    let high = this.offsets.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.offsets[mid]! <= offset) low = mid + 1;
      else high = mid;
    }
    return low === 0 ? null : this.seconds[low - 1]!;
  }
}

function lineTime(probe: string, lineLength: number): number | null {
  const line = probe.replace(/^\uFEFF/u, '');
  const cue = CUE_TIMING.exec(line) ?? SCRIPT_CUE.exec(line);
  if (cue) return parseTime(cue[1]!);
  const trimmed = line.trimStart();
  // `[00:00:00.000 --> 00:00:05.300] text` (whisper.cpp): the bracketed range's start is the line's time.
  const prefix = timestampPrefixLength(trimmed);
  if (prefix > 0) return parseTime(trimmed.slice(0, prefix));
  if (line.includes('-->')) return null;
  if (lineLength <= SHORT_LINE) {
    const end = line.trimEnd();
    const start = trailingTimestampStart(end);
    if (start > 0) return parseTime(end.slice(start));
  }
  return null;
}

/** Seconds in `01:02:03.450`, `1:02:03`, `02:03` or `[02:03]`; null when the minutes or seconds are out of range. */
export function parseTime(text: string): number | null {
  const match = TIME.exec(text);
  if (!match) return null;
  const hours = match[1] ? Number(match[1]) : 0;
  const minutes = Number(match[2]);
  const seconds = Number(match[3]);
  if (seconds > 59 || (match[1] && minutes > 59)) return null;
  const fraction = match[4] ? Number(match[4]) / 10 ** match[4].length : 0;
  return hours * 3600 + minutes * 60 + seconds + fraction;
}

/** `01:02:03`, as fact-checkers cite a recording (whole seconds, hours always shown). */
export function formatTimecode(seconds: number): string {
  const whole = Math.floor(seconds);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${pad(Math.floor(whole / 3600))}:${pad(Math.floor((whole % 3600) / 60))}:${pad(whole % 60)}`;
}

/** The W3C Media Fragments temporal value, `t=83.45` (seconds, at most milliseconds). */
export function mediaFragment(seconds: number): string {
  return `t=${Number(seconds.toFixed(3))}`;
}
