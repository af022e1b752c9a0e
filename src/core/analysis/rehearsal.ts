import type { LineIndex } from '../text/positions';
import type { TextChange } from './incremental';

/**
 * Keystrokes nobody typed, for IncrementalAnalyzer.rehearse: on each line from `fromLine` down (at most
 * `count` of them), the character in the middle of the line typed again beside itself, which is what typing
 * inside a word looks like in any script. Lines with no such character (empty, spaces only, a surrogate
 * pair in the middle) are passed over.
 */
export function rehearsalEdits(lines: LineIndex, fromLine: number, count: number): TextChange[] {
  const edits: TextChange[] = [];
  for (let line = Math.max(0, fromLine); line < lines.lineCount && edits.length < count; line++) {
    const start = lines.lineStart(line);
    const text = lines.lineText(line);
    const at = typedCharacterAt(text, text.length >> 1);
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
