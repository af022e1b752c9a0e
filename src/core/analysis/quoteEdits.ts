import type { TextSource } from '../text/chunkedText';
import type { LineIndex } from '../text/positions';
import { CLOSING_QUOTES, OPENING_QUOTES, skipSpaces, trimEnd } from '../turns/chars';
import type { StageDirection, Turn } from './model';
import type { LineEdit } from './lineEdit';

/**
 * Quote marks decide turns in one place only: a turn that narration hands over to a quote (`老黃回答道：「…`,
 * `付某某说：“…”`) ends on the line where its quotes balance (TurnBuilder.extend). Any other turn ignores
 * them. So an edit inside one line that changes the quote balance keeps every turn when none of the turns
 * over the line can end at a quote, or when, counted as TurnBuilder counts, the one that can still
 * balances on the same line (the reach of the quote state: from the turn's start to its last line).
 */

/** The part of the edit this reads. */
type QuoteLineEdit = Pick<LineEdit, 'line' | 'lineStart' | 'oldLineEnd' | 'newLineEnd' | 'editStart' | 'delta'>;

/** Lines of a turn that may end at a quote counted here at most; a longer one falls back (a full analysis is cheaper off the host). */
export const MAX_QUOTE_REACH_LINES = 400;

/**
 * Whether every turn stays the same after `edit` changed the line's quote balance. `turnsNear` are the
 * old turns around the line (a superset, old offsets); `directionsNear` gives the old stage directions
 * around a range.
 */
export function quoteEditKeepsTurns(old: LineIndex, newText: TextSource, edit: QuoteLineEdit, turnsNear: readonly Turn[], directionsNear: (start: number, end: number) => readonly StageDirection[], markdown: boolean): boolean {
  for (const turn of turnsNear) {
    if (turn.span.start > edit.oldLineEnd || turn.span.end < edit.lineStart) continue;
    if (!mayEndAtQuote(turn, old.source, newText, edit)) continue;
    if (!sameQuoteClose(old, newText, edit, turn, directionsNear, markdown)) return false;
  }
  return true;
}

/**
 * Whether the scan may have counted quotes for `turn` (a superset): a hand-over from narration, or a
 * label whose speech opens with a quote, before or after the edit. A turn resumed after a lead-in or a
 * figure (no label), one signed at its end, a speaker line or a voice tag never ends at a quote.
 */
function mayEndAtQuote(turn: Turn, oldText: TextSource, newText: TextSource, edit: QuoteLineEdit): boolean {
  const label = turn.labelSpan;
  if (!label || turn.span.start !== label.start) return false;
  if (turn.source === 'block' || turn.source === 'voice' || turn.source === 'cue') return false;
  if (turn.source === 'narration') return true;
  return opensWithQuote(oldText, label.end) || opensWithQuote(newText, label.end >= edit.editStart ? label.end + edit.delta : label.end);
}

/** The first character after `from` (past spaces and Markdown emphasis marks) on its line is an opening quote. */
function opensWithQuote(text: TextSource, from: number): boolean {
  let at = from;
  for (; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code === 10 || code === 13) return false;
    if (code !== 32 && code !== 9 && code !== 0x3000 && code !== 42 /* * */ && code !== 95 /* _ */) break;
  }
  return at < text.length && OPENING_QUOTES.has(text.charAt(at));
}

/**
 * Counting as TurnBuilder.extend does from the label's end to the turn's last line, the turn balances
 * its quotes first on the same line (or on none) before and after the edit. Lines the scan skips
 * without counting (asides, Markdown code) are not modelled: one of them holding a quote mark falls back.
 */
function sameQuoteClose(old: LineIndex, newText: TextSource, edit: QuoteLineEdit, turn: Turn, directionsNear: (start: number, end: number) => readonly StageDirection[], markdown: boolean): boolean {
  const label = turn.labelSpan!;
  // The count starts at the label's end: the edit must come after it on the line.
  if (label.end > edit.editStart) return false;
  const first = old.lineAt(label.start);
  const last = old.lineAt(turn.span.end);
  if (last - first > MAX_QUOTE_REACH_LINES) return false;
  const directions = directionsNear(old.lineStart(first), old.lineEnd(last));
  for (let line = first + 1; line <= last; line++) {
    if (line === edit.line) continue;
    if (maySkipUncounted(old, line, directions, markdown)) return false;
  }
  return firstBalancedLine(old.source, old, edit, first, last, label.end, false) === firstBalancedLine(newText, old, edit, first, last, label.end, true);
}

/**
 * A line the scan may pass over inside a turn without counting it: an aside (a stage direction opening
 * its line) holding a quote mark, or in Markdown a code fence or an indented line holding one. A code
 * block inside the turn opens on a line of it (the label line itself is no code).
 */
function maySkipUncounted(lines: LineIndex, line: number, directionsNear: readonly StageDirection[], markdown: boolean): boolean {
  const text = lines.source;
  const lineStart = lines.lineStart(line);
  const lineEnd = lines.lineEnd(line);
  const start = skipSpaces(text, lineStart, lineEnd);
  if (markdown && (text.startsWith('```', start) || text.startsWith('~~~', start))) return true;
  let quoted = false;
  for (let i = start; i < lineEnd && !quoted; i++) quoted = OPENING_QUOTES.has(text.charAt(i)) || CLOSING_QUOTES.has(text.charAt(i)) || text.charCodeAt(i) === 34;
  if (!quoted) return false;
  if (markdown && start > lineStart) return true;
  return directionsNear.some((d) => d.span.start <= start && d.span.end > start);
}

/**
 * The first line in [first, last] after which the count reads balanced (depth ≤ 0, outside a straight
 * quote), or -1. Lines are the old ones; `edited` reads the edited line from the new text.
 */
function firstBalancedLine(text: TextSource, old: LineIndex, edit: QuoteLineEdit, first: number, last: number, countFrom: number, edited: boolean): number {
  let depth = 0;
  let straight = false;
  for (let line = first; line <= last; line++) {
    let lineStart = old.lineStart(line);
    let lineEnd = old.lineEnd(line);
    if (edited && line > edit.line) {
      lineStart += edit.delta;
      lineEnd += edit.delta;
    } else if (edited && line === edit.line) lineEnd = edit.newLineEnd;
    const start = line === first ? countFrom : skipSpaces(text, lineStart, lineEnd);
    const end = trimEnd(text, start, lineEnd);
    // An empty stretch is not extended: no check follows it.
    if (start >= end) continue;
    for (let i = start; i < end; i++) {
      const ch = text.charAt(i);
      if (ch === '"') straight = !straight;
      else if (OPENING_QUOTES.has(ch)) depth++;
      else if (CLOSING_QUOTES.has(ch)) depth--;
    }
    if (depth <= 0 && !straight) return line;
  }
  return -1;
}
