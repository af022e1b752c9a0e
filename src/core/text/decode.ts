import { COMMON_HAN } from './commonHan';

/** Default ceiling for a transcript; larger files are refused rather than analysed slowly. */
export const DEFAULT_MAX_TRANSCRIPT_BYTES = 20 * 1024 * 1024;

/** The legacy encodings guessed when a file is not UTF-8 (WHATWG names, as `TextDecoder` takes them). */
export type LegacyEncoding = 'gbk' | 'gb18030' | 'big5';

export type DecodeResult =
  | {
      readonly ok: true;
      readonly text: string;
      readonly hadBom: boolean;
      /** The WHATWG name of the encoding read: `utf-8`, `utf-16le`, `utf-16be`, `gbk`, `gb18030`, `big5`, … */
      readonly encoding: string;
      /** True when the encoding was guessed from the bytes (no BOM, not UTF-8, not chosen by the caller). */
      readonly guessed: boolean;
    }
  | { readonly ok: false; readonly reason: string };

export interface DecodeOptions {
  /** An encoding label `TextDecoder` knows (`gbk`, `big5`, `utf-16le`, …); skips detection. */
  readonly encoding?: string;
}

/** How many leading bytes the binary and document-format checks look at. */
const PROBE_BYTES = 64 * 1024;
/** UTF-16 or UTF-32 without a BOM: at least this share of the probed characters is under 256, so their NUL bytes show the encoding. */
const MIN_LATIN1_SHARE = 0.3;

/**
 * Turns file bytes into transcript text, or says in one line why it cannot. Reads UTF-8 (with or without
 * BOM), UTF-16 with a BOM or an unmistakable pattern of NUL bytes, and GBK/GB18030/Big5 when the bytes
 * decode to ordinary Chinese in one of them. The BOM is dropped, as VS Code does, so offsets agree with
 * the editor's.
 */
export function decodeTranscript(bytes: Uint8Array, maxBytes = DEFAULT_MAX_TRANSCRIPT_BYTES, options: DecodeOptions = {}): DecodeResult {
  if (bytes.length > maxBytes) {
    return { ok: false, reason: `file is ${formatBytes(bytes.length)}, over the ${formatBytes(maxBytes)} limit` };
  }
  if (options.encoding !== undefined) return decodeAs(bytes, options.encoding);
  // Checked before UTF-16: the UTF-32LE BOM starts with UTF-16LE's, and read as UTF-16 the text is NUL-riddled.
  const utf32 = utf32Bom(bytes);
  if (utf32) return { ok: false, reason: `file is ${utf32} (it starts with a ${utf32} BOM), which neither this tool nor VS Code reads: save it as UTF-8` };
  const unmarkedUtf32 = bomlessUtf32(bytes);
  if (unmarkedUtf32) return { ok: false, reason: `file looks like ${unmarkedUtf32} without a BOM (four bytes per character), which neither this tool nor VS Code reads: save it as UTF-8` };
  const bom = bomEncoding(bytes);
  if (bom) return decodeWith(bytes, bom, false);
  const document = documentFormat(bytes);
  if (document) return { ok: false, reason: document };
  const utf16 = bomlessUtf16(bytes);
  if (utf16) return decodeWith(bytes, utf16, true);
  const probe = Math.min(bytes.length, PROBE_BYTES);
  for (let i = 0; i < probe; i++) {
    if (bytes[i] === 0) return { ok: false, reason: 'file looks binary (it contains NUL bytes)' };
  }
  const utf8 = tryDecode(bytes, 'utf-8');
  if (utf8 !== undefined) return withoutBom(utf8, 'utf-8', false);
  const legacy = guessLegacyEncoding(bytes);
  if (legacy) return decodeWith(bytes, legacy, true);
  return { ok: false, reason: 'file is not valid UTF-8 (nor GBK, GB18030, Big5 or UTF-16); choose its encoding with --encoding' };
}

/** The encoding a BOM announces, if the bytes start with one. */
function bomEncoding(bytes: Uint8Array): 'utf-8' | 'utf-16le' | 'utf-16be' | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

function utf32Bom(bytes: Uint8Array): 'UTF-32LE' | 'UTF-32BE' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0 && bytes[3] === 0) return 'UTF-32LE';
  if (bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff) return 'UTF-32BE';
  return undefined;
}

/**
 * UTF-32 without a BOM: every four-byte unit is a code point (at most 0x10FFFF, so the high byte is NUL and the
 * next at most 0x10), and text that is mostly ASCII has two more NULs in most units. Checked before the UTF-16
 * pattern, which such bytes can also match.
 */
function bomlessUtf32(bytes: Uint8Array): 'UTF-32LE' | 'UTF-32BE' | undefined {
  const probe = Math.min(bytes.length, PROBE_BYTES) & ~3;
  if (probe < 8 || bytes.length % 4 !== 0) return undefined;
  let little = true;
  let big = true;
  let latin1Units = 0;
  for (let i = 0; i < probe && (little || big); i += 4) {
    const [b0, b1, b2, b3] = [bytes[i]!, bytes[i + 1]!, bytes[i + 2]!, bytes[i + 3]!];
    if (b3 !== 0 || b2 > 0x10 || (b0 === 0 && b1 === 0 && b2 === 0)) little = false;
    if (b0 !== 0 || b1 > 0x10 || (b1 === 0 && b2 === 0 && b3 === 0)) big = false;
    // In both byte orders the two middle bytes are NUL for a code point under 256.
    if (b1 === 0 && b2 === 0) {
      latin1Units++;
      // Text has no control characters but line breaks and tabs; small binary integers (1, 2, 3…) do.
      if (isBinaryControl(b0)) little = false;
      if (isBinaryControl(b3)) big = false;
    }
  }
  const units = probe / 4;
  if (latin1Units < units * MIN_LATIN1_SHARE) return undefined;
  return little ? 'UTF-32LE' : big ? 'UTF-32BE' : undefined;
}

