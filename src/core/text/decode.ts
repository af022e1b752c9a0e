/** Default ceiling for a transcript; larger files are refused rather than analysed slowly. */
export const DEFAULT_MAX_TRANSCRIPT_BYTES = 20 * 1024 * 1024;

export type DecodeResult =
  | { readonly ok: true; readonly text: string; readonly hadBom: boolean }
  | { readonly ok: false; readonly reason: string };

/**
 * Turns file bytes into transcript text, or says in one line why it cannot. The BOM is dropped,
 * as VS Code does, so offsets agree with the editor's.
 */
export function decodeTranscript(bytes: Uint8Array, maxBytes = DEFAULT_MAX_TRANSCRIPT_BYTES): DecodeResult {
  if (bytes.length > maxBytes) {
    return { ok: false, reason: `file is ${formatBytes(bytes.length)}, over the ${formatBytes(maxBytes)} limit` };
  }
  const probe = Math.min(bytes.length, 64 * 1024);
  for (let i = 0; i < probe; i++) {
    if (bytes[i] === 0) return { ok: false, reason: 'file looks binary (it contains NUL bytes)' };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return { ok: false, reason: 'file is not valid UTF-8' };
  }
  const hadBom = text.charCodeAt(0) === 0xfeff;
  return { ok: true, text: hadBom ? text.slice(1) : text, hadBom };
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
