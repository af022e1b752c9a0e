// Hand-overs inside a line: a saved page that collapsed its paragraphs runs the answer on after the
// question (`… What is that about?    CONDOLEEZZA RICE: Well I think …`).

import type { TextSource } from '../text/chunkedText';
import { lineEndFrom, type LineIndex } from '../text/positions';
import { CLOSING_QUOTES, firstColonIn, isColon, skipSpaces, trimEnd } from './chars';
import type { LabelLines } from './scheme';

/** A label inside a line; offsets are the document's. */
export interface InlineHandOver {
  readonly speaker: string;
  readonly labelStart: number;
  /** Just past the separator. */
  readonly labelEnd: number;
}

/** A label form longer than this is no name a page would run on inside a line. */
const MAX_FORM_LENGTH = 60;
/** Titles whose full stop ends no sentence: `Mr. KING:` is a mention, not a hand-over. */
const TITLE_ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'capt', 'sgt', 'rev', 'hon', 'amb', 'pres', 'supt', 'insp']);
const SENTENCE_ENDS = new Set(['.', '?', '!', '…']);

/**
 * The labels that open a turn inside a line. Only a label the document already writes at the start of a
 * line counts, written the same way (name, case and separator: `KING:`), and only right after a sentence
 * end and white space: `It's a great job. KING: Were you ever nervous?`. Keyed by line.
 */
export function findInlineHandOvers(lines: LineIndex, labels: LabelLines, skipLine: (line: number) => boolean): Map<number, InlineHandOver[]> {
  const found = new Map<number, InlineHandOver[]>();
  const forms = labelForms(lines, labels);
  if (forms.size === 0) return found;
  const lengths = [...new Set([...forms.keys()].map((form) => form.length))];
  const text = lines.text;
  const colons = new Colons(text);
  for (let colon = colons.next(0); colon >= 0; colon = colons.next(colon + 1)) {
    const after = text.charCodeAt(colon + 1);
    if (colon + 1 < text.length && after !== 32 && after !== 9 && after !== 10 && after !== 13) continue;
    for (const length of lengths) {
      const start = colon + 1 - length;
      // White space must come right before the label: most lengths fail here, before any slice.
      const before = start < 1 ? 0 : text.charCodeAt(start - 1);
      if (before !== 32 && before !== 9 && before !== 0x3000) continue;
      const speaker = forms.get(text.slice(start, colon + 1));
      if (speaker === undefined || !followsSentenceEnd(text, start)) continue;
      const line = lines.lineAt(start);
      if (skipLine(line) || skipSpaces(text, lines.lineStart(line), start) === start) continue;
      const onLine = found.get(line);
      const handOver = { speaker, labelStart: start, labelEnd: colon + 1 };
      if (onLine) onLine.push(handOver);
      else found.set(line, [handOver]);
      break;
    }
  }
  return found;
}

/** `KING:` → `KING`: each line-start label written with a colon, as the document writes it. */
function labelForms(lines: LineIndex, labels: LabelLines): Map<string, string> {
  const forms = new Map<string, string>();
  const text = lines.text;
  for (let line = 0; line < lines.lineCount; line++) {
    const label = labels.get(line);
    if (!label || label.source !== 'label' || label.speaker.length < 2) continue;
    const lineStart = lines.lineStart(line);
    const start = lineStart + label.labelStart;
    const end = trimEnd(text, start, lineStart + label.labelEnd);
    if (end - start > MAX_FORM_LENGTH || !isColon(text.charCodeAt(end - 1)) || !/^\p{L}/u.test(text.slice(start, start + 2))) continue;
    forms.set(text.slice(start, end), label.speaker);
  }
  return forms;
}

/**
 * The colons (`:` or `：`) of a whole document in order: each kind's next one is looked up only once the
 * scan has passed it, so a document with many of one kind and none of the other stays linear.
 */
class Colons {
  private half = -2;
  private full = -2;

  constructor(private readonly text: TextSource) {}

  next(from: number): number {
    if (this.half !== -1 && this.half < from) this.half = this.text.indexOf(':', from);
    if (this.full !== -1 && this.full < from) this.full = this.text.indexOf('：', from);
    return this.half < 0 ? this.full : this.full < 0 ? this.half : Math.min(this.half, this.full);
  }
}