/** A C0 control character that text never holds (NUL included); tab, line feed, form feed and carriage return are text. */
function isBinaryControl(byte: number): boolean {
  return byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d;
}

/** A one-line reason when the bytes are a document format people confuse with text (PDF, Word). */
function documentFormat(bytes: Uint8Array): string | undefined {
  const starts = (...magic: number[]): boolean => magic.every((b, i) => bytes[i] === b);
  const exportHint = 'export it as plain text (.txt, UTF-8) first';
  if (starts(0x25, 0x50, 0x44, 0x46, 0x2d)) return `file is a PDF document, not plain text: ${exportHint}`;
  if (starts(0x50, 0x4b, 0x03, 0x04)) {
    const head = latin1(bytes.subarray(0, PROBE_BYTES));
    if (head.includes('word/')) return `file is a Word document (.docx), not plain text: ${exportHint} (File › Save As › Plain Text)`;
    if (head.includes('opendocument')) return `file is an OpenDocument file, not plain text: ${exportHint}`;
    return `file is a ZIP archive (an office document?), not plain text: ${exportHint}`;
  }
  if (starts(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) return `file is an old Office document (.doc), not plain text: ${exportHint}`;
  return undefined;
}

function latin1(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 8192) text += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return text;
}

/**
 * UTF-16 without a BOM, recognised by its NUL bytes: text that is mostly ASCII has a NUL in every other
 * byte, all on the same side. Binary data has NULs too, but not so regularly.
 */
function bomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const probe = Math.min(bytes.length, PROBE_BYTES) & ~1;
  if (probe < 4) return undefined;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let i = 0; i < probe; i += 2) {
    if (bytes[i] === 0) evenNuls++;
    if (bytes[i + 1] === 0) oddNuls++;
  }
  const pairs = probe / 2;
  const encoding = oddNuls >= pairs * MIN_LATIN1_SHARE && evenNuls === 0 ? 'utf-16le' : evenNuls >= pairs * MIN_LATIN1_SHARE && oddNuls === 0 ? 'utf-16be' : undefined;
  if (!encoding || bytes.length % 2 !== 0) return undefined;
  const text = tryDecode(bytes.subarray(0, probe), encoding);
  // Text, not numbers that happen to be small: no control characters other than tab and line breaks.
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  return text !== undefined && !/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(text) ? encoding : undefined;
}

/**
 * GB18030 (a superset of GBK) or Big5, whichever decodes the bytes into text made mostly of common Chinese
 * characters; undefined when neither does (Latin-1, damaged UTF-8, random bytes).
 */
export function guessLegacyEncoding(bytes: Uint8Array): LegacyEncoding | undefined {
  let best: { encoding: LegacyEncoding; score: number } | undefined;
  for (const encoding of ['gb18030', 'big5'] as const) {
    const text = tryDecode(bytes, encoding);
    if (text === undefined) continue;
    const score = commonHanShare(text);
    if (score !== undefined && score >= MIN_COMMON_HAN_SHARE && (!best || score > best.score)) best = { encoding, score };
  }
  if (!best) return undefined;
  return best.encoding === 'gb18030' && !hasFourByteGb18030(bytes) ? 'gbk' : best.encoding;
}

/**
 * Real Chinese text is 60–80% the commonest 500 characters; the same bytes read in the wrong encoding give
 * rare characters, a few percent of them common.
 */
const MIN_COMMON_HAN_SHARE = 0.3;
/** Below this many Han characters the share says nothing. */
const MIN_HAN_SAMPLE = 8;

function commonHanShare(text: string): number | undefined {
  let han = 0;
  let common = 0;
  for (const char of text.length > 200_000 ? text.slice(0, 200_000) : text) {
    if (!/\p{Script=Han}/u.test(char)) continue;
    han++;
    if (COMMON_HAN.has(char)) common++;
  }
  return han >= MIN_HAN_SAMPLE ? common / han : undefined;
}

/** GB18030's four-byte sequences (lead 0x81–0xFE, then a digit): text GBK cannot hold. */
function hasFourByteGb18030(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length - 1; i++) {
    const b = bytes[i]!;
    if (b < 0x80) continue;
    const next = bytes[i + 1]!;
    if (next >= 0x30 && next <= 0x39) return true;
    i++;
  }
  return false;
}

function tryDecode(bytes: Uint8Array, encoding: string): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function decodeWith(bytes: Uint8Array, encoding: string, guessed: boolean): DecodeResult {
  const text = tryDecode(bytes, encoding);
  if (text === undefined) return { ok: false, reason: `file is not valid ${displayEncoding(encoding)}` };
  return withoutBom(text, encoding, guessed);
}

function decodeAs(bytes: Uint8Array, label: string): DecodeResult {
  let encoding: string;
  try {
    encoding = new TextDecoder(label).encoding;
  } catch {
    return { ok: false, reason: `unknown encoding '${label}' (try utf-8, utf-16le, utf-16be, gbk, gb18030 or big5)` };
  }
  return decodeWith(bytes, encoding, false);
}

function withoutBom(text: string, encoding: string, guessed: boolean): DecodeResult {
  const hadBom = text.charCodeAt(0) === 0xfeff;
  return { ok: true, text: hadBom ? text.slice(1) : text, hadBom, encoding, guessed };
}

/** How people write an encoding's name: `GBK`, `Big5`, `UTF-16LE`. */
export function displayEncoding(encoding: string): string {
  return encoding === 'big5' ? 'Big5' : encoding.toUpperCase();
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
