// `(00:00) 开场` / `(12:34) 第二部分` / `(38:10) 听众提问`, `00:00 Intro` / `12:34 Guest introduction`: a podcast page's
// chapter list, a run of lines each a time and a short title alone, the times rising down the run and the titles all
// different. It is a table of contents read from the layout, never a word: its lines name no speaker (scheme.ts).
import type { TextSource } from '../text/chunkedText';
import type { LineIndex } from '../text/positions';
import { skipSpaces } from './chars';

/** An optional bullet, a time bare or bracketed (`00:00`, `[12:34]`, `(1:02:03)`), an optional dash, then the title. */
const CHAPTER_LINE = /^[ \t]*(?:[-*•][ \t]+)?([[(（【]?)((?:\d{1,2}:)?\d{1,2}:\d{2})([\])）】]?)[ \t]*(?:[-–—|][ \t]*)?(\S.*?)[ \t]*$/u;
/** A title is short; a colon in it would make the line a timed label with speech (`[00:01] Maria: Hi`). */
const MAX_TITLE_LENGTH = 60;
const COLON_OR_CLOCK = /[:：]|^\d/;
/** A title ends with no full stop or clause mark: a timed line that does is speech (`[03:41] Long before I ever…,`). */
const SPEECH_END = /[。.！!,，、;；]$/;
/**
 * Chapters span the recording, a timed transcript's lines a few seconds each (whisper's `[03:41] …` over `[03:44] …`):
 * a list's times are this many seconds apart, each from the one above.
 */
const MIN_GAP = 10;
/** Three chapters make a list: two timed lines with nothing after a name may still be a transcript's labels. */
export const MIN_CHAPTERS = 3;
/** Longest line read for a chapter (a bullet, a bracketed hour-long time and the title). */
const MAX_CHAPTER_LINE = 90;

const OPENERS = '[(（【';
const CLOSERS = '])）】';

/** A chapter line's time in seconds and its title, or null for any other line. */
export function chapterLine(text: string): { readonly seconds: number; readonly title: string } | null {
  if (text.length > MAX_CHAPTER_LINE) return null;
  const match = CHAPTER_LINE.exec(text);
  if (!match) return null;
  const [, open, clock, close, title] = match as unknown as [string, string, string, string, string];
  // Brackets pair up: `(00:00) Intro` or `00:00 Intro`, never `(00:00 Intro`.
  if (OPENERS.indexOf(open) !== CLOSERS.indexOf(close) || (open === '') !== (close === '')) return null;
  if (title.length > MAX_TITLE_LENGTH || COLON_OR_CLOCK.test(title) || (SPEECH_END.test(title) && !title.endsWith('...'))) return null;
  let seconds = 0;
  for (const part of clock.split(':')) seconds = seconds * 60 + Number(part);
  return { seconds, title };
}

/** A document's chapter lists: each run's lines in order, and all their lines. */
interface ChapterLists {
  readonly runs: readonly (readonly number[])[];
  readonly lines: ReadonlySet<number>;
}

const read = new WeakMap<LineIndex, ChapterLists>();

/** The document's chapter lists, read once per LineIndex: the scheme (its timed labels) and the outline (summaryRuns) both ask. */
function chapterLists(lines: LineIndex): ChapterLists {
  let lists = read.get(lines);
  if (lists === undefined) {
    const runs = readChapterListRuns(lines);
    lists = { runs, lines: new Set(runs.flat()) };
    read.set(lines, lists);
  }
  return lists;
}

/**
 * The lines of the document's chapter lists: runs of at least MIN_CHAPTERS consecutive chapter lines whose times rise
 * by MIN_GAP or more each and whose titles all differ. A run breaks where the time does not rise so; the part before it
 * is judged alone.
 */
export function chapterListLines(lines: LineIndex): ReadonlySet<number> {
  return chapterLists(lines).lines;
}

/** The document's chapter lists (see chapterListLines), each as its lines in order. */
export function chapterListRuns(lines: LineIndex): readonly (readonly number[])[] {
  return chapterLists(lines).runs;
}

/** Linear in the document's lines: a line is read only where its first character may open a chapter line. */
function readChapterListRuns(lines: LineIndex): number[][] {
  const found: number[][] = [];
  let run: number[] = [];
  let titles = new Set<string>();
  let last = -1;
  let distinct = true;
  const close = (): void => {
    if (run.length >= MIN_CHAPTERS && distinct) found.push(run);
    run = [];
    titles = new Set<string>();
    distinct = true;
  };
  for (let line = 0; line < lines.lineCount; line++) {
    const start = lines.lineStart(line);
    const end = lines.lineEnd(line);
    const chapter = end - start <= MAX_CHAPTER_LINE && mayOpenChapter(lines.source, start, end) ? chapterLine(lines.source.slice(start, end)) : null;
    if (!chapter) {
      if (run.length > 0) close();
      continue;
    }
    if (run.length > 0 && chapter.seconds < last + MIN_GAP) close();
    if (titles.has(chapter.title)) distinct = false;
    titles.add(chapter.title);
    run.push(line);
    last = chapter.seconds;
  }
  close();
  return found;
}

/** Whether the line's first character other than a space may open a chapter line (a digit, a bullet, a bracket): no slice for the others. */
function mayOpenChapter(source: TextSource, start: number, end: number): boolean {
  const at = skipSpaces(source, start, end);
  const code = source.charCodeAt(at);
  return at < end && ((code >= 48 && code <= 57) || CHAPTER_OPENERS.includes(source.charAt(at)));
}

/** What may stand before a chapter line's time: a bullet (CHAPTER_LINE's) or an opening bracket. */
const CHAPTER_OPENERS = '-*•' + OPENERS;

/** Where a chapter line's title starts (`0:00 – Introduction` → 7), or -1 for any other line. */
export function chapterTitleStart(text: string): number {
  const chapter = chapterLine(text);
  return chapter ? text.lastIndexOf(chapter.title) : -1;
}

/**
 * Whether an edit of lines `first`..`last` may change a chapter list: a chapter line at or beside the edit that a run
 * links to a neighbour (its time MIN_GAP past the one above, or short of the one below) may join, split or end a run
 * (and so every line of it); an unlinked one stands in no run on either side. Read from the text alone, before and
 * after the edit, so the incremental analyzer falls back then.
 */
export function chapterListWithinReach(lineCount: number, lineAt: (line: number) => string, first: number, last: number): boolean {
  const at = (line: number): { readonly seconds: number } | null => {
    if (line < 0 || line >= lineCount) return null;
    return chapterLine(lineAt(line));
  };
  for (let line = Math.max(0, first - 1); line <= Math.min(lineCount - 1, last + 1); line++) {
    const chapter = at(line);
    if (!chapter) continue;
    const above = at(line - 1);
    const below = at(line + 1);
    if ((above && chapter.seconds >= above.seconds + MIN_GAP) || (below && below.seconds >= chapter.seconds + MIN_GAP)) return true;
  }
  return false;
}
