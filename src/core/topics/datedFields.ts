// `最新回复:2020年2月16日 19点57分 PT` (a forum's reply time), `**初心：2011-2013**` (a period as a section's
// subtitle): a name-and-colon line whose words after the colon are only a date or a span of years gives a
// field's value, not a speaker's words. A speaker answering `2011年。` is labelled on other lines too, so
// only a name that labels no other line is read this way.
import type { LabelLines } from '../turns/scheme';
import type { LineIndex } from '../text/positions';
import { labelCandidate } from '../turns/candidates';
import { LABEL_SCAN_LIMIT } from '../turns/chars';
import { recognizeLabel } from '../turns/labels';
import { isFurnitureOrDateline } from './titles';

/** `19点57分`: a clock time in words, which the dateline test does not know. */
const CLOCK_HOUR = /\d\s*点/g;
const BOLD_MARKS = /^[*_\s]+|[*_\s]+$/g;

/** The label lines whose speech is a date alone, under a name that labels no other line. */
export function datedFieldLines(lines: LineIndex, labels: LabelLines): number[] {
  return oneOffLabelLines(lines, labels, (_speaker, words) => isDatedValue(words));
}

/**
 * The label lines under a name that labels no other line whose speaker and words (the line after the label) `isField`
 * accepts: a speaker who answers with a date or a name is labelled on other lines too.
 */
export function oneOffLabelLines(lines: LineIndex, labels: LabelLines, isField: (speaker: string, words: string) => boolean): number[] {
  const counts = new Map<string, number>();
  for (let line = 0; line < lines.lineCount; line++) {
    const name = labels.get(line)?.speaker;
    if (name !== undefined) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  const found: number[] = [];
  for (let line = 0; line < lines.lineCount; line++) {
    const label = labels.get(line);
    if (label && counts.get(label.speaker) === 1 && isField(label.speaker, lines.lineText(line).slice(label.textStart))) found.push(line);
  }
  return found;
}

/** A label's words that are only a date, a time or a span of years. */
function isDatedValue(words: string): boolean {
  const value = words.replace(BOLD_MARKS, '').replace(CLOCK_HOUR, '');
  return /\d/.test(value) && isFurnitureOrDateline(value);
}

/**
 * Whether `lineText`, read as a label line (a known label or a label candidate), gives a date alone as its words:
 * an edit of such a line may make it a field or a speaker's label again (`Speaker 4  1:02  1  0:05`), which
 * depends on how often its name labels other lines, so the incremental analyzer reads it in full.
 */
export function mayReadAsDatedField(lineText: string): boolean {
  const prefix = lineText.slice(0, LABEL_SCAN_LIMIT);
  const label = recognizeLabel(prefix, lineText.length) ?? labelCandidate(prefix, lineText.length);
  return label !== null && isDatedValue(lineText.slice(label.textStart));
}
