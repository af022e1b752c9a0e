import type { AnalysisOptions, TranscriptFormat } from '../analysis/model';
import type { LineIndex, Span } from '../text/positions';
import { CLOSING_QUOTES, LABEL_SCAN_LIMIT, SENTENCE_END, skipSpaces, trimEnd } from '../turns/chars';
import { recognizeLabel } from '../turns/labels';
import { isFence, isRule, listItemContentStart, parseAtxHeading, setextLevel } from './lineShapes';
import { isSummary, linkItems, type LinkCandidate, type WorkBudget } from './summaryLists';
import { isTitleShaped, MAX_TITLE_LENGTH, titleKey } from './titles';

/** A heading or a plain title line, in document order. */
export interface OutlineEntry {
  readonly line: number;
  readonly kind: 'heading' | 'title';
  /** Markdown level for headings; titles get theirs when the tree is built. */
  level: number;
  readonly title: string;
  readonly headingSpan: Span;
  /** Summary-list items that name this entry. */
  readonly summaryLinks: Span[];
  /** A heading whose section is only a summary list (`## 摘要`): titles after it are its siblings. */
  isSummaryHeading: boolean;
}

export interface Outline {
  readonly entries: readonly OutlineEntry[];
  /** Per line, LineFlag bits: section breaks (headings, title lines, rules, summary lists) and code. */
  readonly lineFlags: Uint8Array;
}

export const LineFlag = {
  /** Ends a speaker's turn: a heading, a title line, a horizontal rule, a summary list. */
  SectionBreak: 1,
  /** Fenced code in Markdown, fences included: never speech. */
  Code: 2,
} as const;

const Kind = { Blank: 0, Text: 1, Heading: 2, Rule: 3, ListItem: 4, Code: 5, Underline: 6, TitleShaped: 7 } as const;
const RULE_MARKS = new Set(['-', '*', '_', '=', '~', '—', '─', '━', '＊', '•', '·']);
/** First characters of list items: bullets, digits, Chinese numerals. */
const LIST_MARKS = /[-*+•·‧●○■□▪◆◇\d一二三四五六七八九十]/;
/** Lines up to this length are kept as possible targets of summary items. */
const SHORT_LINE = 60;
const MAX_SUMMARY_ITEMS = 40;
const MAX_SUMMARY_ITEM_LENGTH = 80;
/** How many later headings and title-shaped lines a summary item is loosely compared with. */
const MAX_LOOSE_CANDIDATES = 200;
const LOOSE_LOOKAHEAD_LINES = 20_000;
/** Matching summary lists may cost this much per line of the document, plus a base for short ones. */
const SUMMARY_WORK_PER_LINE = 8;
const SUMMARY_WORK_BASE = 200_000;
const FRONT_MATTER_MAX_LINES = 200;
/** How far after a summary list its items are looked for verbatim. */
const EXACT_LOOKAHEAD_LINES = 20_000;
/** How far a title looks for its neighbours. */
const NEIGHBOUR_LOOKAROUND = 3;

const cache = new WeakMap<LineIndex, { format: TranscriptFormat; options: AnalysisOptions; outline: Outline }>();

/** The outline of a document, computed once per LineIndex (turns and topics both need it). */
export function outlineOf(lines: LineIndex, format: TranscriptFormat, options: AnalysisOptions): Outline {
  const cached = cache.get(lines);
  if (cached && cached.format === format && cached.options === options) return cached.outline;
  const outline = format === 'srt' || format === 'vtt' ? { entries: [], lineFlags: new Uint8Array(lines.lineCount) } : scanOutline(lines, format, options);
  cache.set(lines, { format, options, outline });
  return outline;
}

interface Scan {
  readonly lines: LineIndex;
  readonly kinds: Uint8Array;
  readonly headings: Map<number, { level: number; span: Span; title: string }>;
  readonly listRuns: number[][];
  readonly titleShapedLines: number[];
  /** Horizontal rules and setext underlines. */
  readonly breakLines: number[];
  readonly codeLines: number[];
  readonly options: AnalysisOptions;
  looseKeys?: Map<number, string>;
  readonly budget: WorkBudget;
}

