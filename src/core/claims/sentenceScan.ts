// One left-to-right read of a sentence's matching key for what classifyRange counts and finds in all of it:
// cue words, figures, content units and CJK characters. Each of the three used to be a pass of its own;
// the cue scan and the figure scan keep their own cursors (where each goes on after a match or a skipped
// word), so what each finds is what its own pass finds.
import type { CueHit, CueMatcher } from './cueMatcher';
import { figureAt, mayStartFigureOrTitle, type Figure } from './figures';

/** What readSentence found; a caller's scratch object, its arrays cleared by the caller and reused. */
export interface SentenceReading {
  readonly hits: CueHit[];
  readonly figures: Figure[];
  /** contentUnits of the sentence. */
  units: number;
  /** CJK characters (not surrogate pairs) in it: statement's language test. */
  cjk: number;
}

/** CJK characters count one each, runs of Latin letters or digits one each (a surrogate pair one). */
export function contentUnits(text: string, from = 0, to = text.length): number {
  let units = 0;
  let inWord = false;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (isAsciiWordChar(code)) {
      if (!inWord) units++;
      inWord = true;
      continue;
    }
    inWord = false;
    if (isCjkUnit(code) || isHighSurrogate(code)) units++;
  }
  return units;
}

/**
 * Cue words (CueMatcher.scan), figures (findFigures), content units and CJK characters of key[from, to),
 * into `reading`. A run of ASCII letters is read once: its end and hash serve the cue scan, and it is one
 * unit; only its first letter can start a cue or a figure.
 */
export function readSentence(matcher: CueMatcher, key: string, from: number, to: number, reading: SentenceReading): void {
  const { hits, figures } = reading;
  let units = 0;
  let cjk = 0;
  let inWord = false;
  // Where the cue scan and the figure scan go on: after a match, each passes over what it matched.
  let cueFrom = from;
  let figureFrom = from;
  for (let i = from; i < to; ) {
    const code = key.charCodeAt(i);
    if (isAsciiLetter(code)) {
      let hash = code;
      let runEnd = i + 1;
      for (let c = key.charCodeAt(runEnd); runEnd < to && isAsciiLetter(c); c = key.charCodeAt(++runEnd)) hash = (hash * 31 + c) & 0xffff;
      if (!inWord) units++;
      inWord = true;
      if (i >= cueFrom) cueFrom = matcher.atLetterRun(key, i, runEnd, hash, from, to, hits);
      if (i >= figureFrom) figureFrom = figureAt(key, i, to, figures);
      i = runEnd;
      continue;
    }
    if (isAsciiWordChar(code)) {
      if (!inWord) units++;
      inWord = true;
    } else {
      inWord = false;
      if (isCjkUnit(code)) {
        units++;
        cjk++;
      } else if (isHighSurrogate(code)) units++;
    }
    if (i >= cueFrom && matcher.startsAt(code)) cueFrom = matcher.atOther(key, i, from, to, hits);
    if (i >= figureFrom && mayStartFigureOrTitle(code)) figureFrom = figureAt(key, i, to, figures);
    i++;
  }
  reading.units = units;
  reading.cjk = cjk;
}

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function isAsciiWordChar(code: number): boolean {
  return (code >= 48 && code <= 57) || isAsciiLetter(code);
}

function isCjkUnit(code: number): boolean {
  return (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff);
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
