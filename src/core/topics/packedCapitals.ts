// A record copied out of a PDF loses its blank lines: a section title in capitals (`QUESTIONS AND ANSWERS`,
// `MOTIONS`) sits packed between the wrapped lines of the speech before it and the text it opens, which run in
// mixed case. The standing-apart test asks a blank line or a finished sentence above a title and prose below it; a
// PDF line breaks mid-sentence, so neither holds. What the document shows instead is the case: lines in capitals
// set into running text in mixed case, two or more times, each once. A page's running head repeats (its text recurs),
// a list of names or offices stands over more title-shaped lines, and a text written all in capitals (captions) has
// no mixed-case neighbours: none of these is read.
import type { LineIndex } from '../text/positions';
import { skipSpaces, trimEnd } from '../turns/chars';
import { isListItemShapedLine, isTitleShapedLine, Kind, type Scan } from './lineScan';
import { isTitleShaped, MAX_TITLE_SHAPED_LENGTH } from './titles';

/** A document titles its sections so when it sets this many capitals lines into mixed-case text. */
const MIN_PACKED_TITLES = 2;
/** Letterless furniture lines (`` ` ``, `*`) a PDF copy leaves between a paragraph and the title under it. */
const MAX_FURNITURE_ABOVE = 2;
/** At least this many letters: `PM`, `OK` in capitals are words of a line, not a section's name. */
const MIN_TITLE_LETTERS = 4;
/** How far the incremental check looks from an edited line for a capitals line whose neighbours it may be (a blank line, the furniture and the prose line above it). */
export const PACKED_CAPITALS_REACH = MAX_FURNITURE_ABOVE + 2;
/** Lines longer than this are neither a title nor read for one. */
const MAX_PROBE = 120;

const LOWER = /\p{Ll}/u;
const HAS_WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** `QUESTIONS AND ANSWERS`, `ATTENDANCE`: Latin capitals with no lower-case letter and no Han. */
function isCapitalsLine(words: string): boolean {
  if (LOWER.test(words) || /\p{Script=Han}/u.test(words)) return false;
  let letters = 0;
  for (const ch of words) if (ch >= 'A' && ch <= 'Z') letters++;
  return letters >= MIN_TITLE_LETTERS;
}

/**
 * A PDF copy sets its titles at the line's start; an indented line (a page's centred furniture, a record whose line
 * numbers were blanked to spaces) is not read, nor is one opening with a digit.
 */
function opensWithCapital(lines: LineIndex, line: number): boolean {
  const first = lines.source.charCodeAt(lines.lineStart(line));
  return first >= 65 /* A */ && first <= 90 /* Z */;
}

function trimmedText(lines: LineIndex, line: number): string {
  const start = lines.lineStart(line);
  const end = lines.lineEnd(line);
  return end - start > MAX_PROBE ? '' : lines.source.slice(start, end).trim();
}

/**
 * Lines in capitals from the line's start, title-shaped, packed into mixed-case running text: no blank line on at least one side, the
 * nearest lettered line above (past one blank line) mixed-case text, the line under it mixed-case text or a list
 * item, not another title-shaped line. `isOther`
 * tells a speaker's label or name line, a heading or code. Empty unless the document has MIN_PACKED_TITLES of them,
 * each with a text of its own.
 */
export function packedCapitalsTitles(scan: Scan, isOther: (line: number) => boolean): Set<number> {
  const { lines, kinds } = scan;
  const found: number[] = [];
  const seen = new Map<string, number>();
  for (const line of scan.titleShapedLines) {
    if (kinds[line] !== Kind.TitleShaped || !opensWithCapital(lines, line)) continue;
    const words = trimmedText(lines, line);
    if (!isCapitalsLine(words) || !standsPacked(scan, line)) continue;
    // A running head recurs wherever it stands; a section title is set once.
    seen.set(words, (seen.get(words) ?? 0) + 1);
    if (!isOther(line) && !scan.markupTitles.has(line)) found.push(line);
  }
  const titles = found.filter((line) => seen.get(trimmedText(lines, line)) === 1);
  return new Set(titles.length >= MIN_PACKED_TITLES ? titles : []);
}

