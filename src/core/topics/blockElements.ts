// A saved page's or an XML export's block element spread over three lines: its opening tag alone on a line, one
// line of words, its closing tag alone on the next (`<h1 …>` / `在纪念…暨<br>世界…的讲话` / `</h1>`, and
// `<p class="HPS-Debate" …>` / `<span class="HPS-Debate">QUESTIONS WITHOUT NOTICE</span>` / `</p>`). The line of words
// is read as if the element wrapped it on one line: a heading element's words are a heading, a paragraph's words
// that are title-shaped are a title when the document sets its paragraphs this way (several such elements) and the
// next paragraph holds prose or is such a title too.
import type { LineIndex, Span } from '../text/positions';
import { skipSpaces, trimEnd } from '../turns/chars';
import { PHRASING_TAG } from '../turns/visibleText';
import { isTitleShaped, MAX_TITLE_SHAPED_LENGTH } from './titles';

/** The wrapped line is this long at most (markup included). */
const MAX_WRAPPED_LINE = 400;
/** An opening tag alone on its line is this long at most (attributes included). */
const MAX_OPEN_TAG_LINE = 2000;
const BLOCK_OPEN = /^<(h[1-6]|heading|p|div|center)(?:\s[^<>]*)?>$/i;
const LINE_BREAK = /<br\s*\/?>/gi;
/** How many lines below a wrapped paragraph its next paragraph is looked for. */
export const NEXT_PARAGRAPH_REACH = 40;
/** A document sets its paragraphs as elements over lines when it has this many opening tags alone on a line. */
const MIN_BLOCK_ELEMENTS = 3;

export interface WrappedLine {
  /** `h1`…`h6`, `heading` (an XML debate record's), `p`, `div` or `center`, lower case. */
  readonly tag: string;
  /** The words in the line, from the first to the last character outside a tag. */
  readonly span: Span;
  /** The words without their phrasing tags, a line break read as a space. */
  readonly words: string;
  /** The element and the tag the line opens with (`p|span`, `div|`): lines of one shape are one style of the page. */
  readonly shape: string;
}

function trimmedLine(lines: LineIndex, line: number): string {
  const start = skipSpaces(lines.source, lines.lineStart(line), lines.lineEnd(line));
  const end = trimEnd(lines.source, start, lines.lineEnd(line));
  return end - start > MAX_OPEN_TAG_LINE ? '' : lines.source.slice(start, end);
}

/** The tag (lower case) of an opening block tag alone on `line`, or ''. */
export function blockOpenTag(lines: LineIndex, line: number): string {
  if (line < 0 || line >= lines.lineCount) return '';
  const start = skipSpaces(lines.source, lines.lineStart(line), lines.lineEnd(line));
  if (lines.source.charCodeAt(start) !== 60 /* < */ || lines.source.charCodeAt(start + 1) === 47 /* / */) return '';
  return BLOCK_OPEN.exec(trimmedLine(lines, line))?.[1]!.toLowerCase() ?? '';
}

function closesBlock(lines: LineIndex, line: number, tag: string): boolean {
  if (line >= lines.lineCount) return false;
  const start = skipSpaces(lines.source, lines.lineStart(line), lines.lineEnd(line));
  if (lines.source.charCodeAt(start) !== 60 || lines.source.charCodeAt(start + 1) !== 47) return false;
  return trimmedLine(lines, line).toLowerCase() === `</${tag}>`;
}

