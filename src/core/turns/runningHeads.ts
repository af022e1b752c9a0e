import { lineTableOf } from '../analysis/lineTable';
import type { StageDirection } from '../analysis/model';
import type { TextSource } from '../text/chunkedText';
import type { LineIndex } from '../text/positions';
import { SENTENCE_END, skipSpaces, trimEnd } from './chars';

/**
 * A PDF copy's running head: the title, date or page line printed again at every page break (`NETFLIX, INC. FQ1
 * 2022 … | APR 19, 2022` over `Copyright © 2022 …` over `spglobal.com/… 4`; `立法會 ─ 2013年 1月 10日`), or a record's
 * section block repeated before every speech. Read from what the document repeats: a line whose words come back
 * at least MIN_REPEATS times, the numbers in it free to change (a page number, a page's date), holding a number
 * itself or standing right next to such a line (the rest of a head's block). Speech repeats a few words
 * (`Thank you.`), rarely a whole numbered line; labels that do repeat whole (`Speaker 1 (00:00:02):`) stay labels
 * (the scheme keeps a label with no speech after it on its line).
 */
const MIN_REPEATS = 3;
/** Shortest line key read as a head: `Page 4` and `Yes, 2.` are too short to tell a head from speech. */
const MIN_KEY_LENGTH = 10;
/** Longest line read: a head is a line of a page's margin. */
const MAX_HEAD_LENGTH = 160;
/** Longest line whose key is built (spaces collapse): longer lines are speech. */
const MAX_LINE_READ = MAX_HEAD_LENGTH * 2;
const DIGIT_RUNS = /\d+/g;
const SPACE_RUNS = /\s+/g;
const LETTER = /\p{L}/u;
const DIGIT = /\d/;
const TAGS = /<[^<>]*>/g;
/** A web address (`<https://…/1797882-20250328.htm>`) or a picture (`![image](images/…-4.png)`) is a link to its own page or figure, however alike the links. */
const ADDRESS = /:\/\/|\]\(/;
/** A Markdown heading (`## 4/14 Meeting Minutes`) is a section's title, repeated or not (the outline reads it). */
const MARKDOWN_HEADING = /^#{1,6}\s/;

/** A line's text as its repeats are compared: trimmed, spaces collapsed, each run of digits one `0`. */
export function runningHeadKey(line: string): string {
  return line.trim().replace(SPACE_RUNS, ' ').replace(DIGIT_RUNS, '0');
}

/** Whether a line's key may be a running head's, read from the line alone (its length, a letter, no address, no heading mark). */
export function mayBeRunningHeadKey(key: string): boolean {
  return key.length >= MIN_KEY_LENGTH && key.length <= MAX_HEAD_LENGTH && LETTER.test(key) && !ADDRESS.test(key) && !MARKDOWN_HEADING.test(key);
}

/** A clock time or a media time (`Speaker 1 (00:24):`, `![00.01.30 overview]`): a timed label or cue, never a page's head. */
const CLOCK = /\d[:.]\d/;

/** A page's number or date in the visible text (`<P class="p18">` numbers no page), and no clock time. */
export function holdsPageNumber(text: string): boolean {
  const visible = text.includes('<') ? text.replace(TAGS, '') : text;
  return DIGIT.test(visible) && !CLOCK.test(visible);
}

/**
 * A line that holds a sentence's end (`。！？；…`, or a `.` after a lower-case letter at its end) is speech repeated with
 * a number changed (`…come up in part 38, and I will say more after that.`, `生活周刊：第1个问题，你当时是怎么想的？`),
 * never a page's title or date line; a head's block may still hold one (a copyright notice beside the head).
 */
function holdsSentenceEnd(key: string): boolean {
  for (const char of key) if (SENTENCE_END.has(char)) return true;
  return key.endsWith('.') && /\p{Ll}/u.test(key.charAt(key.length - 2));
}

/** Whether a line's key may be a numbered head's: it holds a page's number or date and no sentence's end. */
function mayBeNumberedHead(key: string): boolean {
  return holdsPageNumber(key) && !holdsSentenceEnd(key);
}

const found = new WeakMap<LineIndex, ReadonlySet<number>>();

/** The document's running head lines (0-based), read once per LineIndex (the scheme and the turn scan both ask). */
export function runningHeadLines(lines: LineIndex): ReadonlySet<number> {
  let heads = found.get(lines);
  if (heads === undefined) {
    heads = readRunningHeads(lines);
    found.set(lines, heads);
  }
  return heads;
}

/**
 * Linear in the document's length. A numbered line whose key comes back MIN_REPEATS times is a head; a line right
 * above or below such a head, the same words beside the same head MIN_REPEATS times, is the rest of its block
 * (`Consideration in Committee of the Whole …` under `Main Estimates 2008–2009 …`).
 */
function readRunningHeads(lines: LineIndex): ReadonlySet<number> {
  const text = lines.source;
  const { firsts, lasts } = lineTableOf(lines);
  const keys: (string | undefined)[] = new Array<string | undefined>(lines.lineCount);
  const counts = new Map<string, number>();
  for (let line = 0; line < lines.lineCount; line++) {
    const length = lasts[line]! - firsts[line]!;
    if (length < MIN_KEY_LENGTH || length > MAX_LINE_READ) continue;
    const key = runningHeadKey(text.slice(firsts[line]!, lasts[line]!));
    if (!mayBeRunningHeadKey(key)) continue;
    keys[line] = key;
    if (mayBeNumberedHead(key)) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const heads = new Set<number>();
  const isHead = (line: number): boolean => line >= 0 && line < lines.lineCount && keys[line] !== undefined && (counts.get(keys[line]!) ?? 0) >= MIN_REPEATS;
  const beside = new Map<string, number>();
  const besideKey = (head: number, line: number): string => `${line < head ? '^' : 'v'}${keys[head]!}\n${keys[line]!}`;
  for (let line = 0; line < lines.lineCount; line++) {
    if (!isHead(line)) continue;
    heads.add(line);
    for (const next of [line - 1, line + 1]) {
      if (next < 0 || next >= lines.lineCount || keys[next] === undefined || isHead(next)) continue;
      const key = besideKey(line, next);
      beside.set(key, (beside.get(key) ?? 0) + 1);
    }
  }
  if (beside.size === 0) return heads;
  for (const head of [...heads]) {
    for (const next of [head - 1, head + 1]) {
      if (next >= 0 && next < lines.lineCount && keys[next] !== undefined && !heads.has(next) && (beside.get(besideKey(head, next)) ?? 0) >= MIN_REPEATS) heads.add(next);
    }
  }
  return heads;
}

/** The running head lines as whole-line stage directions, but for `labelLine`s (a label is never an aside). */
export function runningHeadDirections(lines: LineIndex, heads: ReadonlySet<number>, labelLine: (line: number) => boolean): StageDirection[] {
  if (heads.size === 0) return [];
  const { firsts, lasts } = lineTableOf(lines);
  return [...heads].filter((line) => !labelLine(line)).sort((a, b) => a - b).map((line) => ({ span: { start: firsts[line]!, end: lasts[line]! } }));
}

/** How many other lines of `text` a hit search reads before giving up (the caller then takes the line as repeated). */
const MAX_HITS_READ = 64;

/**
 * How many lines of `text` (up to `limit`), the line `[start, end)` (trimmed bounds) among them, share its running-head
 * key, where the line's key holds a page number and may be a head's (0 otherwise). Searches the key's longest word and
 * compares each hit's line whole, as readRunningHeads reads lines (trimmed of isSpace, at most MAX_LINE_READ long).
 * Past MAX_HITS_READ hits of the word, `limit`.
 */
export function numberedKeyCount(text: TextSource, start: number, end: number, limit: number): number {
  if (end - start < MIN_KEY_LENGTH || end - start > MAX_LINE_READ) return 0;
  const key = runningHeadKey(text.slice(start, end));
  if (!mayBeRunningHeadKey(key) || !mayBeNumberedHead(key)) return 0;
  let needle = '';
  for (const word of key.split(/[\s0]+/)) if (word.length > needle.length) needle = word;
  if (needle === '') return limit;
  let count = 1;
  let hits = 0;
  for (let at = text.indexOf(needle); at >= 0 && count < limit; at = text.indexOf(needle, at + needle.length)) {
    if (at >= start && at < end) continue;
    if (++hits > MAX_HITS_READ) return limit;
    const lineStart = Math.max(text.lastIndexOf('\n', at), text.lastIndexOf('\r', at)) + 1;
    const lineEnd = lineBreakFrom(text, at);
    const first = skipSpaces(text, lineStart, lineEnd);
    const last = trimEnd(text, first, lineEnd);
    if (last - first >= MIN_KEY_LENGTH && last - first <= MAX_LINE_READ && runningHeadKey(text.slice(first, last)) === key) count++;
    at = lineEnd - needle.length;
  }
  return Math.min(count, limit);
}

function lineBreakFrom(text: TextSource, at: number): number {
  const feed = text.indexOf('\n', at);
  const ret = text.indexOf('\r', at);
  if (feed < 0) return ret < 0 ? text.length : ret;
  return ret < 0 ? feed : Math.min(feed, ret);
}

/**
 * Whether line `line`, a numbered line (a label with a page's date after it), is a running head: its key comes back
 * MIN_REPEATS times (a numbered line is a head by its own repeats, never as a block line beside one). Read from the
 * document's heads (read whole when `wholeDocument`, or already read for this index), else by a search (the
 * incremental analyzer's tally, which decides a few lines).
 */
export function isNumberedRunningHead(lines: LineIndex, line: number, wholeDocument: boolean): boolean {
  const heads = wholeDocument ? runningHeadLines(lines) : found.get(lines);
  if (heads !== undefined) return heads.has(line);
  const text = lines.source;
  const first = skipSpaces(text, lines.lineStart(line), lines.lineEnd(line));
  return numberedKeyCount(text, first, trimEnd(text, first, lines.lineEnd(line)), MIN_REPEATS) >= MIN_REPEATS;
}

/**
 * Whether the line `[start, end)` of `text` is numbered and has the same running-head key as another line of `text`
 * (the incremental analyzer: such a line may make or unmake a head wherever its repeats are, and the block beside it).
 */
export function lineKeyRecurs(text: TextSource, start: number, end: number): boolean {
  return numberedKeyCount(text, start, end, 2) >= 2;
}
