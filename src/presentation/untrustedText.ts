import { isEvidenceUrl } from '../core/desk/evidence';
// Text read from a file (a sidecar's values, a transcript's quotes, names, notes, reasons built from them)
// made harmless for the surface it is shown on. Every function keeps the text readable: it is shown as
// written, never as links, icons, headings or fences.

/** Line breaks, other control characters and the bidirectional overrides that can reorder what is shown. */
const CONTROL = /[\p{Cc}\u2028\u2029]/gu;
const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/gu;

/** Any run of whitespace or control characters becomes one space; bidi controls are dropped. */
function oneLine(text: string): string {
  return text.replace(BIDI_CONTROL, '').replace(CONTROL, ' ').replace(/\s{2,}/gu, ' ');
}

/**
 * For plain-text surfaces: notifications (which render `[text](command:…)` as a link that runs the command),
 * tooltips, tree items, diagnostics, titles. The link syntax needs `]` right before `(`, so a space between
 * them keeps the text readable and makes it inert. The result is one line.
 */
export function plainText(text: string): string {
  return oneLine(text).replace(/\]\(/gu, '] (');
}

/** For quick pick items, which also render `$(icon)`: escaped the way VS Code's own labels escape it. */
export function pickText(text: string): string {
  return plainText(text).replace(/\$\(/gu, '\\$(');
}

/** What formats inline Markdown: links, images and footnotes, autolinks and HTML, emphasis, code, tables, entities, math. */
const MARKDOWN_INLINE = /[\\`*_[\]<>|~&$#]/gu;
/** What starts a block when it opens a line: a list item, a quote (escaped above), a setext underline. */
const BLOCK_START = /^(\s?)(\d{1,9}(?=[.)])|[-+=])/u;

/**
 * A value inside Markdown (a hover, a tooltip, a report, a table cell), shown exactly as written: no
 * links, autolinks, HTML, emphasis, code, cells or `$(icon)`s, and, even at the start of a line, no
 * heading, list or quote. Line breaks become spaces, so a value cannot start a block of its own. Only
 * what Markdown would read is escaped, so the Markdown source stays readable.
 */
export function escapeMarkdown(text: string): string {
  return oneLine(text)
    .replace(MARKDOWN_INLINE, '\\$&')
    .replace(BLOCK_START, (_match, space: string, marker: string) => (/\d/u.test(marker) ? `${space}${marker}\\` : `${space}\\${marker}`));
}

/**
 * Like {@link escapeMarkdown}, but a value of several lines (a note) keeps its line breaks: each line is
 * escaped and ends with a hard break, and blank lines are kept as paragraph breaks.
 */
export function escapeMarkdownLines(text: string): string {
  return text
    .replace(BIDI_CONTROL, '')
    .split(/\r\n|[\n\r\u2028\u2029]/u)
    .map((line) => escapeMarkdown(line).trim())
    .join('  \n')
    .replace(/(?: {2}\n){2,}/gu, '\n\n');
}

function longestBacktickRun(text: string): number {
  let longest = 0;
  for (const run of text.matchAll(/`+/gu)) longest = Math.max(longest, run[0].length);
  return longest;
}

/**
 * A value as inline code: the fence is one backtick longer than any run of backticks in it, so the value
 * can neither close the span early nor open another. Readable as plain text (a path stays a path).
 */
export function markdownCodeSpan(text: string): string {
  const value = oneLine(text);
  if (value === '') return '';
  const fence = '`'.repeat(longestBacktickRun(value) + 1);
  // Markdown strips one space from each side when both have one, so such a value (and one that begins or
  // ends with a backtick, which would join the fence) gets a space on each side to be stripped instead.
  const spaced = value.startsWith(' ') && value.endsWith(' ') && value.trim() !== '';
  const pad = spaced || value.startsWith('`') || value.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${value}${pad}${fence}`;
}

/**
 * A Markdown link to an evidence source read from a file: the text escaped, the address used only when it
 * is an http(s) address the sidecar accepts (anything else is shown as text, never as a link), with every
 * character that could end the link target or start markup percent-encoded.
 */
export function markdownEvidenceLink(text: string, url: string): string {
  const label = escapeMarkdown(text);
  if (!isEvidenceUrl(url)) return label;
  const target = url.replace(/[()<>[\]`*_|"'\\\s]/gu, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
  return `[${label}](${target})`;
}
