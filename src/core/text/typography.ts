import type { FoldedText } from './fold';
import { OffsetMap } from './offsetMap';
import type { Span } from './positions';

// Editors, converters and formatters change how a text is set without changing what it says: they re-wrap
// lines, turn CRLF into LF, put full-width punctuation in place of half-width (or back), curl quotes, add or
// remove the spaces between Chinese and Latin text, turn `--` into `—`, bold a name. `foldTypography` maps all those
// forms to one, so a quote stored before such a change is found exactly after it.

/** Characters that lay out text without being part of it (every Unicode space and line break: wider than turns/chars.ts isSpace). */
function isSpace(code: number): boolean {
  return (
    code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0 || code === 0x3000 || (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x1680
  );
}

/** Zero-width characters and a stray byte-order mark: dropped wherever they are. */
function isInvisible(code: number): boolean {
  return (code >= 0x200b && code <= 0x200d) || code === 0x2060 || code === 0xfeff;
}

/** White space or a zero-width character: what `foldTypography` drops or turns into one space. */
export function isLayoutCharacter(code: number): boolean {
  return isSpace(code) || isInvisible(code);
}

/** `span` without the layout characters at its ends (a folded match maps back over the line break before it). */
export function trimLayout(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && isLayoutCharacter(text.charCodeAt(start))) start++;
  while (end > start && isLayoutCharacter(text.charCodeAt(end - 1))) end--;
  return start === span.start && end === span.end ? span : { start, end };
}

/** Wide (East Asian) characters: no spaces between words, so a space next to one is layout. */
function isWide(code: number): boolean {
  return (
    (code >= 0x2e80 && code <= 0x9fff) || // radicals, CJK punctuation, kana, ideographs
    (code >= 0xac00 && code <= 0xd7af) || // Hangul
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) || // vertical and small forms
    (code >= 0xff00 && code <= 0xffef) || // full-width forms
    (code >= 0xd800 && code <= 0xdfff) // surrogates: CJK extensions, emoji
  );
}

/** The one form a punctuation mark folds to (same length), or 0 to keep it. */
function foldedMark(code: number): number {
  if (code >= 0xff01 && code <= 0xff5e) return code - 0xfee0; // full-width ASCII
  switch (code) {
    case 0x3002: // 。
    case 0xff61:
      return 0x2e;
    case 0x3001: // 、
      return 0x2c;
    case 0x201c:
    case 0x201d:
    case 0x201e:
    case 0x201f:
    case 0x300c: // 「
    case 0x300d:
    case 0x300e: // 『
    case 0x300f:
    case 0x301d:
    case 0x301e:
    case 0x2033:
      return 0x22;
    case 0x2018:
    case 0x2019:
    case 0x201a:
    case 0x201b:
    case 0x2032:
      return 0x27;
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
      return 0x2d;
    default:
      return 0;
  }
}

const ELLIPSIS = 0x2026;
/** `—` and `―`: written `--` on a keyboard, and smart punctuation turns one into the other. */
const EM_DASH = 0x2014;
const HORIZONTAL_BAR = 0x2015;
const ASTERISK = 0x2a;
const UNDERSCORE = 0x5f;

/**
 * The end of a Markdown emphasis run starting at `i` (`*`, `**`, `***`, `__`, `___`) that touches a word on at least
 * one side, or `i` when there is none there: `**Name**` says `Name`. A run with space on both sides (` * `, a bullet's
 * `* `) is text, and so is a single `_` (`snake_case`).
 */
function emphasisEnd(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if ((code !== ASTERISK && code !== UNDERSCORE) || (i > 0 && text.charCodeAt(i - 1) === code)) return i;
  let end = i + 1;
  while (end < text.length && text.charCodeAt(end) === code) end++;
  const length = end - i;
  if (length > 3 || (code === UNDERSCORE && length < 2)) return i;
  const before = i > 0 ? text.charCodeAt(i - 1) : -1;
  const after = end < text.length ? text.charCodeAt(end) : -1;
  const open = (c: number): boolean => c < 0 || isSpace(c);
  return open(before) && open(after) ? i : end;
}

/**
 * Whether a space next to this character (-1: the text's end) can separate two words: not next to a wide
 * character or a punctuation mark (`，` then `, ` is the same text), nor at an end.
 */
function separatesWords(code: number): boolean {
  if (code < 0) return false;
  // Judged as folded: a full-width digit or letter (`２０２４`, as a Chinese input method types it) is its ASCII self.
  const mark = foldedMark(code) || code;
  if (isWide(mark)) return false;
  return !((mark >= 0x21 && mark <= 0x2f) || (mark >= 0x3a && mark <= 0x40) || (mark >= 0x5b && mark <= 0x60) || (mark >= 0x7b && mark <= 0x7e) || code === ELLIPSIS || code === EM_DASH || code === HORIZONTAL_BAR);
}

let utf16: TextDecoder | undefined;

/**
 * `text` with its typography folded: runs of white space become one space between two words, and nothing
 * next to a wide (Chinese, Japanese, Korean) character, a punctuation mark or the text's ends; zero-width characters go; full-width
 * and curly punctuation become ASCII (`，`→`,`, `。`→`.`, `「`→`"`, `’`→`'`), `…` becomes `...`, `—` becomes `--`,
 * and Markdown emphasis marks touching a word go (`**Tim**`, see emphasisEnd). The map leads back to `text`'s offsets.
 */
export function foldTypography(text: string): FoldedText {
  const map = new OffsetMap();
  const out = new Uint16Array(text.length * 3);
  let length = 0;
  let i = 0;
  /** The last character kept, as written (-1 at the start): whether a space after it separates words. */
  let previous = -1;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (isSpace(code) || isInvisible(code)) {
      let end = i + 1;
      let visibleSpace = isSpace(code);
      while (end < text.length && (isSpace(text.charCodeAt(end)) || isInvisible(text.charCodeAt(end)))) {
        visibleSpace ||= isSpace(text.charCodeAt(end));
        end++;
      }
      // The words on either side, past emphasis marks the fold drops (`said **Tim**` is `said Tim`).
      let next = end;
      for (let past = emphasisEnd(text, next); past > next; past = emphasisEnd(text, next)) next = past;
      const after = next < text.length ? text.charCodeAt(next) : -1;
      const keep = visibleSpace && separatesWords(previous) && separatesWords(after);
      map.add(i, end, length, length + (keep ? 1 : 0));
      if (keep) out[length++] = 0x20;
      i = end;
      continue;
    }
    const emphasis = emphasisEnd(text, i);
    if (emphasis > i) {
      map.add(i, emphasis, length, length);
      i = emphasis;
      continue;
    }
    previous = code;
    if (code === EM_DASH || code === HORIZONTAL_BAR) {
      map.add(i, i + 1, length, length + 2);
      out[length++] = 0x2d;
      out[length++] = 0x2d;
      i++;
      continue;
    }
    if (code === ELLIPSIS) {
      map.add(i, i + 1, length, length + 3);
      out[length++] = 0x2e;
      out[length++] = 0x2e;
      out[length++] = 0x2e;
      i++;
      continue;
    }
    out[length++] = foldedMark(code) || code;
    i++;
  }
  if (map.isIdentity && length === text.length && !differs(out, text)) return { text, map };
  utf16 ??= new TextDecoder('utf-16le', { ignoreBOM: true });
  return { text: utf16.decode(new Uint8Array(out.buffer, 0, length * 2)), map };
}

function differs(codes: Uint16Array, text: string): boolean {
  for (let i = 0; i < text.length; i++) if (codes[i] !== text.charCodeAt(i)) return true;
  return false;
}
