import type { Turn } from '../analysis/model';
import type { LineIndex } from '../text/positions';
import { LABEL_SCAN_LIMIT, simplified, trimEnd } from './chars';
import { labelCandidate } from './candidates';
import { recognizeLabel } from './labels';
import type { LabelLines } from './scheme';
import { QA_ROLES } from './words';

/** A headline after a name is short: an episode's or an act's title, not a sentence. */
const MAX_HEADLINE_LENGTH = 60;
const MAX_HEADLINE_WORDS = 10;
/** Words a title leaves in lower case. */
const TITLE_SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'for', 'by', 'and', 'or', 'in', 'on', 'at', 'to', 'with', 'from', 'vs', 'via', 'as', 'about', '&', '-', '–', '—']);
/** A sentence's or a clause's end: a headline ends in none. */
const ENDS_LIKE_SENTENCE = /[.?!,;:…"”’)。！？，；：」』]$/;
/** Latin letters, digits and title punctuation only: the shape is read in English text. */
const LATIN_TITLE = /^[\p{Script=Latin}\d\s'’‘“”"&,:()\-–—!?.]+$/u;

/**
 * `Machines, Creativity & Love` after `Dr. Lex Fridman:`, `Prologue` after `Prologue:`: the words after a label
 * read as a title (every word but the small ones capitalised, no sentence end), not as speech.
 */
export function readsAsTitleAfterLabel(speech: string): boolean {
  const text = speech.trim();
  if (text.length === 0 || text.length > MAX_HEADLINE_LENGTH || ENDS_LIKE_SENTENCE.test(text) || !LATIN_TITLE.test(text)) return false;
  const words = text.split(/\s+/);
  if (words.length > MAX_HEADLINE_WORDS) return false;
  return words.every((word) => TITLE_SMALL_WORDS.has(word.toLowerCase()) || /^["“‘'(]?[A-Z0-9]/.test(word));
}

/** Block turns (a name standing alone on its line) needed before the document is read as one that sets its names alone. */
const MIN_STANDING_NAMES = 2;

/**
 * `Dr. Lex Fridman: Machines, Creativity & Love`, `Prologue: Prologue` in a document whose speakers' names stand
 * alone on their lines (`Andrew Huberman:` over the speech, or a name line, `Ira Glass`): a plain label with a
 * title after it, whose name opens no other turn, is the page's or a part's headline (guest: episode, part: its
 * title), not a turn; its turn is taken out, so the lines under it are no one's until the next name. The document's
 * own layout decides, read from its turns: names standing alone (turns of source `block`) open at least two turns
 * and more than labels with speech after them on their line (source `label`).
 */
export function withoutHeadlineTurns(lines: LineIndex, labels: LabelLines, turns: Turn[]): Turn[] {
  let standing = 0;
  let inline = 0;
  for (const turn of turns) {
    if (turn.source === 'block') standing++;
    else if (turn.source === 'label') inline++;
  }
  if (standing < MIN_STANDING_NAMES || standing <= inline) return turns;
  const names = new Map<string, number>();
  for (const turn of turns) {
    if (turn.labelSpan === null) continue;
    const key = nameKey(turn.speaker);
    names.set(key, (names.get(key) ?? 0) + 1);
  }
  return turns.filter((turn) => !isHeadlineTurn(lines, labels, turn, names)).map((turn) => cutAtTitle(lines, labels, turn));
}

/**
 * `Act One: The Last Relief Boat` under a speech, read as no label: the part's title ends the turn it fell in, and the
 * lines under it are no one's until the next name. The turn ends where its text before the title line ends.
 */
function cutAtTitle(lines: LineIndex, labels: LabelLines, turn: Turn): Turn {
  const first = lines.lineAt(turn.span.start);
  const last = lines.lineAt(Math.max(turn.span.start, turn.span.end - 1));
  for (let line = first + 1; line <= last; line++) {
    if (labels.has(line) || !titleAfterLabel(lines.lineText(line))) continue;
    return { ...turn, span: { start: turn.span.start, end: trimEnd(lines.source, turn.span.start, lines.lineStart(line)) } };
  }
  return turn;
}

function isHeadlineTurn(lines: LineIndex, labels: LabelLines, turn: Turn, names: ReadonlyMap<string, number>): boolean {
  if (turn.source !== 'label' || turn.labelSpan === null || turn.timestamp) return false;
  const line = lines.lineAt(turn.labelSpan.start);
  const lineStart = lines.lineStart(line);
  const label = labels.get(line);
  // The line's own label (not a hand-over inside the line), plain: no verb, no timestamp, not the user's pattern.
  if (!label || lineStart + label.labelStart !== turn.labelSpan.start || label.source !== 'label' || label.fromUserPattern || label.verb || label.timestamp) return false;
  const key = nameKey(turn.speaker);
  if (label.fromFrame || QA_ROLES.has(key) || names.get(key) !== 1) return false;
  // Read as the incremental checks read the line (titleAfterLabel), and after the label the scheme took.
  return titleAfterLabel(lines.lineText(line)) && readsAsTitleAfterLabel(lines.source.slice(lineStart + label.textStart, lines.lineEnd(line)));
}

function nameKey(name: string): string {
  return simplified(name).toLowerCase();
}

/**
 * Whether an edit may change what withoutHeadlineTurns takes out, read from the turns before it. An edit the
 * incremental path keeps local adds, removes or changes at most one labelled turn, so the layout's counts move by one
 * at most: the rule can act before or after only where one more block turn and one less label turn would make it act.
 */
export function mayHoldHeadlineTurns(turns: { forEachUntil(visit: (turn: Turn) => boolean): void }): boolean {
  let standing = 0;
  let inline = 0;
  turns.forEachUntil((turn) => {
    if (turn.source === 'block') standing++;
    else if (turn.source === 'label') inline++;
    return true;
  });
  return standing + 1 >= MIN_STANDING_NAMES && standing + 1 > inline - 1;
}

/**
 * Whether a line in `first`..`last` (of a text read through `lineAt`) opens with a label whose words after it read as
 * a title: the line withoutHeadlineTurns may take out. Read from the line alone, as the incremental checks need it.
 */
export function headlineLabelLineWithinReach(lineCount: number, lineAt: (line: number) => string, first: number, last: number): boolean {
  for (let line = Math.max(0, first); line <= last && line < lineCount; line++) {
    const text = lineAt(line);
    if (titleAfterLabel(text)) return true;
  }
  return false;
}

/** Whether the line's known label or label candidate has words after it on the line that read as a title. */
export function titleAfterLabel(lineText: string): boolean {
  if (lineText.length > LABEL_SCAN_LIMIT + MAX_HEADLINE_LENGTH || !/[:：]/.test(lineText.slice(0, LABEL_SCAN_LIMIT))) return false;
  const prefix = lineText.slice(0, LABEL_SCAN_LIMIT);
  const titled = (head: { readonly textStart: number } | null): boolean => head !== null && head.textStart < lineText.length && readsAsTitleAfterLabel(lineText.slice(head.textStart));
  return titled(recognizeLabel(prefix, lineText.length)) || titled(labelCandidate(prefix, lineText.length)) || isPartTitle(lineText);
}

/** `Act One: The Last Relief Boat`: a short capitalised head (no label reader takes `Act One`), a colon and a title. */
const PART_TITLE = /^[ \t]*[A-Z0-9][\p{Script=Latin}\d.'’ -]{0,30}:[ \t]+(\S.*)$/u;

function isPartTitle(lineText: string): boolean {
  const match = PART_TITLE.exec(lineText);
  return match !== null && readsAsTitleAfterLabel(match[1]!) && readsAsTitleAfterLabel(lineText.slice(0, lineText.indexOf(':')));
}
