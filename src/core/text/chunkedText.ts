/**
 * What the incremental analysis reads of a text: a plain string has all of it, and so has ChunkedText,
 * which an edit changes without copying the whole document.
 */
export interface TextSource {
  readonly length: number;
  charCodeAt(index: number): number;
  /** The character (UTF-16 code unit) at `index`, '' outside the text. */
  charAt(index: number): string;
  slice(start?: number, end?: number): string;
  indexOf(search: string, from?: number): number;
  lastIndexOf(search: string, from?: number): number;
  startsWith(search: string, position?: number): boolean;
  endsWith(search: string, endPosition?: number): boolean;
  includes(search: string, position?: number): boolean;
  /** The whole text as one string (for ChunkedText, a copy of every chunk, made once). */
  toString(): string;
}

/** Characters per chunk aimed at: an edit copies about this much, a read looks one chunk up. */
const CHUNK_TARGET = 16_384;
/** A chunk grown past this is split in two; one shrunk below CHUNK_TARGET / 4 joins a neighbour. */
const CHUNK_MAX = 2 * CHUNK_TARGET;
const CHUNK_MIN = CHUNK_TARGET / 4;

/**
 * A text held as a list of strings (chunks). An edit rebuilds the chunk(s) it touches and copies the
 * list of chunks (a few hundred at 10 MB), not the text; reads look the chunk up (binary search, the last
 * one found first). V8 joins concatenated strings lazily but copies the whole of them on the first read:
 * a string built from the document's edits costs a whole-document copy per keystroke; this does not.
 * Immutable: an edit returns a new text that shares the untouched chunks.
 */
export class ChunkedText implements TextSource {
  /** The whole text, once built (or the string this was made from). */
  private flat: string | undefined;
  /** The chunk the last read found (reads cluster around an edit). */
  private lastChunk = 0;

  private constructor(
    /** Replaced once, by equal strings, when the whole text is built (see toString). */
    private chunks: readonly string[],
    /** starts[i]: offset of chunks[i]; one more entry, the length. */
    private readonly starts: Float64Array,
    flat?: string,
  ) {
    this.flat = flat;
  }

  /** `text` in chunks of `chunkSize`; `keepWhole`: whole-text reads use `text` itself (tests pass false, so every read goes through the chunks). */
  static of(text: string, chunkSize = CHUNK_TARGET, keepWhole = true): ChunkedText {
    const chunks: string[] = [];
    for (let at = 0; at < text.length; at += chunkSize) chunks.push(text.slice(at, at + chunkSize));
    return new ChunkedText(chunks, startsOf(chunks), keepWhole ? text : undefined);
  }

  get length(): number {
    return this.starts[this.chunks.length]!;
  }

  /** The number of chunks (for tests). */
  get chunkCount(): number {
    return this.chunks.length;
  }

  /** Whether the whole text has been built as one string (for tests: the incremental path must not). */
  get isFlattened(): boolean {
    return this.flat !== undefined;
  }

  toString(): string {
    if (this.flat === undefined) {
      const flat = this.chunks.join('');
      // The chunks become views of the whole string: the same text, but no longer views of the string they
      // were first cut from (the document as VS Code gave it, until every chunk was edited), which would
      // otherwise stay alive beside this copy.
      const starts = this.starts;
      this.chunks = this.chunks.map((_, i) => flat.slice(starts[i]!, starts[i + 1]!));
      this.flat = flat;
    }
    return this.flat;
  }

