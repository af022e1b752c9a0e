// A block of metadata fields at a document's head is no conversation. Tool exports and articles open with
// `**Date:** …` / `**Language:** english` / `**Duration:** 600.0 seconds`, `SIG: …` / `Duration: 27 minutes`,
// `主持人:…` / `與談人:…` / `整理:…`: label-shaped lines, in a row or apart by blank lines, whose values are no
// sentences. A conversation repeats its speakers; a field block names each field once. No list of field
// names is needed: the document shows it. Pure functions over the first FIELD_BLOCK_LINES lines, so the
// incremental analyzer compares them at a bounded cost.
import { LineIndex } from '../text/positions';
import { isBlankLine, skipSpaces } from './chars';
import { hasSentence, LABEL_READING_LOOKAHEAD } from './headFields';
import { isOnlyALink, readLabelLine, type LabelLines } from './scheme';
import type { LabelReadContext } from './firstPassReadings';

/** Only this many lines from the top are read: the head of a document, not its body. */
export const FIELD_BLOCK_LINES = 400;
/** A block has at least this many field lines in a row, and this many that are fields by the document's evidence. */
const MIN_BLOCK_LINES = 2;
/** A field's value is short: a date, a number with its unit, a name, a few words (a link may be longer). */
const MAX_VALUE_LENGTH = 60;

/**
 * `**Duration:** 600.0 seconds`, `Language: english`, `- 演讲者：宋宝华`: an optional bullet or quote mark,
 * optional bold, a short key, a colon, then the value. The key holds no colon, markup or heading mark.
 */
