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
 * MAX_TITLE_BLOCK_LINES; each after the first shares a word with those above it. `isTitleLine` is the
 * outline's reading of a line; `isBlank` its blank test. A speaker's name line under a section title
 * (`Presentation` / `Operator`) shares no word with it.
 */
export function openingTitleBlock(lines: LineIndex, isBlank: (line: number) => boolean, isTitleLine: (line: number) => boolean): number[] {
  const titles: number[] = [];
  const words = new Set<string>();
  let restates = true;
  const reach = Math.min(lines.lineCount, MAX_TITLE_BLOCK_LINES);
  for (let line = 0; line < reach; line++) {
    if (isBlank(line)) continue;
    if (!isTitleLine(line) || !isPlainLatinTitleLine(lines, line)) return titles.length >= MIN_TITLE_BLOCK_TITLES && restates ? titles : [];
    // A subtitle names what the title names (`… PRESS BRIEFING …` / `UN Geneva Press Briefing`); a line that
    // shares no word with the lines above it (`UN GENEVA PRESS BRIEFING` / `Update on Myanmar`) opens a section.
    const own = contentWords(lines.lineText(line));
    if (titles.length > 0 && !own.some((word) => words.has(word))) restates = false;
    for (const word of own) words.add(word);
    titles.push(line);
  }
  return [];
}

const SMALL_WORDS = new Set(['the', 'and', 'for', 'with', 'from', 'into', 'onto', 'over', 'under']);

/** Lower-case words of three letters or more, small words left out. */
function contentWords(text: string): string[] {
  return (text.toLowerCase().match(/[a-z]{3,}/g) ?? []).filter((word) => !SMALL_WORDS.has(word));
}

/**
 * Whether an edit from line `first` on may change the opening title block. The block's lines are a prefix of
 * the plain title lines the document opens with (up to its first other line, `stop`), so it can only exist
 * when the first two of those lines share a word; and an edit below `stop`'s next line leaves it as it is.
 * Checked on the lines before the edit and after it (`lineText` gives a line's text, for an edited line too);
 * the incremental analyzer falls back when either says so.
 */
export function titleBlockWithinReach(lineCount: number, lineText: (line: number) => string, first: number): boolean {
  if (first >= MAX_TITLE_BLOCK_LINES + 1) return false;
  const reach = Math.min(lineCount, MAX_TITLE_BLOCK_LINES);
  const titles: string[] = [];
  let stop = reach;
  for (let line = 0; line < reach; line++) {
    const words = lineText(line);
    if (isBlankText(words)) continue;
    if (!readsAsPlainLatinTitle(words)) {
      stop = line;
      break;
    }
    titles.push(words);
  }
  if (first > stop + 1 || titles.length < MIN_TITLE_BLOCK_TITLES) return false;
  const firstWords = new Set(contentWords(titles[0]!));
  return contentWords(titles[1]!).some((word) => firstWords.has(word));
}

/** isPlainLatinTitleLine on a line's text. */
function readsAsPlainLatinTitle(words: string): boolean {
  const start = skipSpaces(words, 0, words.length);
  const end = trimEnd(words, start, words.length);
  if (end === start || words.charAt(start) === '<') return false;
  return isTitleShapedLine(words, start, end) && !HAN.test(words.slice(start, end));
}

function isBlankText(words: string): boolean {
  return trimEnd(words, skipSpaces(words, 0, words.length), words.length) === skipSpaces(words, 0, words.length);
}
