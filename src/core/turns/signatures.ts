import { lineTableOf } from '../analysis/lineTable';
import type { LineIndex, Span } from '../text/positions';
import { isBlankLine, skipSpaces, trimEnd } from './chars';
import { listItemIndent } from './listItems';

/**
 * HackMD and CodiMD notes sign a reply at its end: `> 以我為例… [name=kiang]`, or `> [name=kiang]` on
 * the last line of a quoted reply. The signature names who wrote the paragraph (or quote block) it ends,
 * so the turn starts at the top of that block, before the name.
 */
const SIGNATURE = /\[name=([^\]\r\n[]{1,40})\][ \t]*$/;
/** How much of a line's end is read for a signature. */
const SIGNATURE_SCAN = 64;

export interface Signature {
  readonly name: string;
  /** The `[name=…]` span in the text. */
  readonly span: Span;
}

/** The signature ending `text` (one line, trailing space allowed), with offsets relative to `text`. */
export function signatureAtEnd(text: string): { name: string; start: number; end: number } | null {
  const end = trimEnd(text, 0, text.length);
  if (end === 0 || text.charCodeAt(end - 1) !== 93 /* ] */) return null;
  const from = Math.max(0, end - SIGNATURE_SCAN);
  const match = SIGNATURE.exec(text.slice(from, end));
  if (!match) return null;
  const name = match[1]!.trim();
  return name ? { name, start: from + match.index, end } : null;
}

/** `- [name=leila]` alone on a list item: the tag opens the item, a label over its sub-items (candidates.ts), no signature. */
const NAME_TAG_ITEM = /^[ \t]*(?:\d{1,3}[.、)）]|[-*+•])[ \t]+\[name=[^\]\r\n[]{1,40}\][ \t]*$/;

/** The signature of a line that may sign: signatureAtEnd, unless the tag alone opens a list item (a label there). */
function lineSignature(text: string): ReturnType<typeof signatureAtEnd> {
  const found = signatureAtEnd(text);
  return found && !NAME_TAG_ITEM.test(text) ? found : null;
}

/**
 * How a line signs: the signer's name, and whether the line is a list item (which signs itself alone).
 * `''` for an unsigned line. An edit that changes it changes the block the signature covers.
 */
export function signatureReading(text: string): string {
  const found = lineSignature(text);
  if (!found) return '';
  return `${found.name}${listItemIndent(text) >= 0 ? '\u0000item' : ''}`;
}

/** A signed block: its first line, its last (the signed) line and the signature. */
export interface SignedBlock {
  readonly firstLine: number;
  readonly lastLine: number;
  readonly signature: Signature;
}

/**
 * Signed blocks by first line. A block is the signed line and the lines above it up to a blank line, a
 * label, an earlier signature or a section break; a signed quote line (`> …`) takes only the quote
 * lines above it (the quote answers the paragraph above, which is someone else's). A signed list item
 * is its own block: minutes sign each item (`- 確認贊助商 logo - [name=tumitu]`), and the items above are
 * other people's or no one's. Linear: a line is walked over by at most one block.
 */
export function findSignedBlocks(lines: LineIndex, stopsBlock: (line: number) => boolean): Map<number, SignedBlock> {
  const text = lines.source;
  const blocks = new Map<number, SignedBlock>();
  let previousSigned = -1;
  const { starts, ends, lasts } = lineTableOf(lines);
  for (let line = 0; line < lines.lineCount; line++) {
    const lineStart = starts[line]!;
    const lineEnd = ends[line]!;
    // A line of spaces ends in a space: no `]` either way.
    if (lineEnd === lineStart || text.charCodeAt(lasts[line]! - 1) !== 93) continue;
    const found = lineSignature(text.slice(lineStart, lineEnd));
    if (!found || stopsBlock(line)) continue;
    const quoted = isQuoted(lines, line);
    const listItem = !quoted && listItemIndent(lines.lineText(line)) >= 0;
    let first = line;
    while (!listItem && first - 1 > previousSigned && !isBlankLine(lines, first - 1) && !stopsBlock(first - 1) && (!quoted || isQuoted(lines, first - 1))) first--;
    blocks.set(first, { firstLine: first, lastLine: line, signature: { name: found.name, span: { start: lineStart + found.start, end: lineStart + found.end } } });
    previousSigned = line;
  }
  return blocks;
}

function isQuoted(lines: LineIndex, line: number): boolean {
  return lines.source.charCodeAt(skipSpaces(lines.source, lines.lineStart(line), lines.lineEnd(line))) === 62 /* > */;
}
