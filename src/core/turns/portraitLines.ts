/**
 * Parliament pages copied from the web put a card over each speech: the member's portrait, whose alternative
 * text names them, then the name again as a link, then their party or office. As text the card is one line
 * that writes the name twice: `Photo of Helen Marsh Helen Marsh Labour, Wythall South`,
 * `Helen Marsh Portrait Helen Marsh (Wythall South) (Lab)`, `Tom Leigh Portrait The Minister of State (Tom Leigh)`.
 * The doubled name is the structure read here; the words around it (`Photo of`, `Portrait`) are the page's own
 * and are only compared with the document's other cards, never listed.
 */

/** The name a portrait card names, where its words lie in the line, and the card's frame. */
export interface PortraitCard {
  readonly name: string;
  /** Offsets of the name's first writing in the line. */
  readonly nameStart: number;
  readonly nameEnd: number;
  /** The words before the first name and between the two (`photo of|`, `|portrait`): the page's template. */
  readonly frame: string;
}

/** Longer lines are prose; a card's line is a name twice and an office. */
const MAX_CARD_LINE = 240;
const MAX_NAME_WORDS = 4;
const MIN_NAME_WORDS = 2;
/** Words before the first name: the alternative text's own (`Photo of`). */
const MAX_LEAD_WORDS = 2;
/** A word of a written name: a capital first (`O'Brien`, `Smith-Jones`, an initial `J.`). */
const NAME_WORD = /^\p{Lu}[\p{L}\p{M}'’.-]*$/u;
/** Lower-case words a name may hold between its capitalised ones. */
const NAME_PARTICLES = new Set(['de', 'van', 'von', 'der', 'den', 'da', 'di', 'du', 'la', 'le', 'bin', 'al']);
const WORD = /\S+/g;

/**
 * The card a line is, if it writes a name of two to four words twice: right after itself, after one word of the
 * page's (`Portrait`), or, after that word, in brackets at the end of an office (`… (Tom Leigh)`).
 */
export function readPortraitCard(line: string): PortraitCard | null {
  if (line.length > MAX_CARD_LINE || line.length < 5) return null;
  const words: { text: string; start: number; end: number }[] = [];
  for (const match of line.matchAll(WORD)) {
    words.push({ text: match[0], start: match.index, end: match.index + match[0].length });
    if (words.length > MAX_LEAD_WORDS + 2 * MAX_NAME_WORDS + 1) break;
  }
  for (let lead = 0; lead <= MAX_LEAD_WORDS; lead++) {
    const frameLead = words.slice(0, lead).map((word) => word.text.toLowerCase()).join(' ');
    for (let size = MAX_NAME_WORDS; size >= MIN_NAME_WORDS; size--) {
      const name = words.slice(lead, lead + size);
      if (name.length < size || !isWrittenName(name.map((word) => word.text))) continue;
      const written = name.map((word) => word.text).join(' ');
      for (let gap = 0; gap <= 1; gap++) {
        const again = words.slice(lead + size + gap, lead + 2 * size + gap);
        if (again.length === size && again.every((word, index) => word.text === name[index]!.text)) {
          return card(written, name, frameLead, gap ? words[lead + size]!.text : '');
        }
      }
      // `Tom Leigh Portrait The Minister of State (Tom Leigh)`: the office, then the name in brackets.
      const gapWord = words[lead + size];
      if (gapWord && line.trimEnd().endsWith(`(${written})`) && line.indexOf(`(${written})`) > gapWord.end) return card(written, name, frameLead, gapWord.text);
    }
    const glued = gluedCard(words, lead, frameLead);
    if (glued) return glued;
  }
  return null;
}

/**
 * `Photo of Enda KennyEnda Kenny (Mayo, Fine Gael)`: a page whose alternative text and link touch writes the name's
 * last word and its first as one word. The name is read from the words at `lead` up to that one, and must follow it.
 */
function gluedCard(words: readonly { text: string; start: number; end: number }[], lead: number, frameLead: string): PortraitCard | null {
  const first = words[lead];
  if (!first) return null;
  for (let size = MAX_NAME_WORDS; size >= MIN_NAME_WORDS; size--) {
    const joint = words[lead + size - 1];
    if (!joint || joint.text.length <= first.text.length || !joint.text.endsWith(first.text)) continue;
    const last = joint.text.slice(0, joint.text.length - first.text.length);
    const nameWords = [...words.slice(lead, lead + size - 1).map((word) => word.text), last];
    if (!isWrittenName(nameWords)) continue;
    const again = words.slice(lead + size, lead + 2 * size - 1);
    if (again.length !== size - 1 || !again.every((word, index) => word.text === nameWords[index + 1])) continue;
    const name = [...words.slice(lead, lead + size - 1), { start: joint.start, end: joint.start + last.length }];
    return card(nameWords.join(' '), name, frameLead, GLUED);
  }
  return null;
}
/** The frame's middle for a card whose two writings touch (gluedCard). */
const GLUED = '+';

function card(written: string, name: readonly { start: number; end: number }[], frameLead: string, gapWord: string): PortraitCard {
  return { name: written, nameStart: name[0]!.start, nameEnd: name[name.length - 1]!.end, frame: `${frameLead}|${gapWord.toLowerCase()}` };
}

/** Two to four words of a written name: capitals first, lower-case particles between (`de`, `van`). */
export function isWrittenName(words: readonly string[]): boolean {
  if (!NAME_WORD.test(words[0]!) || !NAME_WORD.test(words[words.length - 1]!)) return false;
  return words.every((word) => NAME_WORD.test(word) || NAME_PARTICLES.has(word)) && words.some((word) => word.length > 2 && !word.endsWith('.'));
}

/**
 * The lines that are portrait cards of a frame the document uses at least `minCards` times: one card is a
 * coincidence (`New York New York`), a page's template repeats.
 */
export function portraitCardLines(lineCount: number, lineText: (line: number) => string, minCards: number): Map<number, PortraitCard> {
  const byFrame = new Map<string, [number, PortraitCard][]>();
  for (let line = 0; line < lineCount; line++) {
    const text = lineText(line);
    if (text.length > MAX_CARD_LINE || !startsLikeCard(text)) continue;
    const found = readPortraitCard(text);
    if (!found) continue;
    const same = byFrame.get(found.frame);
    if (same) same.push([line, found]);
    else byFrame.set(found.frame, [[line, found]]);
  }
  const cards = new Map<number, PortraitCard>();
  for (const same of byFrame.values()) if (same.length >= minCards) for (const [line, found] of same) cards.set(line, found);
  return cards;
}

/** A cheap test before the words are read: a card begins with a capital. */
function startsLikeCard(text: string): boolean {
  const first = text.charCodeAt(0);
  if (first >= 0x41 && first <= 0x5a) return true;
  return first > 0x7f && CAPITAL_FIRST.test(text);
}
const CAPITAL_FIRST = /^\p{Lu}/u;

/**
 * Whether any of lines `first`..`last` is a portrait card: cards are read across the document (a frame used
 * twice), so an edit that makes, unmakes or renames one is left to the full analysis.
 */
export function portraitCardEdited(_lineCount: number, lineText: (line: number) => string, first: number, last: number): boolean {
  for (let line = first; line <= last; line++) {
    const text = lineText(line);
    if (startsLikeCard(text.trimStart()) && readPortraitCard(text) !== null) return true;
  }
  return false;
}
