import { detached } from '../text/detached';
import { foldToSimplified } from '../text/fold';
import type { TextSource } from '../text/chunkedText';
import type { LineIndex } from '../text/positions';

/**
 * Longest prefix of a line that label recognition looks at, so a 5 MB line costs no more than a short one.
 * Long enough for a parliamentary label with its full office in brackets (`Ms. Carolyn Parrish
 * (Parliamentary Secretary to Minister of Public Works and Government Services, Lib.):`, 103 characters).
 */
export const LABEL_SCAN_LIMIT = 160;
/** Longest bracketed role or constituency inside a label, brackets included. */
export const MAX_LABEL_ROLE_LENGTH = 120;

export function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 0x3000 || code === 0xa0 || code === 0xfeff || code === 11 || code === 12;
}

/**
 * Invisible marks that set the direction of right-to-left text (LRM, RLM, ALM, the embeddings and isolates): chat
 * clients and word processors put them around a name (`\u200fيوسف حداد\u200f:`, WhatsApp's `\u200eAnna:`). They are
 * no part of what is written; replace with '' (the flag is global).
 */
export const BIDI_MARKS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function isColon(code: number): boolean {
  return code === 58 /* : */ || code === 0xff1a /* ： */;
}

/** The first `:` or `：` in text[from, end), or -1: a short range (a line's head) read character by character. */
export function firstColonIn(text: TextSource, from: number, end: number): number {
  for (let i = from; i < end; i++) if (isColon(text.charCodeAt(i))) return i;
  return -1;
}

/**
 * Symbols that mark a list item or a speaker in Chinese pages (`▲DVB電視臺記者：`, `■李明：`, `★ 主持人：`),
 * often with no space after them: •, ※, ★, ☆ and the geometric shapes (■ □ ▲ △ ▶ ► ◆ ◇ ○ ● ◎ …).
 */
export function isBulletSymbol(code: number): boolean {
  return code === 0x2022 || code === 0x203b || code === 0x2605 || code === 0x2606 || (code >= 0x25a0 && code <= 0x25ff);
}

/** Most emoji live outside the BMP: their first UTF-16 unit is a high surrogate. */
export function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** Emoji and symbols live outside the BMP or in the symbol blocks. */
export function mayBeIcon(code: number): boolean {
  return isHighSurrogate(code) || (code >= 0x2190 && code <= 0x2bff) || code === 0x3297 || code === 0x3299;
}
const LEADING_ICONS = /^(?:\p{Extended_Pictographic}|\p{So}|\p{Emoji_Modifier}|\u200d|\ufe0f)+/u;
/** Longest run of icons read before a name (a skin tone and a joined second figure included). */
export const MAX_ICONS_LENGTH = 24;

/**
 * The length of the icons opening text[from…] (`🎤`, `👦🏻`, `🧑‍🎨`), or 0: WeChat write-ups put a speaker's
 * avatar before the name (`👦🏻 Koji`, `🎤 李明：`), decoration that never carries the name.
 */
export function leadingIconsLength(text: string, from = 0): number {
  if (!mayBeIcon(text.charCodeAt(from))) return 0;
  const icons = LEADING_ICONS.exec(text.slice(from, from + MAX_ICONS_LENGTH));
  return icons ? icons[0].length : 0;
}

export function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

export function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** a-z only: for text already folded to lower case (matching keys). */
export function isAsciiLowerLetter(code: number): boolean {
  return code >= 97 && code <= 122;
}

/** A-Z only: an English capital (a sentence or title start). */
export function isAsciiUpperLetter(code: number): boolean {
  return code >= 65 && code <= 90;
}

export function isAsciiLetterOrDigit(code: number): boolean {
  return isAsciiLetter(code) || isDigit(code);
}

/** Ideographs, including the extension planes (surrogate pairs). */
export function isHan(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xd840 && code <= 0xd87f);
}

/** Marks that end a sentence, in both widths. */
export const SENTENCE_END = new Set(['。', '！', '？', '!', '?', '；', ';', '…', '．']);
/** Marks that split clauses. */
export const CLAUSE_BREAK = new Set([...SENTENCE_END, '，', ',', '：', ':']);
export const OPENING_QUOTES = new Set(['「', '『', '“', '"', '《', '‘']);
export const CLOSING_QUOTES = new Set(['」', '』', '”', '"', '》', '’']);

const ZH_OPENING_QUOTES = new Set(['「', '『', '“']);
const ZH_CLOSING_QUOTES = new Set(['」', '』', '”']);
/** What may follow a quote's close at the end of a line that is wholly a quote. */
const AFTER_QUOTE = /^[。．.！!？?…\s]*$/;

/**
 * Whether a line may be a label whose speech is wholly a quote (`總統蔡英文:「你聽得見嗎?」`): the text after its first
 * colon opens with a Chinese quote (a superset of what findTurns reads). `head` is the line's start, at most
 * LABEL_SCAN_LIMIT characters. For the incremental analyzer's edits of the blank line under it.
 */
export function mayBeQuoteLabelLine(head: string): boolean {
  const colon = head.search(/[:：]/);
  return colon >= 0 && ZH_OPENING_QUOTES.has(head.slice(colon + 1).trimStart().charAt(0));
}

/**
 * `「你聽得見嗎?」`: a label's speech that is one quotation in Chinese marks, closed at its end (a full stop may
 * follow). `“十二五”时期…` opens with a quoted term and is none.
 */
export function isWhollyQuoted(speech: string): boolean {
  if (!ZH_OPENING_QUOTES.has(speech.charAt(0))) return false;
  let depth = 0;
  for (let i = 0; i < speech.length; i++) {
    const ch = speech[i]!;
    if (ZH_OPENING_QUOTES.has(ch)) depth++;
    else if (ZH_CLOSING_QUOTES.has(ch) && --depth === 0) return AFTER_QUOTE.test(speech.slice(i + 1));
  }
  return false;
}

