import type { TextSource } from '../text/chunkedText';
import { lineTableOf, type LineTable } from '../analysis/lineTable';
import type { AnalysisOptions, TranscriptFormat } from '../analysis/model';
import { splitsSurrogatePair, type LineIndex, type Span } from '../text/positions';
import { findFrontMatter } from '../text/frontMatter';
import { trimEnd } from '../turns/chars';
import type { LabelLines } from '../turns/scheme';
import { isFence, isRule, listItemContentStart, parseAtxHeading, setextLevel } from './lineShapes';
import type { WorkBudget } from './summaryLists';
import { boldNumberedParagraph, isTitleShaped, markupParagraphTitle, MAX_TITLE_SHAPED_LENGTH } from './titles';
import { headingElementLevel, htmlHeading, mayBeParallelBoldTitle, mayOpenBoldParagraph } from './parallelTitles';
import { isImageLine } from './parallelPlainTitles';
import { unclosedBoldTitle } from './unclosedBoldTitles';
import { blockOpenTag, mayTitle, setsBlocksOverLines, wrappedLine, type WrappedLine } from './blockElements';
import { markHeadingLines, markHeadingShape, namesSomething, type MarkHeading } from './markHeadings';

/** What a line is, as far as the outline cares. */
export const Kind = { Blank: 0, Text: 1, Heading: 2, Rule: 3, ListItem: 4, Code: 5, Underline: 6, TitleShaped: 7 } as const;

const RULE_MARKS = new Set(['-', '*', '_', '=', '~', '—', '─', '━', '＊', '•', '·']);
/** First characters of list items: bullets, digits, Chinese numerals. */
const LIST_MARKS = /[-*+•·‧●○■□▪◆◇\d一二三四五六七八九十]/;
/** Lines up to this length may be rules; longer lines are only sliced this far. */
const SHORT_LINE = 60;
/** A heading line up to this long is read whole (probeEnd); the incremental analyzer re-reads only those. */
export const HEADING_PROBE_LENGTH = SHORT_LINE * 2;
/** Matching summary lists may cost this much per line of the document, plus a base for short ones. */
export const SUMMARY_WORK_PER_LINE = 8;
const SUMMARY_WORK_BASE = 200_000;

/** One pass over the lines: their kinds and the lines the outline looks at again. */
export interface Scan {
  readonly lines: LineIndex;
  /** Every line's bounds, read once for the passes over all lines. */
  readonly table: LineTable;
  readonly kinds: Uint8Array;
  readonly headings: Map<number, { level: number; span: Span; title: string }>;
  readonly listRuns: number[][];
  readonly titleShapedLines: number[];
  /** Title-shaped lines that are a saved page's paragraph (`<p>` + indent + `小标题</p>`): the title inside the markup. */
  readonly markupTitles: Map<number, Span>;
  /** Title-shaped lines a paragraph element wraps from the lines above and below (blockElements.ts), with their shape. */
  readonly wrappedParagraphs: Map<number, string>;
  /** Horizontal rules and setext underlines. */
  readonly breakLines: number[];
  readonly codeLines: number[];
  readonly options: AnalysisOptions;
  looseKeys?: Map<number, string>;
  /** Speaker label lines, once the outline has found the document's labelling scheme. */
  labels?: LabelLines;
  readonly budget: WorkBudget;
}