/** The line `line` when a block element's opening tag alone on the line above and its closing tag below wrap it; else null. */
export function wrappedLine(lines: LineIndex, line: number): WrappedLine | null {
  if (line <= 0 || line + 1 >= lines.lineCount) return null;
  const tag = blockOpenTag(lines, line - 1);
  if (!tag || !closesBlock(lines, line + 1, tag)) return null;
  const start = skipSpaces(lines.source, lines.lineStart(line), lines.lineEnd(line));
  const end = trimEnd(lines.source, start, lines.lineEnd(line));
  if (end === start || end - start > MAX_WRAPPED_LINE) return null;
  const raw = lines.source.slice(start, end);
  const words = raw.replace(LINE_BREAK, ' ').replace(PHRASING_TAG, '').replace(/\s+/g, ' ').trim();
  if (!words || words.includes('<')) return null;
  // The span runs over the words: from the first character outside a tag to the last.
  let from = 0;
  let to = raw.length;
  for (let tag = /^\s*<[^<>]*>/.exec(raw.slice(from, to)); tag; tag = /^\s*<[^<>]*>/.exec(raw.slice(from, to))) from += tag[0].length;
  for (let tag = /<[^<>]*>\s*$/.exec(raw.slice(from, to)); tag; tag = /<[^<>]*>\s*$/.exec(raw.slice(from, to))) to = from + tag.index;
  from = skipSpaces(raw, from, to);
  to = trimEnd(raw, from, to);
  const inner = /^<([a-z][a-z0-9]*)/i.exec(raw)?.[1]!.toLowerCase() ?? '';
  return to > from ? { tag, span: { start: start + from, end: start + to }, words, shape: `${tag}|${inner}` } : null;
}

/** Whether a wrapped paragraph's words may title a section (lineScan.ts reads them so). */
export function mayTitle(element: WrappedLine): boolean {
  return element.words.length <= MAX_TITLE_SHAPED_LENGTH && isTitleShaped(element.words);
}

/** Whether the document sets its paragraphs as elements over lines: enough opening tags alone on a line. */
export function setsBlocksOverLines(lines: LineIndex, openTagLines: number): boolean {
  return lines.lineCount > 0 && openTagLines >= MIN_BLOCK_ELEMENTS;
}

/**
 * The next paragraph below a wrapped paragraph at `line`: the first line after an opening paragraph tag alone on a
 * line, within NEXT_PARAGRAPH_REACH lines; -1 when there is none. Lines between (closing tags, an XML record's
 * metadata elements) are no paragraph of the page.
 */
export function nextParagraphLine(lines: LineIndex, line: number): number {
  for (let l = line + 2; l < lines.lineCount && l <= line + NEXT_PARAGRAPH_REACH; l++) {
    const tag = blockOpenTag(lines, l);
    if (tag === 'p' || tag === 'div') return l + 1 < lines.lineCount ? l + 1 : -1;
  }
  return -1;
}

/**
 * Whether an edit of lines `first`..`last` may change a wrapped line's reading: the edited lines hold a block tag
 * alone on a line (the document's count of them, and which lines they wrap); a heading element's line is beside or
 * among them; or a title-shaped wrapped paragraph lies within 2 × NEXT_PARAGRAPH_REACH + 2 lines above them or two
 * below (its tags, the next paragraph's opening tag and that paragraph's lines are read). For the incremental
 * analyzer, checked before and after the edit.
 */
export function blockElementWithinReach(lines: LineIndex, first: number, last: number): boolean {
  for (let line = first; line <= last && line < lines.lineCount; line++) {
    const start = skipSpaces(lines.source, lines.lineStart(line), lines.lineEnd(line));
    if (lines.source.charCodeAt(start) === 60 && (blockOpenTag(lines, line) || BLOCK_CLOSE_ALONE.test(trimmedLine(lines, line)))) return true;
  }
  for (let line = Math.max(1, first - 2 * NEXT_PARAGRAPH_REACH - 2); line <= last + 2 && line + 1 < lines.lineCount; line++) {
    const element = wrappedLine(lines, line);
    if (!element) continue;
    if (element.tag[0] === 'h' ? line >= first - 1 && line <= last + 1 : mayTitle(element)) return true;
  }
  return false;
}
const BLOCK_CLOSE_ALONE = /^<\/(?:h[1-6]|heading|p|div|center)>$/i;
