import type { LineIndex, Span } from '../text/positions';
import { skipSpaces, trimEnd } from '../turns/chars';
import { listItemContentStart } from './lineShapes';
import { Kind, previousNonBlank, type Scan } from './lineScan';
import { isSummary, linkItems, type LinkCandidate } from './summaryLists';
import { titleKey } from './titles';
import { chapterListLines, chapterListRuns, chapterTitleStart } from '../turns/chapterLists';

const MAX_SUMMARY_ITEMS = 40;
const MAX_SUMMARY_ITEM_LENGTH = 80;
/** How many later headings and title-shaped lines a summary item is loosely compared with. */
const MAX_LOOSE_CANDIDATES = 200;
export const LOOSE_LOOKAHEAD_LINES = 20_000;
/** How far after a summary list its items are looked for verbatim. */
export const EXACT_LOOKAHEAD_LINES = 20_000;
/** Blank lines allowed between a summary heading and its list. */
const HEADING_GAP = 3;

/** A run of lines that may summarise the document, and where each line's item text starts (-1: none). */
export interface SummaryRun {
  readonly lines: readonly number[];
  readonly contentStart: (lineText: string) => number;
}

/**
 * The runs that may be summaries, in line order: list items, and a podcast page's chapter list (`0:00 – Introduction`),
 * whose titles name the sections below as a list's items do. A bulleted chapter list (`- 0:00 Intro`) is read by its titles.
 * The outline and the incremental analyzer's summary profile both search these, in this order.
 */
export function summaryRuns(scan: Scan): SummaryRun[] {
  const chapters = chapterListRuns(scan.lines);
  if (chapters.length === 0) return scan.listRuns.map((lines) => ({ lines, contentStart: listItemContentStart }));
  const chapterLines = chapterListLines(scan.lines);
  const runs: SummaryRun[] = scan.listRuns.map((lines) => ({ lines, contentStart: lines.every((line) => chapterLines.has(line)) ? chapterTitleStart : listItemContentStart }));
  const listed = new Set(scan.listRuns.flat());
  for (const lines of chapters) if (!lines.some((line) => listed.has(line))) runs.push({ lines, contentStart: chapterTitleStart });
  return runs.sort((a, b) => a.lines[0]! - b.lines[0]!);
}

/** Links a list's items to the sections they name; false when the list is not a summary. */
export function linkSummaryList(scan: Scan, summary: SummaryRun, links: Map<number, Span[]>, promoted: Set<number>, summaryHeadings: Set<number>): boolean {
  const run = summary.lines;
  if (run.length < 2 || run.length > MAX_SUMMARY_ITEMS) return false;
  const { lines } = scan;
  const text = lines.source;
  const items: Span[] = [];
  for (const line of run) {
    const lineStart = lines.lineStart(line);
    const lineEnd = lines.lineEnd(line);
    if (lineEnd - lineStart > MAX_SUMMARY_ITEM_LENGTH) return false;
    const lineText = text.slice(lineStart, lineEnd);
    const contentStart = lineStart + summary.contentStart(lineText);
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
  const before = previousNonBlank(scan.kinds, run[0]!, HEADING_GAP);
  if (before >= 0 && scan.kinds[before] === Kind.Heading) summaryHeadings.add(before);
  return true;
}

/**
 * Item index → the first later line whose trimmed text (or heading title) equals the item. Scans forward
 * from the list, comparing lengths before text, and stops once every item has its line.
 */
function exactMatches(scan: Scan, after: number, itemTexts: readonly string[]): Map<number, number> {
  const { lines, kinds, headings } = scan;
  const text = lines.source;
  const waiting = new Map<string, number[]>();
  itemTexts.forEach((item, index) => waiting.set(item, [...(waiting.get(item) ?? []), index]));
  const lengths = new Set(itemTexts.map((t) => t.length));
  const found = new Map<number, number>();
  const limit = Math.min(lines.lineCount, after + 1 + EXACT_LOOKAHEAD_LINES);
  const { ends, firsts, lasts } = scan.table;
  for (let line = after + 1; line < limit && found.size < itemTexts.length && scan.budget.left-- > 0; line++) {
    const kind = kinds[line];
    if (kind === Kind.Blank || kind === Kind.ListItem || kind === Kind.Code) continue;
    // Every heading line (and only those) has an entry in `headings`: other lines skip the lookup.
    let candidate: string | undefined = kind === Kind.Heading ? headings.get(line)?.title : undefined;
    if (candidate === undefined) {
      const start = firsts[line]!;
      // A line longer than any summary target (before trimming its end) is none.
      if (ends[line]! - start > MAX_SUMMARY_TARGET_LENGTH) continue;
      const end = lasts[line]!;
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
 * Every text a summary item could have in this document (a superset): what linkSummaryList compares
 * later lines with. For the incremental analyzer, which must know that an edited line links to no item.
 */
export function possibleSummaryItemTexts(lines: LineIndex): Set<string> {
  const text = lines.source;
  const found = new Set<string>();
  for (let line = 0; line < lines.lineCount; line++) {
    const lineStart = lines.lineStart(line);
    const lineEnd = lines.lineEnd(line);
    if (lineEnd - lineStart > MAX_SUMMARY_ITEM_LENGTH) continue;
    const first = skipSpaces(text, lineStart, lineEnd);
    if (first === lineEnd || !ITEM_OR_CHAPTER_START.test(text.charAt(first))) continue;
    const lineText = text.slice(lineStart, lineEnd);
    const contentStart = listItemContentStart(lineText);
    if (contentStart >= 0) found.add(text.slice(lineStart + contentStart, trimEnd(text, lineStart + contentStart, lineEnd)));
    // A chapter list's title (`0:00 – Introduction`, `(12:31) Why…`): summaryRuns.
    const titleStart = chapterTitleStart(lineText);
    if (titleStart >= 0) found.add(text.slice(lineStart + titleStart, trimEnd(text, lineStart + titleStart, lineEnd)));
  }
  return found;
}

/** The first characters listItemContentStart accepts after its leading spaces, and a chapter line's opening brackets. */
const ITEM_OR_CHAPTER_START = /[-*+•·‧●○■□▪◆◇\d一二三四五六七八九十[(（【]/;

/** Lines longer than this (from the first non-space character) are never compared with summary items. */
export const MAX_SUMMARY_TARGET_LENGTH = MAX_SUMMARY_ITEM_LENGTH + 8;