export function scanLines(lines: LineIndex, format: TranscriptFormat, options: AnalysisOptions): Scan {
  const text = lines.text;
  const kinds = new Uint8Array(lines.lineCount);
  const headings = new Map<number, { level: number; span: Span; title: string }>();
  const listRuns: number[][] = [];
  const titleShapedLines: number[] = [];
  const markupTitles = new Map<number, Span>();
  const breakLines: number[] = [];
  const codeLines: number[] = [];
  let run: number[] | null = null;
  let inFence = false;
  const wrapped = new Map<number, WrappedLine>();
  let openTagLines = 0;
  const markdown = format === 'markdown';
  const markCandidates = new Map<number, MarkHeading>();
  const longUnderlines: number[] = [];
  const table = lineTableOf(lines);
  const { ends, firsts, lasts } = table;
  for (let line = skipFrontMatter(lines, kinds, codeLines, markdown); line < lines.lineCount; line++) {
    const lineEnd = ends[line]!;
    const start = firsts[line]!;
    if (start === lineEnd) {
      kinds[line] = Kind.Blank;
      continue;
    }
    const end = lineEnd - start > SHORT_LINE * 4 ? lineEnd : lasts[line]!;
    const first = text[start]!;
    // `<h1 …>` / `在纪念…的讲话` / `</h1>`: a block element spread over three lines (read after the scan).
    if (line > 0 && text.charCodeAt(firsts[line - 1]!) === 60 && text.charCodeAt(lasts[line - 1]! - 1) === 62 && line + 1 < lines.lineCount && text.charCodeAt(firsts[line + 1]!) === 60) {
      const element = wrappedLine(lines, line);
      if (element) wrapped.set(line, element);
    }
    if (first === '<' && text.charCodeAt(lasts[line]! - 1) === 62 && blockOpenTag(lines, line)) openTagLines++;
    // Most lines are prose: decide from the first character and the length before slicing anything.
    const mayBeShaped = first === '#' || first === '`' || first === '<' || RULE_MARKS.has(first) || LIST_MARKS.test(first) || end - start <= MAX_TITLE_SHAPED_LENGTH;
    if (!mayBeShaped) {
      kinds[line] = inFence ? Kind.Code : Kind.Text;
      if (inFence) codeLines.push(line);
      continue;
    }
    const probe = text.slice(start, probeEnd(text, start, end));
    // `== Section`, `== Section ==`, `* Heading` at the line's start: read with the document's others after the scan.
    if ((first === '=' || first === '*') && start === table.starts[line] && !inFence) {
      const shape = markHeadingShape(text.slice(start, end), markdown);
      if (shape) markCandidates.set(line, shape);
    }
    if ((markdown && isFence(probe)) || inFence) {
      if (markdown && isFence(probe)) inFence = !inFence;
      kinds[line] = Kind.Code;
      codeLines.push(line);
      continue;
    }
    // `<h2 …>title</h2>` on a line of its own is a heading, as `## title` is.
    const element = first === '<' ? htmlHeading(text, start, lasts[line]!) : null;
    if (element) {
      kinds[line] = Kind.Heading;
      headings.set(line, element);
      run = null;
      continue;
    }
    const markupTitle = first === '<' ? markupParagraphTitle(text, start, lasts[line]!) : null;
    if (markupTitle) {
      kinds[line] = Kind.TitleShaped;
      titleShapedLines.push(line);
      markupTitles.set(line, markupTitle);
      run = null;
      continue;
    }
    const atx = first === '#' ? parseAtxHeading(probe) : null;
    if (atx && atx.titleEnd > atx.titleStart) {
      kinds[line] = Kind.Heading;
      headings.set(line, { level: atx.level, span: { start, end: start + probe.length }, title: probe.slice(atx.titleStart, atx.titleEnd) });
      run = null;
      continue;
    }
    if (end - start <= SHORT_LINE && RULE_MARKS.has(first) && isRule(probe)) {
      const previous = line > 0 ? kinds[line - 1]! : Kind.Blank;
      const level = markdown && (previous === Kind.Text || previous === Kind.TitleShaped) ? setextLevel(probe) : measuredUnderline(lines, line, previous, end - start);
      if (level) {
        kinds[line] = Kind.Underline;
        const above = line - 1;
        const aboveStart = firsts[above]!;
        const aboveEnd = lasts[above]!;
        kinds[above] = Kind.Heading;
        headings.set(above, { level, span: { start: aboveStart, end: aboveEnd }, title: text.slice(aboveStart, aboveEnd) });
      } else {
        kinds[line] = Kind.Rule;
        if (!markdown && mayUnderlineLonger(lines, kinds, line, previous, end - start)) longUnderlines.push(line);
      }
      breakLines.push(line);
      run = null;
      continue;
    }
    if (LIST_MARKS.test(first) && listItemContentStart(probe) >= 0) {
      kinds[line] = Kind.ListItem;
      if (!run || !continuesRun(kinds, run[run.length - 1]!, line)) listRuns.push((run = []));
      run.push(line);
      continue;
    }
    if (end - start <= MAX_TITLE_SHAPED_LENGTH && isTitleShaped(probe)) {
      kinds[line] = Kind.TitleShaped;
      titleShapedLines.push(line);
    } else kinds[line] = Kind.Text;
  }
  const wrappedParagraphs = readWrappedLines(wrapped, setsBlocksOverLines(lines, openTagLines), kinds, headings, titleShapedLines, markupTitles);
  if (markCandidates.size > 0) readMarkHeadings(lines, markCandidates, kinds, headings, listRuns, titleShapedLines);
  if (longUnderlines.length > 0) readLongUnderlines(lines, longUnderlines, kinds, headings, titleShapedLines);
  const budget = { left: SUMMARY_WORK_PER_LINE * lines.lineCount + SUMMARY_WORK_BASE };
  return { lines, table, kinds, headings, listRuns, titleShapedLines, markupTitles, wrappedParagraphs, breakLines, codeLines, options, budget };
}

