// `文字记录:` alone on its line over `说话人 1 00:05` (飞书妙记's text export): the export names its section, and the
// line under it is already a speaker's label. A document that labels its speakers with a time on the label line
// shows its own scheme; a label with neither a time nor speech, right over such a line, opens no turn.
import type { LineIndex } from '../text/positions';
import { labelCandidate } from './candidates';
import { isBlankLine, isDigit, isShortColonLine, LABEL_SCAN_LIMIT, labelAloneOverWithinReach, trimEnd } from './chars';
import { recognizeLabel } from './labels';
import type { LabelLines } from './scheme';

/** Blank lines that may stand between the field and the timed label under it. */
const FIELD_BLANKS = 2;
/** A field alone on its line is short: `文字记录:`, `Transcript:`. */
const MAX_FIELD_LENGTH = 20;

/**
 * The label lines of `labels` that are section fields of an export: a label with no speech and no time after it
 * whose next non-blank line (at most FIELD_BLANKS blank lines below) is a label carrying a time.
 */
export function fieldsOverTimedLabels(lines: LineIndex, labels: LabelLines): number[] {
  const found: number[] = [];
  for (let line = 0; line < lines.lineCount; line++) {
    const label = labels.get(line);
    if (!label || label.source !== 'label' || label.timestamp !== null) continue;
    const lineStart = lines.lineStart(line);
    if (lineStart + label.textStart < trimEnd(lines.source, lineStart, lines.lineEnd(line))) continue;
    let below = line + 1;
    while (below < lines.lineCount && below <= line + FIELD_BLANKS && isBlankLine(lines, below)) below++;
    if (below < lines.lineCount && !isBlankLine(lines, below) && labels.get(below)?.timestamp) found.push(line);
  }
  return found;
}

/** `说话人 1 00:05`, `[00:05] Name:`, `张伟 00:18`: a clock time somewhere on a short line. */
const TIME_ON_LINE = /\d{1,2}[:：]\d{2}/;

/**
 * Whether an edit of lines `first`..`last` may change what fieldsOverTimedLabels reads: a short line ending in a
 * colon within reach above a short line holding a time. Read from the text alone, before and after the edit, so
 * the incremental analyzer falls back then.
 */
export function fieldOverTimedLabelWithinReach(lineCount: number, lineAt: (line: number) => string, first: number, last: number): boolean {
  return labelAloneOverWithinReach(lineCount, lineAt, { first, last, blanks: FIELD_BLANKS }, (text) => isShortColonLine(text, MAX_FIELD_LENGTH), mayBeTimedLabel);
}

/**
 * Whether a trimmed line may be read as a label carrying a time: a clock time near its start that one of the
 * label readers takes as the label's (`说话人 1 00:05`), not a time inside speech (`The meeting started at 2:05`).
 * A line opening with a digit keeps the cheap answer: a line-number gutter is read blanked by the analysis.
 */
function mayBeTimedLabel(text: string): boolean {
  if (!TIME_ON_LINE.test(text.slice(0, 60))) return false;
  if (isDigit(text.charCodeAt(0))) return true;
  const prefix = text.slice(0, LABEL_SCAN_LIMIT);
  return (recognizeLabel(prefix, text.length)?.timestamp ?? labelCandidate(prefix, text.length)?.timestamp ?? null) !== null;
}
