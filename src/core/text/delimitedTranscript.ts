// A transcript exported as delimited text (CSV or TSV, as transcription services and spreadsheets write it): a
// header row names the columns, and every later row is one utterance:
//   "Speaker","Start Time","End Time","Text"
//   "Maria Santos","00:00:14","00:00:26","Eleven years. We started in a garage."
// As with an ASS script (assScript.ts), the analysis reads a view of the same length (same offsets and line
// breaks): the header and the cells that are neither the speaker's nor the text blanked, the speaker's name
// followed by a colon so it reads as a label, the quotes around a cell blanked and a doubled quote inside one
// read as one. The header decides: a column named as a speaker's and a later one named as the text's.
import { blanked } from './assScript';
import type { TextSource } from './chunkedText';
import type { LineIndex } from './positions';

const SPEAKER_COLUMNS = new Set([
  'speaker', 'speaker name', 'speakers', 'name', 'participant', 'person', 'voice', 'character', 'role',
  '说话人', '說話人', '说话者', '說話者', '发言人', '發言人', '讲者', '講者', '角色', '姓名', '发言者', '發言者',
]);
const TEXT_COLUMNS = new Set([
  'text', 'transcript', 'transcription', 'content', 'utterance', 'sentence', 'caption', 'subtitle', 'dialogue',
  'speech', 'words', '内容', '內容', '文本', '文字', '字幕', '对白', '對白', '台词', '臺詞', '发言内容', '發言內容',
]);
const DELIMITERS = ['\t', ',', ';'] as const;
/** How far into the text the header row must end: a header is a short line. */
const MAX_HEADER = 512;
const MAX_COLUMNS = 32;

const QUOTE = 34;
const LF = 10;
const CR = 13;

/** A delimited transcript's layout, as its header row gives it. */
interface Layout {
  readonly delimiter: number;
  readonly speakerColumn: number;
  readonly textColumn: number;
  readonly textIsLast: boolean;
  /** Where the first row after the header starts. */
  readonly rowsStart: number;
}

/** Whether the document is a transcript exported as delimited text (see the file comment). Reads its first line only. */
export function isDelimitedTranscript(text: TextSource): boolean {
  return layoutOf(text) !== null;
}

/**
 * The transcript as the analysis reads it (see the file comment), or `null` when the document is no delimited
 * transcript. The view has the text's length and line breaks, so every offset found in it is the text's.
 */
export function delimitedTranscriptView(lines: LineIndex): string | null {
  const text = lines.source;
  const layout = layoutOf(text);
  if (layout === null) return null;
  const whole = text.slice(0, text.length);
  const parts: string[] = [blanked(whole.slice(0, layout.rowsStart))];
  let at = layout.rowsStart;
  while (at < whole.length) {
    const row = readRow(whole, at, layout.delimiter);
    parts.push(rowView(whole, row, layout));
    at = row.end;
  }
  return parts.join('');
}

/** One cell of a row: where it starts and ends (its quotes and the delimiter after it outside), quoted or not. */
interface Cell {
  readonly start: number;
  readonly end: number;
  readonly quoted: boolean;
}

/** A row: its cells, and where the next row starts (after the row's line break). */
interface Row {
  readonly start: number;
  readonly cells: readonly Cell[];
  readonly end: number;
}

function layoutOf(text: TextSource): Layout | null {
  const head = text.slice(0, MAX_HEADER + 2);
  let start = head.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (start < head.length && (head.charCodeAt(start) === LF || head.charCodeAt(start) === CR)) start++;
  const lineEnd = head.indexOf('\n', start);
  if (lineEnd < 0 && head.length > MAX_HEADER) return null;
  const header = head.slice(start, lineEnd < 0 ? head.length : lineEnd).replace(/\r$/, '');
  for (const delimiter of DELIMITERS) {
    const names = header.split(delimiter).map(columnName);
    if (names.length < 2 || names.length > MAX_COLUMNS) continue;
    const speakerColumn = names.findIndex((name) => SPEAKER_COLUMNS.has(name));
    const textColumn = names.findIndex((name, i) => i > speakerColumn && TEXT_COLUMNS.has(name));
    if (speakerColumn >= 0 && textColumn > speakerColumn) {
      return { delimiter: delimiter.charCodeAt(0), speakerColumn, textColumn, textIsLast: textColumn === names.length - 1, rowsStart: lineEnd < 0 ? head.length : lineEnd + 1 };
    }
  }
  return null;
}

