import { isDelimitedTranscript } from '../core/text/delimitedTranscript';

/** How much of a plain-text or Markdown file the cheap check looks at. */
const SAMPLE_LENGTH = 32_768;
// The ASCII range check (`[^\x00-\x7f]`) is deliberate: a colon followed by a CJK character ends a label.
// eslint-disable-next-line no-control-regex
const LABEL_LINE = /^(?:\[?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?\]?\s*)?([^\s:：#>*\-\d][^:：\n]{0,19}?)\s*(?:：|:(?=\s|$|[^\x00-\x7f]))|^([QA問答])(?:[:：]|\s{2,})/u;

/**
 * A cheap guess whether a plain-text or Markdown file is a transcript, so unrelated files are never
 * analysed: at least three label lines (`Name:`, `李明：`, `Q:`) naming at least two speakers, or the header
 * row of a CSV/TSV export.
 * Looks at the start of the file only.
 */
export function looksLikeTranscript(text: string): boolean {
  // A CSV or TSV export says so in its header row (a speaker column and a text column).
  if (isDelimitedTranscript(text)) return true;
  const sample = text.length > SAMPLE_LENGTH ? text.slice(0, SAMPLE_LENGTH) : text;
  const counts = new Map<string, number>();
  let labelLines = 0;
  for (const line of sample.split(/\r\n|\r|\n/u)) {
    if (line.length > 2000) continue;
    const match = LABEL_LINE.exec(line);
    if (!match) continue;
    const name = (match[1] ?? match[2] ?? '').trim();
    // Lower-case ASCII words before a colon are keys (front matter, `note:`), not speakers.
    if (/^[a-z_][\w-]*$/u.test(name)) continue;
    labelLines++;
    counts.set(name, (counts.get(name) ?? 0) + 1);
    if (counts.size >= 2 && labelLines >= 3) return true;
  }
  return false;
}

/** Words in a file name that say it holds a transcript (English, Traditional and Simplified Chinese). */
const TRANSCRIPT_NAME = /transcript|interview|subtitle|caption|逐字稿|訪談|访谈|採訪|采访|訪問|访问|對談|对谈|字幕/iu;

/**
 * A weaker guess than looksLikeTranscript, for offering to turn the extension on (the status-bar item):
 * a file named like a transcript, or with at least two speaker-label lines at its start. A README with
 * no such lines gets no status-bar item.
 */
export function couldBeTranscript(text: string, fileName: string): boolean {
  if (TRANSCRIPT_NAME.test(fileName)) return true;
  const sample = text.length > SAMPLE_LENGTH ? text.slice(0, SAMPLE_LENGTH) : text;
  let labelLines = 0;
  for (const line of sample.split(/\r\n|\r|\n/u)) {
    if (line.length > 2000) continue;
    const match = LABEL_LINE.exec(line);
    const name = match ? (match[1] ?? match[2] ?? '').trim() : '';
    if (!match || /^[a-z_][\w-]*$/u.test(name)) continue;
    if (++labelLines >= 2) return true;
  }
  return false;
}