/**
 * `== Section` / `* Heading` lines the document repeats over content of their own (markHeadings.ts) are headings:
 * out of the list runs and title-shaped lines they were filed in.
 */
function readMarkHeadings(lines: LineIndex, candidates: ReadonlyMap<number, MarkHeading>, kinds: Uint8Array, headings: Map<number, { level: number; span: Span; title: string }>, listRuns: number[][], titleShapedLines: number[]): void {
  const found = markHeadingLines(lines, candidates, (line) => kinds[line] === Kind.Blank);
  if (found.size === 0) return;
  for (const [line, heading] of found) {
    kinds[line] = Kind.Heading;
    headings.set(line, heading);
  }
  const kept = listRuns.map((run) => run.filter((line) => !found.has(line))).filter((run) => run.length > 0);
  listRuns.length = 0;
  listRuns.push(...kept);
  const shaped = titleShapedLines.filter((line) => !found.has(line));
  titleShapedLines.length = 0;
  titleShapedLines.push(...shaped);
}

/**
 * Lines a block element wraps from the lines above and below: a heading element's words are a heading at its level;
 * a paragraph's title-shaped words are title-shaped, in a document that sets its paragraphs this way. Returns the
 * wrapped paragraphs (isStandaloneTitle asks the next paragraph of them).
 */
function readWrappedLines(wrapped: ReadonlyMap<number, WrappedLine>, paragraphsOverLines: boolean, kinds: Uint8Array, headings: Map<number, { level: number; span: Span; title: string }>, titleShapedLines: number[], markupTitles: Map<number, Span>): Map<number, string> {
  const paragraphs = new Map<number, string>();
  if (wrapped.size === 0) return paragraphs;
  for (const [line, element] of wrapped) {
    if (kinds[line] === Kind.Code || kinds[line] === Kind.Heading) continue;
    if (element.tag[0] === 'h') {
      kinds[line] = Kind.Heading;
      headings.set(line, { level: headingElementLevel(element.tag), span: element.span, title: element.words });
    } else if (paragraphsOverLines && mayTitle(element)) {
      kinds[line] = Kind.TitleShaped;
      markupTitles.set(line, element.span);
      paragraphs.set(line, element.shape);
    }
  }
  const shaped = new Set(titleShapedLines);
  for (const line of wrapped.keys()) {
    if (kinds[line] === Kind.TitleShaped) shaped.add(line);
    else shaped.delete(line);
  }
  titleShapedLines.length = 0;
  titleShapedLines.push(...[...shaped].sort((a, b) => a - b));
  return paragraphs;
}

/**
 * `1. Professor Paul Cairney` over `=========================`: an underline exactly as long as the line above
 * titles it, in plain text too, and under a numbered line (which Markdown would read as a list item). The
 * writer measured the underline to the title, so nothing else is needed. Returns the setext level or 0.
 */
function measuredUnderline(lines: LineIndex, line: number, previous: number, length: number): number {
  if (previous !== Kind.Text && previous !== Kind.TitleShaped && previous !== Kind.ListItem) return 0;
  const above = lines.lineText(line - 1).trim();
  if (above.length !== length || length < MIN_MEASURED_UNDERLINE) return 0;
  return setextLevel(lines.lineText(line));
}

/**
 * `Opening of the hearing` over `----------------------------`: reStructuredText asks an underline to be at least as
 * long as its title, and writers often run it longer. A line of one mark (`=`, `-`, `~`), five or more, under a
 * title-like line that stands apart (a blank line, the document's start or an overline above it) and is no longer
 * than it. One such pair may be a rule under a short line; the document's syntax when it repeats it.
 */
