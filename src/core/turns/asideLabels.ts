// Labels beside the dialogue. Meeting notes and transcripts with a summary put label-shaped lines around
// their dialogue: `- Workgroup Initiatives:` over an agenda's sub-items, `**Overview:**` over a summary's
// paragraph. The document shows where its dialogue is: a stretch of labels that speak on their own line,
// from the first to the last whose name recurs. A label outside that stretch, under a heading of its own
// (a Markdown heading stands between it and the stretch), with nothing after it on its line and a name no
// label inside the stretch gives, names a part of the notes, not a speaker.
import type { TextSource } from '../text/chunkedText';
import type { LineIndex } from '../text/positions';
import { linePrefix, nextNonBlankLine } from './chars';
import { readLabelLine, type LabelLines } from './scheme';
import type { LabelReadContext } from './firstPassReadings';

/** A dialogue has at least this many names, each labelling at least two speaking lines. */
const MIN_DIALOGUE_NAMES = 2;
/** A Markdown ATX heading: the writer's own section mark. */
const MARKDOWN_HEADING = /^ {0,3}#{1,6}[ \t]/;
/** How much of a line is read for a heading mark. */
const HEADING_SCAN = 8;
/** A list item's bullet or number: notes put colons in items, so a labelled item shows no dialogue. */
const LIST_ITEM_START = /^[ \t]*(?:[-*+•]|\d{1,3}[.)])[ \t]/;

interface LabelRead {
  readonly line: number;
  readonly name: string;
  /** Something follows the label on its line. */
  readonly speaks: boolean;
  readonly listed: boolean;
}

function nameKey(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/[\s\p{P}]+/gu, '');
}

export function isMarkdownHeading(lines: LineIndex, line: number): boolean {
  return MARKDOWN_HEADING.test(linePrefix(lines, line, HEADING_SCAN));
}

/**
 * The lines of `labels` that label beside the dialogue (see the file comment), ascending. `headings`: the
 * document's heading lines (only Markdown headings count).
 */
export function findAsideLabels(lines: LineIndex, labels: LabelLines, headings: Iterable<number>): number[] {
  const markdownHeadings = [...headings].filter((line) => isMarkdownHeading(lines, line));
  // No Markdown heading: nothing sets a label apart from the dialogue.
  if (markdownHeadings.length === 0) return [];
  const reads: LabelRead[] = [];
  for (let line = 0; line < lines.lineCount; line++) {
    const label = labels.get(line);
    if (!label) continue;
    const value = lines.source.slice(lines.lineStart(line) + label.textStart, lines.lineEnd(line));
    reads.push({ line, name: nameKey(label.speaker), speaks: value.trim() !== '', listed: LIST_ITEM_START.test(linePrefix(lines, line, 16)) });
  }
  const speakingCounts = new Map<string, number>();
  for (const read of reads) if (read.speaks && !read.listed) speakingCounts.set(read.name, (speakingCounts.get(read.name) ?? 0) + 1);
  const recurring = new Set([...speakingCounts].filter(([, count]) => count >= 2).map(([name]) => name));
  if (recurring.size < MIN_DIALOGUE_NAMES) return [];
  const dialogue = reads.filter((read) => read.speaks && !read.listed && recurring.has(read.name));
  const first = dialogue[0]!.line;
  const last = dialogue[dialogue.length - 1]!.line;
  const inside = new Set(reads.filter((read) => read.line >= first && read.line <= last).map((read) => read.name));
  const headingBetween = (from: number, to: number): boolean => markdownHeadings.some((heading) => heading > from && heading < to);
  const asides: number[] = [];
  for (const read of reads) {
    if (read.speaks || inside.has(read.name)) continue;
    if ((read.line < first && headingBetween(read.line, first)) || (read.line > last && headingBetween(last, read.line))) asides.push(read.line);
  }
  return asides;
}

/** A document without dialogue writes at least this many fields before its label-shaped lines are read as such. */
const MIN_FIELDS = 2;

