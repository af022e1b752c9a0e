// The document's text after a change event, from its text before it: what VS Code's extension host does
// to its own copy of the lines. No `vscode` import: unit-tested in Node.
import type { TextChange } from '../core/analysis/incremental';
import type { ChunkedText } from '../core/text/chunkedText';

/**
 * `text` with `changes` (one change event's, offsets into `text`) applied, inserted line breaks written
 * as `eol` as the document writes them; `undefined` when the changes are not in the order VS Code sends
 * them (descending, not overlapping) or do not fit `text`, so the caller asks for the whole text instead.
 * Costs what the changes touch (a chunk each), however long the text: no copy of the whole text is made.
 */
export function textAfterChanges(text: ChunkedText, changes: readonly TextChange[], eol: '\n' | '\r\n'): ChunkedText | undefined {
  let result = text;
  let limit = text.length;
  for (const { rangeOffset, rangeLength, text: inserted } of changes) {
    if (!Number.isInteger(rangeOffset) || !Number.isInteger(rangeLength) || rangeOffset < 0 || rangeLength < 0 || rangeOffset + rangeLength > limit) return undefined;
    const written = /[\r\n]/.test(inserted) ? inserted.replace(/\r\n|\r|\n/g, eol) : inserted;
    result = result.edited(rangeOffset, rangeLength, written);
    limit = rangeOffset;
  }
  return result;
}
