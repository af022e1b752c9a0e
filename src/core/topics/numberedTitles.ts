// Section titles numbered in sequence. Dialogue write-ups and talks number their sections on the title's own
// line (`01 The Beginning of Infinity`, `02 它还是一个“缸中之脑”`, `第一章 一座无限的山`, `① Proportional random
// growth 机制`, `1、[世界最大飞机](…)`), a meeting's captioning service sets its agenda items in square brackets
// (`[1. Opening Statement]`), each a paragraph of its own between the last answer and the next question. The
// numbers running on in document order are the document's own evidence: a lone `1.管理层汇报` or a list
// (`① 首先…；` / `② 然后…；`) titles nothing. A title holds no sentence; a comma may sit inside it.
import { skipSpaces, trimEnd } from '../turns/chars';
import type { TextSource } from '../text/chunkedText';
import type { LineIndex, Span } from '../text/positions';
import { chineseNumeralValue, MAX_TITLE_LENGTH } from './titles';
import { isImageLine } from './parallelPlainTitles';
import { Kind, type Scan } from './lineScan';

/**
 * The number opening a line, by family: zero-padded (`01 `), Arabic with a list comma or a full stop (`1、`,
 * `1.`; a bare `1 ` is a page or gutter number), circled (`①`), a chapter (`第一章`, `第二部分`).
 */
const ORDINAL = /^(?:(0[1-9])[ \t\u3000]+|([1-9]\d?)([、.．])(?!\d)[ \t\u3000]*|([\u2460-\u2473])[ \t\u3000]*|第([一二三四五六七八九十]{1,3})(章|部分|节|篇|讲|课)[ \t\u3000：:]*)/u;
/** Emphasis marks, which a title may carry around the whole or a part (`第二章 K2 **是乔戈里峰**`). */
const EMPHASIS = /\*\*|__/g;
/** A Markdown link reads as its text (`[世界最大飞机](https://…)`). */
const LINK = /!?\[([^\]]*)\]\([^)]*\)/g;
/** A sentence, a question or an unfinished clause is no title. */
const NOT_A_TITLE_END = /[。！？!?；;…．.，,、：:]$/;
const SENTENCE_INSIDE = /[。！？!?；;]/;
const HAS_LETTER = /\p{L}/u;
/** How far below a title what follows it may be, past blank lines, rules and pictures (`01 …` / blank / `---` / blank / label). */
const FOLLOW_REACH = 8;
/** How far from an edit a numbered title's reading may change (its neighbours, what follows it): the incremental reach. */
export const NUMBERED_TITLE_REACH = FOLLOW_REACH + 2;
/** Longest line probed for a number (markup and a link's address included). */
const MAX_PROBE = 400;
/**
 * `[1. Opening Statement]` … `[4. A memorandum regarding whether to authorize …]`: a captioning service's agenda
 * items, numbered inside square brackets on lines of their own. The brackets close the item, so its full stop is
 * no sentence's and its words may run as long as a motion's title.
 */
const BRACKETED_ITEM = /^\[([^[\]]+)\]$/;
const MAX_BRACKETED_ITEM_LENGTH = MAX_TITLE_LENGTH * 4;

interface Numbered {
  readonly family: string;
  readonly value: number;
}

/** The number opening a trimmed line and its family, when the line is shaped as a numbered title; else null. */
export function numberedTitleShape(words: string): Numbered | null {
  if (words.length > MAX_PROBE) return null;
  const bracketed = BRACKETED_ITEM.exec(words);
  if (bracketed) return bracketedItemShape(bracketed[1]!.trim());
  const plain = numberedTitleText(words);
  const number = ORDINAL.exec(plain);
  if (!number) return null;
  const title = plain.slice(number[0].length).trim();
  if (title.length === 0 || title.length > MAX_TITLE_LENGTH || !HAS_LETTER.test(title) || SENTENCE_INSIDE.test(title) || NOT_A_TITLE_END.test(title)) return null;
  if (number[1]) return { family: 'padded', value: Number(number[1]) };
  if (number[2]) return { family: `arabic${number[3] === '、' ? '、' : '.'}`, value: Number(number[2]) };
  if (number[4]) return { family: 'circled', value: number[4].charCodeAt(0) - 0x245f };
  return { family: `第${number[6]!}`, value: chineseNumeralValue(number[5]!) };
}

/** An agenda item's number inside square brackets, in a family of its own (`[1.`); its words without a final full stop. */
function bracketedItemShape(inner: string): Numbered | null {
  const number = ORDINAL.exec(inner);
  if (!number?.[2]) return null;
  const title = inner.slice(number[0].length).trim().replace(/\.$/, '');
  if (title.length === 0 || title.length > MAX_BRACKETED_ITEM_LENGTH || !HAS_LETTER.test(title) || SENTENCE_INSIDE.test(title) || NOT_A_TITLE_END.test(title)) return null;
  return { family: `[arabic${number[3] === '、' ? '、' : '.'}`, value: Number(number[2]) };
}

/** The words of a numbered title as a reader sees them: links as their text, no emphasis marks. */
export function numberedTitleText(words: string): string {
  return words.replace(LINK, '$1').replace(EMPHASIS, '').trim();
}

/** Whether a character may open a number: a digit, a circled number, 第. */
function opensNumber(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 0x2460 && code <= 0x2473) || code === 0x7b2c /* 第 */;
}

