import { readFile, stat } from 'node:fs/promises';
import { decodeTranscript, DEFAULT_MAX_TRANSCRIPT_BYTES, displayEncoding, formatBytes } from '../core/text/decode';
import { escapeControlCharacters } from '../core/text/escape';

/** An error the CLI reports as one line on stderr, exiting with `exitCode`. */
export class CliError extends Error {
  constructor(message: string, readonly exitCode: number) {
    super(message);
  }
}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_UNUSABLE_INPUT = 2;

/** A one-line remark on stderr (control characters escaped: paths and quotes come from files). */
export function note(message: string): void {
  process.stderr.write(`transcript-annotator: ${escapeControlCharacters(message)}\n`);
}

export interface ReadOptions {
  /** A `TextDecoder` label; without it the encoding is detected. */
  readonly encoding?: string | undefined;
  readonly maxBytes?: number;
}

/** A transcript's text, the exact bytes it was read from (to detect a change before rewriting it), and how they were decoded. */
export interface TranscriptFile {
  readonly text: string;
  readonly bytes: Uint8Array;
  readonly hadBom: boolean;
  /** WHATWG encoding name: `utf-8`, `utf-16le`, `gbk`, … */
  readonly encoding: string;
}

/**
 * Reads and decodes a transcript, refusing missing, huge, binary or undecodable files with exit code 2.
 * A file that had to be read in a guessed legacy encoding (GBK, Big5, …) gets a note on stderr.
 */
export async function readTranscriptFile(path: string, options: ReadOptions = {}): Promise<TranscriptFile> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_TRANSCRIPT_BYTES;
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
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new CliError(`${path}: cannot read (${(error as NodeJS.ErrnoException).code ?? String(error)})`, EXIT_UNUSABLE_INPUT);
  }
  const decoded = decodeTranscript(bytes, maxBytes, options.encoding === undefined ? {} : { encoding: options.encoding });
  if (!decoded.ok) throw new CliError(`${path}: ${decoded.reason}`, EXIT_UNUSABLE_INPUT);
  if (decoded.guessed) note(`note: ${path} is not UTF-8; read it as ${displayEncoding(decoded.encoding)} (choose another with --encoding)`);
  return { text: decoded.text, bytes, hadBom: decoded.hadBom, encoding: decoded.encoding };
}

export async function readTranscript(path: string, options: ReadOptions = {}): Promise<string> {
  return (await readTranscriptFile(path, options)).text;
}
