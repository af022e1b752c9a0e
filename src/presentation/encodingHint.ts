import { decodeTranscript, displayEncoding } from '../core/text/decode';

/** An encoding to suggest reopening a file with: VS Code's id for it and how people write its name. */
export interface EncodingSuggestion {
  /** The id `workbench.action.editor.changeEncoding` and `files.encoding` use. */
  readonly vscodeId: string;
  readonly label: string;
}

/** VS Code's ids for the encodings the transcript decoder detects (Big5 it knows as Big5-HKSCS, a superset). */
const VSCODE_IDS: Readonly<Record<string, string>> = {
  gbk: 'gbk',
  gb18030: 'gb18030',
  big5: 'big5hkscs',
  'utf-16le': 'utf16le',
  'utf-16be': 'utf16be',
};

/**
 * For a document that shows replacement characters (U+FFFD) or NULs, read as UTF-8: the encoding its
 * bytes are really in, when they are GBK, GB18030, Big5 or UTF-16; otherwise nothing to suggest.
 */
export function suggestEncoding(shownText: string, bytes: Uint8Array, maxBytes: number): EncodingSuggestion | undefined {
  if (!shownText.includes('\uFFFD') && !shownText.includes('\u0000')) return undefined;
  const decoded = decodeTranscript(bytes, maxBytes);
  if (!decoded.ok) return undefined;
  const vscodeId = VSCODE_IDS[decoded.encoding];
  return vscodeId ? { vscodeId, label: displayEncoding(decoded.encoding) } : undefined;
}
