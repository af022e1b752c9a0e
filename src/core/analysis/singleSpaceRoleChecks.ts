// Whether an edit may change the `Q So, …` / `A Yes, …` lines read as a record's questions and answers
// (turns/singleSpaceRoles.ts), a reading of the whole document: whether its question and answer lines take turns.
import type { TextSource } from '../text/chunkedText';
import { lineEndFrom } from '../text/positions';
import { holdsSingleSpaceRole } from '../turns/singleSpaceRoles';
import type { Baseline, TextChange } from './incremental';
import { editedLines } from './editedLines';

/**
 * Which lines open with a role in the single-space shape is read from the text alone, so the reading changes only
 * where an edited line, before or after the edit, opens so. The line above and below are read too: a label there is
 * read again with the edited lines' neighbours, and must keep its reading (typing in speech reads a few lines).
 */
export function mayChangeSingleSpaceRoles(baseline: Baseline, text: TextSource, change: TextChange): boolean {
  if (baseline.format === 'srt' || baseline.format === 'vtt') return false;
  const old = baseline.lines.source;
  const { start, oldEnd, newEnd } = editedLines(old, text, change);
  const from = start <= 1 ? 0 : old.lastIndexOf('\n', start - 2) + 1;
  return holdsSingleSpaceRole(old.slice(from, lineAfter(old, oldEnd))) || holdsSingleSpaceRole(text.slice(from, lineAfter(text, newEnd)));
}

/** The end of the line below the one ending at `end` (or the text's end). */
function lineAfter(text: TextSource, end: number): number {
  return end >= text.length ? text.length : lineEndFrom(text, end + 1);
}
