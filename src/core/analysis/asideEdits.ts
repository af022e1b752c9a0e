import type { LineIndex } from '../text/positions';
import { CLOSING_QUOTES, OPENING_QUOTES, skipSpaces, trimEnd } from '../turns/chars';
import { signatureAtEnd } from '../turns/signatures';
import { isSignOff, mayBeSpeechLead } from '../turns/speechLeads';
import { fillsLineWithDirection, isQuietLine, questionLeadInMayFollow, type LineBreakContext } from './lineBreaks';

/** A turn whose end a blank-line edit moves: the turn starting at `turnStart` (before the edit) ends at `end` (new offsets). */
export interface TurnEndMove {
  readonly turnStart: number;
  readonly end: number;
}

/** What a blank-line edit does to the turn over `above` when `below` may be an aside: nothing, or a new end. */
export interface AsideReading {
  readonly moved?: TurnEndMove;
}

/** How many `<` in the document are looked at for a figure line before giving up. */
const FIGURE_SCAN = 1_000;

/**
 * A whole-line stage direction (`（笑）`) right under a line of speech is the speaker's: the turn ends on it.
 * After a blank line it is an aside: the turn goes on past it but does not end on it (findTurns.ts, scanProse).
 * An edit that adds the first blank line between `above` and `below` (`attachedBefore`), or removes the last
 * one, changes that for `below`; `newBelow` is its number after the edit. Returns `{}` when `below` is no
 * whole-line stage direction (it reads alike), the turn's new end when the turn over `above` ended on
 * `below` (or on `above`, for a join) and that is all that changes, and null when the turn scan may read more
 * differently:
 *
 * - the aside line, read as speech in the version without the blank line, must extend the open turn and do
 *   nothing else (no label, closing line, colon, quote, lead-in, sign-off or markup), and the line above
 *   must have been read into that turn and left it open (no quote, sign-off, signature or bracket);
 * - extending marks the turn as having content, which a `…question:` line below reads: the next line of
 *   text below must not end in a colon;
 * - a line of speech after a figure resumes its speaker, and the aside read as speech clears that: the
 *   document must hold no figure line;
 * - outside Markdown only (code lines are not read by the turn scan).
 */
export function asideTurnEnd(old: LineIndex, lines: LineIndex, above: number, below: number, newBelow: number, attachedBefore: boolean, context: LineBreakContext): AsideReading | null {
  const text = old.text;
  const belowStart = old.lineStart(below);
  const asideStart = skipSpaces(text, belowStart, old.lineEnd(below));
  const asideEnd = trimEnd(text, asideStart, old.lineEnd(below));
  if (!fillsLineWithDirection(old, below)) return {};
  if (!extendsOnlyAsSpeech(old, below, context)) return null;

  const aboveStart = skipSpaces(text, old.lineStart(above), old.lineEnd(above));
  const aboveEnd = trimEnd(text, aboveStart, old.lineEnd(above));
  if (OPENS_BRACKET.has(text[aboveStart]!) || !leavesTurnOpen(old, above)) return null;
  const turn = context.turnsNear(aboveStart, aboveEnd).find((t) => t.span.start < aboveEnd && t.span.end >= aboveEnd);
  if (!turn) return null;
  if (questionLeadInMayFollow(old, below, context.turnsNear, false)) return null;
  if (mayHoldFigure(text)) return null;

  if (attachedBefore) {
    // The turn was open at the aside and read it; after the blank line it skips it.
    if (turn.span.end < asideEnd) return null;
    return turn.span.end === asideEnd ? { moved: { turnStart: turn.span.start, end: aboveEnd } } : {};
  }
  // The turn skipped the aside and ended on `above` or went on below it; right under `above` it reads it.
  if (turn.span.end > aboveEnd) return turn.span.end > asideEnd ? {} : null;
  return { moved: { turnStart: turn.span.start, end: lines.lineStart(newBelow) + (asideEnd - belowStart) } };
}

/**
 * asideTurnEnd for blank line `line` right above a whole-line stage direction `below` that gets its first
 * character (`李` typed above `（笑）`), or a line there that loses its last one (filledBlankLine; no line is
 * added or removed). With the line's text the direction is right under speech, the speaker's, and extends the
 * turn the line joins; with the line blank it is an aside. The same conditions as asideTurnEnd, with `line`
 * (read in the version that has its text) as the line right above the direction; `above` is the line of text
 * above `line`, whose turn the caller found open through it.
 */
