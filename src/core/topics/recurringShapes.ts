// Section titles learned from the document's own line shapes. A writer titles every section the same way: the
// same wrapper (plain, bold, a `<p>` paragraph), the same numbering scheme (`一、`, `（一）`, `1.`, `01`, `I.`, `第…章`)
// or none, the same script and case, the same indentation, the same spacing, and no closing punctuation. A line
// shape that recurs with prose under each occurrence is the document's section-title shape, whatever its words;
// a one-off line is left to the other rules, which ask for stronger evidence, unless it carries its scheme's first
// number (`1.`, `一、`, `第一篇`): the number promises the sections after it, where an excerpt may cut before them. Lines whose text comes back
// elsewhere (a speaker's name line, a running page header) are no titles: a title names its section once.
import type { LineIndex, Span } from '../text/positions';
import { isBlankLine, skipSpaces } from '../turns/chars';
import { isCaptionOrByline, isFurnitureOrDateline } from './titles';

/** A title holds at most this many characters (Chinese) or this many (Latin script, words and spaces). */
const MAX_HAN_TITLE = 40;
const MAX_LATIN_TITLE = 60;
const MAX_LATIN_WORDS = 10;
/** Longest line read for a shape (markup included). */
const MAX_PROBE = 200;
/** Prose under a title: longer than the title by this factor, and at least this long. */
const PROSE_FACTOR = 2;
const MIN_HAN_PROSE = 24;
const MIN_LATIN_PROSE = 60;
/** Blank lines allowed between a title and its prose. */
const MAX_BLANKS_BELOW = 2;
/** A shape is the document's title shape when at least this many of its lines stand over prose. */
const MIN_RECURRENCE = 2;
/**
 * Which lines an edit may change the reading of: a candidate reads the line above it and the one below it, and
 * whether it may stand over prose reads down to its prose (past two blank lines), the blank lines under that and the
 * line after them. So the lines up to this many above an edit and one below it.
 */
const READ_ABOVE_EDIT = 2 * MAX_BLANKS_BELOW + 2;
const READ_BELOW_EDIT = 1;

const HAN = /\p{Script=Han}/u;
const LETTER = /\p{L}/u;
const LOWER = /\p{Ll}/u;
const UPPER_START = /^[^\p{L}]*\p{Lu}/u;
/** A sentence inside or at the end, a pause or a colon at the end: no title. */
const SENTENCE_INSIDE = /[。！？!?；;]|\.\s/;
const OPEN_END = /[。．.！!？?；;，,、：:…—\-–]$/;
const CLAUSE_MARKS = /[，,、]/g;
const MAX_CLAUSE_MARKS = 2;
const SENTENCE_MARK = /[。．.！!？?；;]/;

/** Numbering schemes, by family; the first that matches names the line's scheme. */
const NUMBERING: readonly (readonly [string, RegExp])[] = [
  ['han、', /^[一二三四五六七八九十]{1,3}[、．.]\s*/],
  ['(han)', /^[（(][一二三四五六七八九十]{1,3}[）)]\s*/],
  ['第', /^第[一二三四五六七八九十\d]{1,3}[章节節部篇讲講课課][\s：:]*/],
  ['01', /^0[1-9](?=[\s\p{L}])\s*/u],
  ['1.', /^[1-9]\d?[、．.](?!\d)\s*/],
  ['(1)', /^(?:[（(][1-9]\d?[）)]|[1-9]\d?[）)])\s*/],
  ['①', /^[\u2460-\u2473]\s*/],
  ['I.', /^(?:I|II|III|IV|V|VI|VII|VIII|IX|X)\.\s+/],
];

