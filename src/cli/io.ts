import { readFile, stat } from 'node:fs/promises';
import { decodeTranscript, DEFAULT_MAX_TRANSCRIPT_BYTES, formatBytes } from '../core/text/decode';

/** An error the CLI reports as one line on stderr, exiting with `exitCode`. */
export class CliError extends Error {
  constructor(message: string, readonly exitCode: number) {
    super(message);
  }
}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_UNUSABLE_INPUT = 2;

/** Reads and decodes a transcript, refusing missing, huge, binary or non-UTF-8 files with exit code 2. */
export async function readTranscript(path: string, maxBytes = DEFAULT_MAX_TRANSCRIPT_BYTES): Promise<string> {
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new CliError(`${path}: not a file`, EXIT_UNUSABLE_INPUT);
    size = info.size;
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`${path}: cannot read (${(error as NodeJS.ErrnoException).code ?? String(error)})`, EXIT_UNUSABLE_INPUT);
  }
  // Refuse before reading, so a 5 GB file costs nothing.
  if (size > maxBytes) {
    throw new CliError(`${path}: file is ${formatBytes(size)}, over the ${formatBytes(maxBytes)} limit`, EXIT_UNUSABLE_INPUT);
  }
  const decoded = decodeTranscript(await readFile(path), maxBytes);
  if (!decoded.ok) throw new CliError(`${path}: ${decoded.reason}`, EXIT_UNUSABLE_INPUT);
  return decoded.text;
}