const FIELD_LINE = /^[ \t]*(?:[-*+][ \t]+|>[ \t]*)?(?:\*\*|__)?([^\s:：*_#>[(（][^:：*_]{0,29}?)[ \t]*(?:\*\*|__)?[ \t]*[:：][ \t]*(?:\*\*|__)?[ \t]*(\S.*?)?[ \t]*$/;
/** Markup around a value: trailing bold, line breaks written as tags, a Markdown hard break. */
const VALUE_MARKUP = /\*\*|__|<br\s*\/?>|\\$/gi;

/** A run of field-shaped lines, blank lines allowed between them, with the key each field line names. */
export interface FieldRun {
  readonly first: number;
  readonly last: number;
  /** Each field line's key, lower-cased, in line order; all different (a conversation repeats its speakers). */
  readonly keys: readonly string[];
  /** Blank lines stand between some of its fields. */
  readonly apart: boolean;
  /** Some field of it holds a datum no one says alone: a number, a link, or nothing. */
  readonly datum: boolean;
}

/** A field line read from its text alone: its key, whether it has a value (`**Guests:** ` has none), and whether that is a datum. */
interface FieldLine {
  readonly key: string;
  readonly valued: boolean;
  readonly datum: boolean;
}

/** A value ending in a full stop is a sentence, unless the stop ends an abbreviation (`Inc.`, `Jr.`, `p.m.`, `J.`). */
const ABBREVIATION_END = /(?:\b\p{Lu}\p{L}{0,3}|\p{L}\.\p{L})\.$/u;

function readsAsSentence(value: string): boolean {
  return hasSentence(value, 0, value.length) || (value.endsWith('.') && !ABBREVIATION_END.test(value));
}

/** `line` read as a field (a short key, then a short value that is no sentence, or nothing), else null. */
function fieldLine(lines: LineIndex, line: number): FieldLine | null {
  const start = lines.lineStart(line);
  const end = lines.lineEnd(line);
  if (end - start > MAX_VALUE_LENGTH * 4) return null;
  const match = FIELD_LINE.exec(lines.source.slice(start, end));
  if (!match) return null;
  const key = match[1]!.trim().toLowerCase();
  const rest = match[2] ?? '';
  // `Roger 02:21 Thank you` is a time, `https://…` a link: neither names a field.
  if (/\d$/.test(key) || rest.startsWith('//')) return null;
  const value = rest.replace(VALUE_MARKUP, '').trim();
  if (value === '') return { key, valued: false, datum: true };
  if (isOnlyALink(value)) return { key, valued: true, datum: true };
  if (value.length > MAX_VALUE_LENGTH || readsAsSentence(value)) return null;
  return { key, valued: true, datum: /\d/.test(value) };
}

/**
 * Runs of field-shaped lines among the first FIELD_BLOCK_LINES lines of `lines`, before the first label line
 * that speaks (a sentence after its label): the head of the document. Blank lines between fields do not end
 * a run (`**Chair:** Zheng xu`, a blank line, `**Scribe(s):** GeorgeK`); a run has at least two fields with
 * a value, and keys that all differ. Read from the text alone.
 */
function findFieldRuns(lines: LineIndex, context: LabelReadContext): FieldRun[] {
  return readFieldRuns(lines, context).runs;
}

/** findFieldRuns, and the last line the runs depend on: the label line that speaks first (and what its reading looks at below it). */
function readFieldRuns(lines: LineIndex, context: LabelReadContext): { runs: FieldRun[]; lastRead: number } {
  const limit = Math.min(lines.lineCount, FIELD_BLOCK_LINES);
  const runs: FieldRun[] = [];
  let first = -1;
  let last = -1;
  let keys: string[] = [];
  let valued = 0;
  let apart = false;
  let datum = false;
  const flush = (): void => {
    if (valued >= MIN_BLOCK_LINES && new Set(keys).size === keys.length) runs.push({ first, last, keys, apart, datum });
    first = -1;
    keys = [];
    valued = 0;
    apart = false;
    datum = false;
  };
  for (let line = 0; line < limit; line++) {
    const start = lines.lineStart(line);
    if (skipSpaces(lines.source, start, lines.lineEnd(line)) === lines.lineEnd(line)) continue;
    const field = fieldLine(lines, line);
    if (field !== null && (field.valued || !opensSpeechBelow(lines, line, limit))) {
      if (first < 0) first = line;
      else if (last < line - 1) apart = true;
      last = line;
      keys.push(field.key);
      if (field.valued) valued++;
      if (field.datum) datum = true;
      continue;
    }
    flush();
    const reading = readLabelLine(lines, line, context);
    const head = reading?.known ?? reading?.candidate;
    // The dialogue has begun: what follows is the body, not the head.
    if (head && hasSentence(lines.source, start + head.textStart, lines.lineEnd(line))) return { runs, lastRead: line + LABEL_READING_LOOKAHEAD };
  }
  flush();
  return { runs, lastRead: limit };
}

/**
 * `部長:` alone on its line over what the minister says: a name over its speech (a block label), not an empty
 * field. True when the next non-blank line is no field line.
 */
function opensSpeechBelow(lines: LineIndex, line: number, limit: number): boolean {
  for (let next = line + 1; next < limit; next++) {
    if (skipSpaces(lines.source, lines.lineStart(next), lines.lineEnd(next)) === lines.lineEnd(next)) continue;
    return fieldLine(lines, next) === null;
  }
  return false;
}

/**
 * The label lines of `labels` that are fields of a block at the document's head (see the file comment): a run
 * of field lines where at least two lines are fields by the document's own evidence — a label whose name labels
 * no other line, or a line no label at all (a field already by name or link). Lines apart by blank lines are
 * also how a conversation is laid out (`Host: welcome to the show`, a blank line, `Guest: thanks for having
 * me`): such a run needs one line that is unmistakably a field, a datum or a line no label. Q/A letters
 * (`Q:` / `A:`, `問：` / `答：`) are an exchange, never fields.
 */
export function fieldBlockLines(lines: LineIndex, labels: LabelLines, context: LabelReadContext): number[] {
  const runs = findFieldRuns(lines, context);
  if (!runs.length) return [];
  const counts = new Map<string, number>();
  for (let line = 0; line < lines.lineCount; line++) {
    const name = labels.get(line)?.speaker;
    if (name !== undefined) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  const found: number[] = [];
  for (const run of runs) {
    const labelled: number[] = [];
    let evidence = 0;
    let unlabelled = false;
    let exchange = false;
    for (let line = run.first; line <= run.last; line++) {
      const label = labels.get(line);
      if (!label) {
        // A blank line between fields is no evidence; a field no label is (a field by name or link).
        if (!isBlankLine(lines, line)) {
          evidence++;
          unlabelled = true;
        }
        continue;
      }
      if (label.source === 'qa' || [...label.speaker].length <= 1) exchange = true;
      labelled.push(line);
      if (counts.get(label.speaker) === 1) evidence++;
    }
    if (run.apart && !run.datum && !unlabelled) continue;
    if (!exchange && labelled.length > 0 && evidence >= MIN_BLOCK_LINES) found.push(...labelled);
  }
  return found;
}

/**
 * The field runs of a text's first FIELD_BLOCK_LINES lines (headLinesOf), read with `context`, as a key that changes
 * whenever they may ('' for none).
 */
export function fieldRunKeyOf(lines: LineIndex, context: LabelReadContext): string {
  return fieldRunReading(lines, context).key;
}

/**
 * fieldRunKeyOf, and the last line of `lines` the key depends on: an edit only of lines after it (line breaks
 * too) leaves the key as it is.
 */
export function fieldRunReading(lines: LineIndex, context: LabelReadContext): { key: string; lastRead: number } {
  const { runs, lastRead } = readFieldRuns(lines, context);
  return { key: runs.length ? JSON.stringify(runs.map((run) => [run.first, run.last, run.keys, run.apart, run.datum])) : '', lastRead };
}
