// Section markers a transcription service writes in capitals between square brackets, each on a line of
// its own over the first turn of its section: `[INTRODUCTION]` over `[0:00:08.7] ANNOUNCER: …`, `[EPISODE]`
// over `[00:00:41] BL: …`. Sound and event notes in the same form (`[LAUGHTER]`, `[CROSSTALK]`) are asides in
// the speech, never sections, and `[END OF EPISODE]` closes the record rather than opening a section.
// A Chinese script or write-up sets its sections the same way in lenticular brackets, right over the next
// speaker's label (`【进入会场内部】` over `【同期】中新社记者 梁晓辉`, `【檢討並找出社會問題】` over `蔡英文:…`).
// A podcast's show notes set theirs over prose or a chapter list (`【本期嘉宾】`, `【内容索引】`), two or more of them.
// Square markers too are sections only where the document sets two or more: one alone is a programme's cue.
import type { LineIndex, Span } from '../text/positions';
import { skipSpaces, trimEnd } from '../turns/chars';
import { isDirectionWords } from '../turns/stageDirections';
import { Kind, nextNonBlank, type Scan } from './lineScan';

/** `[INTRODUCTION]`, `[PART TWO]`: capitals (and digits) in square brackets, one to four words, nothing else. */
const MARKER = /^\[([A-Z][A-Z0-9'&-]*(?: [A-Z0-9'&-]+){0,3})\]$/;
/** What a sound or event note, or the record's end, says (`[LAUGHS]`, `[MUSIC PLAYING]`, `[END OF TAPE]`). */
const NOT_A_SECTION = /\b(?:LAUGH\w*|CHUCKL\w*|GIGGL\w*|APPLAU\w*|CLAP\w*|CHEER\w*|CROSS ?TALK|OVER ?TALK\w*|OVERLAPPING|INAUDIBLE|UNINTELLIGIBLE|INDISTINCT|UNCLEAR|MUSIC|PLAYING|SINGING|SILENCE|PAUSE\w*|NOISE|SOUND\w*|COUGH\w*|SIGH\w*|SNEEZ\w*|BEEP\w*|BLEEP\w*|BELL\w*|RING\w*|GAVEL|STATIC|FOREIGN|SPEAKING|LANGUAGE|BLANK|AUDIO|VIDEO|CLIP|TAPE|END|ENDS|INTERRUPT\w*|BACKGROUND|OFF MIC|NO RESPONSE|NODS?|SHRUGS?|SMILES?)\b/;
/**
 * How many square-bracketed markers make them the document's sections: a service's script sets several
 * (`[INTRODUCTION]`, `[EPISODE]`); one alone is a programme's cue (`[RADIOLAB INTRO]`, `[BOOK PASSAGE]` over a read clip).
 */
const MIN_SQUARE_MARKERS = 2;
/** How far below a marker its section's first label is looked for, in blank lines. */
const LABEL_REACH = 2;
/** The longest line read as a marker. */
const MAX_MARKER_LINE = 48;