export function filledAsideTurnEnd(old: LineIndex, lines: LineIndex, line: number, above: number, below: number, context: LineBreakContext): AsideReading | null {
  if (!fillsLineWithDirection(old, below)) return {};
  if (!extendsOnlyAsSpeech(old, below, context)) return null;
  const filled = old.lineText(line).trim() === '';
  const withText = filled ? lines : old;
  const ownText = withText.lineText(line).trim();
  if (OPENS_BRACKET.has(ownText.charAt(0)) || ownText.includes('<') || !leavesTurnOpen(withText, line)) return null;
  const text = old.text;
  const aboveStart = skipSpaces(text, old.lineStart(above), old.lineEnd(above));
  const aboveEnd = trimEnd(text, aboveStart, old.lineEnd(above));
  const belowStart = old.lineStart(below);
  const asideEnd = trimEnd(text, skipSpaces(text, belowStart, old.lineEnd(below)), old.lineEnd(below));
  const turn = context.turnsNear(aboveStart, aboveEnd).find((t) => t.span.start < aboveEnd && t.span.end >= aboveEnd);
  if (!turn) return null;
  if (questionLeadInMayFollow(old, below, context.turnsNear, false)) return null;
  if (mayHoldFigure(text)) return null;
  // Past the direction, the turn reads on alike (it skipped the aside, or read it as speech).
  if (turn.span.end > asideEnd) return {};
  if (filled) {
    // It ended on `above` (the aside skipped); now it reads the line and ends on the direction.
    if (turn.span.end !== aboveEnd) return null;
    return { moved: { turnStart: turn.span.start, end: lines.lineStart(below) + (asideEnd - belowStart) } };
  }
  // It read the line and ended on the direction; with the line blank it ends on `above` (before the edit: same offsets).
  if (turn.span.end !== asideEnd) return null;
  return { moved: { turnStart: turn.span.start, end: aboveEnd } };
}

/**
 * Whether whole-line direction `line`, read as speech right under the open turn's text rather than skipped
 * as an aside, only extends that turn: outside Markdown (code lines are not scanned), no markup, and no
 * label, colon, quote, sign-off or lead-in on it.
 */
function extendsOnlyAsSpeech(lines: LineIndex, line: number, context: LineBreakContext): boolean {
  const text = lines.text;
  const start = skipSpaces(text, lines.lineStart(line), lines.lineEnd(line));
  const aside = text.slice(start, trimEnd(text, start, lines.lineEnd(line)));
  if (context.markdown || aside.startsWith('<')) return false;
  return isQuietLine(lines, line, true, context) && !/[:：]/.test(aside) && !hasQuote(aside) && !isSignOff(aside) && !mayBeSpeechLead(aside);
}

/** Openers of a bracketed line, which a byline's titles or an aside may be (read apart from speech). */
const OPENS_BRACKET = new Set(['(', '（', '[', '【', '〔', '{', '<']);

/**
 * Whether a line read into the open turn leaves it open: no quote mark (a turn handed over to a quote ends
 * where it closes), no signature (a signed block ends on it) and no sign-off (a speech a lead-in handed over
 * ends with it).
 */
export function leavesTurnOpen(lines: LineIndex, line: number): boolean {
  const lineText = lines.lineText(line);
  return !hasQuote(lineText) && !signatureAtEnd(lineText) && !isSignOff(lineText.trim());
}

/** Whether a line of the document may open with `<figure` or `<figcaption` (isFigureLine): any `<fig` counts. */
function mayHoldFigure(text: string): boolean {
  let seen = 0;
  for (let at = text.indexOf('<'); at >= 0; at = text.indexOf('<', at + 1)) {
    if (++seen > FIGURE_SCAN || /^<fig/i.test(text.slice(at, at + 4))) return true;
  }
  return false;
}

function hasQuote(text: string): boolean {
  for (const ch of text) if (ch === '"' || OPENING_QUOTES.has(ch) || CLOSING_QUOTES.has(ch)) return true;
  return false;
}
