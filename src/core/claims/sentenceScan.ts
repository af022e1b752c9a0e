// One left-to-right read of a sentence's matching key for what classifyRange counts and finds in all of it:
// cue words, figures, content units and CJK characters. Each of the three used to be a pass of its own;
// the cue scan and the figure scan keep their own cursors (where each goes on after a match or a skipped
// word), so what each finds is what its own pass finds.
import { isAsciiLetter, isAsciiLetterOrDigit, isDigit, isHighSurrogate } from '../turns/chars';
import { isCjkIdeograph } from './cjkIdeographs';
import type { CueHit, CueMatcher } from './cueMatcher';
import { figureAt, linkEnd, mayStartFigure, mayStartFigureOrTitle, type Figure } from './figures';

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
    if (isAsciiLetterOrDigit(code)) {
      if (!inWord) units++;
      inWord = true;
      continue;
    }
    inWord = false;
    if (isCjkIdeograph(code) || isHighSurrogate(code)) units++;
  }
  return units;
}

/**
 * Cue words (CueMatcher.scan), figures (findFigures), content units and CJK characters of key[from, to),
 * into `reading`. `key` is a matching key (ASCII lower case). A run of ASCII letters is read once: its end
 * and hash serve the cue scan, and it is one unit; only its first letter can start a cue or a figure. Any
 * character is classified with one table read.
 */
export function readSentence(matcher: CueMatcher, key: string, from: number, to: number, reading: SentenceReading): void {
  const { hits, figures } = reading;
  const classes = classesFor(matcher);
  let units = 0;
  let cjk = 0;
  let inWord = false;
  // Where the cue scan and the figure scan go on: after a match, each passes over what it matched.
  let cueFrom = from;
  let figureFrom = from;
  for (let i = from; i < to; ) {
    const code = key.charCodeAt(i);
    const flags = classes[code]!;
    if (flags & LETTER) {
      let hash = code;
      let runEnd = i + 1;
      for (let c = key.charCodeAt(runEnd); runEnd < to && classes[c]! & LETTER; c = key.charCodeAt(++runEnd)) hash = (hash * 31 + c) & 0xffff;
      if (!inWord) units++;
      inWord = true;
      // A web address (`https://…`, `www.…`) holds neither cues nor figures (figureAt passes over it too).
      const link = (code === 104 || code === 119) && i >= figureFrom ? linkEnd(key, i, runEnd, to) : -1;
      if (link > 0) {
        cueFrom = Math.max(cueFrom, link);
        figureFrom = link;
      }
      if (i >= cueFrom) cueFrom = matcher.atLetterRun(key, i, runEnd, hash, from, to, hits);
      // A word that starts no figure: figureAt would only pass over it, as this loop does.
      if (i >= figureFrom && mayStartFigure(key, i, to)) figureFrom = figureAt(key, i, to, figures);
      i = runEnd;
      continue;
    }
    if (flags & DIGIT) {
      if (!inWord) units++;
      inWord = true;
    } else {
      inWord = false;
      if (flags & CJK) {
        units++;
        cjk++;
      } else if (flags & HIGH_SURROGATE) units++;
    }
    if (flags & CUE_START && i >= cueFrom) cueFrom = matcher.atOther(key, i, from, to, hits);
    if (flags & FIGURE_START && i >= figureFrom) figureFrom = figureAt(key, i, to, figures);
    i++;
  }
  reading.units = units;
  reading.cjk = cjk;
}

/** Bits of a UTF-16 unit's class for readSentence (cue and figure starts: characters other than ASCII letters). */
const LETTER = 1;
const DIGIT = 2;
const CJK = 4;
const HIGH_SURROGATE = 8;
const CUE_START = 16;
const FIGURE_START = 32;

/** The classes without cue starts, which depend on the matcher (the user's extra cues). */
let baseClasses: Uint8Array | undefined;
const classesByMatcher = new WeakMap<CueMatcher, Uint8Array>();

/** Every UTF-16 unit's class for this matcher, built on first use (64 KB a matcher). */
function classesFor(matcher: CueMatcher): Uint8Array {
  let classes = classesByMatcher.get(matcher);
  if (classes) return classes;
  if (!baseClasses) {
    baseClasses = new Uint8Array(0x10000);
    for (let code = 0; code < 0x10000; code++) {
      const kind = isAsciiLetter(code) ? LETTER : isDigit(code) ? DIGIT : isCjkIdeograph(code) ? CJK : isHighSurrogate(code) ? HIGH_SURROGATE : 0;
      baseClasses[code] = kind | (kind !== LETTER && mayStartFigureOrTitle(code) ? FIGURE_START : 0);
    }
  }
  classes = baseClasses.slice();
  for (let code = 0; code < 0x10000; code++) if (!isAsciiLetter(code) && matcher.startsAt(code)) classes[code]! |= CUE_START;
  classesByMatcher.set(matcher, classes);
  return classes;
}