function mayUnderlineLonger(lines: LineIndex, kinds: Uint8Array, line: number, previous: number, length: number): boolean {
  if (previous !== Kind.Text && previous !== Kind.TitleShaped) return false;
  const rule = lines.lineText(line).trim();
  if (!LONG_UNDERLINE.test(rule)) return false;
  const above = lines.lineText(line - 1).trim();
  if (above.length > length || !namesSomething(above)) return false;
  if (line < 2 || kinds[line - 2] === Kind.Blank) return true;
  // An overline of the same mark and length: `=====` / `Title` / `=====`.
  return kinds[line - 2] === Kind.Rule && lines.lineText(line - 2).trim() === rule;
}
const LONG_UNDERLINE = /^(?:={5,}|-{5,}|~{5,})$/;
/** Underlines of one mark the document must repeat before they are read as its titles' underlines. */
const MIN_LONG_UNDERLINES = 2;

/** Long underlines whose mark the document repeats (mayUnderlineLonger): the lines above them are headings. */
function readLongUnderlines(lines: LineIndex, underlines: readonly number[], kinds: Uint8Array, headings: Map<number, { level: number; span: Span; title: string }>, titleShapedLines: number[]): void {
  const byMark = new Map<string, number[]>();
  for (const line of underlines) {
    const mark = lines.lineText(line).trim()[0]!;
    let group = byMark.get(mark);
    if (!group) byMark.set(mark, (group = []));
    group.push(line);
  }
  const titles = new Set<number>();
  // A title between an overline and an underline drawn alike is measured by its rules, and needs no second.
  const overlined = (line: number): boolean => line >= 2 && kinds[line - 2] === Kind.Rule && lines.lineText(line - 2).trim() === lines.lineText(line).trim();
  for (const [mark, group] of byMark) {
    for (const line of group) {
      if (group.length < MIN_LONG_UNDERLINES && !overlined(line)) continue;
      kinds[line] = Kind.Underline;
      const above = line - 1;
      const start = lines.lineStart(above) + (lines.lineText(above).length - lines.lineText(above).trimStart().length);
      const title = lines.lineText(above).trim();
      kinds[above] = Kind.Heading;
      headings.set(above, { level: mark === '=' ? 1 : mark === '-' ? 2 : 3, span: { start, end: start + title.length }, title });
      titles.add(above);
    }
  }
  if (titles.size === 0) return;
  const shaped = titleShapedLines.filter((line) => !titles.has(line));
  titleShapedLines.length = 0;
  titleShapedLines.push(...shaped);
}

/**
 * Whether an edit of lines `first`..`last` may change a long underline's reading (mayUnderlineLonger): an underline
 * there, up to two lines below (the title over it, the blank line or overline over the title) or right above (an
 * overline), or the edited line (`edited`) becoming one. The count is the document's.
 */
export function longUnderlineWithinReach(lines: LineIndex, first: number, last: number, edited?: string): boolean {
  if (edited !== undefined && LONG_UNDERLINE.test(edited.trim())) return true;
  for (let line = Math.max(0, first - 1); line <= last + 2 && line < lines.lineCount; line++) {
    const start = lines.lineStart(line);
    if (lines.lineEnd(line) - start <= SHORT_LINE && LONG_UNDERLINE.test(lines.source.slice(start, lines.lineEnd(line)).trim())) return true;
  }
  return false;
}

/** Shorter underlines (`---` under `Foo`) are too common as rules to be read as measured. */
const MIN_MEASURED_UNDERLINE = 5;
const UNDERLINE = /^[ \t]*(?:={5,}|-{5,})[ \t]*$/;

/**
 * Whether a line from `first - 1` to `last + 1` may be a measured underline (measuredUnderline): the line
 * above it is a title or not by its length, so the incremental analyzer falls back for an edit beside one.
 */
export function underlineWithinReach(lines: LineIndex, first: number, last: number): boolean {
  for (let line = Math.max(0, first - 1); line <= last + 1 && line < lines.lineCount; line++) {
    const start = lines.lineStart(line);
    if (lines.lineEnd(line) - start <= SHORT_LINE * 2 && UNDERLINE.test(lines.source.slice(start, lines.lineEnd(line)))) return true;
  }
  return false;
}

/** Where the probe of a long line ends: SHORT_LINE * 2 units in, never between the halves of a surrogate pair. */
function probeEnd(text: string, start: number, end: number): number {
  const cut = Math.min(end, start + SHORT_LINE * 2);
  return splitsSurrogatePair(text, cut) ? cut - 1 : cut;
}

