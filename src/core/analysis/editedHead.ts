import type { TextSource } from '../text/chunkedText';
import { headLinesOf } from '../text/lineNumberGutter';
import type { LineIndex } from '../text/positions';
import { LineReadingMemo, type LabelReadContext } from '../turns/firstPassReadings';
import type { LabelMatcher } from '../turns/safePattern';

/** A text's first lines as a head check reads them, with a label context that reads each of them once. */
export interface HeadLines {
  readonly lines: LineIndex;
  readonly context: LabelReadContext;
}

/**
 * A text's first lines as the incremental head checks read them (headLinesOf), built once for all of one edit's
 * checks, with one memo of their label readings: the head-field and field-block checks read each line once.
 */
export class EditedHead {
  private read: (HeadLines & { readonly count: number; readonly gutter: boolean }) | undefined;

  constructor(private readonly text: TextSource, private readonly extraLabelPatterns: readonly LabelMatcher[] | undefined) {}

  /** The first `count` lines, gutter numbers blanked where `gutter` (see headLinesOf). */
  of(count: number, gutter: boolean): HeadLines {
    if (this.read && this.read.count === count && this.read.gutter === gutter) return this.read;
    const lines = headLinesOf(this.text, count, gutter);
    const labelContext = { extraLabelPatterns: this.extraLabelPatterns };
    this.read = { count, gutter, lines, context: { ...labelContext, readings: new LineReadingMemo(lines, labelContext) } };
    return this.read;
  }
}
