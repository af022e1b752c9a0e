// Lead-ins of notes written about a talk. Notes put a colon after a point's name (`Responsibal AI: NIST 人工智慧風險
// 管理框架`, `Peter 分享（中研院資創的研究）：`) and then write the point as notes: list items, short phrases, links,
// questions as sub-heads, no sentence a person says. A speaker's label is followed by speech: clauses with commas
// and full stops. So a label whose name labels no other line, whose own value is no sentence, and whose body — the
// lines under it up to the section's next Markdown heading, at most NOTES_BODY_LINES — holds at least
// MIN_BODY_LINES lines and no clause of speech, heads a note: no speaker. Reads a bounded reach below each
// candidate, so an edit changes the reading only within that reach (notesLeadReading, incremental.ts).
import type { LineIndex } from '../text/positions';
import { isMarkdownHeading } from './asideLabels';
import { endsListItemTurn, listItemIndent } from './listItems';
import { readLabelLine, type LabelLines } from './scheme';
import type { LabelReadContext } from './firstPassReadings';
import { linePrefix } from './chars';

/** How far below a label its body is read. */
export const NOTES_BODY_LINES = 40;
/** A body of fewer non-blank lines is too little to tell notes from a short reply. */
const MIN_BODY_LINES = 3;
/** A line is read this far. */
const LINE_SCAN = 240;
/** A longer line (links taken out) is a paragraph of speech. */
const MAX_NOTE_LINE = 80;
/** Markdown links (their titles too: `[獨步全球！…](…)` is a headline) and bare addresses: references, not words said. */
const LINK = /!?\[([^\]\n]*)\]\([^)\s]*\)|\]\([^)\s]*\)|https?:\/\/\S+/g;
/** A clause of speech: a comma, a full stop, a semicolon or an exclamation (a Latin full stop before a space or the end). */
const CLAUSE_MARK = /[，。；！,;!]|\.(?:\s|$)/u;

/** Whether `text` (a line, or the value after a label) reads as speech rather than a note. */
export function readsAsSpeech(text: string): boolean {
  const words = text.replace(LINK, '').trim();
  return words.length > MAX_NOTE_LINE || CLAUSE_MARK.test(words);
}

/** How far a line's text is indented (a tab as four spaces). */
function indentOf(text: string): number {
  let width = 0;
  for (const ch of text) {
    if (ch === ' ') width++;
    else if (ch === '\t') width += 4;
    else break;
  }
  return width;
}

/**
 * Whether the lines under `line` are notes: enough lines, none speech. The body runs to the next Markdown heading,
 * within reach; under a labelled list item, over the item's sub-items only (the turn a list item's label opens,
 * listItems.ts): `- PyCon TW在台灣的代表: 開放文化基金會縮寫是?` over `- OEF` / `- OCF`.
 */
function notesBelow(lines: LineIndex, line: number, speechOnLine: boolean): boolean {
  return readBody(lines, line, speechOnLine).notes;
}

/** notesBelow, and the last line it read (where it stopped, or the end of its reach): an edit below it changes nothing. */
function readBody(lines: LineIndex, line: number, speechOnLine: boolean): { notes: boolean; lastRead: number } {
  const item = listItemIndent(linePrefix(lines, line, LINE_SCAN));
  let body = 0;
  let next = line + 1;
  for (; next < lines.lineCount && next <= line + NOTES_BODY_LINES; next++) {
    if (isMarkdownHeading(lines, next)) return { notes: body >= MIN_BODY_LINES, lastRead: next };
    const text = linePrefix(lines, next, LINE_SCAN);
    if (text.trim() === '') continue;
    if (item >= 0) {
      const indent = listItemIndent(text);
      if (indent >= 0 ? endsListItemTurn({ labelStart: 0, indent: item, speechOnLine }, indent) : indentOf(text) <= item) return { notes: body >= MIN_BODY_LINES, lastRead: next };
    }
    if (readsAsSpeech(text)) return { notes: false, lastRead: next };
    body++;
  }
  return { notes: body >= MIN_BODY_LINES, lastRead: next };
}

