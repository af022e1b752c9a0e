// Headings written in another markup's syntax: a run of one mark, a space, the title, and in MediaWiki the same run
// again (AsciiDoc `== Section`, MediaWiki `== Section ==`, org-mode `* Heading` / `** Sub-heading`). One reading for
// all of them: the document repeats the shape, and each line heads content of its own rather than sitting in a list.
import type { LineIndex, Span } from '../text/positions';
import { CLAUSE_BREAK } from '../turns/chars';

/** `== Title`, `== Title ==`, `** Title`: the mark run, then the title after at least one space. */
const MARK_HEADING = /^(={1,6}|\*{1,6})[ \t]+(\S.*?)[ \t]*$/;
/** A title longer than this is a paragraph behind a mark. */
const MAX_MARK_TITLE = 100;
/** Lines longer than this are no heading of this kind (the title's own limit is tighter). */
const MAX_MARK_HEADING_LINE = 160;
/** Two lines of one mark that head content of their own make the mark the document's heading syntax. */
const MIN_MARK_HEADINGS = 2;
/** Blank lines looked past for the content under a heading. */
const MAX_BLANKS_UNDER = 2;

export interface MarkHeading {
  readonly mark: string;
  readonly level: number;
  readonly title: string;
  /** The line's length without its trailing spaces: the heading's span, as an ATX heading's is the whole line. */
  readonly lineLength: number;
}

/**
 * The line's mark heading shape, or null. `markdown`: a Markdown file's `* item` is a bullet (CommonMark), so only
 * the `=` family is read there. A closing run must match the opening one (`== Title ==`, not `== a == b`).
 */
export function markHeadingShape(text: string, markdown: boolean): MarkHeading | null {
  if (text.length > MAX_MARK_HEADING_LINE) return null;
  const first = text[0];
  if (first !== '=' && (first !== '*' || markdown)) return null;
  const match = MARK_HEADING.exec(text);
  if (!match) return null;
  const marks = match[1]!;
  let title = match[2]!;
  if (first === '=') {
    const closing = /[ \t]+(=+)$/.exec(title);
    if (closing) {
      if (closing[1]!.length !== marks.length) return null;
      title = title.slice(0, closing.index);
    } else if (title.endsWith('=')) return null;
  } else if (title.endsWith('*')) return null; // `* bold*`, `** a **`: emphasis, not a heading
  if (!namesSomething(title)) return null;
  return { mark: first!, level: marks.length, title, lineLength: text.trimEnd().length };
}

/**
 * The mark already says the line heads something, so the title needs no title case (`== Early years`, `* Winter
 * shelter review`): words, not too long, and no sentence or clause closing it (`* We agreed to meet.` is a bullet).
 * A question stays a title.
 */
export function namesSomething(title: string): boolean {
  if (title.length > MAX_MARK_TITLE || !/[\p{L}\p{N}]/u.test(title)) return false;
  const last = title[title.length - 1]!;
  return last === '?' || last === '？' || !(CLAUSE_BREAK.has(last) || last === '.' || last === '、');
}

/**
 * The lines the document heads in a mark syntax it repeats. A candidate heads content when the next non-blank line
 * (past up to two blank lines) exists and is no candidate of the same mark and level: items in a row are a list. A
 * mark counts when at least two of its candidates head content; then those are headings, with their level.
 */
export function markHeadingLines(lines: LineIndex, candidates: ReadonlyMap<number, MarkHeading>, isBlank: (line: number) => boolean): Map<number, { level: number; span: Span; title: string }> {
  const headings = new Map<number, { level: number; span: Span; title: string }>();
  if (candidates.size < MIN_MARK_HEADINGS) return headings;
  const heading = new Map<string, number[]>();
  for (const [line, shape] of candidates) {
    const next = nextContentLine(lines.lineCount, line, isBlank);
    if (next < 0) continue;
    const below = candidates.get(next);
    if (below && below.mark === shape.mark && below.level === shape.level) continue;
    let ofMark = heading.get(shape.mark);
    if (!ofMark) heading.set(shape.mark, (ofMark = []));
    ofMark.push(line);
  }
  for (const ofMark of heading.values()) {
    if (ofMark.length < MIN_MARK_HEADINGS) continue;
    for (const line of ofMark) {
      const shape = candidates.get(line)!;
      const start = lines.lineStart(line);
      headings.set(line, { level: shape.level, span: { start, end: start + shape.lineLength }, title: shape.title });
    }
  }
  return headings;
}

function nextContentLine(lineCount: number, line: number, isBlank: (line: number) => boolean): number {
  for (let l = line + 1; l < lineCount && l <= line + MAX_BLANKS_UNDER + 1; l++) if (!isBlank(l)) return l;
  return -1;
}

/**
 * Whether an edit of lines `first`..`last` may change a mark heading's reading: a line there or beside it (the line a
 * candidate heads) has the shape, before the edit or, as `edited`, after it. The count is the document's, so any
 * such edit falls back to a full analysis.
 */
export function markHeadingWithinReach(lines: LineIndex, first: number, last: number, edited?: string, markdown = false): boolean {
  if (edited !== undefined && markHeadingShape(edited.trim(), markdown)) return true;
  for (let line = Math.max(0, first - MAX_BLANKS_UNDER - 1); line <= last + 1 && line < lines.lineCount; line++) {
    const start = lines.lineStart(line);
    const end = lines.lineEnd(line);
    if (end - start > MAX_MARK_HEADING_LINE) continue;
    const ch = lines.source.charAt(start);
    if ((ch === '=' || ch === '*') && markHeadingShape(lines.source.slice(start, end).trim(), markdown)) return true;
  }
  return false;
}

/** markHeadingWithinReach for a plain text and for a Markdown file, as index checks (EditSides keeps answers by check). */
export const markHeadingWithinReachPlain = (lines: LineIndex, first: number, last: number): boolean => markHeadingWithinReach(lines, first, last, undefined, false);
export const markHeadingWithinReachMarkdown = (lines: LineIndex, first: number, last: number): boolean => markHeadingWithinReach(lines, first, last, undefined, true);
