import type { TextSource } from '../text/chunkedText';

/**
 * The marks that make markup-only lines (`**`, `<br>`) stage directions (turns/stageDirections.ts,
 * findMarkupLines): a document holding any of them reads such lines as directions. No two occurrences of
 * these marks can overlap, so the document's count is the sum of each mark's count.
 */
const MARKUP_MARKS = ['<', '![', '{%'] as const;

/** Where an edit replaced `old[start, oldEnd)` by `text[start, newEnd)`. */
export interface MarkEdit {
  readonly start: number;
  readonly oldEnd: number;
  readonly newEnd: number;
}

/** How many markup marks `text` holds (a pass over the whole text: taken once, then kept up by markupMarksDelta). */
export function countMarkupMarks(text: TextSource): number {
  let count = 0;
  for (const mark of MARKUP_MARKS) {
    for (let at = text.indexOf(mark); at >= 0; at = text.indexOf(mark, at + mark.length)) count++;
  }
  return count;
}

/**
 * How many marks the edit adds (negative: removes). A mark is two characters at most, so one that the edit
 * created or broke lies within one character of the edited range; marks further off are the same in both texts.
 */
export function markupMarksDelta(old: TextSource, text: TextSource, edit: MarkEdit): number {
  const from = Math.max(0, edit.start - 1);
  return countMarkupMarks(text.slice(from, Math.min(text.length, edit.newEnd + 1))) - countMarkupMarks(old.slice(from, Math.min(old.length, edit.oldEnd + 1)));
}