/** Front matter (`---` YAML or `+++` TOML at the top, see frontMatter.ts) is data: marked as code. Returns the next line. */
function skipFrontMatter(lines: LineIndex, kinds: Uint8Array, codeLines: number[], markdown: boolean): number {
  const found = findFrontMatter(lines, markdown);
  if (!found) return 0;
  for (let line = 0; line <= found.last; line++) {
    kinds[line] = Kind.Code;
    codeLines.push(line);
  }
  return found.last + 1;
}

/** List items stay in one run across single blank lines. */
function continuesRun(kinds: Uint8Array, previousItem: number, line: number): boolean {
  for (let l = previousItem + 1; l < line; l++) if (kinds[l] !== Kind.Blank) return false;
  return line - previousItem <= 2;
}

export function nextNonBlank(kinds: Uint8Array, line: number, maxBlank: number): number {
  for (let l = line + 1; l < kinds.length && l <= line + maxBlank + 1; l++) if (kinds[l] !== Kind.Blank) return l;
  return -1;
}

export function previousNonBlank(kinds: Uint8Array, line: number, maxBlank: number): number {
  for (let l = line - 1; l >= 0 && l >= line - maxBlank - 1; l--) if (kinds[l] !== Kind.Blank) return l;
  return -1;
}

/**
 * True when scanLines files the non-blank line text[start, lineEnd) as Text whatever its neighbours
 * (or as Code inside a fence): no fence, heading, rule, list item or title shape. Errs towards false.
 * For the incremental analyzer, which must know when an edited line still plays no part in the outline.
 */
export function isPlainTextShaped(text: TextSource, start: number, lineEnd: number): boolean {
  const end = trimEnd(text, start, lineEnd);
  if (end === start) return false;
  const first = text.charAt(start);
  const mayBeShaped = first === '#' || first === '`' || first === '~' || RULE_MARKS.has(first) || LIST_MARKS.test(first) || end - start <= MAX_TITLE_SHAPED_LENGTH;
  if (first === '<' && (markupParagraphTitle(text, start, end) || htmlHeading(text, start, end))) return false;
  // A bold paragraph may title a section when others in its style do (the outline counts them).
  if (mayOpenBoldParagraph(text, start) && mayBeParallelBoldTitle(text, start, end)) return false;
  // `**Title` never closed may title a section when the document writes others (unclosedBoldTitles.ts).
  if ((first === '*' || first === '_') && unclosedBoldTitle(text, start, end)) return false;
  // A numbered bold paragraph may title a section, whatever its length (the outline checks the sequence).
  if ((first === '<' || first === '*' || first === '_') && boldNumberedParagraph(text, start, end)) return false;
  // A picture line counts towards whether the document captions its pictures (captionsPictures).
  if ((first === '!' || first === '<') && isImageLine(text.slice(start, Math.min(end, start + SHORT_LINE * 2)))) return false;
  if (!mayBeShaped) return true;
  const probe = text.slice(start, Math.min(end, start + SHORT_LINE * 2));

  if (isFence(probe) || parseAtxHeading(probe) || isRule(probe) || listItemContentStart(probe) >= 0) return false;
  return !(end - start <= MAX_TITLE_SHAPED_LENGTH && isTitleShaped(probe));
}

/**
 * Whether scanLines files the non-blank line text[start, lineEnd) (`start` past its spaces) as a list item,
 * or as something else before that test (code, a heading, a rule): never as Text. Read from the same probe.
 */
export function isListItemShapedLine(text: string, start: number, lineEnd: number): boolean {
  if (!LIST_MARKS.test(text[start] ?? '')) return false;
  const end = lineEnd - start > SHORT_LINE * 4 ? lineEnd : trimEnd(text, start, lineEnd);
  return listItemContentStart(text.slice(start, probeEnd(text, start, end))) >= 0;
}

/** Whether scanLines files the trimmed non-blank line text[start, end) as title-shaped (a saved page's title paragraph included). */
export function isTitleShapedLine(text: TextSource, start: number, end: number): boolean {
  if (text.charAt(start) === '<' && markupParagraphTitle(text, start, end)) return true;
  return end - start <= MAX_TITLE_SHAPED_LENGTH && isTitleShaped(text.slice(start, end));
}
