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

/** An edit within one line, in the order the edits came: the columns it replaced and how far it moved those after them. */
interface InLineEdit {
  readonly line: number;
  readonly start: number;
  readonly end: number;
  readonly delta: number;
}

/**
 * The ranges last sent per decoration type, as the editor shows them now, and the edits since. VS Code
 * moves a decoration along with the edits in the editor: while no edit added or removed lines, a range end
 * on a line no edit touched stays where it was sent, and one on an edited line before the edit stays too,
 * and one after it moves by what the edit added (a text model's tracked range, whatever its stickiness).
 * So new ranges equal to the sent ones moved that way need not be sent again; a type with a range end
 * inside an edit or at its edge (where the editor's stickiness decides) is always sent.
 */
export class SentDecorations<Key> {
  private readonly sent = new Map<Key, FlatRanges>();
  private readonly edits: InLineEdit[] = [];
  private linesMoved = false;
  /** The types left as the editor moved them (not sent), since `takeMoved`. */
  private readonly moved = new Set<Key>();

  /** An edit of the document since the last draw (the changes of an event in their order, as VS Code applies them). */
  edited(change: LineChange): void {
    if (change.range.start.line !== change.range.end.line || /[\r\n]/.test(change.text)) this.linesMoved = true;
    else {
      const { line, character: start } = change.range.start;
      const end = change.range.end.character;
      this.edits.push({ line, start, end, delta: change.text.length - (end - start) });
    }
  }

  /**
   * Whether `ranges` must be sent for `key` (they may differ from what the editor shows); if not, or if
   * sent, they are what the editor shows. Call it for every type of a draw, then `drawn()`.
   */
  needsSending(key: Key, ranges: FlatRanges): boolean {
    const shown = this.sent.get(key);
    if (shown && !this.linesMoved) {
      const moved = this.edits.length === 0 ? shown : this.movedByEdits(shown);
      if (moved && sameRanges(moved, ranges)) {
        if (moved !== shown) {
          this.sent.set(key, ranges);
          this.moved.add(key);
        }
        return false;
      }
    }
    this.sent.set(key, ranges);
    this.moved.delete(key);
    return true;
  }

  /** Whether the document was edited since the last draw. */
  editedSinceDrawn(): boolean {
    return this.linesMoved || this.edits.length > 0;
  }

  /**
   * Whether types were left as the editor moved them since the last `takeMoved`: they are sent once typing
   * pauses, because a draw that reached the editor only after a later edit (a remote window) was not moved
   * by that edit, which nothing here can see.
   */
  hasMoved(): boolean {
    return this.moved.size > 0;
  }

  /** See hasMoved. */
  takeMoved(): Key[] {
    const keys = [...this.moved];
    this.moved.clear();
    return keys;
  }

  /** Every type was drawn: what the editor shows is what was sent. */
  drawn(): void {
    this.edits.length = 0;
    this.linesMoved = false;
  }

  /** What the editor shows of each type (for the tests and the API). */
  shown(): ReadonlyMap<Key, FlatRanges> {
    return this.sent;
  }

  /**
   * `ranges` as the edits since the last draw moved them in the editor, or `undefined` when a range end
   * lies inside an edit or at its edge (the editor's stickiness decides where it went).
   */
  private movedByEdits(ranges: FlatRanges): FlatRanges | undefined {
    let moved: number[] | undefined;
    for (const edit of this.edits) {
      const from = moved ?? ranges;
      // Each range is two ends, each a line and a character.
      for (let i = 0; i < from.length; i += 2) {
        if (from[i] !== edit.line) continue;
        const character = from[i + 1]!;
        if (character < edit.start) continue;
        if (character <= edit.end) return undefined;
        moved ??= [...ranges];
        moved[i + 1] = character + edit.delta;
      }
    }
    return moved ?? ranges;
  }
}

function sameRanges(a: FlatRanges, b: FlatRanges): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
