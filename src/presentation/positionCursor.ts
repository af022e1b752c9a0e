import type { LineIndex } from '../core/text/positions';

/** What the cursor reads of a line index. */
export type CursorLines = Pick<LineIndex, 'lineCount' | 'lineStart' | 'lineEnd' | 'lineAt' | 'source'>;

/** How many lines the cursor walks forward before it searches instead. */
const WALK_LINES = 8;

/**
 * Line and character of offsets, as LineIndex.positionAt gives them, for offsets read mostly in ascending
 * order (the items of a drawn window, in document order): it keeps the line it last found and walks forward
 * from it, where positionAt searches every time and builds an object per position. A redraw converts
 * hundreds of spans per keystroke.
 */
export class PositionCursor {
  private current = -1;
  private start = 0;
  private next = 0;
  private end = 0;

  constructor(private readonly lines: CursorLines) {}

  /** The line holding `offset` (clamped to the text). */
  lineOf(offset: number): number {
    this.seek(this.clamp(offset));
    return this.current;
  }

  /** Appends the range of `start..end` to `flat` as start line, start character, end line, end character. */
  push(flat: number[], start: number, end: number): void {
    this.pushPosition(flat, start);
    this.pushPosition(flat, end);
  }

  private pushPosition(flat: number[], offset: number): void {
    const clamped = this.clamp(offset);
    this.seek(clamped);
    flat.push(this.current, Math.min(clamped, this.end) - this.start);
  }

  private clamp(offset: number): number {
    return Math.max(0, Math.min(offset, this.lines.source.length));
  }

  private seek(offset: number): void {
    if (this.current >= 0 && offset >= this.start) {
      for (let walked = 0; offset >= this.next && walked < WALK_LINES; walked++) this.enter(this.current + 1);
      if (offset < this.next) return;
    }
    this.enter(this.lines.lineAt(offset));
  }

  private enter(line: number): void {
    this.current = line;
    this.start = this.lines.lineStart(line);
    this.next = line + 1 < this.lines.lineCount ? this.lines.lineStart(line + 1) : Infinity;
    this.end = this.lines.lineEnd(line);
  }
}