/**
 * The label lines of `labels` that head notes (see the file comment), ascending. `attendees`: the names the notes
 * list (attendees.ts); a label naming one stays a speaker. Q/A letters, timed labels and Markdown heading labels
 * are the document's own layout for speakers and stay.
 */
export function notesLeadInLines(lines: LineIndex, labels: LabelLines, isAttendee: (speaker: string) => boolean): number[] {
  const counts = new Map<string, number>();
  const labelled: number[] = [];
  for (let line = 0; line < lines.lineCount; line++) {
    const label = labels.get(line);
    if (!label) continue;
    counts.set(label.speaker, (counts.get(label.speaker) ?? 0) + 1);
    labelled.push(line);
  }
  return labelled.filter((line) => {
    const label = labels.get(line)!;
    if (label.source !== 'label' || counts.get(label.speaker) !== 1 || isAttendee(label.speaker) || isMarkdownHeading(lines, line)) return false;
    const start = lines.lineStart(line);
    const value = lines.source.slice(start + label.textStart, Math.min(lines.lineEnd(line), start + LINE_SCAN));
    return !readsAsSpeech(value) && notesBelow(lines, line, value.trim() !== '');
  });
}

/** The value after the label `line` reads as, if it may lead notes (a label, no Markdown heading, no speech after it), else null. */
function leadInValue(lines: LineIndex, line: number, context: LabelReadContext): string | null {
  if (isMarkdownHeading(lines, line)) return null;
  const reading = readLabelLine(lines, line, context);
  const head = reading?.known ?? reading?.candidate;
  if (!head) return null;
  const start = lines.lineStart(line);
  const value = lines.source.slice(start + head.textStart, Math.min(lines.lineEnd(line), start + LINE_SCAN));
  return readsAsSpeech(value) ? null : value;
}

/**
 * Whether `line` may lead notes at all (leadInValue: a label, no Markdown heading, no speech after it). Read from the
 * line alone, so the incremental check keeps the answer for a line the edits leave as it was.
 */
export function mayLeadNotes(lines: LineIndex, line: number, context: LabelReadContext): boolean {
  return leadInValue(lines, line, context) !== null;
}

/** A name as the incremental check compares it: case, width, spaces and punctuation aside. */
export function leadNameKey(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/[\s\p{P}]+/gu, '');
}

/**
 * What the rule may read of `line`, whatever the labels' counts: the name key of a label that may lead notes and has
 * notes below it (in `lines`, which must hold the NOTES_BODY_LINES lines below it or the text's end), else null.
 */
export function notesLeadReading(lines: LineIndex, line: number, context: LabelReadContext): string | null {
  const value = leadInValue(lines, line, context);
  if (value === null || !notesBelow(lines, line, value.trim() !== '')) return null;
  const reading = readLabelLine(lines, line, context)!;
  return leadNameKey(reading.known?.speaker ?? reading.candidate!.name);
}

/**
 * The last line notesLeadReading(lines, line) reads (the line itself when it may not lead notes, else where its body's
 * reading stopped): an edit below it leaves the reading as it was.
 */
export function notesLeadReach(lines: LineIndex, line: number, context: LabelReadContext): number {
  const value = leadInValue(lines, line, context);
  return value === null ? line : readBody(lines, line, value.trim() !== '').lastRead;
}

/** The name keys of the text's lines that may lead notes over notes (notesLeadReading), sorted, each once. */
export function notesLeadNames(lines: LineIndex, context: LabelReadContext): string[] {
  const names = new Set<string>();
  for (let line = 0; line < lines.lineCount; line++) {
    if (notesLeadReading(lines, line, context) === null) continue;
    // Both readings' names: the scheme may label the line with either.
    for (const name of labelNameKeys(lines, line, context)) names.add(name);
  }
  return [...names].sort();
}

/** The name keys a label line is read with (its known reading and its candidate), for comparing with notesLeadNames. */
export function labelNameKeys(lines: LineIndex, line: number, context: LabelReadContext): string[] {
  const reading = readLabelLine(lines, line, context);
  if (!reading) return [];
  return [reading.known?.speaker, reading.candidate?.name].filter((name): name is string => name !== undefined).map(leadNameKey);
}