function standsPacked(scan: Scan, line: number): boolean {
  const { lines, kinds } = scan;
  const below = line + 1;
  if (below >= lines.lineCount) return false;
  if ((line === 0 || kinds[line - 1] === Kind.Blank) && kinds[below] === Kind.Blank) return false;
  // The text it opens: mixed-case prose, a wrapped line or a numbered question; not a name or office under it.
  const belowKind = kinds[below]!;
  if ((belowKind !== Kind.Text && belowKind !== Kind.ListItem) || !LOWER.test(trimmedText(lines, below))) return false;
  // Packed text runs on: a one-line value between blank lines under the title (an Otter export's `SUMMARY KEYWORDS`
  // over its keywords) is a header's field in a document that kept its blank lines.
  if (below + 1 >= lines.lineCount || kinds[below + 1] === Kind.Blank) return false;
  // The running text it is set into: a line of prose in mixed case above it (past a blank line or letterless
  // furniture), not a title-shaped line over a list nor the page's head (`EDITED HANSARD * NUMBER 58` on line 1).
  let above = line - 1;
  if (above >= 0 && kinds[above] === Kind.Blank) above--;
  for (let furniture = 0; furniture < MAX_FURNITURE_ABOVE && above >= 0 && kinds[above] !== Kind.Blank && !HAS_WORD_CHARACTER.test(trimmedText(lines, above)); furniture++) above--;
  return above >= 0 && kinds[above] === Kind.Text && LOWER.test(trimmedText(lines, above));
}

/**
 * Whether an edit of lines `first`..`last` may change a packed capitals title: a title-shaped line in capitals lies
 * on the edited lines or within PACKED_CAPITALS_REACH of them (the edit may be its neighbours), and its neighbours'
 * text lets it stand packed. Asked of the lines before the edit and after it. The reading counts across the
 * document, but a title made or unmade anywhere is a capitals line on the edited lines. A line is read only when it
 * is short and opens with a capital at its start (a keystroke in running speech, or in a record's numbered lines,
 * reads little).
 */
export function packedCapitalsWithinReach(lines: LineIndex, first: number, last: number): boolean {
  const { source } = lines;
  for (let line = Math.max(0, first - PACKED_CAPITALS_REACH); line <= last + PACKED_CAPITALS_REACH && line < lines.lineCount; line++) {
    const start = lines.lineStart(line);
    const end = lines.lineEnd(line);
    if (end === start || end - start > MAX_PROBE) continue;
    if (!opensWithCapital(lines, line)) continue;
    // Only a title-shaped line is read (`EXAMINATION BY MR. OKAFOR:` over a witness's answers is a label's shape).
    const words = source.slice(start, trimEnd(source, start, end));
    if (!isCapitalsLine(words) || !isTitleShaped(words)) continue;
    // A capitals name line over another name, between blank lines or under a title stays local (session 41).
    if (mayStandPacked(lines, line)) return true;
  }
  return false;
}

/**
 * What standsPacked asks of a line's neighbours, read from their text alone so that it holds wherever standsPacked
 * may: mixed-case running text under the line, and above it, past at most three blank or letterless lines, a line
 * of mixed-case running text.
 */
function mayStandPacked(lines: LineIndex, line: number): boolean {
  if (!isRunningMixedCase(lines, line + 1)) return false;
  let above = line - 1;
  for (let skipped = 0; skipped < MAX_FURNITURE_ABOVE + 1 && above >= 0 && isFurnitureOrBlank(lines, above); skipped++) above--;
  return isRunningMixedCase(lines, above);
}

/** A line the reading looks past: blank, letterless, or longer than it reads. */
function isFurnitureOrBlank(lines: LineIndex, line: number): boolean {
  const start = lines.lineStart(line);
  const end = lines.lineEnd(line);
  return end - start > MAX_PROBE || !HAS_WORD_CHARACTER.test(lines.source.slice(start, end));
}

/**
 * A short line with a lower-case letter that scanLines may file as text or a list item: not one it files as
 * title-shaped (`Tom Baker`, a name line), which no packed title stands beside.
 */
function isRunningMixedCase(lines: LineIndex, line: number): boolean {
  if (line < 0 || line >= lines.lineCount) return false;
  const lineStart = lines.lineStart(line);
  const lineEnd = lines.lineEnd(line);
  if (lineEnd - lineStart > MAX_PROBE) return false;
  const lineText = lines.source.slice(lineStart, lineEnd);
  if (!LOWER.test(lineText)) return false;
  if (lineText.length > MAX_TITLE_SHAPED_LENGTH) return true;
  const start = skipSpaces(lineText, 0);
  return isListItemShapedLine(lineText, start, lineText.length) || !isTitleShapedLine(lineText, start, trimEnd(lineText, start, lineText.length));
}
