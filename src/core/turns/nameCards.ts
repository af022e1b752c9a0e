/**
 * Debates pages copied without the member's portrait set a card over each speech: the member's name, then their
 * constituency, party or office in brackets, alone on a line (`Mary Lou McDonald (Dublin Central, Sinn Fein)`,
 * `Sarah Owen (Luton North) (Lab)`). One such line may be a caption or a list entry; what makes them cards is
 * the document's repetition, read here: a name that comes back over speech (the card, then the name alone, as
 * Hansard writes a member's later interventions), or cards whose next line is one same text (the page's
 * `Link to this` line under each card). The words in the brackets are never listed.
 */
import { isWrittenName } from './portraitLines';
import { isSpace } from './chars';
import type { TextSource } from '../text/chunkedText';

/** Longer lines are prose; a card is a name and one or two short brackets. */
const MAX_CARD_LINE = 160;
const MAX_BRACKETS = 2;
const MAX_BRACKET_TEXT = 60;
const MIN_NAME_WORDS = 2;
const MAX_NAME_WORDS = 4;
/** Blank lines a card may stand above its speech, and an edit may lie below a card and still change its reading. */
const CARD_REACH = 3;
/** Members a page's cards name at the least where only their template marks them. */
const MIN_CARD_NAMES = 2;
/** A bracket's text opens with a capital (`(Lab)`, `(Mayo, Fine Gael)`); `(laughs)` and `(2019)` are no office. */
const BRACKET_TEXT = /^\p{Lu}[^()]*$/u;
const CAPITAL_FIRST = /^\p{Lu}/u;

/** The name a card line gives (`Sarah Owen` of `Sarah Owen (Luton North) (Lab)`), or null when the line is no card. */
export function readNameCard(line: string): string | null {
  const text = line.trim();
  if (text.length > MAX_CARD_LINE || !text.endsWith(')') || !CAPITAL_FIRST.test(text)) return null;
  const open = text.indexOf('(');
  if (open <= 0) return null;
  const name = text.slice(0, open).trim();
  const words = name.split(/\s+/);
  if (words.length < MIN_NAME_WORDS || words.length > MAX_NAME_WORDS || !isWrittenName(words)) return null;
  let brackets = 0;
  for (let at = open; at < text.length; ) {
    if (text[at] !== '(') return null;
    const close = text.indexOf(')', at);
    const inner = text.slice(at + 1, close).trim();
    if (inner.length === 0 || inner.length > MAX_BRACKET_TEXT || !BRACKET_TEXT.test(inner)) return null;
    if (++brackets > MAX_BRACKETS) return null;
    at = close + 1;
    while (at < text.length && isSpace(text.charCodeAt(at))) at++;
  }
  return name;
}

/** The name of a line holding a written name and nothing else (`Sarah Owen`), or null. */
function bareName(line: string): string | null {
  const text = line.trim();
  if (text.length > MAX_CARD_LINE || !CAPITAL_FIRST.test(text)) return null;
  const words = text.split(/\s+/);
  return words.length >= MIN_NAME_WORDS && words.length <= MAX_NAME_WORDS && isWrittenName(words) ? text : null;
}

/**
 * The document's card lines, and its lines of a card's name alone, read as speakers' name lines. `opensSpeech`
 * says whether speech follows a line; `bareLines` maps the text of title-shaped lines to where they stand.
 */
export function nameCardLines(
  lineCount: number,
  lineText: (line: number) => string,
  opensSpeech: (line: number) => boolean,
  bareLines: ReadonlyMap<string, readonly number[]>,
): number[] {
  const cards: [number, string][] = [];
  for (let line = 0; line < lineCount; line++) {
    const text = lineText(line);
    if (!endsWithBracket(text)) continue;
    const name = readNameCard(text);
    if (name !== null && opensSpeech(line)) cards.push([line, name]);
  }
  if (cards.length === 0) return [];
  const bareOf = new Map<string, number[]>();
  for (const [, name] of cards) {
    if (bareOf.has(name)) continue;
    bareOf.set(name, (bareLines.get(name) ?? []).filter((line) => bareName(lineText(line)) === name && opensSpeech(line)));
  }
  const count = new Map<string, number>();
  for (const [, name] of cards) count.set(name, (count.get(name) ?? 0) + 1);
  // Cards of two members or more under one same line: the page's template (one card alone may be a caption).
  const sharedNextLine = count.size >= MIN_CARD_NAMES && cardsShareNextLine(lineCount, lineText, cards.map(([line]) => line));
  const found: number[] = [];
  for (const [line, name] of cards) {
    const bare = bareOf.get(name)!;
    if (!sharedNextLine && count.get(name)! + bare.length < 2) continue;
    found.push(line, ...bare);
  }
  return [...new Set(found)];
}

/** Whether every card's next non-blank line is one same text, the page's own line under each card. */
function cardsShareNextLine(lineCount: number, lineText: (line: number) => string, cards: readonly number[]): boolean {
  let shared: string | null = null;
  for (const line of cards) {
    let next = line + 1;
    while (next < lineCount && lineText(next).trim() === '') next++;
    if (next >= lineCount) return false;
    const text = lineText(next).trim();
    if (shared === null) shared = text;
    else if (text !== shared) return false;
  }
  return shared !== null && readNameCard(shared) === null;
}

/** A cheap test before the words are read: the line's last non-space character closes a bracket. */
function endsWithBracket(text: string): boolean {
  let end = text.length - 1;
  while (end >= 0 && isSpace(text.charCodeAt(end))) end--;
  return end > 0 && text.charCodeAt(end) === 0x29;
}

/**
 * Whether an edit of lines `first`..`last` may change the cards' reading: a card at or above the edit within reach
 * (its speech and the line under it are read). A name alone typed or changed on one line is checked where the
 * incremental analysis reads a title-shaped line (cardNamedElsewhere); lines added or removed use nameLinesEdited.
 */
export function nameCardEdited(lineCount: number, lineText: (line: number) => string, first: number, last: number): boolean {
  for (let line = Math.max(0, first - CARD_REACH); line <= Math.min(last, lineCount - 1); line++) {
    const text = lineText(line);
    if (endsWithBracket(text) && readNameCard(text) !== null) return true;
  }
  return false;
}

/** nameCardEdited, or a name alone among the lines (it may repeat a card's name): for edits that add or remove lines. */
export function nameLinesEdited(lineCount: number, lineText: (line: number) => string, first: number, last: number): boolean {
  if (nameCardEdited(lineCount, lineText, first, last)) return true;
  for (let line = first; line <= Math.min(last, lineCount - 1); line++) if (bareName(lineText(line)) !== null) return true;
  return false;
}

/** Whether `title` (trimmed) is a name alone that a card on a line other than `line` names; `text` is searched. */
export function cardNamedElsewhere(text: TextSource, lineAt: (offset: number) => number, lineText: (line: number) => string, title: string, line: number): boolean {
  if (bareName(title) !== title) return false;
  for (let at = text.indexOf(title); at >= 0; at = text.indexOf(title, at + 1)) {
    const found = lineAt(at);
    if (found !== line && readNameCard(lineText(found)) === title) return true;
  }
  return false;
}
