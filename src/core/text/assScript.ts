// Advanced SubStation Alpha subtitles (`.ass`, `.ssa`): a script is sections of `Key: value` lines, and
// speech only in the `[Events]` section's `Dialogue:` lines, one cue a line:
//   Dialogue: 0,0:00:10.98,0:00:11.94,Default,Soňa,0,0,0,,Ah, {\i1}good{\i0} evening!\NWelcome.
// The fields before the text are machinery, the Name field (Aegisub's "Actor") names the speaker, and the text
// holds override blocks (`{\i1}`) and escaped line breaks (`\N`). The analysis reads a view of the script of the
// same length (same offsets): everything but the names and the cue texts blanked to spaces, a name followed
// by a colon so it reads as a speaker label, override blocks and the other escapes blanked, and a `\N` a line
// break (a bilingual cue's second language, a dialogue dash's second speaker, a wrapped sentence: as in SRT).
import type { TextSource } from './chunkedText';
import type { LineIndex } from './positions';

/** The first section header of a script (`[Script Info]`, in SSA v4 and ASS alike). */
const SCRIPT_INFO = /^\uFEFF?\s*\[Script Info\][ \t]*\r?$/im;
const EXTENSION = /\.(?:ass|ssa)$/i;
const SECTION = /^\[([^\]\n]{1,60})\][ \t]*\r?$/;
/** The event line types; only `Dialogue` is shown (and spoken). */
const EVENT_LINE = /^(Dialogue|Comment|Picture|Sound|Movie|Command|Format)[ \t]*:/i;
/** The fields of an event line in SSA v4 (`Marked`) and ASS (`Layer`), when no `Format:` line says otherwise. */
const DEFAULT_FORMAT = ['layer', 'start', 'end', 'style', 'name', 'marginl', 'marginr', 'marginv', 'effect', 'text'];
/** An override block (`{\i1}`, `{\pos(320,40)}`) or an escape: `\N` breaks the line, `\n` only in one wrap style, `\h` is a hard space. */
const TEXT_MARKUP = /\{[^}\n]*\}|\\[Nnh]/g;
/** `\N` in the view: a space and a line break (same length). */
const LINE_BREAK = ' \n';
/** How far into the text a script's first section must start: a file opening with the header, after blank lines at most. */
const HEAD = 256;

/** Whether a document is an ASS/SSA script: by its extension, or because it opens with `[Script Info]`. */
export function isAssScript(fileName: string, text: TextSource): boolean {
  if (EXTENSION.test(fileName)) return true;
  const head = text.slice(0, HEAD);
  const match = SCRIPT_INFO.exec(head);
  return match !== null && head.slice(0, match.index).trim() === '';
}

/**
 * The script as the analysis reads it (see the file comment), or `null` when the document is no ASS/SSA
 * script. The view has the text's length and line breaks (and one more for each `\N`), so every offset found in
 * it is the text's, and every line of the text starts a line of the view.
 */
export function assScriptView(lines: LineIndex, fileName: string): string | null {
  if (!isAssScript(fileName, lines.source)) return null;
  const text = lines.source;
  const parts: string[] = [];
  let section = '';
  let format = DEFAULT_FORMAT;
  for (let line = 0; line < lines.lineCount; line++) {
    const start = lines.lineStart(line);
    const end = lines.lineEnd(line);
    const content = text.slice(start, end);
    const header = SECTION.exec(content.trim());
    if (header) section = header[1]!.trim().toLowerCase();
    const event = header || !section.endsWith('events') ? null : EVENT_LINE.exec(content);
    if (event?.[1]!.toLowerCase() === 'format') format = formatFields(content.slice(event[0].length));
    parts.push(event?.[1]!.toLowerCase() === 'dialogue' ? dialogueView(content, event[0].length, format) : blanked(content));
    if (line + 1 < lines.lineCount) parts.push(text.slice(end, lines.lineStart(line + 1)));
  }
  return parts.join('');
}

/** The field names of a `Format:` line, lower case; the default order when the line names no `Text` field last. */
function formatFields(value: string): string[] {
  const fields = value.split(',').map((field) => field.trim().toLowerCase());
  return fields.length >= 2 && fields[fields.length - 1] === 'text' ? fields : DEFAULT_FORMAT;
}

/** A `Dialogue:` line's view: its name (if any) and a colon where the comma after it was, then its text without markup. */
function dialogueView(content: string, valuesStart: number, format: readonly string[]): string {
  const commas: number[] = [];
  for (let at = valuesStart; commas.length < format.length - 1; at++) {
    at = content.indexOf(',', at);
    if (at < 0) return blanked(content);
    commas.push(at);
  }
  const textStart = commas[commas.length - 1]! + 1;
  const nameIndex = format.indexOf('name');
  const nameStart = nameIndex < 0 ? -1 : nameIndex === 0 ? valuesStart : commas[nameIndex - 1]! + 1;
  const nameEnd = nameIndex < 0 ? -1 : commas[nameIndex]!;
  let head = blanked(content.slice(0, textStart));
  if (nameStart >= 0 && content.slice(nameStart, nameEnd).trim() !== '') {
    head = `${head.slice(0, nameStart)}${content.slice(nameStart, nameEnd)}:${head.slice(nameEnd + 1)}`;
  }
  return head + content.slice(textStart).replace(TEXT_MARKUP, (markup) => (markup === '\\N' ? LINE_BREAK : blanked(markup)));
}

/** Spaces for every character but a line break (kept, so a view's lines end as the text's); shared with delimitedTranscript.ts. */
export function blanked(content: string): string {
  return content.replace(/[^\r\n]/g, ' ');
}
