import type { AnalysisOptions, TranscriptFormat } from '../analysis/model';
import type { LineIndex, Span } from '../text/positions';
import { CLOSING_QUOTES, LABEL_SCAN_LIMIT, SENTENCE_END, skipSpaces, trimEnd } from '../turns/chars';
import { recognizeLabel } from '../turns/labels';
import { isFence, isRule, listItemContentStart, parseAtxHeading, setextLevel } from './lineShapes';
import { isSummary, linkItems, type LinkCandidate } from './summaryLists';
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
  /** Lines that end a speaker's turn: headings, title lines, horizontal rules, summary lists. */
  readonly sectionBreaks: ReadonlySet<number>;
  /** Fenced code in Markdown, fences included: never speech. */
  readonly codeLines: ReadonlySet<number>;
}

const Kind = { Blank: 0, Text: 1, Heading: 2, Rule: 3, ListItem: 4, Code: 5, Underline: 6, TitleShaped: 7 } as const;
/** Lines up to this length are kept as possible targets of summary items. */
const SHORT_LINE = 60;
const MAX_SUMMARY_ITEMS = 40;
const MAX_SUMMARY_ITEM_LENGTH = 80;
/** How many later headings and title-shaped lines a summary item is loosely compared with. */
const MAX_LOOSE_CANDIDATES = 200;
const LOOSE_LOOKAHEAD_LINES = 20_000;
/** How far a title looks for its neighbours. */
const NEIGHBOUR_LOOKAROUND = 3;

const cache = new WeakMap<LineIndex, { format: TranscriptFormat; options: AnalysisOptions; outline: Outline }>();

/** The outline of a document, computed once per LineIndex (turns and topics both need it). */
export function outlineOf(lines: LineIndex, format: TranscriptFormat, options: AnalysisOptions): Outline {
  const cached = cache.get(lines);
  if (cached && cached.format === format && cached.options === options) return cached.outline;
  const outline = format === 'srt' || format === 'vtt' ? { entries: [], sectionBreaks: new Set<number>(), codeLines: new Set<number>() } : scanOutline(lines, format, options);
  cache.set(lines, { format, options, outline });
  return outline;
}

interface Scan {
  readonly lines: LineIndex;
  readonly kinds: Uint8Array;
  readonly headings: Map<number, { level: number; span: Span; title: string }>;
  readonly listRuns: number[][];
  readonly shortLines: number[];
  readonly options: AnalysisOptions;
  keyIndex?: Map<string, number[]>;
}

function scanOutline(lines: LineIndex, format: TranscriptFormat, options: AnalysisOptions): Outline {
  const scan = scanLines(lines, format, options);
  const links = new Map<number, Span[]>();
  const promoted = new Set<number>();
  const summaryHeadings = new Set<number>();
  const sectionBreaks = new Set<number>();
  for (const run of scan.listRuns) {
    // A summary list is the editor's, not a speaker's: it ends the turn before it.
    if (linkSummaryList(scan, run, links, promoted, summaryHeadings)) for (const line of run) sectionBreaks.add(line);
  }

  const entries: OutlineEntry[] = [];
  const codeLines = new Set<number>();
  const text = lines.text;
  for (let line = 0; line < lines.lineCount; line++) {
    const kind = scan.kinds[line]!;
    if (kind === Kind.Code) codeLines.add(line);
    if (kind === Kind.Rule || kind === Kind.Underline) sectionBreaks.add(line);
    const heading = scan.headings.get(line);
    if (heading) {
      entries.push({ line, kind: 'heading', level: heading.level, title: heading.title, headingSpan: heading.span, summaryLinks: links.get(line) ?? [], isSummaryHeading: summaryHeadings.has(line) });
      sectionBreaks.add(line);
    } else if ((kind === Kind.TitleShaped || promoted.has(line)) && isStandaloneTitle(scan, line)) {
      const start = skipSpaces(text, lines.lineStart(line), lines.lineEnd(line));
      const end = trimEnd(text, start, lines.lineEnd(line));
      entries.push({ line, kind: 'title', level: 0, title: text.slice(start, end), headingSpan: { start, end }, summaryLinks: links.get(line) ?? [], isSummaryHeading: false });
      sectionBreaks.add(line);
    }
  }
  return { entries, sectionBreaks, codeLines };
}

