// Whether an edit may change the record's procedure lines (turns/procedureLines.ts): wrapped notes, examination
// headings, record formulas and numbered items, which the line-local checks cannot read (incremental.ts).
import type { TextSource } from '../text/chunkedText';
import { lineEndFrom, LineIndex } from '../text/positions';
import { leavesBracketOpen, mayBeProcedureLine, NOTE_READS_BELOW } from '../turns/procedureLines';
import { isRecordFormula } from '../turns/recordFormulas';
import { ITEM_READS_BELOW, recordItemNumber } from '../turns/recordItems';
import { lineHoldingEdit } from './editedLines';
import type { Baseline, TextChange } from './incremental';

/** Lines around an edit read for procedure lines (turns/procedureLines.ts): a wrapped note's other lines, the turn scan's next line. */
const PROCEDURE_REACH = 3;

/**
 * Whether the edit may change the procedure lines (turns/procedureLines.ts), which the line-local checks cannot
 * read: a wrapped note spans lines and an examination heading counts only where the document repeats it. Any
 * edited line, before or after, or a line within PROCEDURE_REACH of them that may be one, and the edit falls back.
 */
export function mayChangeProcedureLines(baseline: Baseline, text: TextSource, change: TextChange): boolean {
  // Subtitles read no procedure lines (findTurns reads their stage directions without numbered lines): a deleted cue's
  // `Motion carried.` changes nothing there.
  if (baseline.format === 'srt' || baseline.format === 'vtt') return false;
  const old = baseline.lines.source;
  const line = lineHoldingEdit(baseline.lines, change);
  if (line !== undefined) return editedLineMayChangeProcedure(baseline.lines, text, change, line);
  let start = change.rangeOffset === 0 ? 0 : old.lastIndexOf('\n', change.rangeOffset - 1) + 1;
  let oldEnd = lineEndFrom(old, change.rangeOffset + change.rangeLength);
  const newEnd = lineEndFrom(text, change.rangeOffset + change.text.length);
  if (holdsProcedureLine(text.slice(start, newEnd))) return true;
  for (let n = 0; n < PROCEDURE_REACH && start > 0; n++) start = start < 2 ? 0 : old.lastIndexOf('\n', start - 2) + 1;
  for (let n = 0; n < PROCEDURE_REACH && oldEnd < old.length; n++) oldEnd = lineEndFrom(old, oldEnd + 1);
  return holdsProcedureLine(old.slice(start, oldEnd));
}

/**
 * mayChangeProcedureLines for an edit within line `line`: only the line itself, before and after, and a note opened or an
 * item numbered on one of the NOTE_READS_BELOW lines above it (which reads it) may change; a heading counts by its own line, and
 * lines below read nothing above them. Typing beside an examination heading or under a closed note stays local.
 */
function editedLineMayChangeProcedure(lines: LineIndex, text: TextSource, change: TextChange, line: number): boolean {
  const start = lines.lineStart(line);
  if (holdsProcedureLine(text.slice(start, lines.lineEnd(line) + change.text.length - change.rangeLength)) || holdsProcedureLine(lines.source.slice(start, lines.lineEnd(line)))) return true;
  for (let above = Math.max(0, line - Math.max(NOTE_READS_BELOW, ITEM_READS_BELOW)); above < line; above++) {
    const from = lines.lineStart(above);
    const prefix = lines.source.slice(from, Math.min(lines.lineEnd(above), from + NOTE_LINE_SCAN));
    // A line read only in part: any bracket opening it counts (a note is shorter than the part read).
    if (prefix.length === NOTE_LINE_SCAN ? /^\s*[([]/.test(prefix) : leavesBracketOpen(prefix)) return true;
    // A numbered item reads the lines under it as its own (recordItems.ts).
    if (recordItemNumber(prefix.trim()) > 0) return true;
  }
  return false;
}

/** How much of a line above the edit is read for a bracket it leaves open. */
const NOTE_LINE_SCAN = 400;

/**
 * Whether a line of `window` may be a procedure line. A record formula (`Question put.`) holds neither a bracket nor
 * `by`, and is read at any line break (a window over lines broken by `\r` alone too); the local re-scan's windows count
 * formulas apart from the rest of the document, so one near the edit falls back.
 */
function holdsProcedureLine(window: string): boolean {
  if (window.split(LINE_BREAK).some((line) => isRecordFormula(line.trim()))) return true;
  // Neither a bracket, nor `by` (any case), nor an item's `、`: no other line of the window may be one.
  if (!/[()[\]、]|by/i.test(window)) return false;
  return window.split('\n').some((line) => mayBeProcedureLine(line, false));
}

const LINE_BREAK = /\r\n?|\n/;
