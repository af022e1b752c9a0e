// Diarised transcripts number their speakers (`Speaker 0`, `Speaker 1`, `SPEAKER_02`, `Guest 2`). Where one such
// name recurs on lines of its own over speech, a line of the same words with another number is the same scheme's
// speaker even when it speaks once (`Speaker 0` opening a page whose every later turn is `Speaker 1`).
import type { LineIndex } from '../text/positions';

/** `Speaker 0`, `SPEAKER_02`, `Guest 2`: words, then a space or an underscore, then a speaker's number. */
const NUMBERED_NAME = /^(\p{L}[\p{L} ]{0,23}?)[ _](\d{1,2})$/u;

/** The words before the number of a numbered name (`Speaker`), or null when `title` is none. */
export function numberedNameStem(title: string): string | null {
  const match = NUMBERED_NAME.exec(title);
  return match ? match[1]! : null;
}

/**
 * Whether a line other than `line` reads, trimmed, as a numbered name with the same words as `title` and another
 * number: an edit that makes or unmakes such a line may give a one-off numbered name line a scheme to belong to.
 */
export function numberedSiblingElsewhere(lines: LineIndex, title: string, line: number): boolean {
  const stem = numberedNameStem(title);
  if (stem === null) return false;
  const text = lines.text;
  for (let at = text.indexOf(stem); at >= 0; at = text.indexOf(stem, at + 1)) {
    const l = lines.lineAt(at);
    if (l === line) continue;
    const other = lines.lineText(l).trim();
    if (other !== title && numberedNameStem(other) === stem) return true;
  }
  return false;
}