/**
 * Fields in a document without dialogue: minutes put `WITNESSES:` over the witness list, an organisation's name
 * over its witnesses (`National Research Council Canada:` over `Patricia Mortimer, Executive Vice-President and
 * Secretary General.`), `ATTEST:` over the clerk's name; a transcript's contents put `Contents:` over its sections'
 * names. The document shows it has no dialogue: no line reads as a label with speech after it on its line, and no
 * label has a sentence on the next line (`sentenceBelow`, `mayHoldLabelsWithoutDialogue`). A debate whose members speak under labels of their own
 * (`Mr. Gary Lunn (Saanich-Gulf Islands, Ref.):` over `I want to state…`) opens its turns with sentences. There, a
 * label whose name labels no other line (a speaker who comes back is a speaker) is a field: with at least two (none
 * a `Q`/`A` letter) they are no labels, ascending. Reads the accepted labels first and every line's reading only
 * when they show no dialogue, so a transcript costs one pass over its label lines.
 */
export function findLabelsWithoutDialogue(lines: LineIndex, labels: LabelLines, context: LabelReadContext): number[] {
  const silent: { line: number; name: string }[] = [];
  const counts = new Map<string, number>();
  for (let line = 0; line < lines.lineCount; line++) {
    const label = labels.get(line);
    // A Markdown heading that labels (`### 陳部長：`) is the writer's layout for speakers, never a field here.
    if (!label || isMarkdownHeading(lines, line)) continue;
    if (lines.source.slice(lines.lineStart(line) + label.textStart, lines.lineEnd(line)).trim() !== '') return [];
    if (sentenceBelow(lines, line)) return [];
    const name = nameKey(label.speaker);
    counts.set(name, (counts.get(name) ?? 0) + 1);
    silent.push({ line, name });
  }
  // Only lines that read as labels without speech on their own (what mayHoldLabelsWithoutDialogue counts).
  const fields = silent.filter(({ line, name }) => counts.get(name) === 1 && name.length >= 2 && mayBeAside(asideLineReading(lines, line, context))).map(({ line }) => line);
  if (fields.length < MIN_FIELDS || !mayHoldLabelsWithoutDialogue(lines, context)) return [];
  return fields;
}

/**
 * Whether the next non-blank line below `line` holds a sentence: an end mark, or a full stop after a lower-case
 * word (`made a statement.`; not `Secretary General.` nor `p.m.`), or more than a list line holds (none below: no).
 */
function sentenceBelow(lines: LineIndex, line: number): boolean {
  const next = nextNonBlankLine(lines, line + 1);
  if (next >= lines.lineCount) return false;
  const text = lines.source.slice(lines.lineStart(next), Math.min(lines.lineEnd(next), lines.lineStart(next) + BLANK_SCAN)).trim();
  return text.length > MAX_LIST_LINE || /[。？！?!…]/.test(text) || SENTENCE_FULL_STOP.test(text) || isWrappedChineseClause(text);
}

/**
 * `議長、市長、李秘書長、政議員、市府各單位主管,各媒體小姐、先生、各` under `葉秘書長景棟:`: a council record hard-wraps the
 * speech, so the line below a label may hold no sentence end; a long line of Chinese with a comma in it is a clause
 * of speech, where a listed name and title is short and a list of names is set off by 、 only.
 */
function isWrappedChineseClause(text: string): boolean {
  return /[，,]/.test(text) && (text.match(HAN_CHARACTER)?.length ?? 0) >= MIN_WRAPPED_CLAUSE_HAN;
}
const HAN_CHARACTER = /\p{Script=Han}/gu;
const MIN_WRAPPED_CLAUSE_HAN = 20;
/** A full stop after a whole lower-case word of three letters or more, then a space or the line's end. */
const SENTENCE_FULL_STOP = /(?:^|[^\p{L}.])\p{Ll}{3,}\.(?:\s|["”'’]?$)/u;
/** A longer line is speech even without a sentence end (a listed name and title is short). */
const MAX_LIST_LINE = 80;

/** How much of a line is read to tell it from a blank one. */
const BLANK_SCAN = 200;
/** A line that is one bracketed word or phrase: a record's note (`[English]`), never a label over speech. */
const BRACKETED_LINE = /^\s*(?:\[[^\]]*\]|\([^)]*\))\s*$/;