  /**
   * The text with each [runs[i], runs[i + 1]) (i even; rising, apart) replaced by as many spaces, chunk for chunk:
   * the same chunk bounds, and no copy of the whole text as one string.
   */
  withSpacesAt(runs: Int32Array): ChunkedText {
    const chunks: string[] = [];
    let run = 0;
    for (let c = 0; c < this.chunks.length; c++) {
      const chunk = this.chunks[c]!;
      const start = this.starts[c]!;
      const end = this.starts[c + 1]!;
      if (run >= runs.length || runs[run]! >= end) {
        chunks.push(chunk);
        continue;
      }
      const parts: string[] = [];
      let copied = start;
      while (run < runs.length && runs[run]! < end) {
        const from = Math.max(runs[run]!, start);
        const to = Math.min(runs[run + 1]!, end);
        parts.push(chunk.slice(copied - start, from - start), ' '.repeat(to - from));
        copied = to;
        // A run reaching into the next chunk is blanked there too.
        if (runs[run + 1]! > end) break;
        run += 2;
      }
      parts.push(chunk.slice(copied - start));
      chunks.push(parts.join(''));
    }
    return new ChunkedText(chunks, this.starts);
  }

  /** The text with [offset, offset + removed) replaced by `inserted`. */
  edited(offset: number, removed: number, inserted: string): ChunkedText {
    const length = this.length;
    if (offset < 0 || removed < 0 || offset + removed > length) throw new RangeError(`edit [${offset}, ${offset + removed}) outside a text of ${length}`);
    if (this.chunks.length === 0) {
      const chunks = piecesOf(inserted);
      return new ChunkedText(chunks, startsOf(chunks));
    }
    // The chunks holding the edit's ends (an insertion at a chunk's start goes into the chunk before it).
    const first = offset === 0 ? 0 : this.chunkAt(offset - 1);
    const last = Math.max(first, removed === 0 ? first : this.chunkAt(offset + removed - 1));
    const from = this.starts[first]!;
    const to = this.starts[last + 1]!;
    let replaced = this.slice(from, offset) + inserted + this.slice(offset + removed, to);
    let lo = first;
    let hi = last + 1;
    // Too small a piece joins a neighbour, so edits never leave a trail of tiny chunks.
    if (replaced.length < CHUNK_MIN && hi < this.chunks.length) replaced += this.chunks[hi++]!;
    else if (replaced.length < CHUNK_MIN && lo > 0) replaced = this.chunks[--lo]! + replaced;
    const pieces = piecesOf(replaced);
    const chunks = [...this.chunks.slice(0, lo), ...pieces, ...this.chunks.slice(hi)];
    const delta = inserted.length - removed;
    const starts = new Float64Array(chunks.length + 1);
    starts.set(this.starts.subarray(0, lo + 1));
    for (let i = 0; i < pieces.length; i++) starts[lo + i + 1] = starts[lo + i]! + pieces[i]!.length;
    for (let i = hi + 1, j = lo + pieces.length + 1; i <= this.chunks.length; i++, j++) starts[j] = this.starts[i]! + delta;
    return new ChunkedText(chunks, starts);
  }

  charCodeAt(index: number): number {
    if (!(index >= 0 && index < this.length)) return NaN;
    const c = this.chunkAt(index);
    return this.chunks[c]!.charCodeAt(index - this.starts[c]!);
  }

  charAt(index: number): string {
    const code = this.charCodeAt(index);
    return Number.isNaN(code) ? '' : String.fromCharCode(code);
  }

  slice(start = 0, end = this.length): string {
    const length = this.length;
    const from = clampIndex(start, length);
    const to = clampIndex(end, length);
    if (to <= from) return '';
    if (this.flat !== undefined) return this.flat.slice(from, to);
    const first = this.chunkAt(from);
    const firstEnd = this.starts[first + 1]!;
    if (to <= firstEnd) return this.chunks[first]!.slice(from - this.starts[first]!, to - this.starts[first]!);
    let out = this.chunks[first]!.slice(from - this.starts[first]!);
    let c = first + 1;
    for (; this.starts[c + 1]! < to; c++) out += this.chunks[c]!;
    return out + this.chunks[c]!.slice(0, to - this.starts[c]!);
  }

