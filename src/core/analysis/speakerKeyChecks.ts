// Whether an edit may change the lines labelled by a speaker key's initials (turns/speakerKeys.ts), a reading of the
// whole document: the key in its first lines, and the lines below that open with the key's initials.
import type { TextSource } from '../text/chunkedText';
import { LineIndex, lineEndFrom } from '../text/positions';
import { holdsKeyedLine, MAX_KEY_ENTRY_LINES, readSpeakerKey, sameSpeakerKey, SPEAKER_KEY_HEAD_LINES } from '../turns/speakerKeys';
import type { Baseline, TextChange } from './incremental';
import { editedLines } from './editedLines';

/** The lines a key and its entries may stand on: readSpeakerKey reads no further. */
const KEY_HEAD_LINES = SPEAKER_KEY_HEAD_LINES + MAX_KEY_ENTRY_LINES + 1;

/**
 * An edit in the head the key is read from re-reads in full where it makes, unmakes or changes a key, or lies at or
 * above the key's last line. Under an unchanged key, which lines it labels is read from each line alone, so the
 * reading changes only where an edited line, before or after the edit, or its neighbour (read again with it), opens
 * with initials in the keyed shape. A document with no key before or after the edit: nothing to change.
 */
export function mayChangeSpeakerKeyLabels(baseline: Baseline, text: TextSource, change: TextChange): boolean {
  if (baseline.format === 'srt' || baseline.format === 'vtt') return false;
  const old = baseline.lines.source;
  const { start, oldEnd, newEnd } = editedLines(old, text, change);
  const oldHeadEnd = headEnd(old);
  if (start < oldHeadEnd) {
    const oldHead = new LineIndex(old.slice(0, oldHeadEnd));
    const oldKey = readSpeakerKey(oldHead);
    const newKey = readSpeakerKey(new LineIndex(text.slice(0, headEnd(text))));
    if (!sameSpeakerKey(oldKey, newKey)) return true;
    if (oldKey === null) return false;
    if (start <= oldHead.lineEnd(oldKey.lastLine)) return true;
  } else if (readSpeakerKey(baseline.lines) === null) return false;
  const from = start <= 1 ? 0 : old.lastIndexOf('\n', start - 2) + 1;
  return holdsKeyedLine(old.slice(from, lineAfter(old, oldEnd))) || holdsKeyedLine(text.slice(from, lineAfter(text, newEnd)));
}

/** Where the head the key is read from ends: past the line break of its last line (or the text's end). */
function headEnd(text: TextSource): number {
  let end = 0;
  for (let line = 0; line < KEY_HEAD_LINES && end < text.length; line++) end = lineEndFrom(text, end) + 1;
  return Math.min(end, text.length);
}

/** The end of the line below the one ending at `end` (or the text's end). */
function lineAfter(text: TextSource, end: number): number {
  return end >= text.length ? text.length : lineEndFrom(text, end + 1);
}