/**
 * Whether findLabelsWithoutDialogue may find labels in the document, read from the lines alone (asideLineReading),
 * whatever the scheme accepts: no line shows a dialogue (a label with speech after it on its line, a label carrying
 * a time, or a label without it with a sentence on the next line; a bracketed line such as `[English]` shows none), and at least
 * two lines read as labels without speech. The incremental analyzer needs no fallback for those labels while this
 * is false before and after an edit. Stops at the first line that shows a dialogue: a transcript pays a few lines.
 */
export function mayHoldLabelsWithoutDialogue(lines: LineIndex, context: LabelReadContext): boolean {
  let silent = 0;
  for (let line = 0; line < lines.lineCount; line++) {
    const reading = asideLineReading(lines, line, context);
    if (reading.startsWith('s')) return false;
    if (!mayBeAside(reading)) continue;
    // `说话人 2 01:10` over unpunctuated ASR text: a label that carries a clock time is a recording's speaker, never
    // a field of minutes (`WITNESSES:`), whatever the line below holds.
    if (isTimedLabelLine(lines, line, context)) return false;
    silent++;
    // `[English]`, `[Translation]` over the record's first paragraph: the language it is in, no speaker.
    if (!BRACKETED_LINE.test(linePrefix(lines, line, BLANK_SCAN)) && sentenceBelow(lines, line)) return false;
  }
  return silent >= MIN_FIELDS;
}

/**
 * What an edit of `line` may change for findAsideLabels, as a string ('' for nothing, `#` for a Markdown
 * heading, else `s` or `-` for speech after a label or none, then the label's name). An edit that keeps it
 * on every line it touches, and adds or removes no line reading as something, changes no aside label,
 * unless a line it touches may be one (mayBeAside). Read from the line alone, like the scheme reads it.
 */
export function asideLineReading(lines: LineIndex, line: number, context: LabelReadContext): string {
  if (isMarkdownHeading(lines, line)) return '#';
  const reading = readLabelLine(lines, line, context);
  const head = reading?.known ?? reading?.candidate;
  if (!reading || !head) return '';
  const value = lines.source.slice(lines.lineStart(line) + head.textStart, lines.lineEnd(line));
  return `${value.trim() === '' ? '-' : 's'}${reading.known?.speaker ?? reading.candidate!.name}`;
}

/** Whether `line` reads as a label carrying a time (`说话人 1 00:05`, `[00:05] Name:`), from the line alone. */
function isTimedLabelLine(lines: LineIndex, line: number, context: LabelReadContext): boolean {
  const reading = readLabelLine(lines, line, context);
  return (reading?.known?.timestamp ?? reading?.candidate?.timestamp ?? null) !== null;
}

/** A line reading (asideLineReading) of a label with nothing after it, which an aside label may be. */
export function mayBeAside(reading: string): boolean {
  return reading.startsWith('-');
}

/** Whether `text` holds a Markdown heading line: without one there is no aside label, whatever an edit does. */
export function hasMarkdownHeading(text: TextSource): boolean {
  for (let at = text.indexOf('#'); at >= 0; at = text.indexOf('#', at + 1)) {
    let start = at;
    while (start > 0 && text.charAt(start - 1) === ' ' && at - start < 3) start--;
    if (start > 0 && text.charAt(start - 1) !== '\n') continue;
    let end = at;
    while (text.charAt(end) === '#' && end - at < 6) end++;
    const after = text.charAt(end);
    if (after === ' ' || after === '\t') return true;
  }
  return false;
}