function scanOutline(lines: LineIndex, format: TranscriptFormat, options: AnalysisOptions): Outline {
  const scan = scanLines(lines, format, options);
  const links = new Map<number, Span[]>();
  const promoted = new Set<number>();
  const summaryHeadings = new Set<number>();
  const flags = new Uint8Array(lines.lineCount);
  for (const run of scan.listRuns) {
    // A summary list is the editor's, not a speaker's: it ends the turn before it.
    if (linkSummaryList(scan, run, links, promoted, summaryHeadings)) for (const line of run) flags[line] |= LineFlag.SectionBreak;
  }
  for (const line of scan.breakLines) flags[line] |= LineFlag.SectionBreak;
  for (const line of scan.codeLines) flags[line] |= LineFlag.Code;

  const entries: OutlineEntry[] = [];
  const text = lines.text;
  const candidates = [...new Set([...scan.headings.keys(), ...scan.titleShapedLines, ...promoted])].sort((a, b) => a - b);
  for (const line of candidates) {
    const heading = scan.headings.get(line);
    if (heading) {
      entries.push({ line, kind: 'heading', level: heading.level, title: heading.title, headingSpan: heading.span, summaryLinks: links.get(line) ?? [], isSummaryHeading: summaryHeadings.has(line) });
      flags[line] |= LineFlag.SectionBreak;
    } else if ((scan.kinds[line] === Kind.TitleShaped || promoted.has(line)) && isStandaloneTitle(scan, line)) {
      const start = skipSpaces(text, lines.lineStart(line), lines.lineEnd(line));
      const end = trimEnd(text, start, lines.lineEnd(line));
      entries.push({ line, kind: 'title', level: 0, title: text.slice(start, end), headingSpan: { start, end }, summaryLinks: links.get(line) ?? [], isSummaryHeading: false });
      flags[line] |= LineFlag.SectionBreak;
    }
  }
  return { entries, lineFlags: flags };
}

