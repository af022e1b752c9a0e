import { LABEL_SCAN_LIMIT } from '../turns/chars';
import { labelCandidate } from '../turns/candidates';
import { recognizeLabel } from '../turns/labels';

/**
 * `Early career` or `Smile and the world smiles with you` between two stretches of labelled lines that run on without
 * blank lines (`INTERVIEWER: …` / `SMITH: …`, a deposition's `Q.`/`A.`): where a document writes its turns tight, a
 * blank line is a break, and a short line after it with no sentence's end, right over the next label, titles the
 * section. English titles in sentence case are not title-shaped by their words alone (isTitleShaped wants most words
 * capitalised): the tight labels around them are the evidence. Where turns are written as paragraphs apart, nothing
 * here applies.
 */

/** Lines read on either side of a candidate for the labels around it. */
const TIGHT_REACH = 8;
/** Label lines a stretch beside a candidate holds at least to show turns written tight. */
const MIN_TIGHT_LABELS = 2;
const MAX_TITLE_LENGTH = 60;
const MIN_WORDS = 2;
const MAX_WORDS = 8;
/** How far an edit may be from a candidate and change its reading: its reach, the blank and the label under it. */
export const SENTENCE_CASE_TITLE_REACH = TIGHT_REACH + 2;

/** A short line in Latin script opening with a capital, two to eight words, no sentence's end, colon or question. */
export function isSentenceCaseTitleText(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed.length < 3 || trimmed.length > MAX_TITLE_LENGTH || !/^[A-Z]/.test(trimmed) || !/[a-z]/.test(trimmed)) return false;
  if (/[:：?？!！;；]|\p{Script=Han}|:\/\//u.test(trimmed) || /[.,…"'”’)\]—–-]$/.test(trimmed)) return false;
  const words = trimmed.split(/\s+/);
  if (words.length < MIN_WORDS || words.length > MAX_WORDS) return false;
  const letters = trimmed.replace(/[^\p{L}]/gu, '').length;
  return letters * 10 >= trimmed.replace(/\s/g, '').length * 8;
}

/** A line shaped like a speaker's label, read from its own text: what every label line this rule counts must be. */
export function isLabelShapedLine(text: string): boolean {
  const prefix = text.length > LABEL_SCAN_LIMIT ? text.slice(0, LABEL_SCAN_LIMIT) : text;
  return labelCandidate(prefix, text.length) !== null || recognizeLabel(prefix, text.length) !== null;
}

const isBlank = (text: string): boolean => text.trim().length === 0;

/**
 * All that the rule reads of one line: blank, title words, label shape (bits). An edit inside a line that leaves them
 * (and the document's labels) as they were changes no title's reading; the labels are the scheme's to check.
 */
export function sentenceCaseReading(text: string): number {
  if (isBlank(text)) return 1;
  return (text.length <= MAX_TITLE_LENGTH + 8 && isSentenceCaseTitleText(text) ? 2 : 0) | (isLabelShapedLine(text) ? 4 : 0);
}

/**
 * Whether `line` is such a title, reading lines through `lineAt` and label lines through `isLabel` (which holds only
 * for label-shaped lines: isLabelShapedLine). The stretch of lines above the blank, or the one under the label below,
 * read up to the next blank line, holds two labels or more: turns written tight, not paragraphs apart.
 */
export function isSentenceCaseTitleAt(lineCount: number, lineAt: (line: number) => string, isLabel: (line: number) => boolean, line: number): boolean {
  if (line < 1 || line + 1 >= lineCount || !isBlank(lineAt(line - 1)) || !isSentenceCaseTitleText(lineAt(line))) return false;
  const under = isBlank(lineAt(line + 1)) ? line + 2 : line + 1;
  if (under >= lineCount || !isLabel(under)) return false;
  let labelsAbove = 0;
  for (let other = line - 2; other >= Math.max(0, line - 1 - TIGHT_REACH) && !isBlank(lineAt(other)); other--) if (isLabel(other)) labelsAbove++;
  if (labelsAbove >= MIN_TIGHT_LABELS) return true;
  let labelsBelow = 0;
  for (let other = under + 1; other < Math.min(lineCount, under + 1 + TIGHT_REACH) && !isBlank(lineAt(other)); other++) if (isLabel(other)) labelsBelow++;
  return labelsBelow >= MIN_TIGHT_LABELS;
}

/** Every such title of a document whose label lines are `labels` (read also as label-shaped). */
export function sentenceCaseTitles(lineCount: number, lineAt: (line: number) => string, labels: { has(line: number): boolean }): Set<number> {
  const titles = new Set<number>();
  const isLabel = (line: number): boolean => labels.has(line) && isLabelShapedLine(lineAt(line));
  for (let line = 1; line + 1 < lineCount; line++) {
    // The cheap tests first: most lines are long or follow text.
    const text = lineAt(line);
    if (text.length > MAX_TITLE_LENGTH + 8 || !isBlank(lineAt(line - 1))) continue;
    if (isSentenceCaseTitleAt(lineCount, lineAt, isLabel, line)) titles.add(line);
  }
  return titles;
}

/**
 * Whether an edit of lines `first`..`last` may change what sentenceCaseTitles reads: a line within reach reads as
 * such a title with every label-shaped line counted as a label (more than the document's labels, so never fewer
 * titles). Asked of the text before the edit and after it.
 */
export function sentenceCaseTitleWithinReach(lineCount: number, lineAt: (line: number) => string, first: number, last: number): boolean {
  const isLabel = (line: number): boolean => isLabelShapedLine(lineAt(line));
  const from = Math.max(1, first - SENTENCE_CASE_TITLE_REACH);
  const to = Math.min(lineCount - 2, last + SENTENCE_CASE_TITLE_REACH);
  for (let line = from; line <= to; line++) {
    if (lineAt(line).length <= MAX_TITLE_LENGTH + 8 && isSentenceCaseTitleAt(lineCount, lineAt, isLabel, line)) return true;
  }
  return false;
}
