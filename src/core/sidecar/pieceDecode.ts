import type { DecodeSidecarResult, SidecarProblem } from './codec';
import { MAX_NESTING, offsetOfValue, syntaxErrorOffset } from './locate';
import type { Annotation } from './model';
import { setOwn } from './ownKeys';
import { engineSyntaxError, measure } from './parsedShape';
import { AnnotationsReader, readSidecar, SidecarSchemaError } from './validate';

// Decoding a sidecar's UTF-8 bytes one piece at a time: the top-level object is walked here, each value
// (each annotation, each other top-level field) is decoded to text and parsed with JSON.parse on its own,
// and each annotation is validated as soon as it is parsed. The file's text and the whole parsed tree never
// exist at once: the bytes, the finished annotations and one piece do.
//
// A piece is found by a scan that only skips strings and counts brackets; JSON.parse then judges it. Where
// the text is valid up to a point, the scan and JSON.parse read it alike, so the first syntax error inside a
// piece is found by parsing that piece, at the same place and in the same words as in the whole text.
// Anything this walk does not handle the same way (a syntax error between pieces, a repeated key, deep
// nesting, invalid UTF-8) answers `undefined`: the caller decodes the whole text then, as before.

const TAB = 9;
const LINE_FEED = 10;
const CARRIAGE_RETURN = 13;
const SPACE = 32;
const QUOTE = 34;
const COMMA = 44;
const COLON = 58;
const OPEN_BRACKET = 91;
const BACKSLASH = 92;
const CLOSE_BRACKET = 93;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;

/** Pieces longer than this are parsed in growing windows, so that an early error does not cost a copy of the rest. */
const WINDOW_BYTES = 256 * 1024;
/** UTF-8 is checked in slices of this size after a problem, when the rest of the file was not decoded. */
const CHECK_SLICE_BYTES = 1024 * 1024;

/** Decoding cannot go on piece by piece: the whole text decides. */
class WholeText extends Error {}

/** Carries the first annotation's schema problem (already placed) out of the validator. */
class AnnotationsProblem extends Error {}

/** A problem at `offset` in `text`, the decoded bytes from byte `from` on. */
interface Located {
  readonly from: number;
  readonly text: string;
  readonly offset: number;
  readonly reason: string;
}

/** JSON's four white-space characters only (RFC 8259), not the text predicates of turns/chars.ts. */
function isWhitespace(code: number | undefined): boolean {
  return code === SPACE || code === LINE_FEED || code === CARRIAGE_RETURN || code === TAB;
}

/** Ends a value that is not an object, array or string (a number, true, false, null, or junk). */
function isDelimiter(code: number): boolean {
  return code === COMMA || code === CLOSE_BRACE || code === CLOSE_BRACKET || isWhitespace(code);
}

class PieceWalker {
  // A piece that starts with U+FEFF keeps it: only the file's start may drop one (afterByteOrderMarks).
  private readonly decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  /** The first line feed at or after the last string's start (a string never holds one in valid JSON). */
  private nextLineFeed = -1;
  /** Set by valueEnd: the object members (colons outside strings) and the deepest nesting of the value. */
  members = 0;
  depth = 0;
  /** Set by stringEnd when the string ran into a line feed: the value is invalid at or before it. */
  broken = false;

  constructor(
    readonly bytes: Uint8Array,
    /** Past the byte order mark(s): where the text that positions count in starts. */
    readonly start: number,
  ) {}

  text(from: number, to: number): string {
    try {
      return this.decoder.decode(this.bytes.subarray(from, to));
    } catch {
      throw new WholeText();
    }
  }

  skipWhitespace(at: number): number {
    while (isWhitespace(this.bytes[at])) at++;
    return at;
  }

  /** Just past the string whose quote is at `at`; past the line feed in it (and `broken`) when there is one. */
  stringEnd(at: number): number {
    const bytes = this.bytes;
    if (this.nextLineFeed < at) {
      this.nextLineFeed = bytes.indexOf(LINE_FEED, at);
      if (this.nextLineFeed < 0) this.nextLineFeed = bytes.length;
    }
    for (let from = at + 1; ; ) {
      const quote = bytes.indexOf(QUOTE, from);
      if (quote < 0 || quote > this.nextLineFeed) {
        this.broken = true;
        return Math.min(this.nextLineFeed + 1, bytes.length);
      }
      let escapes = 0;
      while (bytes[quote - 1 - escapes] === BACKSLASH) escapes++;
      if (escapes % 2 === 0) return quote + 1;
      from = quote + 1;
    }
  }

