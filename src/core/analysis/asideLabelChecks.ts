// Whether an edit may change which labels are asides beside the dialogue or labels without dialogue
// (turns/asideLabels.ts), and whether the text holds a Markdown heading after a local edit (incremental.ts).
import { readLineNumberGutter, withGutterNumbersBlanked } from '../text/lineNumberGutter';
import type { TextSource } from '../text/chunkedText';
import { lineEndFrom, LineIndex } from '../text/positions';
import { ReadReach } from '../text/readReach';
import type { LabelContext } from '../turns/labels';
import { asideLineReading, hasMarkdownHeading, mayBeAside, mayHoldLabelsWithoutDialogue } from '../turns/asideLabels';
import type { AnalysisOptions } from './model';
import { lineHoldingEdit } from './editedLines';
import type { Baseline, CheckReadings, TextChange } from './incremental';

/**
 * A label beside the dialogue (`**Overview:**` over a summary) is no speaker's (turns/asideLabels.ts): read
 * from the labels and Markdown headings of the whole document. An edit that keeps, in order, what the lines
 * it touches read as such (asideLineReading: headings and labels; other lines do not count), and touches no
 * label without speech, keeps them: the label checks fall back when an edit changes the labels elsewhere.
 * Any other edit falls back in a document with a Markdown heading, without which there is none. The labels of
 * a document without dialogue (findLabelsWithoutDialogue) also read the line below a label: such an edit, or
 * one that changes what its lines read as, falls back where such labels may be (mayHoldLabelsWithoutDialogue),
 * before or after it. That reading stops at the first line showing a dialogue: an edit within one line past what it read
 * keeps its answer, and the next edit takes the answer for its text before it from this one (KeptAsideReadings).
 */
export function mayChangeAsideLabels(baseline: Baseline, text: TextSource, change: TextChange, options: AnalysisOptions, readAfter: CheckReadings = {}): boolean {
  if (baseline.format === 'srt' || baseline.format === 'vtt') return false;
  const old = baseline.lines.source;
  const context = { extraLabelPatterns: options.extraLabelPatterns };
  // mayChangeGutter ran first: the edit keeps the document's gutter reading.
  const gutter = (baseline.gutter ??= readLineNumberGutter(baseline.lines)).hasGutter;
  const first = baseline.lines.lineAt(Math.min(change.rangeOffset, old.length));
  const last = baseline.lines.lineAt(Math.min(change.rangeOffset + change.rangeLength, old.length));
  const readings = (slice: string): string[] => {
    const sliceLines = new LineIndex(slice);
    const read = gutter ? new LineIndex(withGutterNumbersBlanked(sliceLines)) : sliceLines;
    // Lines that read as nothing do not count: only the order of headings and labels decides.
    return Array.from({ length: read.lineCount }, (_, line) => asideLineReading(read, line, context)).filter((reading) => reading !== '');
  };
  // The text before this edit is the text after the last one: what was read of it then is not read again (an equal
  // text's readings; the line above the same first line, which an edit starting on that line leaves as it was).
  const known = baseline.checkReadings?.aside;
  const sameReading = known !== undefined && known.gutter === gutter && known.extraLabelPatterns === options.extraLabelPatterns;
  const beforeText = old.slice(baseline.lines.lineStart(first), baseline.lines.lineEnd(last));
  const afterText = text.slice(baseline.lines.lineStart(first), lineEndFrom(text, change.rangeOffset + change.text.length));
  const before = sameReading && known.edited === beforeText ? known.readings : readings(beforeText);
  const after = readings(afterText);
  const kept = before.length === after.length && before.every((reading, i) => reading === after[i]);
  const touchesLabels = !kept || before.some(mayBeAside);
  // A label without dialogue is read with the line below it: an edit there may change it too.
  const belowLabel = sameReading && known.first === first ? known.belowLabel : silentLabelAbove(baseline.lines, first, gutter, context);
  const keep: KeptAsideReadings = { gutter, extraLabelPatterns: options.extraLabelPatterns, edited: afterText, readings: after, first, belowLabel };
  readAfter.aside = keep;
  if (!touchesLabels && !belowLabel) return false;
  // The old text's answer once per baseline; the new text differs from it only in the edited lines.
  if (touchesLabels && ((baseline.markdownHeading ??= hasMarkdownHeading(old)) || editedLinesHoldHeading(text, change.rangeOffset, change.rangeOffset + change.text.length))) return true;
  // Labels without dialogue (findLabelsWithoutDialogue) exist only where no line shows a dialogue.
  const whole = (source: TextSource): LineIndex => (gutter ? new LineIndex(withGutterNumbersBlanked(new LineIndex(source))) : new LineIndex(source));
  if (gutter) return mayHoldLabelsWithoutDialogue(whole(old), context) || mayHoldLabelsWithoutDialogue(whole(text), context);
  // The answer stops at the first line that shows a dialogue, near the top: what it read of the text before (this text
  // after the last edit) holds for the text after an edit within one line past it.
  const silentBefore = sameReading && known.withoutDialogue ? known.withoutDialogue : withoutDialogueReading(baseline.lines, context);
  const editedLines = withinOneLine(baseline.lines, text, change);
  const silentAfter = editedLines && change.rangeOffset > silentBefore.reach ? silentBefore : withoutDialogueReading(editedLines ?? new LineIndex(text), context);
  keep.withoutDialogue = silentAfter;
  return silentBefore.answer || silentAfter.answer;
}

