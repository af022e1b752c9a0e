import type { LineIndex } from '../text/positions';
import { lineTextOf } from '../text/lineReaders';

/** A rule's check of the lines `first..last` and those within its reach, read from a line index. */
export type IndexCheck = (lines: LineIndex, first: number, last: number) => boolean;

/** The same check for a rule that reads lines through their count and a reader of their text. */
export type TextCheck = (lineCount: number, lineText: (line: number) => string, first: number, last: number) => boolean;

/**
 * The lines an edit touched, before it and after it: old lines `first..oldLast` became new lines `first..newLast`
 * (for an edit inside one line, all three are that line). A rule that reads lines beside the edited ones may
 * read them differently when either text holds what it looks for, so the incremental analyzer asks both.
 */
export class EditSides {
  constructor(
    private readonly old: LineIndex,
    private readonly edited: LineIndex,
    private readonly first: number,
    private readonly oldLast: number,
    private readonly newLast: number,
  ) {}

  /** Whether `check` holds of the text before the edit, or of the text after it. */
  either(check: IndexCheck): boolean {
    return check(this.old, this.first, this.oldLast) || check(this.edited, this.first, this.newLast);
  }

  /** As `either`, for a check that reads the lines through their count and text. */
  eitherText(check: TextCheck): boolean {
    return check(this.old.lineCount, lineTextOf(this.old), this.first, this.oldLast) || check(this.edited.lineCount, lineTextOf(this.edited), this.first, this.newLast);
  }
}