function scanLines(lines: LineIndex, format: TranscriptFormat, options: AnalysisOptions): Scan {
  const text = lines.text;
  const kinds = new Uint8Array(lines.lineCount);
  const headings = new Map<number, { level: number; span: Span; title: string }>();
  const listRuns: number[][] = [];
  const titleShapedLines: number[] = [];
  const breakLines: number[] = [];
  const codeLines: number[] = [];
  let run: number[] | null = null;
  let inFence = false;
  const markdown = format === 'markdown';
  for (let line = markdown ? skipFrontMatter(lines, kinds, codeLines) : 0; line < lines.lineCount; line++) {
    const lineStart = lines.lineStart(line);
    const lineEnd = lines.lineEnd(line);
    const start = skipSpaces(text, lineStart, lineEnd);
    if (start === lineEnd) {
      kinds[line] = Kind.Blank;
      continue;
    }
    const end = lineEnd - start > SHORT_LINE * 4 ? lineEnd : trimEnd(text, start, lineEnd);
    const first = text[start]!;
    // Most lines are prose: decide from the first character and the length before slicing anything.
    const mayBeShaped = first === '#' || first === '`' || RULE_MARKS.has(first) || LIST_MARKS.test(first) || end - start <= MAX_TITLE_LENGTH;
    if (!mayBeShaped) {
      kinds[line] = inFence ? Kind.Code : Kind.Text;
      if (inFence) codeLines.push(line);
      continue;
    }
    const probe = text.slice(start, Math.min(end, start + SHORT_LINE * 2));
    if ((markdown && isFence(probe)) || inFence) {
      if (markdown && isFence(probe)) inFence = !inFence;
      kinds[line] = Kind.Code;
      codeLines.push(line);
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
      const level = markdown && (previous === Kind.Text || previous === Kind.TitleShaped) ? setextLevel(probe) : 0;
      if (level) {
        kinds[line] = Kind.Underline;
        const above = line - 1;
        const aboveStart = skipSpaces(text, lines.lineStart(above), lines.lineEnd(above));
        const aboveEnd = trimEnd(text, aboveStart, lines.lineEnd(above));
        kinds[above] = Kind.Heading;
        headings.set(above, { level, span: { start: aboveStart, end: aboveEnd }, title: text.slice(aboveStart, aboveEnd) });
      } else kinds[line] = Kind.Rule;
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
    if (end - start <= MAX_TITLE_LENGTH && isTitleShaped(probe)) {
      kinds[line] = Kind.TitleShaped;
      titleShapedLines.push(line);
    } else kinds[line] = Kind.Text;
  }
  const budget = { left: SUMMARY_WORK_PER_LINE * lines.lineCount + SUMMARY_WORK_BASE };
  return { lines, kinds, headings, listRuns, titleShapedLines, breakLines, codeLines, options, budget };
}

/** YAML front matter (`---` … `---` at the top of a Markdown file) is data: marked as code. Returns the next line. */
function skipFrontMatter(lines: LineIndex, kinds: Uint8Array, codeLines: number[]): number {
  if (lines.lineText(0).trimEnd() !== '---') return 0;
  for (let line = 1; line < lines.lineCount && line < FRONT_MATTER_MAX_LINES; line++) {
    const end = lines.lineStart(line) + 4;
    if (lines.text.slice(lines.lineStart(line), Math.min(end, lines.lineEnd(line))).trimEnd() === '---') {
      for (let l = 0; l <= line; l++) {
        kinds[l] = Kind.Code;
        codeLines.push(l);
      }
      return line + 1;
    }
  }
  return 0;
}

/** List items stay in one run across single blank lines. */
function continuesRun(kinds: Uint8Array, previousItem: number, line: number): boolean {
  for (let l = previousItem + 1; l < line; l++) if (kinds[l] !== Kind.Blank) return false;
  return line - previousItem <= 2;
}

/** Links a list's items to the sections they name; false when the list is not a summary. */
function linkSummaryList(scan: Scan, run: readonly number[], links: Map<number, Span[]>, promoted: Set<number>, summaryHeadings: Set<number>): boolean {
  if (run.length < 2 || run.length > MAX_SUMMARY_ITEMS) return false;
  const { lines } = scan;
  const text = lines.text;
  const items: Span[] = [];
  for (const line of run) {
    const lineStart = lines.lineStart(line);
    const lineEnd = lines.lineEnd(line);
    if (lineEnd - lineStart > MAX_SUMMARY_ITEM_LENGTH) return false;
    const lineText = text.slice(lineStart, lineEnd);
    const contentStart = lineStart + listItemContentStart(lineText);
    items.push({ start: contentStart, end: trimEnd(text, contentStart, lineEnd) });
  }
  const after = run[run.length - 1]!;
  const itemTexts = items.map((s) => text.slice(s.start, s.end));
  const itemLinks = linkItems(itemTexts.map(titleKey), exactMatches(scan, after, itemTexts), () => looseCandidates(scan, after), scan.budget);
  if (!isSummary(items.length, itemLinks.size)) return false;
  for (const [item, line] of itemLinks) {
    const list = links.get(line) ?? [];
    list.push(items[item]!);
    links.set(line, list);
    if (scan.kinds[line] !== Kind.Heading) promoted.add(line);
  }
  const before = previousNonBlank(scan.kinds, run[0]!);
  if (before >= 0 && scan.kinds[before] === Kind.Heading) summaryHeadings.add(before);
  return true;
}

/**
 * Item index → the first later line whose trimmed text (or heading title) equals the item. Scans forward
 * from the list, comparing lengths before text, and stops once every item has its line.
 */
function exactMatches(scan: Scan, after: number, itemTexts: readonly string[]): Map<number, number> {
  const { lines, kinds, headings } = scan;
  const text = lines.text;
  const waiting = new Map<string, number[]>();
  itemTexts.forEach((item, index) => waiting.set(item, [...(waiting.get(item) ?? []), index]));
  const lengths = new Set(itemTexts.map((t) => t.length));
  const found = new Map<number, number>();
  const limit = Math.min(lines.lineCount, after + 1 + EXACT_LOOKAHEAD_LINES);
  for (let line = after + 1; line < limit && found.size < itemTexts.length && scan.budget.left-- > 0; line++) {
    const kind = kinds[line];
    if (kind === Kind.Blank || kind === Kind.ListItem || kind === Kind.Code) continue;
    let candidate: string | undefined = headings.get(line)?.title;
    if (candidate === undefined) {
      const start = skipSpaces(text, lines.lineStart(line), lines.lineEnd(line));
      const lineEnd = lines.lineEnd(line);
      if (lineEnd - start > MAX_SUMMARY_ITEM_LENGTH + 8) continue;
      const end = trimEnd(text, start, lineEnd);
      if (!lengths.has(end - start)) continue;
      candidate = text.slice(start, end);
    }
    const indexes = waiting.get(candidate);
    const index = indexes?.shift();
    if (index !== undefined) found.set(index, line);
  }
  return found;
}

/** Headings and title-shaped lines after `after`, for loose matches. Keys are cached per line. */
function looseCandidates(scan: Scan, after: number): LinkCandidate[] {
  const found: LinkCandidate[] = [];
  const keys = (scan.looseKeys ??= new Map<number, string>());
  const limit = Math.min(scan.kinds.length, after + 1 + LOOSE_LOOKAHEAD_LINES);
  for (let line = after + 1; line < limit && found.length < MAX_LOOSE_CANDIDATES && scan.budget.left-- > 0; line++) {
    const kind = scan.kinds[line];
    if (kind !== Kind.Heading && kind !== Kind.TitleShaped) continue;
    let key = keys.get(line);
    if (key === undefined) {
      key = titleKey(kind === Kind.Heading ? scan.headings.get(line)!.title : scan.lines.lineText(line));
      keys.set(line, key);
    }
    found.push({ line, key });
  }
  return found;
}

/**
 * A title-shaped line is a title when it stands apart: it follows a blank line, a list, a heading or a
 * finished sentence, and body text follows it. After a blank line a speaker label may follow (an
 * interview section opening with a question); right after a sentence only unlabelled prose may, so a
 * short reply between two labelled lines stays speech.
 */
function isStandaloneTitle(scan: Scan, line: number): boolean {
  const { lines, kinds } = scan;
  if (looksLikeLabel(scan, line)) return false;
  const blankBefore = line === 0 || kinds[line - 1] === Kind.Blank;
  const blankAfter = line + 1 < lines.lineCount && kinds[line + 1] === Kind.Blank;
  if (!blankBefore) {
    const previous = line - 1;
    const previousKind = kinds[previous]!;
    if (previousKind !== Kind.Heading && previousKind !== Kind.ListItem && previousKind !== Kind.Rule && !endsSentence(lines, previous)) return false;
  }
  const next = nextNonBlank(kinds, line, NEIGHBOUR_LOOKAROUND);
  if (next < 0) return false;
  const nextKind = kinds[next]!;
  if (nextKind === Kind.Heading || nextKind === Kind.Rule || nextKind === Kind.Underline || nextKind === Kind.Code) return false;
  if (blankBefore && blankAfter) return true;
  if (blankAfter) return false;
  if (nextKind === Kind.TitleShaped || nextKind === Kind.ListItem) return false;
  return blankBefore || !looksLikeLabel(scan, next);
}

function looksLikeLabel(scan: Scan, line: number): boolean {
  const { lines } = scan;
  const start = lines.lineStart(line);
  const end = lines.lineEnd(line);
  const prefix = lines.text.slice(start, Math.min(end, start + LABEL_SCAN_LIMIT));
  return recognizeLabel(prefix, end - start, { extraLabelPatterns: scan.options.extraLabelPatterns }) !== null;
}

function endsSentence(lines: LineIndex, line: number): boolean {
  const text = lines.text;
  const end = trimEnd(text, lines.lineStart(line), lines.lineEnd(line));
  const last = text[end - 1] ?? '';
  return SENTENCE_END.has(last) || CLOSING_QUOTES.has(last) || last === '.' || last === ')' || last === '）';
}

function nextNonBlank(kinds: Uint8Array, line: number, maxBlank: number): number {
  for (let l = line + 1; l < kinds.length && l <= line + maxBlank + 1; l++) if (kinds[l] !== Kind.Blank) return l;
  return -1;
}

function previousNonBlank(kinds: Uint8Array, line: number): number {
  for (let l = line - 1; l >= 0 && l >= line - NEIGHBOUR_LOOKAROUND - 1; l--) if (kinds[l] !== Kind.Blank) return l;
  return -1;
}
