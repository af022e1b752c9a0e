// Fields over lists at the head of a record: a hearing's `PRESIDING:` and `SPEAKERS:` over the names of
// members and witnesses, a briefing's `BRIEFER: Richard Boucher, Spokesman` over its index of topics.
// They are written like the record's labels, but the record shows what its speakers look like: a label
// that speaks on its own line. Before the first such label, a label with no speech on its line whose lines
// below hold no sentence is a field heading a list, and the list is nobody's speech. Pure functions over
// the document's first HEAD_FIELD_LINES lines, so the incremental analyzer compares them at a bounded cost.
import type { TextSource } from '../text/chunkedText';
import { headLinesOf } from '../text/lineNumberGutter';
import { LineIndex } from '../text/positions';
import type { LabelContext } from './labels';
import { LIST_ITEM_SHAPE, readLabelLine } from './scheme';
import type { LabelReadContext } from './firstPassReadings';

/** Only this many lines from the top are read: the head of a record, not its body. */
export const HEAD_FIELD_LINES = 400;
/** A list under a field has at least this many lines; fewer may be a short answer without punctuation. */
const MIN_LIST_LINES = 3;
/** A longer line is speech even without a sentence end (a field value, a name and title, is short). */
const MAX_LIST_LINE = 80;
/** The rest of a line is read this far. */
const LINE_SCAN = 200;

export interface HeadField {
  /** The field's line. */
  readonly line: number;
  /** The line after its list: the next field written the same way, or the first label that speaks. */
  readonly end: number;
}

/**
 * A sentence on `[start, end)` of the text: an end mark, a full stop after a lower-case word (`Mr.`, `M.D.`
 * and `p.m.` are none), or more than a list line holds. Markup and bracketed asides (`(Impromptu.)`) are not read.
 */
