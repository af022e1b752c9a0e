import type { LineIndex } from '../text/positions';
import type { LabelCandidate } from './candidates';
import type { LabelContext, LabelMatch } from './labels';

/**
 * What findLabelScheme's first pass read from each line (its known label and its label candidate), kept for
 * the same analysis's later readers of the same lines (head fields, field blocks, labels without dialogue), so
 * that a short document's lines are not read three more times. Valid only for its LineIndex and label context:
 * user label patterns change the readings.
 */
export class FirstPassReadings {
  constructor(
    private readonly lines: LineIndex,
    private readonly context: LabelContext,
    /** The lines read with a candidate or a known label, ascending, and what was read from each. */
    private readonly readLines: readonly number[],
    private readonly candidates: readonly (LabelCandidate | null)[],
    private readonly knowns: readonly (LabelMatch | null)[],
    /** Lines the pass did not read as readLabelLine would (skipped, or given a candidate from the lines around them), ascending. */
    private readonly unread: readonly number[],
  ) {}

  /** Whether these readings are `lines`' own under `context`. */
  serves(lines: LineIndex, context: LabelContext): boolean {
    return lines === this.lines && context.extraLabelPatterns === this.context.extraLabelPatterns && context.allowDialogueDash === this.context.allowDialogueDash;
  }

  /** Where `line`'s reading is (an index for candidateAt and knownAt), NOTHING_READ, or NOT_KEPT when it must be read. */
  find(line: number): number {
    if (line < 0 || line >= this.lines.lineCount || indexIn(this.unread, line) >= 0) return NOT_KEPT;
    const index = indexIn(this.readLines, line);
    return index >= 0 ? index : NOTHING_READ;
  }

  candidateAt(index: number): LabelCandidate | null {
    return this.candidates[index]!;
  }

  knownAt(index: number): LabelMatch | null {
    return this.knowns[index]!;
  }
}

/** The line was read and holds neither a candidate nor a known label (or is empty). */
export const NOTHING_READ = -1;
/** The line's reading was not kept. */
export const NOT_KEPT = -2;

/** A label context that may carry the first pass's readings of the lines it is used on. */
export interface LabelReadContext extends LabelContext {
  readonly readings?: FirstPassReadings | undefined;
}

/** The index of `value` in the ascending `values`, or -1. */
function indexIn(values: readonly number[], value: number): number {
  let low = 0;
  let high = values.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const at = values[middle]!;
    if (at === value) return middle;
    if (at < value) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}
