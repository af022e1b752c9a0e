/** A position as VS Code and LSP count it: 0-based line, UTF-16 code units within the line. */
export interface Position {
  readonly line: number;
  readonly character: number;
}

export interface Range {
  readonly start: Position;
  readonly end: Position;
}

import type { TextSource } from './chunkedText';

/** Half-open span of UTF-16 offsets into the document text. The core works in spans; ranges are for output. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** Line starts per chunk of LineIndex (a power of two keeps the division cheap). */
const CHUNK_SHIFT = 10;
const CHUNK_LINES = 1 << CHUNK_SHIFT;
/** Where the LineIndex constructor collects a chunk's starts before copying them out (it never re-enters). */
const scratchChunk = new Int32Array(CHUNK_LINES);

/**
 * Maps offsets to line/character positions. Line breaks are `\n`, `\r\n` and lone `\r`, as in VS Code,
 * and a position never points between `\r` and `\n`.
 */
/** The offset of the next \n or \r from `from`, or -1. Without a \r, the native search is several times faster than a loop. */
function nextBreak(text: string, from: number, lfOnly: boolean): number {
  if (lfOnly) return text.indexOf('\n', from);
  for (let i = from; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || code === 13) return i;
  }
  return -1;
}

export class LineIndex {
  /**
   * Line starts in chunks of CHUNK_LINES, each stored relative to its chunk's base: an edit inside one
   * line copies that chunk and moves the later chunks' bases, so it costs lines / CHUNK_LINES, not lines.
   * Chunks are never changed once built; indexes derived by an edit share them.
   */
  private readonly chunks: readonly Int32Array[];
  private readonly bases: Int32Array;
  readonly lineCount: number;
  /** The text as it was given (a string or a ChunkedText): read it through this where the whole string is not needed. */
  readonly source: TextSource;

  /** The whole text as one string: for a ChunkedText, built on the first read (a copy of the document). */
  get text(): string {
    return typeof this.source === 'string' ? this.source : this.source.toString();
  }

  /**
   * `text`: a string, or a ChunkedText on the incremental path, whose reads through `source`, lineText,
   * lineEnd and the position methods never build the whole text; reading `text` does (once).
   */
  constructor(text: TextSource, parts?: { chunks: readonly Int32Array[]; bases: Int32Array; lineCount: number }) {
    if (parts) {
      this.source = text;
      this.chunks = parts.chunks;
      this.bases = parts.bases;
      this.lineCount = parts.lineCount;
      return;
    }
    // A full scan: the whole string is needed anyway (the full analysis reads it next, faster than chunks).
    const flat = text.toString();
    this.source = flat;
    const chunks: Int32Array[] = [];
    // Filled in the module's scratch chunk and copied out at its length: most indexes are of a few lines
    // (the incremental path's slices and neighbours), and a fresh 4 KB chunk each was most of their cost.
    const chunk = scratchChunk;
    chunk[0] = 0; // line 0 starts at 0
    let filled = 1;
    let count = 1;
    const lfOnly = flat.indexOf('\r') < 0;
    for (let i = nextBreak(flat, 0, lfOnly); i >= 0; i = nextBreak(flat, i + 1, lfOnly)) {
      if (flat.charCodeAt(i) === 13 /* \r */ && flat.charCodeAt(i + 1) === 10) i++;
      if (filled === CHUNK_LINES) {
        chunks.push(chunk.slice());
        filled = 0;
      }
      chunk[filled++] = i + 1;
      count++;
    }
    chunks.push(chunk.slice(0, filled));
    this.chunks = chunks;
    this.bases = new Int32Array(chunks.length);
    this.lineCount = count;
  }

  /**
   * The index of `text` from its line starts as another thread computed them (`lineStarts()`), without
   * scanning the text: the chunks are views of `starts`. Throws unless the starts begin at 0, ascend, lie in
   * the text and each follows a line break (never between `\r` and `\n`).
   */
  static fromLineStarts(text: TextSource, starts: Int32Array): LineIndex {
    if (starts.length === 0 || starts[0] !== 0) throw new RangeError('line starts: the first line must start at 0');
    for (let line = 1; line < starts.length; line++) {
      const start = starts[line]!;
      const before = text.charCodeAt(start - 1);
      if (start <= starts[line - 1]! || start > text.length || (before !== 10 && before !== 13) || (before === 13 && text.charCodeAt(start) === 10)) {
        throw new RangeError(`line starts: line ${line} does not start after a line break`);
      }
    }
    const chunks: Int32Array[] = [];
    for (let at = 0; at < starts.length; at += CHUNK_LINES) chunks.push(starts.subarray(at, Math.min(starts.length, at + CHUNK_LINES)));
    return new LineIndex(text, { chunks, bases: new Int32Array(chunks.length), lineCount: starts.length });
  }

  /** This index for `text`, which has the same line breaks at the same offsets as this index's text (not checked). */
  withSameLines(text: TextSource): LineIndex {
    return new LineIndex(text, { chunks: this.chunks, bases: this.bases, lineCount: this.lineCount });
  }

