// `**Links:**`, a blank line, then the episode's links; `QA 交流环节：` over `- [gglin001](…)：…`: a label with nothing
// after it whose value is a list (read past the blank lines a page puts between a field and its list) is a field
// heading the list, not a turn. The scheme decides it (scheme.ts, introducesList); this file reads the layout.
import type { LineIndex } from '../text/positions';
import { isBlankLine, isColon, labelAloneOverWithinReach, skipSpaces, trimEnd } from './chars';

/** A numbered or bulleted list item: `1. kiang`, `- isabel`, `• …`. */
export const LIST_ITEM = /^[ \t]*(?:\d{1,3}[.、)）]|[-*+•])[ \t]+\S/;

/** Blank lines a field with nothing after it may stand above its list. */
export const LIST_FIELD_BLANKS = 2;
/** A field's name is short: longer colon lines are a speaker's lead-in. */
const MAX_LIST_FIELD_LINE = 80;
/** Emphasis closing after the colon: `**Links:**`. */
const CLOSING_MARKS = /[*_]+$/;

/** A short line ending in a colon, closing emphasis aside: the shape of a label with nothing after it. */
export function isLabelAloneShape(lineText: string): boolean {
  const start = skipSpaces(lineText, 0, lineText.length);
  const text = lineText.slice(start, trimEnd(lineText, start, lineText.length)).replace(CLOSING_MARKS, '');
  return text.length > 0 && text.length <= MAX_LIST_FIELD_LINE && text[0] !== '#' && isColon(text.charCodeAt(text.length - 1));
}

/** LIST_ITEM.test(the line), reading the whole line only when its first character may start an item. */
export function startsListItem(lines: LineIndex, line: number): boolean {
  const start = skipSpaces(lines.source, lines.lineStart(line), lines.lineEnd(line));
  const first = lines.source.charCodeAt(start);
  const mayStart = (first >= 48 && first <= 57) || first === 45 || first === 42 || first === 43 || first === 0x2022;
  return mayStart && LIST_ITEM.test(lines.lineText(line));
}

/**
 * The list item under label line `line`: the next line, or, when the label line has nothing after its colon, the first
 * line past at most LIST_FIELD_BLANKS blank lines; -1 when that line opens no list item.
 */
export function listItemBelow(lines: LineIndex, line: number): number {
  if (line + 1 >= lines.lineCount) return -1;
  if (startsListItem(lines, line + 1)) return line + 1;
  if (!isBlankLine(lines, line + 1) || !isLabelAloneShape(lines.lineText(line))) return -1;
  for (let below = line + 2; below < lines.lineCount && below <= line + 1 + LIST_FIELD_BLANKS; below++) {
    if (isBlankLine(lines, below)) continue;
    return startsListItem(lines, below) ? below : -1;
  }
  return -1;
}

/**
 * Whether an edit of lines `first`..`last` may change what listItemBelow reads for a label alone: such a line stands
 * within reach over a list item, and the edit reaches the label, the blank lines between or the item (whose own label
 * introducesList reads too). Read from the text alone, before and after the edit, so the incremental analyzer falls
 * back then.
 */
export function listFieldWithinReach(lineCount: number, lineAt: (line: number) => string, first: number, last: number): boolean {
  return labelAloneOverWithinReach(lineCount, lineAt, { first, last, blanks: LIST_FIELD_BLANKS }, isLabelAloneShape, (trimmed) => LIST_ITEM.test(trimmed));
}
