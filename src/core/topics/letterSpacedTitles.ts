// Titles set letter-spaced: a minutes record or a form sets its section titles with a space between every character
// (`甲、報 告 事 項`, `乙、討 論 事 項`, `測 定 値`), a section number before them or not. The spacing is the typesetter's
// mark of a heading; prose is never set so line by line. A line between two lines set the same way is read as
// text spaced out throughout (a recogniser's output), not a title. The field keys of the same records
// (`主 席：林副議長棋山`) carry a value after a colon and are no such line.
import type { LineIndex, Span } from '../text/positions';
import { isHan, isSpace, skipSpaces, trimEnd } from '../turns/chars';
import { Kind, type Scan } from './lineScan';

/** A section number a letter-spaced title may open with: `甲、`, `一、`, `（二）`. */
const SECTION_NUMBER = /^(?:[甲乙丙丁戊己庚辛壬癸一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)])[ \t\u3000]*/u;
/** Characters spaced out: at least this many (two spaced characters are a name's, `林 岳`). */
const MIN_SPACED_CHARACTERS = 3;
/** Longest trimmed line read (a title spaced out doubles its length). */
const MAX_SPACED_LINE = 40;

/** Whether the trimmed line is a letter-spaced title's shape: a section number or not, then single ideographs with spaces between. */
export function isLetterSpacedTitle(trimmed: string): boolean {
  if (trimmed.length > MAX_SPACED_LINE || trimmed.length < MIN_SPACED_CHARACTERS * 2 - 1) return false;
  const number = SECTION_NUMBER.exec(trimmed);
  let at = number ? number[0].length : 0;
  let characters = 0;
  while (at < trimmed.length) {
    if (!isHan(trimmed.charCodeAt(at)) || isHan(trimmed.charCodeAt(at + 1))) return false;
    characters++;
    at++;
    if (at === trimmed.length) break;
    if (!isSpace(trimmed.charCodeAt(at))) return false;
    while (at < trimmed.length && isSpace(trimmed.charCodeAt(at))) at++;
  }
  return characters >= MIN_SPACED_CHARACTERS;
}

function trimmedLine(lines: LineIndex, line: number): Span {
  const start = skipSpaces(lines.source, lines.lineStart(line), lines.lineEnd(line));
  return { start, end: trimEnd(lines.source, start, Math.min(lines.lineEnd(line), start + MAX_SPACED_LINE + 1)) };
}

function isSpacedLine(lines: LineIndex, line: number): boolean {
  if (line < 0 || line >= lines.lineCount) return false;
  const { start, end } = trimmedLine(lines, line);
  return end > start && isLetterSpacedTitle(lines.source.slice(start, end));
}

/**
 * The letter-spaced title lines, by line: the trimmed line's span and its title with the spaces between the
 * characters taken out (`甲、報告事項`). Neither the line above nor the line below is set the same way.
 * `isLabel` tells the lines that open a turn, which are never titles.
 */
export function letterSpacedTitles(scan: Scan, isLabel: (line: number) => boolean): Map<number, { span: Span; title: string }> {
  const { lines, kinds } = scan;
  const found = new Map<number, { span: Span; title: string }>();
  for (let line = 0; line < lines.lineCount; line++) {
    const kind = kinds[line];
    if (kind !== Kind.Text && kind !== Kind.TitleShaped && kind !== Kind.ListItem) continue;
    const { start, end } = trimmedLine(lines, line);
    if (!isHan(lines.source.charCodeAt(end - 1)) || !isLetterSpacedTitle(lines.source.slice(start, end)) || isLabel(line)) continue;
    if (isSpacedLine(lines, line - 1) || isSpacedLine(lines, line + 1)) continue;
    found.set(line, { span: { start, end }, title: lines.source.slice(start, end).replace(/(?<=\p{Script=Han})[ \t\u3000]+(?=\p{Script=Han})/gu, '') });
  }
  return found;
}

/**
 * Whether an edit of lines `first`..`last` may change a letter-spaced title: such a line lies among them or beside
 * them (a neighbour set the same way unmakes it), or the edited line's new text (`edited`) is one. For the
 * incremental analyzer, checked before and after the edit.
 */
export function letterSpacedTitleWithinReach(lines: LineIndex, first: number, last: number, edited?: string): boolean {
  if (edited !== undefined && isLetterSpacedTitle(edited.trim())) return true;
  for (let line = Math.max(0, first - 1); line <= last + 1 && line < lines.lineCount; line++) if (isSpacedLine(lines, line)) return true;
  return false;
}
