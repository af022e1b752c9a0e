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
/** A part's title over a labelled paragraph (`(2) Japan's participation in the … group`) may be this long. */
const MAX_PART_TITLE_LENGTH = 90;
const MAX_PART_TITLE_WORDS = 12;
/** A labelled paragraph under such a title is prose: this long at least. */
const MIN_LABELLED_PARAGRAPH = 60;
/** How far an edit may be from a candidate and change its reading: its reach, the blank and the label under it. */
export const SENTENCE_CASE_TITLE_REACH = TIGHT_REACH + 2;

/** A short line in Latin script opening with a capital, two to eight words, no sentence's end, colon or question. */
export function isSentenceCaseTitleText(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed.length < 3 || trimmed.length > MAX_TITLE_LENGTH || !/^[A-Z]/.test(trimmed) || !/[a-z]/.test(trimmed)) return false;
  if (/[:：?？!！;；]|\p{Script=Han}|:\/\//u.test(trimmed) || /[.,…"'”’)\]—–-]$/.test(trimmed)) return false;
  // `And the federal grants`, `We need three things`: a speech's fragment opens with a conjunction, a reply or a subject.
  if (SPEECH_OPENING.test(trimmed)) return false;
  const words = trimmed.split(/\s+/);
  if (words.length < MIN_WORDS || words.length > MAX_WORDS) return false;
  const letters = trimmed.replace(/[^\p{L}]/gu, '').length;
  return letters * 10 >= trimmed.replace(/\s/g, '').length * 8;
}

const SPEECH_OPENING = /^(?:And|But|So|Or|Because|Then|Well|Yeah|Yes|No|Okay|OK|Oh|Um|Uh|I|I'm|I’m|We|You|He|She|They)\b/;

/** `(1) `, `1. `, `2) `: a part's number before its title's words. */
const PART_NUMBER = /^(?:[(（][1-9]\d?[)）]|[1-9]\d?[.)])\s+/;
/** A greeting or thanks left over a label (`Thank you very much`) is the end of a turn, not a title. */
const GREETING_OPENING = /^(?:Thank|Thanks|Good|Hello|Hi|Please|Sure|Right|Great|Welcome|Congratulations|Excuse|Sorry|All right)\b/;

/**
 * `Japan-ROK Relations`, `(1) Visit to Okinawa`, `Opening remarks – World Assembly for Women in Tokyo (WAW! Tokyo 2014)`:
 * the title of a part of a press conference, set on its own line over the labelled paragraph that opens the part. Latin
 * script, an optional part number, a capital, two to twelve words, no sentence inside or at its end, no colon.
 */
export function isPartTitleText(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed.length < 3 || trimmed.length > MAX_PART_TITLE_LENGTH) return false;
  const words = trimmed.replace(PART_NUMBER, '');
  if (!/^[A-Z]/.test(words) || !/[a-z]/.test(words) || SPEECH_OPENING.test(words) || GREETING_OPENING.test(words)) return false;
  if (/[:：?？;；]|[.!](?:\s|$)|\p{Script=Han}|:\/\//u.test(words) || /[,…"'”’—–-]$/.test(words)) return false;
  const count = words.split(/\s+/).length;
  // `Contents` over the page's first item: a single word is the page's furniture, not a part's title.
  if (count < MIN_WORDS || count > MAX_PART_TITLE_WORDS) return false;
  const letters = words.replace(/[^\p{L}]/gu, '').length;
  return letters * 10 >= words.replace(/\s/g, '').length * 7;
}

/** A line shaped like a speaker's label, read from its own text: what every label line this rule counts must be. */
export function isLabelShapedLine(text: string): boolean {
  const prefix = text.length > LABEL_SCAN_LIMIT ? text.slice(0, LABEL_SCAN_LIMIT) : text;
  return labelCandidate(prefix, text.length) !== null || recognizeLabel(prefix, text.length) !== null;
}

const isBlank = (text: string): boolean => text.trim().length === 0;

/**
 * All that the rule reads of one line: blank, title words, label shape, part-title words, a labelled paragraph's
 * length, a paragraph broken off (bits). An edit inside a line that leaves them
 * (and the document's labels) as they were changes no title's reading; the labels are the scheme's to check.
 */
export function sentenceCaseReading(text: string): number {
  if (isBlank(text)) return 1;
  return (text.length <= MAX_TITLE_LENGTH + 8 && isSentenceCaseTitleText(text) ? 2 : 0) | (isLabelShapedLine(text) ? 4 : 0) | (text.length <= MAX_PART_TITLE_LENGTH + 8 && isPartTitleText(text) ? 8 : 0) | (text.trim().length >= MIN_LABELLED_PARAGRAPH ? 16 : 0) | (UNFINISHED_PARAGRAPH.test(text.trimEnd()) ? 32 : 0);
}