  /** Just past the value starting at `at` as brackets and strings delimit it (the file's end when they do not). */
  valueEnd(at: number): number {
    const bytes = this.bytes;
    this.members = 0;
    this.depth = 0;
    this.broken = false;
    const first = bytes[at];
    if (first === QUOTE) return this.stringEnd(at);
    if (first !== OPEN_BRACE && first !== OPEN_BRACKET) {
      let end = at;
      while (end < bytes.length && !isDelimiter(bytes[end]!)) end++;
      return end;
    }
    let depth = 0;
    for (let i = at; i < bytes.length; i++) {
      const code = bytes[i];
      if (code === QUOTE) {
        i = this.stringEnd(i);
        if (this.broken) return i;
        i--;
      } else if (code === OPEN_BRACE || code === OPEN_BRACKET) {
        if (++depth > this.depth) this.depth = depth;
      } else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) {
        if (--depth === 0) return i + 1;
      } else if (code === COLON) {
        this.members++;
      }
    }
    return bytes.length;
  }

  /**
   * JSON.parse of the value in [from, to), or the first syntax error in it by offset in the file's text.
   * A long piece is parsed in windows ending before a line feed (so no token is cut), growing until an
   * error lies inside the window: the error of a valid-so-far prefix is the whole piece's.
   */
  parse(from: number, to: number): { value: unknown } | { problem: Located | SidecarProblem } {
    for (let window = WINDOW_BYTES; ; window *= 4) {
      const cut = from + window < to ? this.bytes.lastIndexOf(LINE_FEED, from + window) : to;
      const whole = cut <= from || cut === to;
      const text = this.text(from, whole ? to : cut);
      try {
        const value: unknown = JSON.parse(text);
        if (whole) return { value };
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        const local = pieceSyntaxError(text, message, whole);
        if (local) return { problem: 'offset' in local ? { from, text, ...local } : local };
        if (whole) throw new WholeText();
      }
    }
  }

  /** Whether the bytes from `from` on are valid UTF-8 (checked in slices, not decoded whole). */
  validUtf8From(from: number): boolean {
    const decoder = new TextDecoder('utf-8', { fatal: true });
    try {
      for (let at = from; at < this.bytes.length; at += CHECK_SLICE_BYTES) decoder.decode(this.bytes.subarray(at, Math.min(this.bytes.length, at + CHECK_SLICE_BYTES)), { stream: true });
      decoder.decode();
      return true;
    } catch {
      return false;
    }
  }
}

/**
 * The first syntax error in a piece JSON.parse refused, as the whole text would report it: the engine's
 * position and words, else the scanner's; `'invalid JSON: …'` at 1:1 when neither places it. Undefined when
 * the piece is a window whose error may come from where it was cut.
 */
function pieceSyntaxError(text: string, message: string, whole: boolean): { offset: number; reason: string } | SidecarProblem | undefined {
  const engine = engineSyntaxError(message, text.length);
  if (engine) return whole || engine.offset < text.length ? engine : undefined;
  if (!whole && message.startsWith('Unexpected end of JSON input')) return undefined;
  const scanned = syntaxErrorOffset(text);
  if (scanned) return whole || scanned.offset < text.length ? scanned : undefined;
  return whole ? { code: 'invalid-json', line: 1, column: 1, reason: `invalid JSON: ${message}` } : undefined;
}

/**
 * The line and column of a problem, as the whole-text decoder counts them (UTF-16 units; a line ends at LF,
 * CRLF or a lone CR): line breaks before the piece are found in the bytes with indexOf, the column counted
 * in the bytes after the last one, and the rest in the piece's text. The file's text is never built.
 */
