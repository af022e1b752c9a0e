// Meeting notes written from a template mark their header fields as headings: `### Meeting Date/Time: …`,
// `### Meeting Duration: 35 mins`, `### [GitHub Agenda](…)`, `### Moderator: …`, one after the other with no
// text between them. Such a run is the record's header, not its sections. One `Key: value` heading alone
// (`### Presentation Slot: (optional)` over its text) still titles a section, and so does a heading one level
// under another (`# Topic: Spec Reviews` over `## Issue 14: WebRTC: https://…` in scribed minutes): a template's
// header fields share one level, a section and its first sub-section do not.
import type { LineIndex } from '../text/positions';
import { parseAtxHeading } from './lineShapes';

/** `Key: value`: a short key of words, a colon, then the value. */
const FIELD_HEADING = /^[\p{L}][\p{L}\p{N} /&'’.-]{0,30}[:：][ \t]*\S/u;
/** A heading that is nothing but a link (`[GitHub Agenda](…)`). */
const LINK_HEADING = /^!?\[[^\]]*\]\([^)]*\)$/;
/** Headings of one run are separated by at most this many blank lines. */
const MAX_BLANKS_BETWEEN = 2;
/** A run holds this many `Key: value` headings at least. */
const MIN_FIELDS = 2;
/** Only a heading line's start is read. */
const HEADING_PROBE = 200;

type FieldShape = 'field' | 'link' | null;

function shapeOf(title: string): FieldShape {
  const text = title.trim();
  if (FIELD_HEADING.test(text)) return 'field';
  return LINK_HEADING.test(text) ? 'link' : null;
}

/**
 * Lines of headings that are fields of a header run: two or more `Key: value` headings (links among them
 * allowed) of one level with only blank lines between them. `headings` maps a line to its heading's title and level.
 */
export function fieldHeadingLines(headings: ReadonlyMap<number, { title: string; level: number }>, isBlank: (line: number) => boolean): Set<number> {
  const found = new Set<number>();
  let run: number[] = [];
  let fields = 0;
  let last = -1;
  let runLevel = 0;
  const flush = (): void => {
    if (fields >= MIN_FIELDS) for (const line of run) found.add(line);
    run = [];
    fields = 0;
  };
  for (const line of [...headings.keys()].sort((a, b) => a - b)) {
    const heading = headings.get(line)!;
    const shape = shapeOf(heading.title);
    if (run.length > 0 && (!onlyBlanksBetween(last, line, isBlank) || heading.level !== runLevel)) flush();
    if (shape === null) {
      flush();
      continue;
    }
    run.push(line);
    runLevel = heading.level;
    if (shape === 'field') fields++;
    last = line;
  }
  flush();
  return found;
}

function onlyBlanksBetween(above: number, below: number, isBlank: (line: number) => boolean): boolean {
  if (below - above - 1 > MAX_BLANKS_BETWEEN) return false;
  for (let line = above + 1; line < below; line++) if (!isBlank(line)) return false;
  return true;
}

/** Whether the line is an ATX heading shaped as a field or a link, read from its text alone. */
function isFieldShapedHeadingLine(lines: LineIndex, line: number): boolean {
  if (line < 0 || line >= lines.lineCount) return false;
  const start = lines.lineStart(line);
  const probe = lines.source.slice(start, Math.min(lines.lineEnd(line), start + HEADING_PROBE));
  const atx = parseAtxHeading(probe);
  return atx !== null && shapeOf(probe.slice(atx.titleStart, atx.titleEnd)) !== null;
}

/**
 * Whether an edit of lines `first`..`last` may change a header run: a field-shaped heading is within the
 * run's reach of them. The incremental analyzer falls back then (checked before and after the edit).
 */
export function fieldHeadingWithinReach(lines: LineIndex, first: number, last: number): boolean {
  for (let line = first - MAX_BLANKS_BETWEEN - 1; line <= last + MAX_BLANKS_BETWEEN + 1; line++) if (isFieldShapedHeadingLine(lines, line)) return true;
  return false;
}
