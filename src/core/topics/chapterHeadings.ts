// A podcast page's chapter title inside its transcript: the chapter's time, a dash and its title alone on a line
// (`00:15:45 – The drawer in the kitchen`, `(12:34) - Listener questions`), standing right over the next speaker's
// label or name line. The page's chapter list writes the same shape line after line (chapterLists.ts); in the
// transcript one stands alone between turns and heads the speech below it. The dash keeps a timed transcript's
// phrases (`[00:03] so yeah`) out: they run on without one.
import type { LineIndex, Span } from '../text/positions';
import { skipSpaces, trimEnd } from '../turns/chars';
import { chapterLine } from '../turns/chapterLists';
import { Kind, type Scan } from './lineScan';

/** A time (bare or bracketed), a dash or bar, then the title: `00:00:00 – Title`, `(0:00) - Title`. */
const DASHED_CHAPTER = /^[[(（]?(?:\d{1,2}:)?\d{1,2}:\d{2}[\])）]?[ \t]*[-–—|][ \t]*(?=\S)/u;
/** How far below the chapter line its first label is looked for, in blank lines. */
const LABEL_REACH = 2;
/** How far from an edit a chapter line is looked for: the line, its blank lines, its neighbours and its label. */
const REACH = LABEL_REACH + 3;

/** Where the title starts in the trimmed line `text` when it has a dashed chapter line's shape, or -1. */
function titleStart(text: string): number {
  const match = DASHED_CHAPTER.exec(text);
  if (!match || chapterLine(text) === null) return -1;
  return match[0].length;
}

function trimmedLine(lines: LineIndex, line: number): { readonly start: number; readonly text: string } {
  const start = skipSpaces(lines.source, lines.lineStart(line), lines.lineEnd(line));
  return { start, text: lines.source.slice(start, trimEnd(lines.source, start, lines.lineEnd(line))) };
}

function isChapterShaped(lines: LineIndex, line: number): boolean {
  return line >= 0 && titleStart(trimmedLine(lines, line).text) >= 0;
}

/** Whether `line` opens at its first column: a speaker's label does; a tool's indented speech under `0:12 - Name` does not. */
function opensAtMargin(lines: LineIndex, line: number): boolean {
  return skipSpaces(lines.source, lines.lineStart(line), lines.lineEnd(line)) === lines.lineStart(line);
}

/**
 * Whether `line` could stand as a chapter title, from the lines alone: the dashed shape, no chapter line right above
 * or below, and the next line with text (within LABEL_REACH blank lines) opening at the margin. The labels decide the rest.
 */
function standsAlone(lines: LineIndex, kinds: ArrayLike<number> | null, line: number): number {
  if (!isChapterShaped(lines, line)) return -1;
  const blank = (l: number): boolean => (kinds ? kinds[l] === Kind.Blank : lines.lineText(l).trim() === '');
  let above = line - 1;
  while (above >= 0 && above >= line - LABEL_REACH - 1 && blank(above)) above--;
  if (above >= line - LABEL_REACH - 1 && isChapterShaped(lines, above)) return -1;
  let next = line + 1;
  while (next < lines.lineCount && next <= line + LABEL_REACH + 1 && blank(next)) next++;
  if (next >= lines.lineCount || next > line + LABEL_REACH + 1 || isChapterShaped(lines, next) || !opensAtMargin(lines, next)) return -1;
  return next;
}

/**
 * The chapter titles of the scan, keyed by line, each the title's span: a dashed chapter line whose neighbours with
 * text are no chapter lines (a list's entries are not titles), which is no turn's start itself, and whose next line
 * with text (past at most LABEL_REACH blank lines) starts a turn.
 */
export function chapterHeadings(scan: Scan, startsTurn: (line: number) => boolean): Map<number, Span> {
  const { lines, kinds } = scan;
  const found = new Map<number, Span>();
  for (let line = 0; line < lines.lineCount; line++) {
    if (kinds[line] === Kind.Blank || kinds[line] === Kind.Code || kinds[line] === Kind.Heading) continue;
    const next = standsAlone(lines, kinds, line);
    if (next < 0 || startsTurn(line) || !startsTurn(next)) continue;
    const { start, text } = trimmedLine(lines, line);
    found.set(line, { start: start + titleStart(text), end: start + text.length });
  }
  return found;
}

/**
 * Whether a dashed chapter line that could stand alone (standsAlone) lies within reach of lines `first..last` (an edit
 * there may make or unmake one, or change the neighbours and label that let it stand), or `newLine` (the edited line's
 * new text) has the dashed shape. The analyzer asks it of the text before and after the edit and falls back then; a
 * tool's `0:12 - Name` lines over indented speech never could, so typing in such an export stays local.
 */
export function chapterHeadingWithinReach(lines: LineIndex, first: number, last: number, newLine?: string): boolean {
  if (newLine !== undefined && titleStart(newLine.trim()) >= 0) return true;
  const from = Math.max(0, first - REACH);
  const to = Math.min(lines.lineCount - 1, last + REACH);
  for (let line = from; line <= to; line++) if (standsAlone(lines, null, line) >= 0) return true;
  return false;
}

/**
 * The keystroke path's check, which has the text before the edit and the edited line's new text only: the line
 * becoming or having been a dashed chapter line, one standing alone within reach before the edit, or the line made
 * blank or filled, or made to open at the margin or not, within reach below a dashed chapter line (which may then stand).
 */
export function chapterHeadingLineEditWithinReach(lines: LineIndex, line: number, newLine: string): boolean {
  if (titleStart(newLine.trim()) >= 0 || isChapterShaped(lines, line)) return true;
  if (chapterHeadingWithinReach(lines, line, line)) return true;
  const oldLine = lines.lineText(line);
  const blankChanges = (oldLine.trim() === '') !== (newLine.trim() === '');
  if (!blankChanges && /^\s/.test(oldLine) === /^\s/.test(newLine)) return false;
  for (let above = line - 1; above >= 0 && above >= line - LABEL_REACH - 1; above--) if (isChapterShaped(lines, above)) return true;
  return false;
}