/** A scheme's first number, read in the numbering matched above (`1.` but not `11.`, `I.` but not `IV.`). */
const FIRST_NUMBER = /^(?:[（(]?(?:一|0?1|I)(?![\dIVX一二三四五六七八九十])|第(?:一|1)(?![\d一二三四五六七八九十])|\u2460)/;

const BOLD = /^(\*\*|__)(?!\s)(.+?)(?<!\s)\1$/;
const PARAGRAPH = /^<p(?:\s[^>]*)?>(.*?)<\/p>$/i;
/** What a line must start with for PARAGRAPH to match its trimmed text. */
const PARAGRAPH_START = /^\s*<p/i;
const INNER_TAG = /<\/?(?:strong|b|span|font|em)(?:\s[^>]*)?>/gi;

export interface LineShape {
  /** Wrapper, numbering scheme, script and case, indentation: what the document's titles share. */
  readonly key: string;
  /** The title's words in the line (inside the wrapper, number included). */
  readonly span: Span;
  readonly title: string;
  readonly numbered: boolean;
  /** Numbered with its scheme's first number (`1.`, `一、`, `（一）`, `01`, `第一`, `I.`): a sequence starts here. */
  readonly opensSequence: boolean;
}

/** The shape of one line when it may be a section title (short, no sentence, no open end); else null. */
export function lineShape(text: string, lineStart = 0): LineShape | null {
  if (text.length > MAX_PROBE) return null;
  const indentLength = text.length - text.trimStart().length;
  const trimmed = text.trim();
  if (trimmed === '') return null;
  let wrapper = 'plain';
  let inner = trimmed;
  // The heading span: the title's words in the line, or the whole line when inline tags cut them.
  let spanStart = indentLength;
  let spanLength = trimmed.length;
  const bold = BOLD.exec(trimmed);
  const paragraph = bold ? null : PARAGRAPH.exec(trimmed);
  if (bold) {
    wrapper = 'bold';
    inner = bold[2]!;
    spanStart += bold[1]!.length;
    spanLength = inner.length;
  } else if (paragraph) {
    const words = paragraph[1]!.replace(INNER_TAG, '');
    if (words.includes('<')) return null;
    wrapper = 'p';
    inner = words.trim();
    const at = trimmed.indexOf(inner);
    if (at >= 0) {
      spanStart += at;
      spanLength = inner.length;
    }
  } else if (/^[#>|<`[!*_\-+=~]/.test(trimmed)) {
    // Headings, quotes, tables, markup, links, pictures and list bullets are read by their own rules.
    return null;
  }
  if (inner === '' || inner.includes('**') || inner.includes('://')) return null;
  // `▲在非洲做太阳能调研`: a mark pointing at the picture above makes the line its caption.
  if (/^[▲△▼▽↑↓☝]/u.test(inner)) return null;
  // `（哈佛商学院教授，曾任…院长）`: an aside in brackets (a byline's office, a stage note) titles nothing.
  if (/^[（(【[].*[）)】\]]$/.test(inner)) return null;
  let numbering = '';
  let number = '';
  let words = inner;
  for (const [family, pattern] of NUMBERING) {
    const match = pattern.exec(inner);
    if (!match) continue;
    numbering = family;
    number = match[0];
    words = inner.slice(match[0].length);
    break;
  }
  if (!LETTER.test(words)) return null;
  // The number's own `1. ` or `IV. ` is no sentence: the test reads the words after it.
  if (SENTENCE_INSIDE.test(words) || OPEN_END.test(inner)) return null;
  if ((inner.match(CLAUSE_MARKS)?.length ?? 0) > MAX_CLAUSE_MARKS) return null;
  let script: string;
  if (HAN.test(words)) {
    if (inner.length > MAX_HAN_TITLE) return null;
    script = 'han';
  } else {
    if (inner.length > MAX_LATIN_TITLE || inner.split(/\s+/).length > MAX_LATIN_WORDS) return null;
    if (!UPPER_START.test(words)) return null;
    script = LOWER.test(words) ? 'Cap' : 'CAPS';
  }
  if (isFurnitureOrDateline(inner) || isCaptionOrByline(inner)) return null;
  const indent = indentLength > 0 ? 'indented' : '';
  // `第一波：…`, `Briefing: 25 October`: a colon parts a name from what it names, a shape of its own.
  const parted = /[：:]/.test(words) ? 'parted' : '';
  return { key: `${wrapper}|${numbering}|${script}|${indent}|${parted}`, span: { start: lineStart + spanStart, end: lineStart + spanStart + spanLength }, title: inner, numbered: numbering !== '', opensSequence: FIRST_NUMBER.test(number) };
}

/** Prose: a line longer than the title, long enough to be a paragraph, holding a sentence or clause mark. */
export function readsAsProse(text: string, titleLength: number): boolean {
  const trimmed = text.trim();
  const han = HAN.test(trimmed);
  if (trimmed.length < Math.max(PROSE_FACTOR * titleLength, han ? MIN_HAN_PROSE : MIN_LATIN_PROSE)) return false;
  if (/^[#>|`]/.test(trimmed)) return false;
  return SENTENCE_MARK.test(trimmed) || /[，,]/.test(trimmed);
}

/** The lines as the shape readings see them: each line's head (up to the probe), its last characters, blankness. */
interface ShapeLines {
  readonly count: number;
  head(line: number): string;
  tail(line: number): string;
  blank(line: number): boolean;
}

/** The lines of `lines`, or with `lineText` in place of their text (an edited line read before the edit is applied). */
function shapeLinesOf(lines: LineIndex, lineText?: (line: number) => string): ShapeLines {
  return {
    count: lines.lineCount,
    head: (line) => {
      if (lineText) return lineText(line).slice(0, MAX_PROBE + 1);
      const start = lines.lineStart(line);
      return lines.source.slice(start, Math.min(lines.lineEnd(line), start + MAX_PROBE + 1));
    },
    tail: (line) => {
      if (lineText) return lineText(line).slice(-TAIL).trimEnd();
      const end = lines.lineEnd(line);
      return lines.source.slice(Math.max(lines.lineStart(line), end - TAIL), end).trimEnd();
    },
    blank: (line) => line < 0 || line >= lines.lineCount || isBlankText(lineText ? lineText(line) : null, lines, line),
  };
}

/** Blank as the rest of the analysis reads it (turns/chars.ts's spaces), whether the line is read from the index or from an edited text. */
function isBlankText(text: string | null, lines: LineIndex, line: number): boolean {
  return text !== null ? skipSpaces(text, 0) === text.length : isBlankLine(lines, line);
}

/**
 * A candidate is a paragraph of its own: blank lines (or the document's edges) above and below it, or a saved
 * page's `<p>` paragraph, which its markup sets apart. A name line over its speech (`Speaker 1  0:05` / `Yes, …`)
 * is none.
 */
function candidateAt(source: ShapeLines, line: number, lineStart = 0): LineShape | null {
  if (line < 0 || line >= source.count || source.blank(line)) return null;
  const apart = source.blank(line - 1) && source.blank(line + 1);
  const head = source.head(line);
  // Neither apart nor a `<p>` paragraph: no candidate whatever its shape, so the shape is not read (most lines).
  if (!apart && !PARAGRAPH_START.test(head)) return null;
  const shape = lineShape(head, lineStart);
  return shape && (apart || shape.key.startsWith('p|')) ? shape : null;
}

/**
 * Lines titled by a shape the document repeats: each candidate stands apart (a blank line, the document's start
 * or a finished sentence above it; no line of the same shape right above or below) over prose (within two blank
 * lines), its text found on no other line that stands so, and at least two lines of its shape (or one opening a numbering) stand so while more of them do
 * than do not (from the first that stands on). `excluded` says which lines are no candidates (speaker labels, name
 * lines, headings, code); `firstLabel` is the record's first speaker label, or -1.
 */
export function recurringShapeTitles(lines: LineIndex, excluded: (line: number) => boolean, firstLabel = -1): Map<number, LineShape> {
  const source = shapeLinesOf(lines);
  const count = lines.lineCount;
  const shapes: (LineShape | null)[] = new Array<LineShape | null>(count).fill(null);
  const textCount = new Map<string, number>();
  for (let line = 0; line < count; line++) {
    if (excluded(line)) continue;
    shapes[line] = candidateAt(source, line, lines.lineStart(line));
  }
  const stands: boolean[] = new Array<boolean>(count).fill(false);
  for (let line = 0; line < count; line++) {
    const shape = shapes[line];
    if (!shape || !standsOverProse(source, line, shape, (l) => shapes[l] ?? null)) continue;
    stands[line] = true;
    textCount.set(shape.title, (textCount.get(shape.title) ?? 0) + 1);
  }
  const standing = new Map<string, number[]>();
  const notStanding = new Map<string, number>();
  for (let line = 0; line < count; line++) {
    const shape = shapes[line];
    if (!shape) continue;
    if (stands[line] && textCount.get(shape.title) === 1) {
      const list = standing.get(shape.key) ?? [];
      list.push(line);
      standing.set(shape.key, list);
    } else if (standing.has(shape.key)) {
      // The page's head (its title, a breadcrumb, a date) comes before the first section and is not counted.
      notStanding.set(shape.key, (notStanding.get(shape.key) ?? 0) + 1);
    }
  }
  const found = new Map<number, LineShape>();
  for (const [key, list] of standing) {
    // `1.国际关系理论` alone over its prose: the first number stands for the sections after it.
    const recurs = list.length >= MIN_RECURRENCE || (list.length === 1 && shapes[list[0]!]!.opensSequence);
    if (!recurs || list.length <= (notStanding.get(key) ?? 0)) continue;
    // A labelled record's head (a site's banner, `Official websites use .gov` over its note) comes before its first
    // label; a section title of the record stands among the turns too.
    if (firstLabel >= 0 && list[list.length - 1]! < firstLabel) continue;
    for (const line of list) found.set(line, shapes[line]!);
  }
  return found;
}

/** `shapeAt` null: whether the line may stand whatever shape its neighbours have (what the incremental check reads). */
function standsOverProse(source: ShapeLines, line: number, shape: LineShape, shapeAt: ((line: number) => LineShape | null) | null): boolean {
  let above = line - 1;
  if (above >= 0 && !source.blank(above) && !PARAGRAPH_END.test(source.tail(above))) return false;
  let blanksAbove = 0;
  while (above >= 0 && source.blank(above) && blanksAbove <= MAX_BLANKS_BELOW) {
    above--;
    blanksAbove++;
  }
  // `第一波：…` / `第二波：…`: lines of one shape in a row, blank lines or not, are a list.
  if (shapeAt && above >= 0 && !source.blank(above) && shapeAt(above)?.key === shape.key) return false;
  let below = line + 1;
  let blanks = 0;
  while (below < source.count && source.blank(below)) {
    below++;
    blanks++;
    if (blanks > MAX_BLANKS_BELOW) return false;
  }
  if (below >= source.count) return false;
  if (shapeAt && shapeAt(below)?.key === shape.key) return false;
  if (!readsAsProse(source.head(below), shape.title.length)) return false;
  // A paragraph ends a sentence or a lead-in, or goes on over the next line; a field (`Speaker: …, IMF`) does neither.
  if (PARAGRAPH_END.test(source.tail(below))) return true;
  // The paragraph goes on over the next line, or it is the document's last (an excerpt cut there).
  let next = below + 1;
  while (next < source.count && source.blank(next) && next - below <= MAX_BLANKS_BELOW) next++;
  return next >= source.count || !source.blank(below + 1);
}

/** A line that ends a paragraph: a sentence, a lead-in's colon, a closing quote or bracket, a closing tag. */
const PARAGRAPH_END = /(?:[。．.！!？?；;：:…」』”"’)）\]】]|<\/p>)$/i;
/** Characters read at a line's end. */
const TAIL = 16;

/** A candidate's shape and whether it may stand over prose, its neighbours' shapes aside (labels may hide them). */
interface Reading {
  readonly key: string;
  readonly stands: boolean;
}

function readingAt(source: ShapeLines, line: number): Reading | null {
  const shape = candidateAt(source, line);
  return shape ? { key: shape.key, stands: standsOverProse(source, line, shape, null) } : null;
}

/** Whether a shape key (wrapper|numbering|script|indent|parted) has a numbering scheme. */
function numberedKey(key: string): boolean {
  return key.split('|')[1] !== '';
}

/** How many lines of each shape may stand over prose in a document, read once per version of it. */
const standingCounts = new WeakMap<LineIndex, Map<string, number>>();

function standingCountsOf(lines: LineIndex): Map<string, number> {
  let counts = standingCounts.get(lines);
  if (counts) return counts;
  counts = new Map<string, number>();
  const source = shapeLinesOf(lines);
  for (let line = 0; line < lines.lineCount; line++) {
    const reading = readingAt(source, line);
    if (reading?.stands) counts.set(reading.key, (counts.get(reading.key) ?? 0) + 1);
  }
  standingCounts.set(lines, counts);
  return counts;
}

/**
 * Whether an edit may change what the shape rule finds. The rule reads each line with its neighbours (those within
 * READ_ABOVE_EDIT above the edit and READ_BELOW_EDIT below it may read differently after it) and counts the readings across the document: a shape titles sections only where
 * two or more of its lines stand over prose. So the edit stays local when the candidates around it read the same
 * before and after it (shape, order) and none of them may stand, or when every shape they are in has fewer than two
 * lines (a numbered shape: none) that may stand over prose in the document, before the edit and after it (the lines outside the reach read
 * as they did). `oldFirst`…`oldLast` are the edited lines in `before`, …`newLast` in `after`; for an edit inside one
 * line, `after` is null and `editedLine` its new text.
 */
export function recurringShapeChanged(before: LineIndex, oldFirst: number, oldLast: number, after: LineIndex | null, newLast: number, editedLine?: string): boolean {
  const old = shapeLinesOf(before);
  const now = after ? shapeLinesOf(after) : shapeLinesOf(before, (line) => (line === oldFirst && editedLine !== undefined ? editedLine : before.lineText(line)));
  // Candidates only, in order: lines added or removed by the edit shift the lines, not the readings. A line above the
  // edit whose reading stopped before the edited lines reads the same after it and is left out.
  const readingsOf = (source: ShapeLines, last: number): Reading[] => {
    const readings: Reading[] = [];
    let lastRead = -1;
    const recorded: ShapeLines = {
      count: source.count,
      head: (line) => ((lastRead = Math.max(lastRead, line)), source.head(line)),
      tail: (line) => ((lastRead = Math.max(lastRead, line)), source.tail(line)),
      blank: (line) => ((lastRead = Math.max(lastRead, line)), source.blank(line)),
    };
    for (let line = Math.max(0, oldFirst - READ_ABOVE_EDIT); line <= Math.min(source.count - 1, last + READ_BELOW_EDIT); line++) {
      lastRead = -1;
      const reading = readingAt(recorded, line);
      if (reading && lastRead >= oldFirst) readings.push(reading);
    }
    return readings;
  };
  const was = readingsOf(old, oldLast);
  const is = readingsOf(now, after ? newLast : oldFirst);
  const same = was.length === is.length && was.every((reading, at) => reading.key === is[at]!.key && reading.stands === is[at]!.stands);
  if (same && !was.some((reading) => reading.stands)) return false;
  const counts = standingCountsOf(before);
  const keys = new Set([...was, ...is].map((reading) => reading.key));
  for (const key of keys) {
    const countBefore = counts.get(key) ?? 0;
    const countAfter = countBefore - was.filter((reading) => reading.stands && reading.key === key).length + is.filter((reading) => reading.stands && reading.key === key).length;
    // A numbered shape may title with one line (its first number), so any standing line of it counts.
    const needed = numberedKey(key) ? 1 : MIN_RECURRENCE;
    if (countBefore >= needed || countAfter >= needed) return true;
  }
  return false;
}