/** `【进入会场内部】`: a few words with an ideograph in lenticular brackets, nothing else on the line. */
const CJK_MARKER = /^【([^【】]{1,24})】$/;
/** A sentence inside the brackets is a note, and words ending in a number an id (`【说话人2】`), not a section. */
const NOT_CJK_SECTION = /[。！？!?]|\d$/;
/** How many one-off bracketed lines over text make them the page's sections: one alone may be a rubric or a note. */
const MIN_SECTIONS_OVER_TEXT = 2;
/** A line that opens with a link or another bracket is a list of links or bracketed items, not a section's text. */
const NOT_SECTION_TEXT = /^(?:https?:\/\/|www\.|\[|【)/;

/** The marker's words inside the brackets when the trimmed line `text[start, end)` is a section marker's shape. */
export function sectionMarkerInner(text: string): Span | null {
  if (text.charCodeAt(0) === 0x3010 /* 【 */) return cjkMarkerInner(text);
  if (text.length > MAX_MARKER_LINE || text.charCodeAt(0) !== 91 /* [ */) return null;
  const match = MARKER.exec(text);
  if (!match || NOT_A_SECTION.test(match[1]!)) return null;
  return { start: 1, end: text.length - 1 };
}

function cjkMarkerInner(text: string): Span | null {
  if (text.length > MAX_MARKER_LINE) return null;
  const match = CJK_MARKER.exec(text);
  if (!match) return null;
  const words = match[1]!.trim();
  if (!/\p{Script=Han}/u.test(words) || NOT_CJK_SECTION.test(words) || isDirectionWords(words)) return null;
  return { start: 1, end: text.length - 1 };
}

/**
 * The section markers of the scan: a marker's shape, a blank line (or the document's start) above it, a
 * blank line below it, and a speaker's label as the next line with text. Keyed by line, the markers' words.
 * A lenticular one needs no blank lines (Chinese pages rarely leave them) but must be the only line of its
 * words in the document: words the document brackets again and again (`【同期】`, `【说话人0】`) tag labels.
 */
export function bracketedSections(scan: Scan, isLabel: (line: number) => boolean): Map<number, Span> {
  const { lines, kinds } = scan;
  const text = lines.source;
  const found = new Map<number, Span>();
  const square: [number, Span][] = [];
  const lenticular = new Map<string, number[]>();
  for (let line = 0; line < lines.lineCount; line++) {
    if (kinds[line] === Kind.Blank || kinds[line] === Kind.Code) continue;
    const start = skipSpaces(text, lines.lineStart(line), lines.lineEnd(line));
    const first = text.charCodeAt(start);
    if (first === 0x3010 /* 【 */) {
      const end = trimEnd(text, start, lines.lineEnd(line));
      if (!cjkMarkerInner(text.slice(start, end))) continue;
      const words = text.slice(start + 1, end - 1).trim();
      const at = lenticular.get(words);
      if (at) at.push(line);
      else lenticular.set(words, [line]);
      continue;
    }
    if (first !== 91 /* [ */) continue;
    const end = trimEnd(text, start, lines.lineEnd(line));
    const inner = sectionMarkerInner(text.slice(start, end));
    if (!inner) continue;
    if (line > 0 && kinds[line - 1] !== Kind.Blank) continue;
    if (line + 1 >= lines.lineCount || kinds[line + 1] !== Kind.Blank) continue;
    const next = nextNonBlank(kinds, line, LABEL_REACH);
    if (next < 0 || !isLabel(next)) continue;
    square.push([line, { start: start + inner.start, end: start + inner.end }]);
  }
  if (square.length >= MIN_SQUARE_MARKERS) for (const [line, span] of square) found.set(line, span);
  const overText: number[] = [];
  for (const at of lenticular.values()) {
    if (at.length !== 1) continue;
    const line = at[0]!;
    const next = nextNonBlank(kinds, line, LABEL_REACH);
    if (next < 0) continue;
    if (isLabel(next)) found.set(line, lenticularInner(lines, line));
    else if (!isLabel(line) && opensSectionText(scan, next)) overText.push(line);
  }
  // Show notes: `【本期嘉宾】` over the guest's line, `【内容索引】` over the chapter list, each words once.
  if (overText.length >= MIN_SECTIONS_OVER_TEXT) for (const line of overText) found.set(line, lenticularInner(lines, line));
  return found;
}

function lenticularInner(lines: LineIndex, line: number): Span {
  const start = skipSpaces(lines.source, lines.lineStart(line), lines.lineEnd(line));
  return { start: start + 1, end: trimEnd(lines.source, start, lines.lineEnd(line)) - 1 };
}

/** Whether `line` reads as a section's first line of text: prose or a list item, not a link, code or another bracket. */
function opensSectionText(scan: Scan, line: number): boolean {
  const kind = scan.kinds[line];
  if (kind !== Kind.Text && kind !== Kind.ListItem && kind !== Kind.TitleShaped) return false;
  const { lines } = scan;
  const start = skipSpaces(lines.source, lines.lineStart(line), lines.lineEnd(line));
  return !NOT_SECTION_TEXT.test(lines.source.slice(start, Math.min(start + 8, lines.lineEnd(line))));
}

/** How far from an edit a marker is looked for: the marker, its blank lines and its label line. */
const REACH = LABEL_REACH + 3;

/**
 * Whether a section marker's shape lies within reach of lines `first..last` (so an edit there may make or
 * unmake one, or change the blank lines and label that let it stand), or `newLine` (the edited line's new
 * text) has that shape. The incremental analyzer falls back to a full analysis then.
 */
export function sectionMarkerWithinReach(lines: LineIndex, first: number, last: number, newLine?: string): boolean {
  if (newLine !== undefined && sectionMarkerInner(newLine.trim())) return true;
  const from = Math.max(0, first - REACH);
  const to = Math.min(lines.lineCount - 1, last + REACH);
  for (let line = from; line <= to; line++) {
    const start = skipSpaces(lines.source, lines.lineStart(line), lines.lineEnd(line));
    const first = lines.source.charCodeAt(start);
    if (first !== 91 /* [ */ && first !== 0x3010 /* 【 */) continue;
    if (sectionMarkerInner(lines.source.slice(start, trimEnd(lines.source, start, lines.lineEnd(line))))) return true;
  }
  return false;
}