function columnName(field: string): string {
  return field.trim().replace(/^"(.*)"$/, '$1').trim().toLowerCase();
}

/** Reads the row starting at `start` as RFC 4180 has it: a quoted cell may hold delimiters, doubled quotes and line breaks. */
function readRow(text: string, start: number, delimiter: number): Row {
  const cells: Cell[] = [];
  let at = start;
  for (;;) {
    const cellStart = at;
    const quoted = text.charCodeAt(at) === QUOTE;
    if (quoted) {
      at++;
      for (;;) {
        const close = text.indexOf('"', at);
        if (close < 0) {
          at = text.length;
          break;
        }
        if (text.charCodeAt(close + 1) === QUOTE) {
          at = close + 2;
          continue;
        }
        at = close + 1;
        break;
      }
    }
    while (at < text.length && text.charCodeAt(at) !== delimiter && text.charCodeAt(at) !== LF) at++;
    cells.push({ start: cellStart, end: at, quoted });
    if (at >= text.length) return { start, cells, end: at };
    if (text.charCodeAt(at) === LF) return { start, cells, end: at + 1 };
    at++;
  }
}

/** A row's view: the speaker's name and a colon, then the text; the rest blanked (line breaks kept). */
function rowView(text: string, row: Row, layout: Layout): string {
  const raw = text.slice(row.start, row.end);
  const speaker = row.cells[layout.speakerColumn];
  const spoken = textCellOf(row, layout);
  // A row too short to have the text's cell is no utterance of the table: shown as written.
  if (speaker === undefined || spoken === undefined) return raw;
  const chars = blanked(raw).split('');
  const name = innerOf(text, speaker);
  if (text.slice(name.start, name.end).trim() !== '') {
    for (let at = name.start; at < name.end; at++) chars[at - row.start] = text[at]!;
    chars[name.end - row.start] = ':';
  }
  const said = innerOf(text, spoken);
  for (let at = said.start; at < said.end; at++) {
    if (spoken.quoted && text.charCodeAt(at) === QUOTE && text.charCodeAt(at + 1) === QUOTE && at + 1 < said.end) {
      // A doubled quote is one: the half on the side of its word stays (`the ""plan"" is` reads `the  "plan"  is`).
      const opens = at === said.start || /\s/.test(text[at - 1]!);
      chars[at + (opens ? 1 : 0) - row.start] = '"';
      at++;
      continue;
    }
    chars[at - row.start] = text[at]!;
  }
  return chars.join('');
}

/**
 * The row's text cell. When the text is the header's last column, delimiters after it were written unquoted
 * inside the text (`Ann,00:01,Yes, we did.`): the cell runs to the row's end, so no speech is blanked.
 */
function textCellOf(row: Row, layout: Layout): Cell | undefined {
  const cell = row.cells[layout.textColumn];
  const last = row.cells[row.cells.length - 1]!;
  if (cell === undefined || !layout.textIsLast || last === cell) return cell;
  return { start: cell.start, end: last.end, quoted: false };
}

/** A cell's content: inside its quotes (the closing one may be missing at the end of the text), or the cell as written. */
function innerOf(text: string, cell: Cell): { start: number; end: number } {
  if (!cell.quoted) return { start: cell.start, end: trimmedEnd(text, cell.start, cell.end) };
  const close = text.lastIndexOf('"', cell.end - 1);
  return { start: cell.start + 1, end: close > cell.start ? close : cell.end };
}

function trimmedEnd(text: string, start: number, end: number): number {
  while (end > start && (text.charCodeAt(end - 1) === CR || text.charCodeAt(end - 1) === 32)) end--;
  return end;
}
