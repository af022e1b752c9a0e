// Front matter: the block of metadata a site generator or a notes app reads at a file's very top, between two `---`
// lines (YAML: `title: …`, `date: …`, `layout: post`) or two `+++` lines (TOML: `title = "…"`). It is data: no label,
// no speech, no topic and no claim is read in it. One reader for the outline (labels, turns, topics), the claims'
// sentences and the incremental analyzer's check, so that all three agree on where the body starts.
import type { TextSource } from './chunkedText';
import { LineIndex } from './positions';

/** Front matter longer than this is no post's header (a saved page's data block): not read. */
export const FRONT_MATTER_MAX_LINES = 200;
/** Saved pages sometimes put a blank line or two before the front matter. */
const BLANK_LINES_BEFORE = 2;
/** The lines a front matter may reach from the top: its opening fence, its lines and its closing fence. */
export const FRONT_MATTER_REACH = FRONT_MATTER_MAX_LINES + BLANK_LINES_BEFORE;
/** The lines of a text read for an opening fence: where one may sit, and one more (a blank line removed above it). */
const OPENING_PROBE_LINES = BLANK_LINES_BEFORE + 2;
/** How far into the new text the incremental check reads for its front matter: beyond this it re-reads in full. */
const NEW_TEXT_PROBE = 256 * 1024;
/** How much of a text's start is read for an opening fence: blank lines above it are short. */
const OPENING_PROBE_LENGTH = 1024;

/**
 * In plain text a fenced block is front matter only when every line is metadata: a key before `:` or `=`
 * (`title: Weekly sync`, `draft = false`, `tags:`), a nested or listed value (`  - minutes`), a TOML table
 * (`[params]`) or a comment. Keys are lower-case words, as site generators write them: `Alice: Hello` between two
 * rules is speech, not metadata.
 */
const METADATA_KEY_LINE = /^[a-z_][\w.-]{0,40}[ \t]*(?::(?:[ \t]|$)|=)/;
const METADATA_VALUE_LINE = /^(?:[ \t]+\S|-[ \t]|\[[\w.-]{1,40}\][ \t]*$|#)/;

export interface FrontMatter {
  /** The opening fence's line. */
  readonly first: number;
  /** The closing fence's line. */
  readonly last: number;
}

/**
 * The document's front matter, or null: a `---` or `+++` line among the first lines (up to two blank lines above
 * it), closed by the same fence within FRONT_MATTER_MAX_LINES lines. In Markdown any block so fenced (a `+++` or
 * a `---` there opens no construct of its body); in plain text only a block of metadata lines (METADATA_KEY_LINE),
 * one key at least. Bounded: reads at most FRONT_MATTER_REACH lines.
 */
export function findFrontMatter(lines: LineIndex, markdown: boolean): FrontMatter | null {
  let first = 0;
  while (first < BLANK_LINES_BEFORE && first + 1 < lines.lineCount && lines.lineText(first).trim() === '') first++;
  if (first >= lines.lineCount) return null;
  const fence = lines.lineText(first).trimEnd();
  if (fence !== '---' && fence !== '+++') return null;
  let keys = 0;
  for (let line = first + 1; line < lines.lineCount && line < FRONT_MATTER_MAX_LINES; line++) {
    const start = lines.lineStart(line);
    const end = lines.lineEnd(line);
    if (lines.source.slice(start, Math.min(end, start + 4)).trimEnd() === fence) return markdown || keys > 0 ? { first, last: line } : null;
    if (markdown) continue;
    const text = lines.source.slice(start, Math.min(end, start + 200));
    if (text.trim() === '' || METADATA_VALUE_LINE.test(text)) continue;
    if (!METADATA_KEY_LINE.test(text)) return null;
    keys++;
  }
  return null;
}

/** The first line after the front matter, or 0 where the document has none. */
export function frontMatterEnd(lines: LineIndex, markdown: boolean): number {
  const found = findFrontMatter(lines, markdown);
  return found ? found.last + 1 : 0;
}

/** Whether one of a text's first lines is a fence (`---`, `+++`): only then may it have front matter. Reads its first KB. */
export function mayOpenFrontMatter(text: TextSource): boolean {
  const head = text.slice(0, OPENING_PROBE_LENGTH);
  let start = 0;
  for (let line = 0; line < OPENING_PROBE_LINES; line++) {
    const newline = head.indexOf('\n', start);
    const end = newline < 0 ? head.length : newline;
    const fence = head.slice(start, Math.min(end, start + 5)).trimEnd();
    if (fence === '---' || fence === '+++') return true;
    if (newline < 0) return false;
    start = newline + 1;
  }
  return false;
}

/**
 * Whether an edit at `editStart` (an offset of the old text) may change what is front matter: the new text's front
 * matter differs from the old (one opened, closed or moved), or, in plain text, the edit starts in it or on the line
 * right after it (its lines' shapes decide). An edit below the line after the closing fence changes nothing of it.
 * `newText`'s head is read up to NEW_TEXT_PROBE characters; a front matter that may run past them is taken as changed.
 */
export function editMayTouchFrontMatter(old: LineIndex, newText: TextSource, editStart: number, markdown: boolean): boolean {
  const oldOpens = mayOpenFrontMatter(old.source);
  const newOpens = mayOpenFrontMatter(newText);
  if (!oldOpens && !newOpens) return false;
  const editLine = old.lineAt(editStart);
  if (editLine > FRONT_MATTER_REACH) return false;
  const before = oldOpens ? findFrontMatter(old, markdown) : null;
  // Lines up to the line after the closing fence are the same in both texts: so is the front matter.
  if (before && editLine > before.last + 1) return false;
  // In plain text each line's shape makes the block front matter or not: an edit in it re-reads in full.
  if (before && !markdown) return true;
  if (!newOpens) return before !== null;
  const head = newText.slice(0, NEW_TEXT_PROBE);
  const newLines = new LineIndex(head);
  if (head.length < newText.length && newLines.lineCount <= FRONT_MATTER_REACH) return true;
  const after = findFrontMatter(newLines, markdown);
  // Markdown's front matter is its fences, whatever lies between them: an edit that keeps both where they were keeps it.
  return before === null ? after !== null : after === null || after.first !== before.first || after.last !== before.last;
}
