// A record's title block: the stack of plain title lines it opens with, before anything else
// (`REGULAR PRESS BRIEFING BY THE INFORMATION SERVICE` / `UN Geneva Press Briefing`, then the first
// paragraph). A title over a subtitle names the document; its sections come after its first paragraph.
// Latin script only: a Chinese page's first-line headline is its topic (documentHeadline.ts).
import type { LineIndex } from '../text/positions';
import { skipSpaces, trimEnd } from '../turns/chars';
import { isTitleShapedLine } from './lineScan';

/** The block is looked for in the document's first lines only; a longer opening is no title block. */
export const MAX_TITLE_BLOCK_LINES = 8;
/** A title and its subtitle: one title line alone may as well be the first section's. */
const MIN_TITLE_BLOCK_TITLES = 2;
const HAN = /\p{Script=Han}/u;

/** Whether the non-blank line reads as a plain Latin title line, from its text alone. */
export function isPlainLatinTitleLine(lines: LineIndex, line: number): boolean {
  const text = lines.source;
  const start = skipSpaces(text, lines.lineStart(line), lines.lineEnd(line));
  const end = trimEnd(text, start, lines.lineEnd(line));
  if (end === start || text.charAt(start) === '<') return false;
  return isTitleShapedLine(text, start, end) && !HAN.test(text.slice(start, end));
}

/**
 * The lines of the opening title block: two or more plain Latin title lines with only blank lines between
 * them, from the document's first line to its first other line, which must come within
 * MAX_TITLE_BLOCK_LINES. `isTitleLine` is the outline's reading of a line; `isBlank` its blank test.
 */
export function openingTitleBlock(lines: LineIndex, isBlank: (line: number) => boolean, isTitleLine: (line: number) => boolean): number[] {
  const titles: number[] = [];
  const reach = Math.min(lines.lineCount, MAX_TITLE_BLOCK_LINES);
  for (let line = 0; line < reach; line++) {
    if (isBlank(line)) continue;
    if (!isTitleLine(line) || !isPlainLatinTitleLine(lines, line)) return titles.length >= MIN_TITLE_BLOCK_TITLES ? titles : [];
    titles.push(line);
  }
  return [];
}

/**
 * Whether an edit from line `first` on may change the opening title block: it reaches the block's lines
 * and a title line is there. Checked on the lines before the edit and after it; the incremental analyzer
 * falls back to a full analysis then.
 */
export function titleBlockWithinReach(lines: LineIndex, first: number): boolean {
  if (first >= MAX_TITLE_BLOCK_LINES) return false;
  const reach = Math.min(lines.lineCount, MAX_TITLE_BLOCK_LINES);
  for (let line = 0; line < reach; line++) if (isPlainLatinTitleLine(lines, line)) return true;
  return false;
}

/** Whether typing on line `line` (now `words`) may add a title line to the opening title block. */
export function mayJoinTitleBlock(line: number, words: string): boolean {
  const start = words.length - words.trimStart().length;
  const trimmed = words.trim();
  return line < MAX_TITLE_BLOCK_LINES && trimmed !== '' && !trimmed.startsWith('<') && !HAN.test(trimmed) && isTitleShapedLine(words, start, start + trimmed.length);
}