/** Index of the first non-space character at or after `from`, at most `limit`. */
export function skipSpaces(text: TextSource, from: number, limit = text.length): number {
  let i = from;
  while (i < limit && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** The first `length` characters of line `line` (all of it when shorter): bounded reads of long lines. */
export function linePrefix(lines: LineIndex, line: number, length: number): string {
  const start = lines.lineStart(line);
  return lines.source.slice(start, Math.min(lines.lineEnd(line), start + length));
}

/** Whether line `line` holds nothing but spaces. */
export function isBlankLine(lines: LineIndex, line: number): boolean {
  return skipSpaces(lines.source, lines.lineStart(line), lines.lineEnd(line)) === lines.lineEnd(line);
}

/** The first line from `from` on that holds more than spaces, or lineCount when none does. */
export function nextNonBlankLine(lines: LineIndex, from: number): number {
  let line = from;
  while (line < lines.lineCount && isBlankLine(lines, line)) line++;
  return line;
}

/** Index just past the last non-space character before `to`, at least `from`. */
export function trimEnd(text: TextSource, from: number, to: number): number {
  let i = to;
  while (i > from && isSpace(text.charCodeAt(i - 1))) i--;
  return i;
}

export function countHan(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) if (isHan(text.charCodeAt(i))) count++;
  return count;
}

export function hasHan(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isHan(text.charCodeAt(i))) return true;
  return false;
}

/** Folded short strings; labels and titles repeat, so most lookups hit. Cleared when full, to stay bounded. */
const foldCache = new Map<string, string>();
const FOLD_CACHE_SIZE = 4096;

/** Short text folded to Simplified Chinese so word lists are written once. Only for short strings. */
export function simplified(text: string): string {
  if (!hasHan(text)) return text;
  let folded = foldCache.get(text);
  if (folded === undefined) {
    if (foldCache.size >= FOLD_CACHE_SIZE) foldCache.clear();
    // Copies: the cache outlives the document `text` may be a slice of (see detached).
    const key = detached(text);
    folded = detached(foldToSimplified(key).text);
    foldCache.set(key, folded);
  }
  return folded;
}

/** A line of at most `maxLength` characters (trimmed) ending in a colon: the shape of a label with nothing after it. */
export function isShortColonLine(lineText: string, maxLength: number): boolean {
  const start = skipSpaces(lineText, 0, lineText.length);
  const end = trimEnd(lineText, start, lineText.length);
  return end > start && end - start <= maxLength && isColon(lineText.charCodeAt(end - 1));
}

/**
 * Whether an edit of lines `first`..`last` may change a rule that reads a label alone on its line with the line under
 * it: a line `isLabelAlone` accepts, within reach above or at the edit, stands over (at most `blanks` blank lines
 * between) a next non-blank line, trimmed, that `readsBelow` accepts, and the edit reaches that pair (the label, the
 * blank lines between or the line read). Read from the text alone, before and after the edit, so the incremental
 * analyzer falls back then: asked of both sides, a line that turns blank or stops being blank is in the pair on one.
 */
export function labelAloneOverWithinReach(
  lineCount: number,
  lineAt: (line: number) => string,
  range: { readonly first: number; readonly last: number; readonly blanks: number },
  isLabelAlone: (lineText: string) => boolean,
  readsBelow: (trimmed: string) => boolean,
): boolean {
  const reach = range.blanks + 1;
  for (let line = Math.max(0, range.first - reach); line <= Math.min(lineCount - 1, range.last + 1); line++) {
    if (!isLabelAlone(lineAt(line))) continue;
    for (let below = line + 1; below < lineCount && below <= line + reach; below++) {
      const text = lineAt(below).trim();
      if (text === '') continue;
      // Only a pair the edit reaches (the label, the blank lines between, the line read) can read otherwise after it:
      // a pair wholly above or below the edit reads the same on both sides.
      if (line <= range.last && below >= range.first && readsBelow(text)) return true;
      break;
    }
  }
  return false;
}

/** A sub-heading is short. */
const MAX_PLAIN_SUBHEADING = 30;
/** Marks a line of speech ends with (a sentence, a clause, a quote, a bracket): a sub-heading ends with none. */
const SPEECH_LINE_END = /[。．.！!？?…；;：:，,、」』”"’）)】\]]$/;

/**
 * `.外需收缩,反全球化潮流抬头`, `AI发展史上的三波浪潮`: a short line of Han text that ends with no sentence or clause
 * mark and opens with no markup, the shape of a plain sub-heading inside a speech. Its neighbours are not read.
 */
export function isPlainSubheadingShape(line: string): boolean {
  const text = line.trim();
  if (text.length < 4 || text.length > MAX_PLAIN_SUBHEADING || /^[#*![<>|_-]/.test(text)) return false;
  // `第一种是…**指数分布；**`: the mark before closing emphasis ends the line; `…是甚么?这个中心是中国` holds a sentence.
  return !SPEECH_LINE_END.test(text.replace(/[*_]+$/, '')) && !SENTENCE_MARK.test(text) && !ADDRESS.test(text) && /\p{Script=Han}{2}/u.test(text);
}

const SENTENCE_MARK = /[。！？!?]/;
/** Thanks and forms of address (`谢谢大家`, `尊敬的各位来宾`): a speaker's words even when no mark ends them. */
const ADDRESS = /谢谢|謝謝|感谢|感謝|大家|各位|朋友们|朋友們|同志们|同志們|女士|先生|同学们|同學們|你们|你們|您/;
