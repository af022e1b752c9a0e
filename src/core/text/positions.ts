/** A position as VS Code and LSP count it: 0-based line, UTF-16 code units within the line. */
export interface Position {
  readonly line: number;
  readonly character: number;
}

export interface Range {
  readonly start: Position;
  readonly end: Position;
}

/** Half-open span of UTF-16 offsets into the document text. The core works in spans; ranges are for output. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * Maps offsets to line/character positions. Line breaks are `\n`, `\r\n` and lone `\r`, as in VS Code,
 * and a position never points between `\r` and `\n`.
 */
export class LineIndex {
  /** Offset at which each line starts. */
  private readonly starts: number[];

  /** `starts` is for {@link withTextEditedInLine} only: line starts already known to fit `text`. */
  constructor(readonly text: string, starts?: number[]) {
    if (starts) {
      this.starts = starts;
      return;
    }
    const found = [0];
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code === 13 /* \r */) {
        if (text.charCodeAt(i + 1) === 10) i++;
        found.push(i + 1);
      } else if (code === 10 /* \n */) {
        found.push(i + 1);
      }
    }
    this.starts = found;
  }

  /**
   * The index of `text`, which is this index's text with an edit inside `line` that adds no line break
   * and removes none, changing the length by `delta`: later line starts move by `delta`, nothing is rescanned.
   */
  withTextEditedInLine(text: string, line: number, delta: number): LineIndex {
    const starts = this.starts.slice();
    for (let l = line + 1; l < starts.length; l++) starts[l]! += delta;
    return new LineIndex(text, starts);
  }

  get lineCount(): number {
    return this.starts.length;
  }

  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line, this.starts.length - 1))]!;
  }

  /** Offset of the end of the line's content, before its line break. */
  lineEnd(line: number): number {
    if (line >= this.starts.length - 1) return this.text.length;
    let end = this.starts[line + 1]!;
    if (this.text.charCodeAt(end - 1) === 10) end--;
    if (this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  lineText(line: number): string {
    return this.text.slice(this.lineStart(line), this.lineEnd(line));
  }

  /** The line that contains `offset` (binary search). */
  lineAt(offset: number): number {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const line = this.lineAt(clamped);
    const character = Math.min(clamped, this.lineEnd(line)) - this.starts[line]!;
    return { line, character };
  }

  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.starts.length) return this.text.length;
    const start = this.starts[position.line]!;
    return Math.min(start + Math.max(0, position.character), this.lineEnd(position.line));
  }

  rangeOf(span: Span): Range {
    return { start: this.positionAt(span.start), end: this.positionAt(span.end) };
  }

  spanOf(range: Range): Span {
    return { start: this.offsetAt(range.start), end: this.offsetAt(range.end) };
  }
}

/** True when `offset` falls between the two halves of a surrogate pair. */
export function splitsSurrogatePair(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}
