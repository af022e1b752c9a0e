import { listItemContentStart } from './lineShapes';

/**
 * `Takeaways` over `- Epic failures…` / `- Businesses should…`, `PANELISTS` over `• Robbert Dijkgraaf, …`, `About the
 * talk` over `00:02 Intro` / `02:00 AlphaGo & AlphaStar`: a short line with no sentence's end, right over two list
 * items or more (bulleted, or led by a time), heads the list. A page's notes, credits and chapter lists are sections a
 * reader navigates by; a speaker's words end sentences and do not stand over bullets. Read from the line, the line
 * above it and the items under it.
 */

const MAX_HEAD_LENGTH = 50;
const MAX_WORDS = 6;
const MIN_ITEMS = 2;
/** Blank lines allowed between the head and its first item, and between items. */
const MAX_BLANKS = 1;
/** How far an edit may be from a head and change its reading: the line above, the head, its items and the blanks between. */
export const LIST_HEAD_REACH = 1 + MIN_ITEMS * (MAX_BLANKS + 1) + MAX_BLANKS;

/**
 * `- item`, `• item`, `00:02 Intro`: a bulleted or timed list item by its own text (a time over a capital: `3:10 p.m.` is a time). Numbered items (`1. Announcements`)
 * are left to the numbered-title rules: they are as often the sections themselves.
 */
export function isListItemText(text: string): boolean {
  if (TIMED_ITEM.test(text)) return true;
  return listItemContentStart(text) >= 0 && !NUMBERED_ITEM.test(text);
}
const TIMED_ITEM = /^\s*\d{1,2}:\d{2}(?::\d{2})?\s+\p{Lu}/u;
const NUMBERED_ITEM = /^\s*(?:\d|[一二三四五六七八九十])/;

/** A short line in Latin script opening with a capital, one to six words, no sentence's or clause's end (a colon allowed). */
export function isListHeadText(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed.length < 3 || trimmed.length > MAX_HEAD_LENGTH || !/^\p{Lu}/u.test(trimmed)) return false;
  if (/\p{Script=Han}/u.test(trimmed) || /[.?!,;…"'”’)\]—–-]$/.test(trimmed) || isListItemText(trimmed)) return false;
  const words = trimmed.split(/\s+/);
  return words.length <= MAX_WORDS && /\p{L}{3}/u.test(trimmed);
}

const isBlank = (text: string): boolean => text.trim().length === 0;
/** A line that ends a sentence (a closing quote or bracket after the mark allowed). */
const FINISHED_SENTENCE = /[.?!。？！…]["'”’)）]?$/;

/** Whether `line` heads a list: it opens the document or follows a blank line or a finished sentence, and list items follow. */
export function isListHeadAt(lineCount: number, lineAt: (line: number) => string, line: number): boolean {
  if (!isListHeadText(lineAt(line))) return false;
  if (line > 0) {
    const above = lineAt(line - 1).trimEnd();
    if (!isBlank(above) && !FINISHED_SENTENCE.test(above)) return false;
  }
  let items = 0;
  let blanks = 0;
  for (let under = line + 1; under < lineCount && items < MIN_ITEMS; under++) {
    const text = lineAt(under);
    if (isBlank(text)) {
      if (++blanks > MAX_BLANKS) return false;
      continue;
    }
    if (!isListItemText(text)) return false;
    items++;
    blanks = 0;
  }
  return items >= MIN_ITEMS;
}

/** Every list head of a document; `isTaken` lines (labels, name lines) are never heads. */
export function listHeadLines(lineCount: number, lineAt: (line: number) => string, isTaken: (line: number) => boolean): Set<number> {
  const found = new Set<number>();
  for (let line = 0; line + 1 < lineCount; line++) {
    const text = lineAt(line);
    // The cheap tests first: most lines are long, and most short ones are not over a list item.
    if (text.length > MAX_HEAD_LENGTH + 8) continue;
    const next = isBlank(lineAt(line + 1)) ? line + 2 : line + 1;
    if (next >= lineCount || !isListItemText(lineAt(next))) continue;
    if (!isTaken(line) && isListHeadAt(lineCount, lineAt, line)) found.add(line);
  }
  return found;
}

/**
 * Whether an edit of lines `first`..`last` may change what listHeadLines reads: a line within reach heads a list.
 * Asked of the text before the edit and after it.
 */
export function listHeadWithinReach(lineCount: number, lineAt: (line: number) => string, first: number, last: number): boolean {
  const from = Math.max(0, first - LIST_HEAD_REACH);
  const to = Math.min(lineCount - 1, last + LIST_HEAD_REACH);
  for (let line = from; line <= to; line++) {
    if (lineAt(line).length <= MAX_HEAD_LENGTH + 8 && isListHeadAt(lineCount, lineAt, line)) return true;
  }
  return false;
}
