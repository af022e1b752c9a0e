import type { FoldedText } from '../text/fold';
import { OffsetMap } from '../text/offsetMap';
import { BRACKETED_TIMESTAMP_SOURCE } from '../turns/timestamps';

/**
 * A timestamp opening a line (`[00:01:02] `, `(1:02:03) `, `[00:00:00.000 --> 00:00:05.300] `, bare `00:01:02 `) with the
 * spaces after it: what transcription tools put before every line of speech, and editors strip again. A bare time needs
 * hours (`10:30 ` opening a line may be speech), and a cue's timing line (`00:00:01,000 --> …`) is no stamp before speech.
 */
const LINE_TIMESTAMP = new RegExp(String.raw`(?<=^|\n)([ \t]*)(?:${BRACKETED_TIMESTAMP_SOURCE}|\d{1,2}:\d{2}:\d{2}(?:[.,]\d{1,3})?)[ \t]+(?=\S)(?!-->|->|→)`, 'gu');

/** `text` without the timestamps that open its lines (each line's indentation kept), with a map back to `text`. */
export function withoutLineTimestamps(text: string): FoldedText {
  const map = new OffsetMap();
  let out = '';
  let kept = 0;
  for (const found of text.matchAll(LINE_TIMESTAMP)) {
    const stampStart = found.index + found[1]!.length;
    out += text.slice(kept, stampStart);
    map.add(stampStart, found.index + found[0].length, out.length, out.length);
    kept = found.index + found[0].length;
  }
  return kept ? { text: out + text.slice(kept), map } : { text, map };
}

/** The timestamps opening lines of `text`, in order, as written (without the spaces after them). */
export function lineTimestamps(text: string): string[] {
  return [...text.matchAll(LINE_TIMESTAMP)].map((found) => found[0].slice(found[1]!.length).trimEnd());
}
