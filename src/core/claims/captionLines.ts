// Caption files as video sites write them: cue text with inline markup, and "rolling" captions (YouTube's
// automatic ones) where each cue shows the line before it again, so every line of speech is written two
// or three times.

import type { LineIndex } from '../text/positions';
import { VOICE_TAG } from '../turns/subtitles';
import { isCueTiming } from './lineFilters';

/**
 * Cue text markup (WebVTT `<c>`, `<c.colorE5E5E5>`, `<i>`, `<b>`, `<u>`, `<v Name>`, `<lang en>`, `<ruby>`,
 * `<rt>`, word timestamps `<00:00:01.020>`; SRT's `<font …>`) and its end tags: no speech.
 */
const CUE_TAG = /<\/?(?:[cibuv]|lang|ruby|rt|font)(?:[.\s][^<>\n]{0,80})?>|<(?:\d{1,2}:)?\d{2}:\d{2}\.\d{3}>/g;

/** The line without cue markup; the same string when it has none. */
export function withoutCueTags(text: string): string {
  return text.includes('<') ? text.replace(CUE_TAG, '') : text;
}

/**
 * One cue tag at the start of a string, and the white space after it: a voice tag (VOICE_TAG, its name group 1),
 * another tag or its end tag, or a word's timestamp, as CUE_TAG reads them.
 */
const LEADING_CUE_TAG = new RegExp(String.raw`^(?:${VOICE_TAG.source}|<\/?(?:[cibu]|lang|ruby|rt|font)(?:[.\s][^<>\n]{0,80})?>|<(?:\d{1,2}:)?\d{2}:\d{2}\.\d{3}>)\s*`);
/** At most this many tags open a cue line (`<v Ann><i>`). */
const MAX_LEADING_TAGS = 4;

/** The cue tags opening a line (`<v Ann><i>`): their length, and the voice they name (trimmed), if any. */
export function leadingCueTags(text: string): { length: number; voice: string | undefined } {
  let length = 0;
  let voice: string | undefined;
  for (let i = 0; i < MAX_LEADING_TAGS; i++) {
    const match = LEADING_CUE_TAG.exec(text.slice(length, length + 160));
    if (!match) break;
    if (match[1] !== undefined && voice === undefined) voice = match[1].trim();
    length += match[0].length;
  }
  return { length, voice };
}

/** How many cues at the start of a file decide whether it rolls. */
const SAMPLE_CUES = 60;
/** A file rolls when at least this share of its sampled cues opens with a line of the cue before. */
const ROLLING_SHARE = 0.5;
const MIN_ROLLING_CUES = 4;
/**
 * A clip's captions (a few phrases) show fewer two-line cues: they roll when at least this many roll on, all but one
 * of them do (the file's first cue has none before it), and they make about half the cues at least (YouTube's
 * rolling captions put a 10 ms one-line cue after each).
 */
const MIN_SHORT_ROLLING_CUES = 2;
/** How far a cue reaches: its timing line, a few text lines (YouTube keeps blank-looking ` ` lines in them). */
const MAX_CUE_LINES = 8;

/** The lines of rolling captions that show again a line of the cue before: the speech was already read there. */
export class CaptionRepeats {
  private constructor(private readonly lines: LineIndex) {}

  /**
   * The repeats of a subtitle file that rolls (learned from its first cues), else undefined. Cost: the
   * sampled cues, then each asked line's own cue and the one before.
   */
  static of(lines: LineIndex): CaptionRepeats | undefined {
    const repeats = new CaptionRepeats(lines);
    let cues = 0;
    let twoLineCues = 0;
    let rolling = 0;
    for (let line = 0; line < lines.lineCount && cues < SAMPLE_CUES; line++) {
      if (!repeats.isTiming(line)) continue;
      cues++;
      // Rolling shows the line before above the new words: the previous cue's last line on top of a cue with
      // more to say. (Cues of one line that repeat one another are people saying the same thing; a speaker's
      // name atop every cue repeats the previous cue's first line, not its last, above new words.)
      const first = repeats.nextTextLine(line);
      if (first < 0 || repeats.nextTextLine(first) < 0) continue;
      twoLineCues++;
      if (repeats.rollsOn(line, first)) rolling++;
    }
    const rolls = twoLineCues >= MIN_ROLLING_CUES
      ? rolling >= twoLineCues * ROLLING_SHARE
      : rolling >= MIN_SHORT_ROLLING_CUES && rolling >= twoLineCues - 1 && twoLineCues * 2 + 2 >= cues;
    return rolls ? repeats : undefined;
  }

  /** The line an offset is on. */
  lineAt(offset: number): number {
    return this.lines.lineAt(offset);
  }

  /** Whether `line` is cue text that a line of the previous cue already showed (markup and spacing aside). */
  isRepeat(line: number): boolean {
    const own = normalized(this.lines.lineText(line));
    if (!own) return false;
    const timing = this.timingAbove(line);
    if (timing < 0) return false;
    const previousTiming = this.timingAbove(timing - 1);
    if (previousTiming < 0) return false;
    for (let l = previousTiming + 1; l < timing; l++) if (normalized(this.lines.lineText(l)) === own) return true;
    return false;
  }

  /**
   * Whether the cue timed at `timing` rolls on from the cue before: its first text line `first` shows again that
   * cue's last one, or every line of it shows again a line of that cue (a snapshot of the scroll).
   */
  private rollsOn(timing: number, first: number): boolean {
    if (normalized(this.lines.lineText(first)) === this.lastTextAbove(timing)) return true;
    for (let line = first; line >= 0; line = this.nextTextLine(line)) if (!this.isRepeat(line)) return false;
    return true;
  }

  /** The last line with words of the cue ending above the timing line `timing`, normalised; '' if none. */
  private lastTextAbove(timing: number): string {
    for (let l = timing - 1; l >= 0 && timing - l <= MAX_CUE_LINES; l--) {
      if (this.isTiming(l)) return '';
      const text = normalized(this.lines.lineText(l));
      if (text) return this.timingAbove(l) >= 0 ? text : '';
    }
    return '';
  }

  private isTiming(line: number): boolean {
    return isCueTiming(this.lines.lineText(line).trim());
  }

  /** The timing line of the cue `line` is in (or `line` itself), or -1. */
  private timingAbove(line: number): number {
    for (let l = line; l >= 0 && line - l <= MAX_CUE_LINES; l--) if (this.isTiming(l)) return l;
    return -1;
  }

  /** The next line of the same cue holding text after `from` (a timing line or a text line), or -1. */
  private nextTextLine(from: number): number {
    for (let l = from + 1; l < this.lines.lineCount && l - from <= MAX_CUE_LINES; l++) {
      const text = this.lines.lineText(l);
      // An empty line ends the cue; YouTube's ` ` lines are inside it.
      if (text === '' || text === '\r' || this.isTiming(l)) return -1;
      if (normalized(text)) return l;
    }
    return -1;
  }
}

/** The words of a cue line: markup out (a voice tag's name kept: two voices saying the same are two lines), white space collapsed. */
function normalized(line: string): string {
  return withoutCueTags(line.replace(VOICE_TAG, '$1: ')).replace(/\s+/g, ' ').trim();
}

