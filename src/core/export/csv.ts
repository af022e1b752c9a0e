import { Timecodes, formatTimecode } from '../desk/timecodes';
import { LineIndex } from '../text/positions';
import { inDocumentOrder, type ExportInput } from './model';
import { verdictOf } from './verdict';

/**
 * `status` is where the tag was found (anchored, fuzzy, orphaned); the desk's workflow step is `checkStatus`.
 * The desk's columns come last so that sheets built on the earlier columns keep working. `sources` holds one
 * line per source: `url title`.
 */
export const CSV_COLUMNS = ['kind', 'speaker', 'topic', 'quote', 'note', 'author', 'status', 'line', 'column', 'id', 'time', 'verdict', 'rating', 'checkStatus', 'checkStatusBy', 'sources'] as const;

/**
 * One row per annotation, RFC 4180: CRLF between records, fields quoted when they hold a comma, a quote
 * or a line break, quotes doubled. Starts with a UTF-8 BOM so that spreadsheet programs read Chinese
 * correctly. `line` and `column` are 1-based (column in UTF-16 units, as VS Code's Go to Line counts);
 * both are empty for an orphan. Every field is neutralised against formula injection (csvField).
 */
export function toCsv(input: ExportInput): string {
  const lines = new LineIndex(input.text);
  const timecodes = new Timecodes(input.text);
  const rows: string[][] = [[...CSV_COLUMNS]];
  for (const placed of inDocumentOrder(input.annotations)) {
    const a = placed.annotation;
    const position = placed.span ? lines.positionAt(placed.span.start) : null;
    const time = placed.span ? timecodes.at(placed.span.start) : null;
    const verdict = verdictOf(a);
    rows.push([
      a.kind,
      a.speaker ?? '',
      a.topic ?? '',
      placed.span ? input.text.slice(placed.span.start, placed.span.end) : a.target.exact,
      a.note ?? '',
      a.author,
      placed.status,
      position ? String(position.line + 1) : '',
      position ? String(position.character + 1) : '',
      a.id,
      time === null ? '' : formatTimecode(time),
      verdict?.label ?? '',
      // `2/5` would become a date in spreadsheets.
      verdict?.rating ? `${verdict.rating.value} of ${verdict.rating.best}` : '',
      a.status?.value ?? '',
      a.status?.by ?? '',
      (a.sources ?? []).map((source) => (source.title ? `${source.url} ${source.title}` : source.url)).join('\n'),
    ]);
  }
  return '\uFEFF' + rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** Spreadsheets run a cell that starts with one of these as a formula (OWASP, "CSV Injection"). */
const FORMULA_TRIGGER = /^[=+\-@\t\r]/;

/**
 * One RFC 4180 field. Text from the sidecar is untrusted, so a field a spreadsheet would evaluate
 * (`=HYPERLINK(…)`, `@SUM(…)`, `-2+3`) gets a leading `'`, which spreadsheets read as "this is text",
 * and is quoted, as OWASP recommends.
 */
export function csvField(value: string): string {
  if (FORMULA_TRIGGER.test(value)) return `"'${value.replace(/"/g, '""')}"`;
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Parses RFC 4180 text (a leading BOM is ignored) into rows of fields. For tests and re-reading exports. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' || c === '\n') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
