// Programme pages and show notes lead each section line with a pictograph (`📌本集來賓`, `📅節目預告`,
// `🎙️收聽方式`) and pack the sections without blank lines: the value sits right under its line, so the
// standing-apart test reads none of them. What the document shows instead is its own mark: two or more short,
// title-shaped lines led by a pictograph, each set once. A speaker's avatar before a recurring name line
// (`👦🏻 Koji` over each answer) comes back and is a name line; a field (`🌀 時間：…`) or a sentence is no title shape.
import type { LineIndex } from '../text/positions';
import { isHighSurrogate, leadingIconsLength, skipSpaces, trimEnd } from '../turns/chars';
import { Kind, type Scan } from './lineScan';

/** A document marks its sections so when it leads this many title lines with a pictograph. */
const MIN_PICTOGRAPH_TITLES = 2;
/** Longest line read for a pictograph's lead. */
const MAX_PROBE = 120;
const LETTER = /\p{L}/u;

/** The line's text after its pictographs, or null when no pictograph (an emoji, not a BMP arrow or bullet) leads it. */
function afterPictographs(lines: LineIndex, line: number): string | null {
  const lineEnd = lines.lineEnd(line);
  const start = skipSpaces(lines.source, lines.lineStart(line), lineEnd);
  if (lineEnd - start > MAX_PROBE || !isHighSurrogate(lines.source.charCodeAt(start))) return null;
  const text = lines.source.slice(start, trimEnd(lines.source, start, lineEnd));
  const icons = leadingIconsLength(text);
  if (icons === 0) return null;
  const words = text.slice(icons).trim();
  return LETTER.test(words) ? words : null;
}

/**
 * Title-shaped lines led by a pictograph, when the document sets MIN_PICTOGRAPH_TITLES of them, each with words of
 * its own. `isOther` tells a speaker's label or name line, a heading or code.
 */
export function pictographTitles(scan: Scan, isOther: (line: number) => boolean): Set<number> {
  const { lines, kinds } = scan;
  const found: number[] = [];
  const seen = new Map<string, number>();
  for (const line of scan.titleShapedLines) {
    if (kinds[line] !== Kind.TitleShaped || scan.markupTitles.has(line)) continue;
    const words = afterPictographs(lines, line);
    if (words === null) continue;
    // A name line's avatar comes back with the name; a section is titled once.
    seen.set(words, (seen.get(words) ?? 0) + 1);
    if (!isOther(line)) found.push(line);
  }
  const titles = found.filter((line) => seen.get(afterPictographs(lines, line)!) === 1);
  return new Set(titles.length >= MIN_PICTOGRAPH_TITLES ? titles : []);
}

/**
 * Whether an edit of lines `first`..`last` may change the pictograph titles: one of the edited lines opens with a
 * pictograph (asked of the lines before the edit and after it). The reading counts across the document and reads
 * no neighbour, so a title made, unmade, repeated or told apart is a pictograph line on the edited lines.
 */
export function pictographLineEdited(lines: LineIndex, first: number, last: number): boolean {
  for (let line = first; line <= last && line < lines.lineCount; line++) {
    const lineEnd = lines.lineEnd(line);
    const start = skipSpaces(lines.source, lines.lineStart(line), lineEnd);
    if (start < lineEnd && isHighSurrogate(lines.source.charCodeAt(start))) return true;
  }
  return false;
}