/**
 * Whether `line` is such a title, reading lines through `lineAt` and label lines through `isLabel` (which holds only
 * for label-shaped lines: isLabelShapedLine). The turns around it are written tight (the paragraph above its blank
 * line, or the rest of the label's paragraph below it, holds two labels or more), or as paragraphs that each open with
 * a label (two or more above it within reach, none without, the one right above finishing its sentence): either way
 * a line with no label has nobody's turn to go on.
 */
export function isSentenceCaseTitleAt(lineCount: number, lineAt: (line: number) => string, isLabel: (line: number) => boolean, line: number): boolean {
  if (line < 1 || line + 1 >= lineCount || !isBlank(lineAt(line - 1))) return false;
  if (isPartTitleAt(lineCount, lineAt, isLabel, line, 1)) return true;
  if (!isSentenceCaseTitleText(lineAt(line))) return false;
  const under = isBlank(lineAt(line + 1)) ? line + 2 : line + 1;
  if (under >= lineCount || !isLabel(under)) return false;
  const reachTop = Math.max(0, line - 1 - TIGHT_REACH);
  let labelsAbove = 0;
  let other = line - 2;
  for (; other >= reachTop && !isBlank(lineAt(other)); other--) if (isLabel(other)) labelsAbove++;
  if (labelsAbove >= MIN_TIGHT_LABELS) return true;
  let labelsBelow = 0;
  for (let below = under + 1; below < Math.min(lineCount, under + 1 + TIGHT_REACH) && !isBlank(lineAt(below)); below++) if (isLabel(below)) labelsBelow++;
  if (labelsBelow >= MIN_TIGHT_LABELS) return true;
  // Paragraphs apart: each paragraph above that starts within reach opens with a label (or is such a title).
  if (line < 2 || isBlank(lineAt(line - 2)) || !FINISHED_SENTENCE.test(lineAt(line - 2).trimEnd())) return false;
  if (other >= reachTop && !isLabel(other + 1)) return false;
  for (; other >= reachTop; other--) {
    if (isBlank(lineAt(other))) continue;
    if (isLabel(other)) labelsAbove++;
    const opensParagraph = other === 0 || isBlank(lineAt(other - 1));
    // Another such title above (a line of its own) stands between the paragraphs; any other unlabelled one goes on a turn.
    if (opensParagraph && !isLabel(other) && !(isBlank(lineAt(other + 1)) && isSentenceCaseTitleText(lineAt(other)))) return false;
  }
  return labelsAbove >= MIN_TIGHT_LABELS;
}
/**
 * A part's title over the labelled paragraph that opens the part (`Japan-ROK Relations` over `Reporter: The Government
 * of …`), or over one more such title first (`Opening Remarks` over `(1) Visit to Okinawa`): blank lines around it, and
 * the label's paragraph is prose. Where a press conference's record writes each turn as a labelled paragraph, the
 * line standing between two turns with no label and no sentence is no one's speech: it titles what follows.
 */
function isPartTitleAt(lineCount: number, lineAt: (line: number) => string, isLabel: (line: number) => boolean, line: number, stacked: number): boolean {
  if (line + 2 >= lineCount || !isBlank(lineAt(line - 1)) || !isBlank(lineAt(line + 1)) || !isPartTitleText(lineAt(line))) return false;
  // `… as I said, and` / `Six years of work`: a paragraph above that breaks off mid-sentence goes on in this line.
  if (line >= 2 && UNFINISHED_PARAGRAPH.test(lineAt(line - 2).trimEnd())) return false;
  const under = line + 2;
  if (isLabel(under)) return lineAt(under).trim().length >= MIN_LABELLED_PARAGRAPH;
  return stacked > 0 && isPartTitleAt(lineCount, lineAt, isLabel, under, stacked - 1);
}

/** A paragraph that stops on a comma, a dash or a word that needs another after it has not finished its sentence. */
const UNFINISHED_PARAGRAPH = /(?:[,;—–-]|\b(?:and|or|but|the|a|an|of|to|in|on|for|with|that|which|as|at|by|from|is|are|was|were))$/i;

/** A line that ends a sentence (a closing quote or bracket after the mark allowed). */
const FINISHED_SENTENCE = /[.?!。？！…]["'”’)）]?$/;

/** Every such title of a document whose label lines are `labels` (read also as label-shaped). */
export function sentenceCaseTitles(lineCount: number, lineAt: (line: number) => string, labels: { has(line: number): boolean }): Set<number> {
  const titles = new Set<number>();
  const isLabel = (line: number): boolean => labels.has(line) && isLabelShapedLine(lineAt(line));
  for (let line = 1; line + 1 < lineCount; line++) {
    // The cheap tests first: most lines are long or follow text.
    const text = lineAt(line);
    if (text.length > MAX_PART_TITLE_LENGTH + 8 || !isBlank(lineAt(line - 1))) continue;
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
    if (lineAt(line).length <= MAX_PART_TITLE_LENGTH + 8 && isSentenceCaseTitleAt(lineCount, lineAt, isLabel, line)) return true;
  }
  return false;
}
