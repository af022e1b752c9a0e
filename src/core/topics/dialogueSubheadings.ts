// Bold sub-headings between the turns of a dialogue write-up that other readings miss: a sub-heading the label scheme
// took for a speaker's name, and one whose bold WeChat's editor split into runs.
import type { LineIndex } from '../text/positions';
import { countHan } from '../turns/chars';
import type { LabelLines } from '../turns/scheme';
import { Kind, nextNonBlank, type Scan } from './lineScan';
import { boldTitleWords, isSplitBoldLine, mayBeParallelBoldTitle, QUESTION_END } from './parallelTitles';

const COLON = /[:：]/;
/** A speaker's name has at most this many Han characters (the label scheme's bound for a one-off name). */
const MAX_NAME_HAN = 5;
/** Blank lines looked across for the label under a sub-heading, and for the paragraph over a split bold line. */
const NEIGHBOUR_BLANKS = 4;
/** A bold title line is at most this long (parallelTitles.ts reads no longer one). */
const MAX_SHAPED_LINE = 400;
/** One such line could be an empty turn; a document that does it this often is titling its sections. */
const MIN_SUBHEADINGS = 2;

/**
 * `**自动驾驶有五级台阶**` over `**《远光灯》：** 我们先从…`: WeChat dialogues label speakers with a bold name alone on
 * its line, so the label scheme reads a bold sub-heading alone on its line as one more name (or, split into bold runs,
 * as a name over its speech: `**L2** **越厉害，就离L4越远**`). It names no speaker when nothing of its own follows: the
 * next non-blank line is another label, so the "speaker" would say nothing. A whole bold line in that place that reads
 * as a title and not as a name (no colon, longer than a name, no question: a host's bold question is a turn), when the
 * document does so at least twice, is a section title: its line is no label. The lines, ascending.
 */
export function subheadingLabelLines(scan: Scan, labels: LabelLines): number[] {
  const { lines, kinds } = scan;
  const text = lines.source;
  const found: number[] = [];
  for (let line = 0; line < lines.lineCount; line++) {
    const label = labels.get(line);
    if (!label || kinds[line] === Kind.Heading) continue;
    const below = nextNonBlank(kinds, line, NEIGHBOUR_BLANKS);
    if (below < 0 || !labels.has(below)) continue;
    if (readsAsSubheadingLine(text.slice(scan.table.firsts[line], scan.table.lasts[line]))) found.push(line);
  }
  return found.length >= MIN_SUBHEADINGS ? found : [];
}

/** A whole bold line that may title a dialogue's section but name no speaker (the trimmed line's text). */
function readsAsSubheadingLine(line: string): boolean {
  if (line.length === 0 || line.charCodeAt(0) !== 42 /* * */ || !mayBeParallelBoldTitle(line, 0, line.length)) return false;
  const words = boldTitleWords(line.slice(2, line.length - 2));
  return !COLON.test(words) && !QUESTION_END.test(words) && countHan(words) > MAX_NAME_HAN;
}

/**
 * Whether an edit of lines `first`..`last` may change what these readings see: a split bold line or a bold line that
 * may be a dialogue's sub-heading within reach (each is read with the paragraph above it or the label below it), or
 * the edited line becoming one. Read from the text alone, before and after the edit, so the incremental analyzer
 * falls back then.
 */
export function dialogueSubheadingWithinReach(lines: LineIndex, first: number, last: number, edited?: string): boolean {
  const shaped = (line: string): boolean => line.charCodeAt(0) === 42 /* * */ && (isSplitBoldLine(line) || readsAsSubheadingLine(line));
  if (edited !== undefined && shaped(edited.trim())) return true;
  const from = Math.max(0, first - NEIGHBOUR_BLANKS - 1);
  const to = Math.min(lines.lineCount - 1, last + NEIGHBOUR_BLANKS + 1);
  for (let line = from; line <= to; line++) {
    const start = lines.lineStart(line);
    if (lines.lineEnd(line) - start <= MAX_SHAPED_LINE && shaped(lines.source.slice(start, lines.lineEnd(line)).trim())) return true;
  }
  return false;
}
