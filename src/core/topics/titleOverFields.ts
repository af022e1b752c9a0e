// A record names itself in a short line set right over its own fields: `陳議員明建市長施政總質詢(二十九)` over
// `日期:108 年 5 月 27 日` / `時間:上午 11:00 至 12:00` / `紀錄: 陳玟佐`, `市政總質詢第4組` over `質詢日期:…` /
// `質詢對象:…`. The fields show what the line is (the title of what they describe), wherever the line stands: under
// page furniture (`P. 587`) with no blank line, which the standing-apart test would not accept.
import type { LineIndex } from '../text/positions';
import { skipSpaces, trimEnd } from '../turns/chars';
import { isTitleShapedLine, Kind, type Scan } from './lineScan';
import { isColonField } from './parallelPlainTitles';

/** The fields under the title: this many `key:value` lines in a row at least. */
const MIN_FIELDS = 2;
/** Blank lines allowed between the title and its first field. */
const MAX_BLANKS_UNDER_TITLE = 1;
/** Only a line's start is read as a field (isColonField takes 100 characters at most). */
const FIELD_PROBE = 120;

function lineWords(lines: LineIndex, line: number): string {
  const start = skipSpaces(lines.source, lines.lineStart(line), lines.lineEnd(line));
  return lines.source.slice(start, Math.min(trimEnd(lines.source, start, lines.lineEnd(line)), start + FIELD_PROBE));
}

/** `日期:108 年 5 月 27 日`: a field whose key is a word; `18:30-19:00 報到` is a schedule's time, no key. */
function isKeyedField(words: string): boolean {
  const colon = words.search(/[:：]/);
  return colon > 0 && /\p{L}/u.test(words.slice(0, colon)) && isColonField(words);
}

function isFieldLine(lines: LineIndex, line: number): boolean {
  return line >= 0 && line < lines.lineCount && isKeyedField(lineWords(lines, line));
}

/**
 * Title-shaped lines with no colon (no field, no label themselves) over a run of two or more `key:value` field
 * lines, at most one blank line between. `isSpeaker` tells a speaker's label or name line, never a title.
 */
export function titlesOverFields(scan: Scan, isSpeaker: (line: number) => boolean): number[] {
  const { lines, kinds } = scan;
  const found: number[] = [];
  for (const line of scan.titleShapedLines) {
    if (kinds[line] !== Kind.TitleShaped || isSpeaker(line) || scan.markupTitles.has(line)) continue;
    const words = lineWords(lines, line);
    if (/[:：]/.test(words)) continue;
    let first = line + 1;
    while (first < lines.lineCount && first - line - 1 < MAX_BLANKS_UNDER_TITLE && kinds[first] === Kind.Blank) first++;
    let fields = 0;
    while (fields < MIN_FIELDS && kinds[first + fields] !== Kind.Blank && isFieldLine(lines, first + fields)) fields++;
    if (fields >= MIN_FIELDS) found.push(line);
  }
  return found;
}

/**
 * Whether an edit of lines `first`..`last` may make or unmake a title over fields: a title-shaped line with no colon
 * stands over two field lines (at most one blank line between) on or up to three lines above the edit, so the lines
 * it is read from meet the edited ones. Read from `lineText` (the lines before the edit, or after it); the incremental
 * analyzer asks both and falls back when either says so. Field lines alone (labels in a dense transcript, a list of
 * `key: value` items) keep their edits local.
 */
export function titleOverFieldsWithinReach(lineCount: number, lineText: (line: number) => string, first: number, last: number): boolean {
  const field = (line: number): boolean => line >= 0 && line < lineCount && isKeyedField(lineText(line).trim().slice(0, FIELD_PROBE));
  const blank = (line: number): boolean => line < lineCount && lineText(line).trim() === '';
  for (let line = Math.max(0, first - MAX_BLANKS_UNDER_TITLE - MIN_FIELDS); line <= last && line < lineCount; line++) {
    const words = lineText(line).trim();
    if (words === '' || /[:：]/.test(words) || !isTitleShapedLine(words, 0, words.length)) continue;
    const under = blank(line + 1) ? line + 2 : line + 1;
    if (field(under) && field(under + 1)) return true;
  }
  return false;
}
