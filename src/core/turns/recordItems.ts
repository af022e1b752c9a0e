import type { StageDirection } from '../analysis/model';
import { lineTableOf } from '../analysis/lineTable';
import type { LineIndex } from '../text/positions';

/**
 * A record's numbered items read out between the chair's turns: the Legislative Yuan gazette sets each bill on a line
 * of its own (`二、本院委員…擬具「…」,請審議案。`, then `程序委員會意見:…`) and gives the chair a label between each two
 * (`主席:請問院會,…有無異議?`). Numbered so across labels, in sequence, the items are the record's agenda, not the last
 * speaker's words; a speaker's own list (`一、…` / `二、…` with no label between) stays speech. Each item line and the
 * lines under it up to the next label or blank line (at most MAX_ITEM_LINES) become stage directions.
 */

/** Most lines an item runs over, its own first: the bill, the committee's opinion, one wrapped line. */
const MAX_ITEM_LINES = 3;
const ITEM_OPENING = /^([一二三四五六七八九十百]{1,4})、/;
const DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** The number of a Chinese ordinal up to 999 (`二十三` → 23), or 0 when it is none. */
function ordinalValue(numeral: string): number {
  let total = 0;
  let digit = 0;
  for (const char of numeral) {
    if (char === '十' || char === '百') {
      total += (digit === 0 ? 1 : digit) * (char === '十' ? 10 : 100);
      digit = 0;
    } else {
      if (digit !== 0) return 0;
      digit = DIGITS[char] ?? 0;
    }
  }
  return total + digit;
}

/** The item number opening the trimmed `line` (`二、…` → 2), or 0. */
export function recordItemNumber(line: string): number {
  const match = ITEM_OPENING.exec(line);
  return match ? ordinalValue(match[1]!) : 0;
}

/**
 * Items numbered in sequence with a label between each two (see the file's head), given as stage directions. `labelLine`:
 * the lines read as labels; `skipLine`: lines that may not be read (labels among them).
 */
export function findRecordItems(lines: LineIndex, skipLine: (line: number) => boolean, labelLine: (line: number) => boolean): StageDirection[] {
  const text = lines.source;
  if (text.indexOf('、') < 0) return [];
  const { firsts, lasts } = lineTableOf(lines);
  // Every item line with its number, and whether a label sits between it and the item before it.
  const items: { line: number; number: number; labelBefore: boolean }[] = [];
  let labelSeen = false;
  for (let line = 0; line < lines.lineCount; line++) {
    if (labelLine(line)) {
      labelSeen = true;
      continue;
    }
    const first = firsts[line]!;
    if (first === lasts[line]) continue;
    const number = recordItemNumber(text.slice(first, Math.min(lasts[line]!, first + 6)));
    if (number === 0 || skipLine(line)) continue;
    items.push({ line, number, labelBefore: labelSeen });
    labelSeen = false;
  }
  const found: StageDirection[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    const previous = items[i - 1];
    const next = items[i + 1];
    const followsInSequence = previous !== undefined && item.labelBefore && previous.number + 1 === item.number;
    const leadsInSequence = next !== undefined && next.labelBefore && item.number + 1 === next.number;
    if (!followsInSequence && !leadsInSequence) continue;
    for (let line = item.line; line < Math.min(lines.lineCount, item.line + MAX_ITEM_LINES); line++) {
      if (firsts[line] === lasts[line] || (line > item.line && (labelLine(line) || skipLine(line) || recordItemNumber(text.slice(firsts[line]!, firsts[line]! + 6)) > 0))) break;
      found.push({ span: { start: firsts[line]!, end: lasts[line]! } });
    }
  }
  return found;
}

/** How many lines below an item line it may read as its own (an edit there may change the item's extent). */
export const ITEM_READS_BELOW = MAX_ITEM_LINES - 1;
