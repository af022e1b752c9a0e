import type { LineIndex } from '../text/positions';
import type { LabelCandidate } from './candidates';
import type { LabelContext, LabelMatch } from './labels';

/** Label readings (a known label and a label candidate) kept by line for readLabelLine, for one LineIndex and label context. */
export interface KeptLabelReadings {
  /** Whether these readings are `lines`' own under `context`. */
  serves(lines: LineIndex, context: LabelContext): boolean;
  /** Where `line`'s reading is (an index for candidateAt and knownAt), NOTHING_READ, or NOT_KEPT when it must be read. */
  find(line: number): number;
  candidateAt(index: number): LabelCandidate | null;
  knownAt(index: number): LabelMatch | null;
  /** Takes what readLabelLine read from a line that was NOT_KEPT. */
  keep(line: number, known: LabelMatch | null, candidate: LabelCandidate | null): void;
}

/**
 * What findLabelScheme's first pass read from each line (its known label and its label candidate), kept for
 * the same analysis's later readers of the same lines (head fields, field blocks, labels without dialogue), so
 * that a short document's lines are not read three more times. Valid only for its LineIndex and label context:
 * user label patterns change the readings.
 */
export class FirstPassReadings implements KeptLabelReadings {
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

  serves(lines: LineIndex, context: LabelContext): boolean {
    return lines === this.lines && context.extraLabelPatterns === this.context.extraLabelPatterns && context.allowDialogueDash === this.context.allowDialogueDash;
  }

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

  /** The first pass's readings are all there are: a line it skipped is read again each time. */
  keep(): void {}
}

/**
 * Readings kept as readLabelLine reads the lines, for several readers of one short LineIndex (the incremental
 * checks of an edited document's head): each line is read once.
 */
export class LineReadingMemo implements KeptLabelReadings {
  private readonly knowns: (LabelMatch | null)[] = [];
  private readonly candidates: (LabelCandidate | null)[] = [];
  /** Per line: 0 not read yet, 1 nothing, 2 read (its known label and candidate at the line's index). */
  private readonly state: Uint8Array;

  constructor(private readonly lines: LineIndex, private readonly context: LabelContext) {
    this.state = new Uint8Array(lines.lineCount);
  }

  serves(lines: LineIndex, context: LabelContext): boolean {
    return lines === this.lines && context.extraLabelPatterns === this.context.extraLabelPatterns && context.allowDialogueDash === this.context.allowDialogueDash;
  }

  find(line: number): number {
    const state = line >= 0 && line < this.state.length ? this.state[line]! : 0;
    return state === 0 ? NOT_KEPT : state === 1 ? NOTHING_READ : line;
  }

  candidateAt(index: number): LabelCandidate | null {
    return this.candidates[index]!;
  }

  knownAt(index: number): LabelMatch | null {
    return this.knowns[index]!;
  }

  keep(line: number, known: LabelMatch | null, candidate: LabelCandidate | null): void {
    if (line < 0 || line >= this.state.length) return;
    if (!known && !candidate) {
      this.state[line] = 1;
      return;
    }
    this.state[line] = 2;
    this.knowns[line] = known;
    this.candidates[line] = candidate;
  }
}

/** The line was read and holds neither a candidate nor a known label (or is empty). */
export const NOTHING_READ = -1;
/** The line's reading was not kept. */
export const NOT_KEPT = -2;

/** A label context that may carry the first pass's readings of the lines it is used on. */
export interface LabelReadContext extends LabelContext {
  readonly readings?: KeptLabelReadings | undefined;
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