function atOffset(walker: PieceWalker, code: SidecarProblem['code'], found: Located): SidecarProblem {
  const bytes = walker.bytes;
  const end = found.from;
  let line = 1;
  let lineStart = walker.start;
  for (let at = bytes.indexOf(LINE_FEED, walker.start); at >= 0 && at < end; at = bytes.indexOf(LINE_FEED, at + 1)) {
    line++;
    lineStart = at + 1;
  }
  for (let at = bytes.indexOf(CARRIAGE_RETURN, walker.start); at >= 0 && at < end; at = bytes.indexOf(CARRIAGE_RETURN, at + 1)) {
    if (bytes[at + 1] === LINE_FEED) continue;
    line++;
    lineStart = Math.max(lineStart, at + 1);
  }
  let column = 1;
  for (let i = lineStart; i < end; i++) {
    // UTF-16 units: one per character's first byte, two for those of four bytes.
    const byte = bytes[i]!;
    if ((byte & 0xc0) !== 0x80) column += byte >= 0xf0 ? 2 : 1;
  }
  const text = found.text;
  for (let i = 0; i < found.offset; i++) {
    const unit = text.charCodeAt(i);
    if (unit === LINE_FEED || (unit === CARRIAGE_RETURN && text.charCodeAt(i + 1) !== LINE_FEED)) {
      line++;
      column = 1;
    } else {
      column++;
    }
  }
  return { code, line, column, reason: found.reason };
}

/** Where the text starts: TextDecoder drops one byte order mark and decodeSidecar another. */
export function afterByteOrderMarks(bytes: Uint8Array): number {
  let start = 0;
  for (let marks = 0; marks < 2 && bytes[start] === 0xef && bytes[start + 1] === 0xbb && bytes[start + 2] === 0xbf; marks++) start += 3;
  return start;
}

interface Piece {
  readonly from: number;
  readonly to: number;
}

/**
 * Decodes `bytes` (UTF-8, byte order marks from `start` on skipped) piece by piece; undefined when the whole
 * text must decide (see above). Conflict markers and the size limit are checked by the caller first.
 */
export function decodeInPieces(bytes: Uint8Array, start: number): DecodeSidecarResult | undefined {
  const walker = new PieceWalker(bytes, start);
  try {
    return walk(walker);
  } catch (error) {
    if (error instanceof WholeText) return undefined;
    throw error;
  }
}

function walk(walker: PieceWalker): DecodeSidecarResult {
  const bytes = walker.bytes;
  const syntax = (problem: Located | SidecarProblem, from: number): DecodeSidecarResult => {
    // The whole-text decoder refuses invalid UTF-8 anywhere before looking at the JSON.
    if (!walker.validUtf8From(from)) throw new WholeText();
    return { ok: false, problem: 'offset' in problem ? atOffset(walker, 'invalid-json', problem) : problem };
  };

  const rootAt = walker.skipWhitespace(walker.start);
  if (bytes[rootAt] !== OPEN_BRACE) throw new WholeText();
  const root: Record<string, unknown> = {};
  const pieces = new Map<string, Piece>();
  let annotations: Annotation[] | undefined;
  let annotationsProblem: SidecarProblem | undefined;
  let at = walker.skipWhitespace(rootAt + 1);
  if (bytes[at] === CLOSE_BRACE) at++;
  else {
    for (;;) {
      if (bytes[at] !== QUOTE) throw new WholeText();
      const keyEnd = walker.stringEnd(at);
      if (walker.broken) throw new WholeText();
      let key: string;
      try {
        key = JSON.parse(walker.text(at, keyEnd)) as string;
      } catch {
        throw new WholeText();
      }
      // A repeated top-level key: the whole-text decoder says which and where.
      if (pieces.has(key)) throw new WholeText();
      at = walker.skipWhitespace(keyEnd);
      if (bytes[at] !== COLON) throw new WholeText();
      at = walker.skipWhitespace(at + 1);
      let end: number;
      if (key === 'annotations' && bytes[at] === OPEN_BRACKET) {
        const read = readAnnotationItems(walker, at);
        if ('syntax' in read) return syntax(read.syntax, read.from);
        ({ end } = read);
        annotations = read.annotations;
        annotationsProblem = read.problem;
        setOwn(root, key, []);
      } else {
        end = walker.valueEnd(at);
        const value = parsePiece(walker, scanned(walker, at, end), 1);
        if ('syntax' in value) return syntax(value.syntax, at);
        setOwn(root, key, value.value);
      }
      pieces.set(key, { from: at, to: end });
      at = walker.skipWhitespace(end);
      if (bytes[at] === COMMA) {
        at = walker.skipWhitespace(at + 1);
        continue;
      }
      if (bytes[at] !== CLOSE_BRACE) throw new WholeText();
      at++;
      break;
    }
  }
  if (walker.skipWhitespace(at) !== bytes.length) throw new WholeText();

  try {
    const document = readSidecar(root, () => {
      if (annotationsProblem) throw new AnnotationsProblem();
      return annotations ?? [];
    });
    return { ok: true, document };
  } catch (error) {
    if (error instanceof AnnotationsProblem) return { ok: false, problem: annotationsProblem! };
    if (!(error instanceof SidecarSchemaError)) throw error;
    const [key, ...inside] = error.path;
    const piece = typeof key === 'string' ? pieces.get(key) : undefined;
    // The file's own object for a path of none; the file's start for a value that is not there, as the whole-text decoder answers.
    let found: Located = { from: error.path.length ? walker.start : rootAt, text: '', offset: 0, reason: error.message };
    if (piece) {
      const text = walker.text(piece.from, piece.to);
      found = { ...found, from: piece.from, text, offset: offsetOfValue(text, inside) ?? 0 };
    }
    return { ok: false, problem: atOffset(walker, error.code, found) };
  }
}