/** White space before `start`, and before it a sentence end at or after `floor` (a closing quote may follow it). */
function followsSentenceEnd(text: TextSource, start: number, floor = 0): boolean {
  let at = start - 1;
  const code = text.charCodeAt(at);
  if (at < floor || (code !== 32 && code !== 9 && code !== 0x3000)) return false;
  while (at > floor && (text.charAt(at) === ' ' || text.charAt(at) === '\t' || text.charAt(at) === '\u3000')) at--;
  if (CLOSING_QUOTES.has(text.charAt(at)) || text.charAt(at) === ')') at--;
  if (at < floor || !SENTENCE_ENDS.has(text.charAt(at))) return false;
  return text.charAt(at) !== '.' || !isAbbreviation(text, at, floor);
}

function isAbbreviation(text: TextSource, period: number, floor: number): boolean {
  let from = period;
  while (from > floor && /[\p{L}.]/u.test(text.charAt(from - 1))) from--;
  const word = text.slice(from, period);
  // An initial or dotted initials (`K.`, `U.S.`), or a title before a name (`Mr.`, `Sen.`).
  return word.length === 1 || word.includes('.') || TITLE_ABBREVIATIONS.has(word.toLowerCase());
}

/**
 * Whether text[start, end) (a line) may hold a hand-over findInlineHandOvers finds, whatever the
 * document's labels: a colon before white space, shortly after a sentence end and white space. For the incremental analyzer, which
 * re-reads the whole document when an edited line holds one (before or after the edit).
 */
export function mayHoldInlineHandOver(text: TextSource, start: number, end: number): boolean {
  for (let colon = firstColonIn(text, start, end); colon >= 0; colon = firstColonIn(text, colon + 1, end)) {
    const after = text.charCodeAt(colon + 1);
    if (colon + 1 < end && after !== 32 && after !== 9) continue;
    for (let at = colon - 1; at > start && at > colon - MAX_FORM_LENGTH; at--) if (followsSentenceEnd(text, at, start)) return true;
  }
  return false;
}

/**
 * Every `NAME:` a line holds after a sentence end and white space (what findInlineHandOvers would take
 * for a hand-over if some line started with the same label). One pass over the colons.
 */
export function inlineLabelCandidates(text: TextSource): Set<string> {
  const found = new Set<string>();
  const colons = new Colons(text);
  for (let colon = colons.next(0); colon >= 0; colon = colons.next(colon + 1)) {
    const after = text.charCodeAt(colon + 1);
    if (colon + 1 < text.length && after !== 32 && after !== 9 && after !== 10 && after !== 13) continue;
    const floor = Math.max(0, colon - MAX_FORM_LENGTH * 2);
    for (let at = colon - 1; at > floor && at > colon - MAX_FORM_LENGTH; at--) {
      if (text.charCodeAt(at) === 10) break;
      if (followsSentenceEnd(text, at, floor)) found.add(text.slice(at, colon + 1));
    }
  }
  return found;
}

/**
 * Whether replacing old[start, oldEnd) by edited[start, newEnd) (whole lines) may change a hand-over
 * inside a line: the lines hold one, before or after, or the edit rewrites the text before a colon (a
 * label typed, renamed or removed) and some line holds a label written like it after a sentence end
 * (`candidates`: inlineLabelCandidates of the old text, asked for only then).
 */
export function editMayChangeInlineHandOvers(old: TextSource, edited: TextSource, start: number, oldEnd: number, newEnd: number, candidates: () => ReadonlySet<string>): boolean {
  for (const [text, end] of [[old, oldEnd], [edited, newEnd]] as const) {
    for (let lineStart = start; lineStart <= end; ) {
      const lineEnd = Math.min(end, lineEndFrom(text, lineStart));
      if (mayHoldInlineHandOver(text, lineStart, lineEnd)) return true;
      lineStart = lineEnd + 1;
    }
  }
  const before = labelWindows(old, start, oldEnd);
  if (before === labelWindows(edited, start, newEnd)) return false;
  const found = candidates();
  if (!found.size) return false;
  const after = edited.slice(start, newEnd);
  for (const candidate of found) if (before.includes(candidate) || after.includes(candidate)) return true;
  return false;
}

/** The text a label could end with at each colon of text[start, end), each as far back as a label reaches. */
function labelWindows(text: TextSource, start: number, end: number): string {
  let windows = '';
  // `start` opens a line; the line breaks passed so far say where each colon's line starts.
  let lineStart = start;
  let nextBreak = text.indexOf('\n', start);
  for (let colon = firstColonIn(text, start, end); colon >= 0; colon = firstColonIn(text, colon + 1, end)) {
    while (nextBreak >= 0 && nextBreak < colon) {
      lineStart = nextBreak + 1;
      nextBreak = text.indexOf('\n', lineStart);
    }
    windows += text.slice(Math.max(lineStart, colon - MAX_FORM_LENGTH), colon + 1) + '\n';
  }
  return windows;
}
