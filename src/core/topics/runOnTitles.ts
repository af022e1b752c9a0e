// Title case lets an English title run to 60 characters (titles.ts). In a hard-wrapped record the rest of a
// sentence may look like one: `I'm Senator David Carlucci, Chairman of the` / `Mental Health Committee in the
// New York State`. A long mixed-case title under a line that runs on (ends in a lower-case letter or a comma)
// is that sentence's continuation, not a title; and a long title-case line that opens the document is its title.
import type { LineIndex } from '../text/positions';
import { skipSpaces, trimEnd } from '../turns/chars';
import { isTitleShapedLine } from './lineScan';
import { MAX_TITLE_LENGTH } from './titles';

/** How many lines above a title the line it follows is looked for (blank lines between). */
const RUN_ON_REACH = 3;

/** Whether a title is one only title case allows: longer than MAX_TITLE_LENGTH, with lower-case letters. */
export function isLongMixedCaseTitle(title: string): boolean {
  return title.length > MAX_TITLE_LENGTH && /[a-z]/.test(title);
}

/** Whether the trimmed line runs on into the next: it ends in a lower-case letter or a comma. */
export function runsOn(words: string): boolean {
  return /[a-z,]$/.test(words);
}

function trimmedLine(lines: LineIndex, line: number): string {
  const start = skipSpaces(lines.source, lines.lineStart(line), lines.lineEnd(line));
  return lines.source.slice(start, trimEnd(lines.source, start, lines.lineEnd(line)));
}

/** Whether the nearest non-blank line above `line` (within RUN_ON_REACH) runs on. */
export function followsRunOnLine(lines: LineIndex, line: number, isBlank: (line: number) => boolean): boolean {
  for (let above = line - 1; above >= 0 && above >= line - RUN_ON_REACH; above--) if (!isBlank(above)) return runsOn(trimmedLine(lines, above));
  return false;
}

/**
 * Whether the line opens the document (only blank lines above it, at most RUN_ON_REACH of them). A record's
 * first line is its title (`Transcript of Module 2A Public Hearing on 18 January 2024`), as the corpus labels
 * it; title case does not make it a section's.
 */
export function opensDocument(line: number, isBlank: (line: number) => boolean): boolean {
  if (line > RUN_ON_REACH) return false;
  for (let above = 0; above < line; above++) if (!isBlank(above)) return false;
  return true;
}

/**
 * Whether an edit of lines `first`..`last` may change what a long mixed-case title follows: such a title-shaped
 * line is among them or within RUN_ON_REACH lines below. The incremental analyzer falls back then.
 */
export function runOnTitleWithinReach(lines: LineIndex, first: number, last: number): boolean {
  const end = Math.min(lines.lineCount - 1, last + RUN_ON_REACH + 1);
  for (let line = Math.max(0, first); line <= end; line++) {
    const lineEnd = lines.lineEnd(line);
    const start = skipSpaces(lines.source, lines.lineStart(line), lineEnd);
    const trimmed = trimEnd(lines.source, start, lineEnd);
    if (trimmed - start > MAX_TITLE_LENGTH && isTitleShapedLine(lines.source, start, trimmed) && isLongMixedCaseTitle(lines.source.slice(start, trimmed))) return true;
  }
  return false;
}
