import type { LineIndex } from './positions';

// Rules that read lines by number take a function rather than a LineIndex (so a test, or an edit's view of the
// lines, can hand them any lines): these are the readers of an index's lines.

/** Reads line `line`'s text (without its break) for a check that takes `(line) => string`. */
export function lineTextOf(lines: LineIndex): (line: number) => string {
  return (line) => lines.lineText(line);
}

/** Reads line `line`'s text, or undefined past the last line, for a reader that stops where the lines do. */
export function lineTextOrUndefined(lines: LineIndex): (line: number) => string | undefined {
  return (line) => (line < lines.lineCount ? lines.lineText(line) : undefined);
}