  indexOf(search: string, from = 0): number {
    const length = this.length;
    const start = Math.min(Math.max(0, Math.trunc(from) || 0), length);
    if (search.length === 0) return start;
    if (this.flat !== undefined) return this.flat.indexOf(search, start);
    if (start >= length) return -1;
    // Chunk by chunk; a match across a border is looked for in the border's few characters.
    for (let c = this.chunkAt(start); c < this.chunks.length; c++) {
      const base = this.starts[c]!;
      const found = this.chunks[c]!.indexOf(search, Math.max(0, start - base));
      if (found >= 0) return base + found;
      const next = this.starts[c + 1]!;
      if (search.length > 1 && next < length) {
        const border = Math.max(start, next - search.length + 1);
        const across = this.slice(border, next + search.length - 1).indexOf(search);
        if (across >= 0) return border + across;
      }
    }
    return -1;
  }

  lastIndexOf(search: string, from = Infinity): number {
    const length = this.length;
    const start = Math.min(Math.max(0, Number.isNaN(from) ? Infinity : Math.trunc(from)), length);
    if (this.flat !== undefined) return this.flat.lastIndexOf(search, start);
    if (search.length === 0) return start;
    if (length === 0) return -1;
    for (let c = this.chunkAt(Math.min(start, length - 1)); c >= 0; c--) {
      const base = this.starts[c]!;
      const next = this.starts[c + 1]!;
      // A match crossing into the next chunk starts later than any inside this one: look for it first.
      if (search.length > 1 && next < length && next - search.length + 1 <= start) {
        const border = Math.max(base, next - search.length + 1);
        const across = this.slice(border, next + search.length - 1).lastIndexOf(search, Math.min(start, next - 1) - border);
        if (across >= 0) return border + across;
      }
      const found = this.chunks[c]!.lastIndexOf(search, start - base);
      if (found >= 0) return base + found;
    }
    return -1;
  }

  startsWith(search: string, position = 0): boolean {
    const at = clampPosition(position, this.length);
    return at + search.length <= this.length && this.slice(at, at + search.length) === search;
  }

  endsWith(search: string, endPosition = this.length): boolean {
    const end = clampPosition(endPosition, this.length);
    return end - search.length >= 0 && this.slice(end - search.length, end) === search;
  }

  includes(search: string, position = 0): boolean {
    return this.indexOf(search, position) >= 0;
  }

  /** The chunk holding `offset` (0 <= offset < length). */
  private chunkAt(offset: number): number {
    const starts = this.starts;
    const guess = this.lastChunk;
    if (guess < this.chunks.length && starts[guess]! <= offset && offset < starts[guess + 1]!) return guess;
    let low = 0;
    let high = this.chunks.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    this.lastChunk = low;
    return low;
  }
}

/** The whole text of `text` as one string: flattened when it is a ChunkedText. */
export function flatText(text: TextSource): string {
  return typeof text === 'string' ? text : text.toString();
}

/** `text` as chunks of about the target size (one when it is not over the maximum, none when empty). */
function piecesOf(text: string): string[] {
  if (text.length <= CHUNK_MAX) return text.length > 0 ? [flattened(text)] : [];
  const count = Math.ceil(text.length / CHUNK_TARGET);
  const size = Math.ceil(text.length / count);
  const pieces: string[] = [];
  for (let at = 0; at < text.length; at += size) pieces.push(flattened(text.slice(at, at + size)));
  return pieces;
}

function startsOf(chunks: readonly string[]): Float64Array {
  const starts = new Float64Array(chunks.length + 1);
  for (let i = 0; i < chunks.length; i++) starts[i + 1] = starts[i]! + chunks[i]!.length;
  return starts;
}

/** A position as startsWith and endsWith read it: negative counts as 0. */
function clampPosition(value: number, length: number): number {
  return Math.min(Math.max(0, Math.trunc(value) || 0), length);
}

/** An index as slice reads it: negative counts from the end. */
function clampIndex(value: number, length: number): number {
  const integer = Math.trunc(value) || 0;
  return integer < 0 ? Math.max(0, length + integer) : Math.min(integer, length);
}

/**
 * The string as one piece: V8 keeps a concatenation as a pair until it is read; a chunk is read soon
 * anyway, and flattening it here keeps the cost inside the edit.
 */
function flattened(text: string): string {
  // Reading one character makes V8 flatten a concatenated string in place.
  text.charCodeAt(0);
  return text;
}
