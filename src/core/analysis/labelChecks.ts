// Whether an edit may change label readings that span the document (inline hand-overs, label markup broke over lines),
// and the label frames after a local edit (turns/frameTally.ts) (incremental.ts).
import type { TextSource } from '../text/chunkedText';
import { lineEndFrom, LineIndex } from '../text/positions';
import { lineTextOrUndefined } from '../text/lineReaders';
import { holdsSplitMarkupLabel, SPLIT_LABEL_REACH } from '../turns/splitMarkupLabels';
import { cachedOutline } from '../topics/outline';
import { addFrameLabels } from '../turns/learnedFrames';
import { FrameTally } from '../turns/frameTally';
import { LabelLines } from '../turns/scheme';
import { editMayChangeInlineHandOvers, inlineLabelCandidates } from '../turns/inlineHandOvers';
import type { AnalysisOptions, TranscriptFormat } from './model';
import type { Baseline, TextChange } from './incremental';
import { editedLines } from './editedLines';

/**
 * A page that collapsed its paragraphs hands over inside lines, to labels the document writes at line
 * starts (turns/inlineHandOvers.ts): an edit falls back when its lines may hold such a hand-over, before
 * or after, or when it types or removes a label some line holds inside it.
 */
export function mayChangeInlineHandOvers(baseline: Baseline, text: TextSource, change: TextChange): boolean {
  if (baseline.format === 'srt' || baseline.format === 'vtt') return false;
  const old = baseline.lines.source;
  const { start, oldEnd, newEnd } = editedLines(old, text, change);
  return editMayChangeInlineHandOvers(old, text, start, oldEnd, newEnd, () => (baseline.inlineCandidates ??= inlineLabelCandidates(old)));
}

/**
 * A label markup broke over lines (turns/splitMarkupLabels.ts) is read from its name's line and a few lines below:
 * an edit falls back while the text holds one, or when the edited lines and those just above them hold one after it.
 */
export function mayChangeSplitMarkupLabels(baseline: Baseline, text: TextSource, change: TextChange): boolean {
  if (baseline.format === 'srt' || baseline.format === 'vtt') return false;
  const old = baseline.lines;
  // Most transcripts hold no `<` at all: one search, not a string per line, on the first keystroke at 10 MB.
  baseline.splitLabels ??= old.source.includes('<') && holdsSplitMarkupLabel(lineTextOrUndefined(old), 0, old.lineCount - 1);
  if (baseline.splitLabels) return true;
  const first = Math.max(0, old.lineAt(Math.min(change.rangeOffset, old.source.length)) - SPLIT_LABEL_REACH);
  let end = lineEndFrom(text, change.rangeOffset + change.text.length);
  for (let below = 0; below < SPLIT_LABEL_REACH && end < text.length; below++) end = lineEndFrom(text, end + 1);
  const window = text.slice(old.lineStart(first), end);
  if (!window.includes('<')) return false;
  const edited = new LineIndex(window);
  return holdsSplitMarkupLabel(lineTextOrUndefined(edited), 0, edited.lineCount - 1);
}

/**
 * The baseline's label frames after `change` (frameTally.ts): `false` where the edit may change which frames the
 * document accepts or a line read in one; null where frames are not learned (subtitles). The tally comes with
 * the full analysis (its outline, or the worker's packed result); else it is read here once, on the first edit.
 */
export function framesAfter(baseline: Baseline, change: TextChange, options: AnalysisOptions): FrameTally | null | false {
  if (baseline.format === 'srt' || baseline.format === 'vtt') return null;
  const old = baseline.lines;
  const sent = baseline.framesData;
  const tally = (baseline.frames ??= sent ? FrameTally.fromData(sent) : framesOf(old, baseline.format, options));
  if (!tally) return null;
  const first = old.lineAt(change.rangeOffset);
  const oldLast = old.lineAt(change.rangeOffset + change.rangeLength);
  const oldTexts: string[] = [];
  for (let line = first; line <= oldLast; line++) oldTexts.push(old.lineText(line));
  const source = old.source;
  const region = new LineIndex(source.slice(old.lineStart(first), change.rangeOffset) + change.text + source.slice(change.rangeOffset + change.rangeLength, old.lineEnd(oldLast)));
  const newTexts: string[] = [];
  for (let line = 0; line < region.lineCount; line++) newTexts.push(region.lineText(line));
  return tally.after(oldTexts, newTexts) ?? false;
}

/** The label frames of `lines` as counted: the outline's when an analysis of these lines made one, else read once. */
export function framesOf(lines: LineIndex, format: TranscriptFormat, options: AnalysisOptions): FrameTally {
  return cachedOutline(lines, format, options)?.frames ?? readFrames(lines, format === 'markdown');
}

/** The frames of lines no analysis counted here (an adopted one): every line read once; Markdown's code lines are not known. */
function readFrames(lines: LineIndex, markdown: boolean): FrameTally {
  let exact = true;
  if (markdown) for (let line = 0; line < lines.lineCount && exact; line++) if (/^ {0,3}(```|~~~)/.test(lines.lineText(line))) exact = false;
  return FrameTally.ofAllLines(addFrameLabels(lines, new LabelLines(lines.lineCount), () => false), exact);
}