export function hasSentence(text: TextSource, start: number, end: number, inCapitals = false): boolean {
  if (start >= end) return false;
  const rest = text.slice(start, Math.min(end, start + LINE_SCAN)).replace(/<[^<>]*>|\*\*|__/g, '').replace(/&(?:[a-z]+|#\d+);/gi, ' ')
    .replace(/[(（[][^()（）[\]]*[)）\]]/g, '').replace(/\s+/g, ' ').trim();
  if (rest.length > MAX_LIST_LINE) return true;
  return /[。？！?!…]/.test(rest) || /\p{Ll}{3,}\.(?:\s|["”'’]?$)/u.test(rest) || (inCapitals && CAPITALS_STOP.test(rest));
}

/** `GOOD EVENING. WE BEGIN…`: in a text typed in capitals, a full stop after a word of two capitals or more ends a sentence. */
const CAPITALS_STOP = /\p{Lu}{2,}\.(?:\s|["”'’]?$)/u;
/** How many lines with letters the head's case is judged on, and the share of them with no lower-case letter. */
const CASE_SAMPLE_LINES = 12;
const CAPITALS_SHARE = 0.8;

/**
 * Broadcast captions keep the caption feed's capitals (`>> ANCHOR: GOOD EVENING. WE BEGIN…`): where most of the
 * head's lines with letters read so far (the first CASE_SAMPLE_LINES of them) have no lower-case letter, a stop after
 * capitals ends a sentence there. Counted line by line as the head is read, so the reading of a line depends on no
 * line below it (the head's lastRead stays where the first speaking label puts it).
 */
class HeadCase {
  private lettered = 0;
  private capitals = 0;

  count(lines: LineIndex, line: number): void {
    if (this.lettered >= CASE_SAMPLE_LINES) return;
    const start = lines.lineStart(line);
    const text = lines.source.slice(start, Math.min(lines.lineEnd(line), start + LINE_SCAN));
    if (!/\p{L}/u.test(text)) return;
    this.lettered++;
    if (!/\p{Ll}/u.test(text) && /\p{Lu}/u.test(text)) this.capitals++;
  }

  get inCapitals(): boolean {
    return this.lettered >= MIN_LIST_LINES && this.capitals >= this.lettered * CAPITALS_SHARE;
  }
}

/** The fields over lists among the first HEAD_FIELD_LINES lines of `lines` (see the file comment). */
export function findHeadFields(lines: LineIndex, context: LabelReadContext): HeadField[] {
  return readHeadFields(lines, context).fields;
}

/**
 * How far past a line its label reading looks (readLabelLine reads whether the next line opens a list): the
 * lines a reading of the head depends on end this far after the last one it reads.
 */
export const LABEL_READING_LOOKAHEAD = 2;

/** findHeadFields, and the last line the fields depend on: the first label that speaks (and what its reading looks at below it). */
function readHeadFields(lines: LineIndex, context: LabelReadContext): { fields: HeadField[]; lastRead: number } {
  const limit = Math.min(lines.lineCount, HEAD_FIELD_LINES);
  const labelLines: number[] = [];
  const shapes: string[] = [];
  let dialogue = -1;
  const capitals = new HeadCase();
  for (let line = 0; line < limit && dialogue < 0; line++) {
    capitals.count(lines, line);
    const reading = readLabelLine(lines, line, context);
    const head = reading?.known ?? reading?.candidate;
    if (!head) continue;
    const speaks = hasSentence(lines.source, lines.lineStart(line) + head.textStart, lines.lineEnd(line), capitals.inCapitals);
    // `- 舉例：…？` is a note's list item, not a turn: a bullet never shows where the dialogue starts.
    if (speaks && !reading?.candidate?.shape.startsWith(LIST_ITEM_SHAPE)) dialogue = line;
    else if (!speaks) {
      labelLines.push(line);
      shapes.push(reading?.candidate?.shape ?? '');
    }
  }
  // No label speaks: nothing shows what this document's speakers look like.
  if (dialogue < 0) return { fields: [], lastRead: limit };
  const fields: HeadField[] = [];
  labelLines.forEach((line, i) => {
    // The list runs to the next field written the same way (`SPEAKERS:` after `PRESIDING:`): the names in it
    // may look like labels of another shape (`Andrea Smyth    11   22`).
    let next = i + 1;
    while (next < labelLines.length && shapes[next] !== shapes[i]) next++;
    const end = labelLines[next] ?? dialogue;
    let listed = 0;
    for (let l = line + 1; l < end; l++) {
      const start = lines.lineStart(l);
      const lineEnd = lines.lineEnd(l);
      if (!/\S/.test(lines.source.slice(start, Math.min(lineEnd, start + LINE_SCAN)))) continue;
      if (hasSentence(lines.source, start, lineEnd, capitals.inCapitals)) return;
      listed++;
    }
    if (listed >= MIN_LIST_LINES) fields.push({ line, end });
  });
  return { fields, lastRead: dialogue + LABEL_READING_LOOKAHEAD };
}

/**
 * The head fields of `text` as a key that changes whenever they may ('' for none): their lines, their
 * lists' ends and the field lines' text. Reads only the first HEAD_FIELD_LINES lines; `gutter` when the
 * document reads as having a line-number gutter (text/lineNumberGutter.ts).
 */
export function headFieldKey(text: TextSource, context: LabelContext, gutter: boolean): string {
  return headFieldKeyOf(headLinesOf(text, HEAD_FIELD_LINES, gutter), context);
}

/** headFieldKey of a text's first HEAD_FIELD_LINES lines (headLinesOf), read with `context`. */
export function headFieldKeyOf(lines: LineIndex, context: LabelReadContext): string {
  return headFieldReading(lines, context).key;
}

/**
 * headFieldKeyOf, and the last line of `lines` the key depends on: an edit only of lines after it (line breaks
 * too) leaves the key as it is.
 */
export function headFieldReading(lines: LineIndex, context: LabelReadContext): { key: string; lastRead: number } {
  const { fields, lastRead } = readHeadFields(lines, context);
  return { key: fields.length ? JSON.stringify(fields.map((field) => [field.line, field.end, lines.lineText(field.line)])) : '', lastRead };
}