/** mayHoldLabelsWithoutDialogue of `lines`, and the end of what it read of their text (ReadReach). */
function withoutDialogueReading(lines: LineIndex, context: LabelContext): WithoutDialogueReading {
  const recorded = new ReadReach(lines.source);
  const answer = mayHoldLabelsWithoutDialogue(lines.withSameLines(recorded), context);
  return { answer, reach: recorded.reach };
}

/** Whether a text's lines may hold labels without dialogue (mayHoldLabelsWithoutDialogue), and how far into the text that read. */
interface WithoutDialogueReading {
  readonly answer: boolean;
  readonly reach: number;
}

/**
 * What mayChangeAsideLabels read of a text after its edit, for the next edit's text before it (the same text, the next
 * baseline's: Baseline.checkReadings): the
 * edited lines' text and their readings (taken only for an equal text), and silentLabelAbove's answer for the edit's
 * first line (it reads only lines above that one, which the edit left at the same numbers).
 */
export interface KeptAsideReadings {
  readonly gutter: boolean;
  readonly extraLabelPatterns: AnalysisOptions['extraLabelPatterns'];
  readonly edited: string;
  readonly readings: readonly string[];
  readonly first: number;
  readonly belowLabel: boolean;
  /** The text's labels-without-dialogue reading, when the edit needed it (no gutter). */
  withoutDialogue?: WithoutDialogueReading;
}

/**
 * Whether the `\n`-delimited lines of `text` around `start`..`end` hold a Markdown heading (hasMarkdownHeading reads
 * each such line alone, so the rest of an edited text answers as the text before the edit).
 */
function editedLinesHoldHeading(text: TextSource, start: number, end: number): boolean {
  const from = start === 0 ? 0 : text.lastIndexOf('\n', start - 1) + 1;
  const to = text.indexOf('\n', end);
  return hasMarkdownHeading(text.slice(from, to < 0 ? text.length : to));
}

/**
 * Baseline.markdownHeading after a local edit, without reading the whole text: none before and none in the edited
 * lines, none; one before and none in the lines the edit replaced, still one; otherwise unknown (read on next need).
 */
export function markdownHeadingAfter(before: boolean | undefined, old: TextSource, text: TextSource, change: TextChange): boolean | undefined {
  if (before === undefined) return undefined;
  if (!before) return editedLinesHoldHeading(text, change.rangeOffset, change.rangeOffset + change.text.length);
  return editedLinesHoldHeading(old, change.rangeOffset, change.rangeOffset + change.rangeLength) ? undefined : true;
}

/**
 * The line index of `text` when `change` edited inside one line of `lines` (as updateLine takes it: no line break
 * added or removed, and the line not left empty between a `\r` and a `\n`, which would join them); else undefined.
 */
function withinOneLine(lines: LineIndex, text: TextSource, change: TextChange): LineIndex | undefined {
  const line = lineHoldingEdit(lines, change);
  if (line === undefined) return undefined;
  if (lines.lineEnd(line) - change.rangeLength + change.text.length === lines.lineStart(line)) return undefined;
  return lines.withTextEditedInLine(text, line, change.text.length - change.rangeLength);
}

/** Blank lines looked through above an edit for a label without speech; past them an edit counts as below one. */
const SILENT_LABEL_REACH = 64;

/** Whether the nearest non-blank line above `line` (its gutter number blanked) reads as a label without speech. */
function silentLabelAbove(lines: LineIndex, line: number, gutter: boolean, context: LabelContext): boolean {
  for (let above = line - 1; above >= 0 && above >= line - SILENT_LABEL_REACH; above--) {
    const one = new LineIndex(lines.source.slice(lines.lineStart(above), lines.lineEnd(above)));
    const read = gutter ? new LineIndex(withGutterNumbersBlanked(one)) : one;
    if (/\S/.test(read.source.slice(0, SILENT_LABEL_PROBE))) return mayBeAside(asideLineReading(read, 0, context));
  }
  return line - SILENT_LABEL_REACH > 0;
}

/** How much of a line is read to tell it from a blank one. */
const SILENT_LABEL_PROBE = 200;
