import { lineTableOf } from '../analysis/lineTable';
import type { StageDirection } from '../analysis/model';
import type { TextSource } from '../text/chunkedText';
import type { LineIndex } from '../text/positions';
import { CLOSING_QUOTES, SENTENCE_END } from './chars';

/**
 * A PDF copy's running head: the title, date or page line printed again at every page break (`NETFLIX, INC. FQ1
 * 2022 … | APR 19, 2022` over `Copyright © 2022 …` over `spglobal.com/… 4`; `立法會 ─ 2013年 1月 10日`), or a record's
 * section block repeated before every speech. Read from what the document repeats: a line whose words come back
 * at least HEAD_REPEATS times, the numbers in it free to change (a page number, a page's date), holding a number
 * itself or standing right next to such a line (the rest of a head's block). Speech repeats a few words
 * (`Thank you.`), rarely a whole numbered line; labels that do repeat whole (`Speaker 1 (00:00:02):`) stay labels
 * (the scheme keeps a label with no speech after it on its line). HEAD_REPEATS: how many lines must hold a numbered
 * key for them to be heads.
 */
export const HEAD_REPEATS = 3;
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
 * A line that holds a sentence's end (`。！？；…`, or a `.` after a lower-case letter at its end, inside closing brackets
 * or quotes too: `… (Laughter.)`, or after a figure in a line of lower-case words: `…in 2024.`) is speech repeated with a number changed (`…come up in part 38, and I will say more
 * after that.`, `生活周刊：第1个问题，你当时是怎么想的？`), never a page's title or date line; a head's block may still hold
 * one (a copyright notice beside the head).
 */
function holdsSentenceEnd(key: string): boolean {
  for (const char of key) if (SENTENCE_END.has(char)) return true;
  let end = key.length;
  while (end > 0 && (CLOSING_QUOTES.has(key.charAt(end - 1)) || key.charAt(end - 1) === ')' || key.charAt(end - 1) === ']')) end--;
  if (key.charAt(end - 1) !== '.') return false;
  // `…chose engineering in 2024.`: a figure before the stop ends a sentence too where lower-case words make the line prose.
  return /\p{Ll}/u.test(key.charAt(end - 2)) || (key.charAt(end - 2) === '0' && (key.match(LOWER_CASE_WORD) ?? []).length >= 3);
}
const LOWER_CASE_WORD = /(?<![\p{L}])\p{Ll}{2,}/gu;

/** Whether a line's key may be a numbered head's: it holds a page's number or date and no sentence's end. */
function mayBeNumberedHead(key: string): boolean {
  return holdsPageNumber(key) && !holdsSentenceEnd(key);
}

/** What readRunningHeads reads of a document: its head lines and how many lines hold each numbered key. */
interface RunningHeadReading {
  readonly heads: ReadonlySet<number>;
  /** Each key of a line that may be a numbered head's (numberedHeadKey) and how many lines hold it. */
  readonly numberedKeys: ReadonlyMap<string, number>;
}

const found = new WeakMap<LineIndex, RunningHeadReading>();

/** The document's running heads, read once per LineIndex (the scheme, the outline and the turn scan all ask). */
function runningHeadReading(lines: LineIndex): RunningHeadReading {
  let reading = found.get(lines);
  if (reading === undefined) {
    reading = readRunningHeads(lines);
    found.set(lines, reading);
  }
  return reading;
}

/** The document's running head lines (0-based). */
export function runningHeadLines(lines: LineIndex): ReadonlySet<number> {
  return runningHeadReading(lines).heads;
}

/**
 * The numbered keys (numberedHeadKey) two lines of the document or more hold, and how many: few, where a key held
 * once is most numbered lines. The incremental check keeps them with its baseline (sent from the worker with the
 * analysis) and shifts them by each edit's lines (runningHeadChecks.ts).
 */
export function numberedKeyRepeats(lines: LineIndex): Map<string, number> {
  const repeats = new Map<string, number>();
  for (const [key, count] of runningHeadReading(lines).numberedKeys) if (count >= 2) repeats.set(key, count);
  return repeats;
}

/**
 * The running-head key of the trimmed line `[first, last)` of `text` where that line may be a numbered head (a page's
 * number or date, no sentence's end, the key's bounds), else undefined: a numbered line is a head where its key comes
 * back HEAD_REPEATS times.
 */
export function numberedHeadKey(text: TextSource, first: number, last: number): string | undefined {
  if (last - first < MIN_KEY_LENGTH || last - first > MAX_LINE_READ) return undefined;
  const key = runningHeadKey(text.slice(first, last));
  return mayBeRunningHeadKey(key) && mayBeNumberedHead(key) ? key : undefined;
}

/**
 * Linear in the document's length. A numbered line whose key comes back HEAD_REPEATS times is a head; a line right
 * above or below such a head, the same words beside the same head HEAD_REPEATS times, is the rest of its block
 * (`Consideration in Committee of the Whole …` under `Main Estimates 2008–2009 …`).
 */
function readRunningHeads(lines: LineIndex): RunningHeadReading {
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
  const isHead = (line: number): boolean => line >= 0 && line < lines.lineCount && keys[line] !== undefined && (counts.get(keys[line]!) ?? 0) >= HEAD_REPEATS;
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
  if (beside.size === 0) return { heads, numberedKeys: counts };
  for (const head of [...heads]) {
    for (const next of [head - 1, head + 1]) {
      if (next >= 0 && next < lines.lineCount && keys[next] !== undefined && !heads.has(next) && (beside.get(besideKey(head, next)) ?? 0) >= HEAD_REPEATS) heads.add(next);
    }
  }
  return { heads, numberedKeys: counts };
}

/** The running head lines as whole-line stage directions, but for `labelLine`s (a label is never an aside). */
export function runningHeadDirections(lines: LineIndex, heads: ReadonlySet<number>, labelLine: (line: number) => boolean): StageDirection[] {
  if (heads.size === 0) return [];
  const { firsts, lasts } = lineTableOf(lines);
  return [...heads].filter((line) => !labelLine(line)).sort((a, b) => a - b).map((line) => ({ span: { start: firsts[line]!, end: lasts[line]! } }));
}

/**
 * Whether line `line`, a numbered line (a label with a page's date after it), is a running head: its key comes back
 * HEAD_REPEATS times (a numbered line is a head by its own repeats, never as a block line beside one). `wholeDocument`:
 * read every line's head (findLabelScheme). Else the incremental analyzer's tally asks, of an edited line only, before
 * or after the edit: mayChangeRunningHeads let the edit through only where no edited line is a head on either side,
 * so a line no reading of this index found is none (no search of the text per keystroke).
 */
export function isNumberedRunningHead(lines: LineIndex, line: number, wholeDocument: boolean): boolean {
  const reading = wholeDocument ? runningHeadReading(lines) : found.get(lines);
  return reading !== undefined && reading.heads.has(line);
}