  /** Every line's start, in one new array (for fromLineStarts on another thread). */
  lineStarts(): Int32Array {
    const starts = new Int32Array(this.lineCount);
    for (let c = 0; c < this.chunks.length; c++) {
      const chunk = this.chunks[c]!;
      const base = this.bases[c]!;
      for (let i = 0; i < chunk.length; i++) starts[c * CHUNK_LINES + i] = chunk[i]! + base;
    }
    return starts;
  }

  /**
   * The index of `text`, which is this index's text with an edit inside `line` that adds no line break
   * and removes none, changing the length by `delta`: later line starts move by `delta`, nothing is rescanned.
   */
  withTextEditedInLine(text: TextSource, line: number, delta: number): LineIndex {
    const at = line + 1;
    const chunkOfNext = Math.floor(at / CHUNK_LINES);
    const chunks = this.chunks.slice();
    const bases = this.bases.slice();
    for (let c = chunkOfNext + 1; c < bases.length; c++) bases[c]! += delta;
    const edited = chunks[chunkOfNext];
    if (edited) {
      const copy = edited.slice();
      for (let i = at - chunkOfNext * CHUNK_LINES; i < copy.length; i++) copy[i]! += delta;
      chunks[chunkOfNext] = copy;
    }
    return new LineIndex(text, { chunks, bases, lineCount: this.lineCount });
  }

  /**
   * The index of `text`, which is this index's text with an edit inside lines `first`..`last` that changed
   * the length by `delta`; `starts` are the starts of the edited stretch's lines after `first` (absolute
   * offsets in `text`). Chunks before the stretch are shared; later line starts are copied, not rescanned.
   */
  withLinesReplaced(text: TextSource, first: number, last: number, starts: readonly number[], delta: number): LineIndex {
    const firstChunk = Math.floor((first + 1) / CHUNK_LINES);
    const keptLines = firstChunk * CHUNK_LINES;
    const lineCount = this.lineCount - (last - first) + starts.length;
    // Absolute starts from the first rebuilt chunk on; each rebuilt chunk gets base 0.
    const tail = new Int32Array(lineCount - keptLines);
    let at = 0;
    for (let line = keptLines; line <= first; line++) tail[at++] = this.startOf(line);
    for (const start of starts) tail[at++] = start;
    for (let line = last + 1; line < this.lineCount && line % CHUNK_LINES !== 0; line++) tail[at++] = this.startOf(line) + delta;
    for (let c = Math.ceil((last + 1) / CHUNK_LINES); c < this.chunks.length; c++) {
      const chunk = this.chunks[c]!;
      const shift = this.bases[c]! + delta;
      for (let i = 0; i < chunk.length; i++) tail[at++] = chunk[i]! + shift;
    }
    const chunks = this.chunks.slice(0, firstChunk);
    for (let from = 0; from < tail.length; from += CHUNK_LINES) chunks.push(tail.subarray(from, Math.min(tail.length, from + CHUNK_LINES)));
    const bases = new Int32Array(chunks.length);
    bases.set(this.bases.subarray(0, firstChunk));
    return new LineIndex(text, { chunks, bases, lineCount });
  }

  lineStart(line: number): number {
    return this.startOf(Math.max(0, Math.min(line, this.lineCount - 1)));
  }

  /** The start of a line known to exist. */
  private startOf(line: number): number {
    const c = line >> CHUNK_SHIFT;
    return this.chunks[c]![line & (CHUNK_LINES - 1)]! + this.bases[c]!;
  }

  /** Offset of the end of the line's content, before its line break. */
  lineEnd(line: number): number {
    if (line >= this.lineCount - 1) return this.source.length;
    let end = this.startOf(Math.max(0, line + 1));
    if (this.source.charCodeAt(end - 1) === 10) end--;
    if (this.source.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  lineText(line: number): string {
    return this.source.slice(this.lineStart(line), this.lineEnd(line));
  }

  /** The line that contains `offset` (binary search). */
  lineAt(offset: number): number {
    // The last chunk starting at or before `offset`, then the line within it.
    let low = 0;
    let high = this.chunks.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.chunks[mid]![0]! + this.bases[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    const chunk = this.chunks[low]!;
    const relative = offset - this.bases[low]!;
    let first = 0;
    let last = chunk.length - 1;
    while (first < last) {
      const mid = (first + last + 1) >> 1;
      if (chunk[mid]! <= relative) first = mid;
      else last = mid - 1;
    }
    return low * CHUNK_LINES + first;
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.source.length));
    const line = this.lineAt(clamped);
    const character = Math.min(clamped, this.lineEnd(line)) - this.startOf(line);
    return { line, character };
  }

  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.lineCount) return this.source.length;
    const start = this.startOf(position.line);
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
export function splitsSurrogatePair(text: TextSource, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

/** Where the line holding `offset` ends: the next `\n` at or after it, or the text's end. */
export function lineEndFrom(text: TextSource, offset: number): number {
  const end = text.indexOf('\n', offset);
  return end < 0 ? text.length : end;
}
