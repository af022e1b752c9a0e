import type { LineIndex } from '../text/positions';
import { isShortColonLine, labelAloneOverWithinReach, trimEnd } from '../turns/chars';
import type { LabelLines } from '../turns/scheme';
import { Kind, previousNonBlank } from './lineScan';
import { isTitleShaped, MAX_TITLE_SHAPED_LENGTH } from './titles';

/** Blank lines a label alone on its line may stand above the speech it hands over to. */
export const EMPTY_LABEL_BLANKS = 2;

/**
 * `工商：` alone on its line, then `經濟的部分...`: a label with no speech on its line hands over to the paragraph
 * under it, so a short line there is the speaker's first words (a reply, a call to the next reporter), not a title.
 */
export function isUnderEmptyLabel(lines: LineIndex, kinds: Uint8Array, labels: LabelLines | undefined, line: number): boolean {
  if (!labels) return false;
  const above = previousNonBlank(kinds, line, EMPTY_LABEL_BLANKS);
  if (above < 0 || kinds[above] === Kind.Heading) return false;
  const label = labels.get(above);
  if (!label) return false;
  const lineStart = lines.lineStart(above);
  return lineStart + label.textStart >= trimEnd(lines.source, lineStart, lines.lineEnd(above));
}

/**
 * Whether an edit of lines `first`..`last` may change what isUnderEmptyLabel reads: a line shaped like a label alone
 * (short, ending in a colon) is within reach above a short line. Read from the text alone, before and after the edit,
 * so the incremental analyzer falls back then.
 */
export function emptyLabelWithinReach(lineCount: number, lineAt: (line: number) => string, first: number, last: number): boolean {
  return labelAloneOverWithinReach(lineCount, lineAt, { first, last, blanks: EMPTY_LABEL_BLANKS }, endsLikeEmptyLabel, mayReadAsTitle);
}

/** A short line ending in a colon, no Markdown heading: the shape of a label with no speech after it. */
function endsLikeEmptyLabel(lineText: string): boolean {
  return isShortColonLine(lineText, MAX_TITLE_SHAPED_LENGTH) && lineText.trimStart()[0] !== '#';
}

/** A line the outline may read as a title: title-shaped, or styled (markup, bold) so that only the outline knows. */
function mayReadAsTitle(text: string): boolean {
  return text.length <= MAX_TITLE_SHAPED_LENGTH && (isTitleShaped(text) || STYLED_START.test(text));
}
const STYLED_START = /^[<*_]/;