/** A value as the scan delimited it, with the object members (colons) and nesting it counted. */
interface ScannedPiece {
  readonly from: number;
  readonly to: number;
  readonly members: number;
  readonly nesting: number;
}

/** The piece the walker's last valueEnd delimited. */
function scanned(walker: PieceWalker, from: number, to: number): ScannedPiece {
  return { from, to, members: walker.members, nesting: walker.depth };
}

/** A top-level value (`depth` 1) or an annotation (`depth` 2): parsed, or its syntax error. */
function parsePiece(walker: PieceWalker, piece: ScannedPiece, depth: number): { value: unknown } | { syntax: Located | SidecarProblem } {
  const first = walker.bytes[piece.from];
  const bracketed = first === OPEN_BRACE || first === OPEN_BRACKET || first === QUOTE;
  if (depth + piece.nesting > MAX_NESTING) throw new WholeText();
  const parsed = walker.parse(piece.from, piece.to);
  if ('problem' in parsed) {
    // A bad number or literal may be cut short by the scan (`tru}`): the whole text decides.
    if (!bracketed) throw new WholeText();
    return { syntax: parsed.problem };
  }
  checkMembers(parsed.value, piece.members);
  return { value: parsed.value };
}

/** JSON.parse keeps the last of repeated keys: fewer members than colons means one was repeated, which the whole text reports. */
function checkMembers(value: unknown, members: number): void {
  const shape = { members: 0, depth: 0 };
  measure(value, 0, shape, MAX_NESTING);
  if (shape.members !== members) throw new WholeText();
}

/** Most files have a few authors, speakers and topics; times repeat (modified = created). The table stops growing at a bound. */
const MAX_SHARED_STRINGS = 4096;

function stringSharer(): (value: string) => string {
  const held = new Map<string, string>();
  return (value) => {
    const same = held.get(value);
    if (same !== undefined) return same;
    if (held.size < MAX_SHARED_STRINGS) held.set(value, value);
    return value;
  };
}

type AnnotationItems =
  | { readonly end: number; readonly annotations: Annotation[]; readonly problem: SidecarProblem | undefined }
  | { readonly syntax: Located | SidecarProblem; readonly from: number };

/** Annotations are parsed this many bytes at a time (one JSON.parse of several), fewer calls for the same work. */
const BATCH_BYTES = 16 * 1024;

/** What the scan of the annotations found: each item's bounds, and whether the scan already saw a syntax error. */
interface ScannedItems {
  /** Per item: from, to, members, nesting, broken (1 or 0). */
  readonly items: Int32Array;
  readonly count: number;
  /**
   * True when the scan stopped at an item it cannot read as valid JSON (a string running into a line feed,
   * a separator other than `,` or `]`, an empty item): the file has a syntax error at or before it.
   */
  readonly invalid: boolean;
}

const ITEM_FIELDS = 5;

/**
 * Delimits the items of `annotations` (the first at `at`, past the `[`) with the scan alone, up to the `]` or
 * the first item the scan cannot read as valid JSON. In valid JSON the scan's bounds are the parser's.
 */
function scanAnnotationItems(walker: PieceWalker, at: number): ScannedItems {
  const bytes = walker.bytes;
  let items = new Int32Array(ITEM_FIELDS * 1024);
  let count = 0;
  for (;;) {
    const end = walker.valueEnd(at);
    if (ITEM_FIELDS * (count + 1) > items.length) {
      const grown = new Int32Array(items.length * 2);
      grown.set(items);
      items = grown;
    }
    const field = ITEM_FIELDS * count++;
    items[field] = at;
    items[field + 1] = end;
    items[field + 2] = walker.members;
    items[field + 3] = walker.depth;
    items[field + 4] = walker.broken ? 1 : 0;
    if (end === at || walker.broken) return { items, count, invalid: true };
    at = walker.skipWhitespace(end);
    if (bytes[at] === COMMA) at = walker.skipWhitespace(at + 1);
    else return { items, count, invalid: bytes[at] !== CLOSE_BRACKET };
  }
}

