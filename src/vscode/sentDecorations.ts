// What one editor shows of each decoration type, so a redraw sends only the types whose ranges changed:
// every setDecorations call is serialised to the window on the extension host's thread, and a keystroke
// changes the ranges of one or two types near one line. No `vscode` import: unit-tested in Node.

export interface LinePosition {
  readonly line: number;
  readonly character: number;
}

export interface LineRange {
  readonly start: LinePosition;
  readonly end: LinePosition;
}

/**
 * Ranges as plain numbers, four per range (start line, start character, end line, end character): a redraw
 * compares them with what was sent and builds range objects only for the types it sends.
 */
export type FlatRanges = readonly number[];

/** One change of a change event, as VS Code reports it (its range in the text before the event). */
export interface LineChange {
  readonly range: LineRange;
  readonly text: string;
}

/** `ranges` as flat numbers. */
export function flatRanges(ranges: readonly LineRange[]): number[] {
  const flat = new Array<number>(ranges.length * 4);
  ranges.forEach((range, i) => {
    flat[i * 4] = range.start.line;
    flat[i * 4 + 1] = range.start.character;
    flat[i * 4 + 2] = range.end.line;
    flat[i * 4 + 3] = range.end.character;
  });
  return flat;
}

/** Flat ranges back as ranges, built by `make` (vscode.Range in the extension). */
export function rangesOf<R>(flat: FlatRanges, make: (startLine: number, startCharacter: number, endLine: number, endCharacter: number) => R): R[] {
  const ranges = new Array<R>(flat.length >> 2);
  for (let i = 0; i < ranges.length; i++) ranges[i] = make(flat[i * 4]!, flat[i * 4 + 1]!, flat[i * 4 + 2]!, flat[i * 4 + 3]!);
  return ranges;
}

/**
 * The ranges last sent per decoration type, and the edits since. VS Code moves a decoration along with
 * the edits in the editor; a range on a line no edit touched, while no edit added or removed lines, stays
 * where it was sent, so equal new ranges there need not be sent again. A type with a range on an edited
 * line is always sent (the editor may show it moved).
 */
export class SentDecorations<Key> {
  private readonly sent = new Map<Key, FlatRanges>();
  private readonly editedLines = new Set<number>();
  private linesMoved = false;

  /** An edit of the document since the last draw. */
  edited(change: LineChange): void {
    if (change.range.start.line !== change.range.end.line || /[\r\n]/.test(change.text)) this.linesMoved = true;
    else this.editedLines.add(change.range.start.line);
  }

  /**
   * Whether `ranges` must be sent for `key` (they may differ from what the editor shows); if so, they are
   * taken as sent. Call it for every type of a draw, then `drawn()`.
   */
  needsSending(key: Key, ranges: FlatRanges): boolean {
    const shown = this.sent.get(key);
    if (shown && !this.linesMoved && !this.touchesEdit(shown) && sameRanges(shown, ranges)) return false;
    this.sent.set(key, ranges);
    return true;
  }

  /** Every type was drawn: what the editor shows is what was sent. */
  drawn(): void {
    this.editedLines.clear();
    this.linesMoved = false;
  }

  /** What was last sent for each type (for the tests and the API). */
  shown(): ReadonlyMap<Key, FlatRanges> {
    return this.sent;
  }

  /** Whether a range of `ranges` covers an edited line. */
  private touchesEdit(ranges: FlatRanges): boolean {
    if (this.editedLines.size === 0) return false;
    for (let i = 0; i < ranges.length; i += 4) {
      for (const line of this.editedLines) if (line >= ranges[i]! && line <= ranges[i + 2]!) return true;
    }
    return false;
  }
}

function sameRanges(a: FlatRanges, b: FlatRanges): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
