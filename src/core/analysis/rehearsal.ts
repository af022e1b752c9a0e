import type { LineIndex } from '../text/positions';
import type { TextChange } from './incremental';

/**
 * Lines shorter than this are passed over: label lines, headings and names are short, and an edit of them
 * takes paths (a rename reads every turn) that typing in speech does not.
 */
export const REHEARSAL_MIN_LINE = 24;

/**
 * Keystrokes nobody typed, for IncrementalAnalyzer.rehearse: on each line of speech from `fromLine` down
 * (at most `count` of them), a character three quarters into the line (past a label at its start) typed
 * again beside itself, which is what typing inside a word looks like in any script. Short lines and lines
 * with no such character (spaces, a surrogate pair there) are passed over.
 */
export function rehearsalEdits(lines: LineIndex, fromLine: number, count: number): TextChange[] {
  const edits: TextChange[] = [];
  for (let line = Math.max(0, fromLine); line < lines.lineCount && edits.length < count; line++) {
    const start = lines.lineStart(line);
    if (lines.lineEnd(line) - start < REHEARSAL_MIN_LINE) continue;
    const text = lines.lineText(line);
    const at = typedCharacterAt(text, (text.length * 3) >> 2);
    if (at >= 0) edits.push({ rangeOffset: start + at, rangeLength: 0, text: text.charAt(at) });
  }
  return edits;
}

/** The first character at or after `from` that is neither white space nor half of a surrogate pair; -1 for none. */
function typedCharacterAt(text: string, from: number): number {
  for (let at = from; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code >= 0xd800 && code <= 0xdfff) return -1;
    if (!/\s/.test(text.charAt(at))) return at;
  }
  return -1;
}
