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

/** One change of a change event, as VS Code reports it (its range in the text before the event). */
export interface LineChange {
  readonly range: LineRange;
  readonly text: string;
}

/**
 * The ranges last sent per decoration type, and the edits since. VS Code moves a decoration along with
 * the edits in the editor; a range on a line no edit touched, while no edit added or removed lines, stays
 * where it was sent, so equal new ranges there need not be sent again. A type with a range on an edited
 * line is always sent (the editor may show it moved).
 */
export class SentDecorations<Key, R extends LineRange> {
  private readonly sent = new Map<Key, readonly R[]>();
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
  needsSending(key: Key, ranges: readonly R[]): boolean {
    const shown = this.sent.get(key);
    if (shown && !this.linesMoved && !shown.some((range) => this.touchesEdit(range)) && sameRanges(shown, ranges)) return false;
    this.sent.set(key, ranges);
    return true;
  }

  /** Every type was drawn: what the editor shows is what was sent. */
  drawn(): void {
    this.editedLines.clear();
    this.linesMoved = false;
  }

  /** What was last sent for each type (for the tests and the API). */
  shown(): ReadonlyMap<Key, readonly R[]> {
    return this.sent;
  }

  private touchesEdit(range: R): boolean {
    for (const line of this.editedLines) if (line >= range.start.line && line <= range.end.line) return true;
    return false;
  }
}

function sameRanges(a: readonly LineRange[], b: readonly LineRange[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x.start.line !== y.start.line || x.start.character !== y.start.character || x.end.line !== y.end.line || x.end.character !== y.end.character) return false;
  }
  return true;
}