/** Whether text[start…] may open with a number, past emphasis marks and a link's bracket: a cheap test before the pattern. */
function mayOpenWithNumber(text: TextSource, start: number, end: number): boolean {
  let at = start;
  while (at < end && at - start < 4 && (text.charCodeAt(at) === 42 /* * */ || text.charCodeAt(at) === 95 /* _ */ || text.charCodeAt(at) === 91 /* [ */)) at++;
  return at < end && opensNumber(text.charCodeAt(at));
}

function trimmedWords(lines: LineIndex, line: number): Span {
  const text = lines.source;
  const start = skipSpaces(text, lines.lineStart(line), lines.lineEnd(line));
  return { start, end: trimEnd(text, start, lines.lineEnd(line)) };
}

/** The numbered-title shape of a line, or null. */
function shapeOf(lines: LineIndex, line: number): Numbered | null {
  const { start, end } = trimmedWords(lines, line);
  return shapeIn(lines.source, start, end);
}

/** The numbered-title shape of the trimmed line text[start, end), or null. */
function shapeIn(text: TextSource, start: number, end: number): Numbered | null {
  if (start >= end || end - start > MAX_PROBE || !mayOpenWithNumber(text, start, end)) return null;
  return numberedTitleShape(text.slice(start, end));
}

/**
 * The document's numbered section titles, with each title's span (inside bold marks around the whole line).
 * `isLabel` tells the speaker label lines, which are never titles.
 */
export function numberedSequenceTitles(scan: Scan, isLabel: (line: number) => boolean): Map<number, Span> {
  const { lines, kinds } = scan;
  const { firsts, lasts } = scan.table;
  const shapes = new Map<number, Numbered>();
  for (let line = 0; line < lines.lineCount; line++) {
    const kind = kinds[line];
    if (kind !== Kind.Text && kind !== Kind.TitleShaped && kind !== Kind.ListItem) continue;
    const shape = shapeIn(lines.source, firsts[line]!, lasts[line]!);
    if (shape && !isLabel(line)) shapes.set(line, shape);
  }
  const found = new Map<number, Span>();
  if (shapes.size < 2) return found;
  // Runs of numbers going on by one in each family; a run whose items follow one another is a list.
  const runs = new Map<string, number[]>();
  const take = (run: readonly number[]): void => {
    if (run.length < 2 || !run.every((line) => standsApart(scan, line, shapes, isLabel))) return;
    for (const line of run) found.set(line, titleSpan(lines, line));
  };
  for (const [line, shape] of shapes) {
    const run = runs.get(shape.family);
    const last = run?.[run.length - 1];
    if (run && last !== undefined && shapes.get(last)!.value + 1 === shape.value) {
      run.push(line);
      continue;
    }
    if (run) take(run);
    runs.set(shape.family, [line]);
  }
  for (const run of runs.values()) take(run);
  return found;
}

/**
 * A paragraph of its own: a blank line, a rule or a heading above it (or the document's start); below it a blank
 * line, a rule or a label; and something that is no item of the same numbered list after it, past blank lines,
 * rules and pictures.
 */
function standsApart(scan: Scan, line: number, shapes: ReadonlyMap<number, Numbered>, isLabel: (line: number) => boolean): boolean {
  const { lines, kinds } = scan;
  const above = kinds[line - 1];
  if (line > 0 && above !== Kind.Blank && above !== Kind.Rule && above !== Kind.Heading) return false;
  const below = kinds[line + 1];
  if (line + 1 < lines.lineCount && below !== Kind.Blank && below !== Kind.Rule && !isLabel(line + 1)) return false;
  for (let next = line + 1; next < lines.lineCount && next <= line + FOLLOW_REACH; next++) {
    const kind = kinds[next];
    if (kind === Kind.Blank || kind === Kind.Rule) continue;
    if (kind === Kind.Code) return false;
    const { start, end } = trimmedWords(lines, next);
    if (isImageLine(lines.source.slice(start, Math.min(end, start + MAX_PROBE)))) continue;
    const nextShape = shapes.get(next);
    return !nextShape || nextShape.family !== shapes.get(line)!.family;
  }
  return false;
}

/** The trimmed line, inside bold marks or an agenda item's square brackets that wrap it whole. */
function titleSpan(lines: LineIndex, line: number): Span {
  const { start, end } = trimmedWords(lines, line);
  const text = lines.source;
  if (text.charCodeAt(start) === 91 /* [ */ && BRACKETED_ITEM.test(text.slice(start, end))) return { start: start + 1, end: end - 1 };
  const marks = text.slice(start, start + 2);
  if ((marks === '**' || marks === '__') && end - start > 4 && text.slice(end - 2, end) === marks && !text.slice(start + 2, end - 2).includes(marks)) return { start: start + 2, end: end - 2 };
  return { start, end };
}

/**
 * Whether a line within NUMBERED_TITLE_REACH of lines first..last (or the edited line's new text) is shaped as a
 * numbered title: the document-wide reading of the sequence may change, so the incremental analyzer falls back.
 */
export function numberedTitleWithinReach(lines: LineIndex, first: number, last: number, edited?: string): boolean {
  if (edited !== undefined) {
    const trimmed = edited.trim();
    if (trimmed && mayOpenWithNumber(trimmed, 0, trimmed.length) && numberedTitleShape(trimmed)) return true;
  }
  const from = Math.max(0, first - NUMBERED_TITLE_REACH);
  const to = Math.min(lines.lineCount - 1, last + NUMBERED_TITLE_REACH);
  for (let line = from; line <= to; line++) if (shapeOf(lines, line)) return true;
  return false;
}