/**
 * The items of `annotations` (whose `[` is at `at`), each validated as soon as it is parsed. After the first
 * schema problem the rest are only parsed: a later syntax error, or a problem the validator reports
 * earlier (the version), comes first. The items are delimited first: when that scan already sees a syntax
 * error (a deleted quote, a missing comma between items), none is validated, since the answer is a syntax
 * error whatever they hold; the items before it are only parsed, to find the first error as JSON.parse does.
 */
function readAnnotationItems(walker: PieceWalker, at: number): AnnotationItems {
  const bytes = walker.bytes;
  const reader = new AnnotationsReader(stringSharer());
  const annotations: Annotation[] = [];
  let problem: SidecarProblem | undefined;
  let index = 0;
  let syntaxOnly = false;
  const accept = (value: unknown, piece: ScannedPiece): void => {
    if (!problem && !syntaxOnly) {
      try {
        annotations.push(reader.read(value, index));
      } catch (error) {
        if (!(error instanceof SidecarSchemaError)) throw error;
        const text = walker.text(piece.from, piece.to);
        problem = atOffset(walker, error.code, { from: piece.from, text, offset: offsetOfValue(text, error.path.slice(2)) ?? 0, reason: error.message });
      }
    }
    index++;
  };
  /** Parses the pieces gathered, together when they parse together, else one by one to find the error. */
  const flush = (batch: readonly ScannedPiece[]): { readonly syntax: Located | SidecarProblem; readonly from: number } | undefined => {
    if (batch.length > 1) {
      let values: unknown;
      try {
        // The text between the pieces is commas and whitespace (the scan checked): inside brackets it reads as in the file.
        values = JSON.parse(`[${walker.text(batch[0]!.from, batch[batch.length - 1]!.to)}]`);
      } catch {
        values = undefined;
      }
      if (values !== undefined) {
        if (!Array.isArray(values) || values.length !== batch.length) throw new WholeText();
        checkMembers(values, batch.reduce((sum, piece) => sum + piece.members, 0));
        batch.forEach((piece, i) => accept(values[i], piece));
        return undefined;
      }
    }
    for (const piece of batch) {
      const item = parsePiece(walker, piece, 2);
      if ('syntax' in item) return { syntax: item.syntax, from: piece.from };
      accept(item.value, piece);
    }
    // Each parses alone but not together: the whole text decides.
    if (batch.length > 1) throw new WholeText();
    return undefined;
  };

  at = walker.skipWhitespace(at + 1);
  if (bytes[at] === CLOSE_BRACKET) return { end: at + 1, annotations, problem };
  const scan = scanAnnotationItems(walker, at);
  syntaxOnly = scan.invalid;
  let batch: ScannedPiece[] = [];
  let batchBytes = 0;
  for (let item = 0; item < scan.count; item++) {
    const field = ITEM_FIELDS * item;
    const piece: ScannedPiece = { from: scan.items[field]!, to: scan.items[field + 1]!, members: scan.items[field + 2]!, nesting: scan.items[field + 3]! };
    const broken = scan.items[field + 4] === 1;
    if (piece.to === piece.from) throw new WholeText();
    if (2 + piece.nesting > MAX_NESTING) throw new WholeText();
    if (piece.to - piece.from > WINDOW_BYTES) {
      // Alone, in windows (see parse).
      const failed = flush(batch) ?? flush([piece]);
      if (failed) return failed;
      batch = [];
      batchBytes = 0;
    } else {
      batch.push(piece);
      batchBytes += piece.to - piece.from;
    }
    at = walker.skipWhitespace(piece.to);
    const separator = bytes[at];
    if (broken || separator !== COMMA || batchBytes >= BATCH_BYTES) {
      const failed = flush(batch);
      if (failed) return failed;
      batch = [];
      batchBytes = 0;
    }
    if (separator === COMMA) continue;
    if (separator !== CLOSE_BRACKET) throw new WholeText();
    return { end: at + 1, annotations, problem };
  }
  // The scan saw an error that parsing the items did not find: the whole text decides.
  throw new WholeText();
}
