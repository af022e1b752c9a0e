// Plain-text exports of transcription tools open with comment lines stacked one under the other
// (`# Tears of Steel — transcript excerpt`, `# Source: …`, `# whisper large-v3-turbo, word-level timing`):
// the tool's notes on the file, neither its headings nor anyone's speech. Markdown's headings are the
// document's own, so only plain text is read this way, and only a run of two or more `#` lines with no
// blank line between them at the very top (a lone `# Title` may be the document's title).

/** `#`, one or more, then a space and words: a comment line's (and an ATX heading's) opening. */
const COMMENT_LINE = /^#{1,6}[ \t]+\S/;
/** A comment header is this many lines at least. */
const MIN_COMMENT_LINES = 2;
/** Leading blank lines allowed before the header, and how far it may run. */
const MAX_BLANKS_ABOVE = 2;
const MAX_COMMENT_LINES = 20;

/** The run of `#` lines at the top (after at most MAX_BLANKS_ABOVE blank lines): its first line and the line after it. */
function topCommentRun(lineCount: number, lineText: (line: number) => string): { start: number; end: number } {
  let start = 0;
  while (start < MAX_BLANKS_ABOVE && start < lineCount && lineText(start).trim() === '') start++;
  let end = start;
  while (end < lineCount && end - start < MAX_COMMENT_LINES && COMMENT_LINE.test(lineText(end).trimStart())) end++;
  return { start, end };
}

/**
 * The lines of the comment header a plain-text file opens with, or none. `lineText` gives a line's text.
 */
export function commentHeaderLines(lineCount: number, lineText: (line: number) => string): number[] {
  const run = topCommentRun(lineCount, lineText);
  if (run.end - run.start < MIN_COMMENT_LINES) return [];
  const found: number[] = [];
  for (let line = run.start; line < run.end; line++) found.push(line);
  return found;
}

/**
 * Whether an edit from line `first` on may make or unmake the comment header: it starts on or right under
 * the run of two or more `#` lines at the top (blank lines above it counted), or on the line under it. Checked on the lines before and after the
 * edit; the incremental analyzer falls back when either says so.
 */
export function commentHeaderWithinReach(lineCount: number, lineText: (line: number) => string, first: number): boolean {
  if (first > MAX_BLANKS_ABOVE + MAX_COMMENT_LINES) return false;
  const run = topCommentRun(lineCount, lineText);
  // Under two `#` lines there is no header on this side of the edit; the other side's check covers one made.
  return run.end - run.start >= MIN_COMMENT_LINES && first <= run.end;
}
