import type { LineIndex } from '../text/positions';
import { lineTextOf } from '../text/lineReaders';

/** A rule's check of the lines `first..last` and those within its reach, read from a line index. */
export type IndexCheck = (lines: LineIndex, first: number, last: number) => boolean;

/** The same check for a rule that reads lines through their count and a reader of their text. */
export type TextCheck = (lineCount: number, lineText: (line: number) => string, first: number, last: number) => boolean;

/**
 * A reading of one line's text (or a piece of it) that reads nothing else. A value kept for the next edit is handed to
 * its caller as it is: a reading that returns an object returns a new one, which no caller changes.
 */
export type LineReading<T> = (text: string) => T;

type Primitive = string | boolean | number | null;

/**
 * What the checks and readings answered of a text after an edit of its lines `first..last`, kept with that text's
 * line index: the next keystroke's text before its edit is that same index (a local edit hands it on), and a check
 * asked again of the same index and lines answers the same, so its side before the edit is not read again.
 */
interface Answers {
  readonly first: number;
  readonly last: number;
  readonly checks: Map<IndexCheck | TextCheck, boolean>;
  /** Each reading's last text and its value (read again unless the text asked is equal). */
  readonly readings: Map<LineReading<unknown>, { readonly text: string; readonly value: unknown }>;
}

/** Weak: an index no baseline holds any more takes its answers with it. */
const answersOf = new WeakMap<LineIndex, Answers>();

/**
 * The lines an edit touched, before it and after it: old lines `first..oldLast` became new lines `first..newLast`
 * (for an edit inside one line, all three are that line). A rule that reads lines beside the edited ones may
 * read them differently when either text holds what it looks for, so the incremental analyzer asks both.
 * The text before the edit was the text after the last one: what was asked of it then is not asked again.
 */
export class EditSides {
  /** The answers kept of the text before the edit (asked of the same lines), if any. */
  private readonly before: Answers | undefined;
  private readonly after: Answers;

  constructor(
    private readonly old: LineIndex,
    private readonly edited: LineIndex,
    private readonly first: number,
    private readonly oldLast: number,
    private readonly newLast: number,
  ) {
    const kept = answersOf.get(old);
    this.before = kept && kept.first === first && kept.last === oldLast ? kept : undefined;
    this.after = { first, last: newLast, checks: new Map(), readings: new Map() };
    answersOf.set(edited, this.after);
  }

  /** Whether `check` holds of the text before the edit, or of the text after it. */
  either(check: IndexCheck): boolean {
    if (this.before?.checks.get(check) ?? check(this.old, this.first, this.oldLast)) return true;
    const answer = check(this.edited, this.first, this.newLast);
    this.after.checks.set(check, answer);
    return answer;
  }

  /** As `either`, for a check that reads the lines through their count and text. */
  eitherText(check: TextCheck): boolean {
    if (this.before?.checks.get(check) ?? check(this.old.lineCount, lineTextOf(this.old), this.first, this.oldLast)) return true;
    const answer = check(this.edited.lineCount, lineTextOf(this.edited), this.first, this.newLast);
    this.after.checks.set(check, answer);
    return answer;
  }

  /** `read` of a text taken from the lines before the edit (the last edit's reading of an equal text, when it took one). */
  readBefore<T>(read: LineReading<T>, text: string): T {
    const kept = this.before?.readings.get(read);
    return kept && kept.text === text ? (kept.value as T) : read(text);
  }

  /** `read` of a text taken from the lines after the edit, kept for the next edit. */
  readAfter<T>(read: LineReading<T>, text: string): T {
    const value = read(text);
    this.after.readings.set(read, { text, value });
    return value;
  }

  /** Whether `read` reads differently before the edit and after it. */
  readsDifferently<T extends Primitive>(read: LineReading<T>, before: string, after: string): boolean {
    return this.readBefore(read, before) !== this.readAfter(read, after);
  }
}