function scanLines(lines: LineIndex, format: TranscriptFormat, options: AnalysisOptions): Scan {
  const text = lines.text;
  const kinds = new Uint8Array(lines.lineCount);
  const headings = new Map<number, { level: number; span: Span; title: string }>();
  const listRuns: number[][] = [];
  const shortLines: number[] = [];
  let run: number[] | null = null;
  let inFence = false;
  const markdown = format === 'markdown';
  for (let line = 0; line < lines.lineCount; line++) {
    const lineStart = lines.lineStart(line);
    const lineEnd = lines.lineEnd(line);
    const start = skipSpaces(text, lineStart, lineEnd);
    if (start === lineEnd) {
      kinds[line] = Kind.Blank;
      continue;
    }
    const end = lineEnd - start > SHORT_LINE * 4 ? lineEnd : trimEnd(text, start, lineEnd);
    const probe = text.slice(start, Math.min(end, start + SHORT_LINE * 2));
    if (markdown && isFence(probe)) {
      inFence = !inFence;
      kinds[line] = Kind.Code;
      continue;
    }
    if (inFence) {
      kinds[line] = Kind.Code;
      continue;
    }
    const first = probe[0]!;
    const atx = first === '#' ? parseAtxHeading(probe) : null;
    if (atx && atx.titleEnd > atx.titleStart) {
      kinds[line] = Kind.Heading;
      headings.set(line, { level: atx.level, span: { start, end: start + probe.length }, title: probe.slice(atx.titleStart, atx.titleEnd) });
      run = null;
      continue;
    }
    if (end - start <= SHORT_LINE && isRule(probe)) {
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
      run = null;
      continue;
    }
    if (listItemContentStart(probe) >= 0) {
      kinds[line] = Kind.ListItem;
      if (!run || !continuesRun(kinds, run[run.length - 1]!, line)) listRuns.push((run = []));
      run.push(line);
      continue;
    }
    kinds[line] = end - start <= MAX_TITLE_LENGTH && isTitleShaped(probe) ? Kind.TitleShaped : Kind.Text;
    if (end - start <= SHORT_LINE) shortLines.push(line);
  }
  return { lines, kinds, headings, listRuns, shortLines, options };
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
  const keys = keyIndexOf(scan);
  const findExact = (key: string, used: ReadonlySet<number>): number => {
    const found = keys.get(key);
    if (!found) return -1;
    for (let i = lowerBound(found, after + 1); i < found.length; i++) if (!used.has(found[i]!)) return found[i]!;
    return -1;
  };
  const itemLinks = linkItems(items.map((s) => titleKey(text.slice(s.start, s.end))), findExact, looseCandidates(scan, after));
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

/** Key → lines (ascending) of every heading and short line, built on the first list that needs it. */
function keyIndexOf(scan: Scan): Map<string, number[]> {
  if (scan.keyIndex) return scan.keyIndex;
  const index = new Map<string, number[]>();
  const add = (key: string, line: number): void => {
    if (!key) return;
    const list = index.get(key);
    if (list) list.push(line);
    else index.set(key, [line]);
  };
  const all = [...scan.shortLines, ...scan.headings.keys()].sort((a, b) => a - b);
  for (const line of all) add(titleKey(scan.headings.get(line)?.title ?? scan.lines.lineText(line)), line);
  scan.keyIndex = index;
  return index;
}

/** Headings and title-shaped lines after `after`, for loose matches. */
function looseCandidates(scan: Scan, after: number): LinkCandidate[] {
  const found: LinkCandidate[] = [];
  const limit = Math.min(scan.kinds.length, after + 1 + LOOSE_LOOKAHEAD_LINES);
  for (let line = after + 1; line < limit && found.length < MAX_LOOSE_CANDIDATES; line++) {
    const kind = scan.kinds[line];
    if (kind === Kind.Heading) found.push({ line, key: titleKey(scan.headings.get(line)!.title) });
    else if (kind === Kind.TitleShaped) found.push({ line, key: titleKey(scan.lines.lineText(line)) });
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

function lowerBound(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid]! < value) low = mid + 1;
    else high = mid;
  }
  return low;
}
