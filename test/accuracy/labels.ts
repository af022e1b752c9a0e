// The gold labels of one corpus transcript (`<id>.labels.json`), checked against the transcript's lines.
// Labels files are untrusted input: every problem is reported with the file's name, never skipped.
import { isClaimKind, type ClaimKind } from '../../src/core/analysis/model';

export const GENRES = ['transcription-tool', 'podcast', 'briefing', 'legislature', 'court', 'interview', 'article', 'subtitles', 'other'] as const;
export type Genre = (typeof GENRES)[number];
export const SENTENCE_LABELS = ['none', 'fact', 'forecast', 'opinion'] as const;
export type SentenceLabel = (typeof SENTENCE_LABELS)[number];

export interface GoldClaim {
  /** 1-based. */
  readonly line: number;
  readonly quote: string;
  readonly kind: ClaimKind;
}

export interface GoldSentence {
  readonly text: string;
  readonly label: SentenceLabel;
}

export interface GoldWindow {
  /** 1-based, inclusive. */
  readonly startLine: number;
  readonly endLine: number;
  readonly sentences: readonly GoldSentence[];
}

export interface CorpusLabels {
  readonly source: string;
  readonly url: string;
  readonly licence: string;
  readonly genre: Genre;
  readonly format: string;
  /** 1-based line number → speaker name, or null for lines nobody speaks. */
  readonly speakers: ReadonlyMap<number, string | null>;
  readonly headings: readonly number[];
  readonly claims: readonly GoldClaim[];
  readonly windows: readonly GoldWindow[];
}

/** A labels file that cannot be scored; the message names the file. */
export class LabelsError extends Error {}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Parses and checks `json` (the labels of `lineTexts`, named `file` in errors): every line number in range,
 * every labelled speaker line non-blank, every non-blank line labelled, every claim quote inside its line.
 * Sentence texts are checked when windows are scored, where they are located.
 */
export function parseLabels(json: unknown, lineTexts: readonly string[], file: string): CorpusLabels {
  const problems: string[] = [];
  const fail = (message: string): never => {
    throw new LabelsError(`${file}: ${message}`);
  };
  if (!isObject(json)) fail('not a JSON object');
  const root = json as Json;
  const text = (key: string): string => {
    const value = root[key];
    if (typeof value !== 'string' || value.trim() === '') fail(`"${key}" must be a non-empty string`);
    return value as string;
  };
  const lineCount = lineTexts.length;
  const lineNumber = (value: unknown, what: string): number | null => {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > lineCount) {
      problems.push(`${what}: line ${JSON.stringify(value)} is out of range 1..${lineCount}`);
      return null;
    }
    return value;
  };
  const isBlank = (line: number): boolean => lineTexts[line - 1]!.trim() === '';

  const source = text('source');
  const url = text('url');
  const licence = text('licence');
  const genre = text('genre');
  if (!(GENRES as readonly string[]).includes(genre)) fail(`"genre" ${JSON.stringify(genre)} is not one of ${GENRES.join(', ')}`);
  const format = text('format');

  if (!isObject(root['speakers'])) fail('"speakers" must be an object of line → name or null');
  const speakers = new Map<number, string | null>();
  for (const [key, name] of Object.entries(root['speakers'] as Json)) {
    const line = /^[1-9]\d*$/.test(key) ? lineNumber(Number(key), 'speakers') : (problems.push(`speakers: key ${JSON.stringify(key)} is not a line number`), null);
    if (line === null) continue;
    if (name !== null && (typeof name !== 'string' || name.trim() === '')) problems.push(`speakers: line ${line} has ${JSON.stringify(name)}, not a name or null`);
    else if (isBlank(line)) problems.push(`speakers: line ${line} is blank (blank lines are omitted)`);
    else speakers.set(line, name as string | null);
  }
  const unlabelled: number[] = [];
  for (let line = 1; line <= lineCount; line++) if (!isBlank(line) && !speakers.has(line)) unlabelled.push(line);
  if (unlabelled.length) problems.push(`speakers: non-blank line${unlabelled.length > 1 ? 's' : ''} ${abbreviate(unlabelled)} not labelled (give a name or null)`);

  if (!Array.isArray(root['headings'])) fail('"headings" must be an array of line numbers');
  const headings: number[] = [];
  for (const value of root['headings'] as unknown[]) {
    const line = lineNumber(value, 'headings');
    // A blank line is never a heading: an off-by-one line number would score a heading that cannot be found.
    if (line !== null && isBlank(line)) problems.push(`headings: line ${line} is blank`);
    else if (line !== null) headings.push(line);
  }

  if (!Array.isArray(root['claims'])) fail('"claims" must be an array');
  const claims: GoldClaim[] = [];
  (root['claims'] as unknown[]).forEach((value, index) => {
    const what = `claims[${index}]`;
    if (!isObject(value)) return void problems.push(`${what}: not an object`);
    const line = lineNumber(value['line'], what);
    const quote = value['quote'];
    const kind = value['kind'];
    if (typeof quote !== 'string' || quote.trim() === '') return void problems.push(`${what}: "quote" must be a non-empty string`);
    if (!isClaimKind(kind)) return void problems.push(`${what}: "kind" ${JSON.stringify(kind)} is not fact, forecast or opinion`);
    if (line === null) return;
    if (!lineTexts[line - 1]!.includes(quote)) return void problems.push(`${what}: quote ${JSON.stringify(quote)} is not in line ${line}`);
    claims.push({ line, quote, kind });
  });

  if (!Array.isArray(root['windows'])) fail('"windows" must be an array');
  const windows: GoldWindow[] = [];
  (root['windows'] as unknown[]).forEach((value, index) => {
    const what = `windows[${index}]`;
    if (!isObject(value)) return void problems.push(`${what}: not an object`);
    const startLine = lineNumber(value['startLine'], `${what}.startLine`);
    const endLine = lineNumber(value['endLine'], `${what}.endLine`);
    if (!Array.isArray(value['sentences'])) return void problems.push(`${what}: "sentences" must be an array`);
    const sentences: GoldSentence[] = [];
    (value['sentences'] as unknown[]).forEach((sentence, s) => {
      if (!isObject(sentence) || typeof sentence['text'] !== 'string' || sentence['text'].trim() === '') return void problems.push(`${what}.sentences[${s}]: needs a non-empty "text"`);
      const label = sentence['label'];
      if (!(SENTENCE_LABELS as readonly unknown[]).includes(label)) return void problems.push(`${what}.sentences[${s}]: "label" ${JSON.stringify(label)} is not one of ${SENTENCE_LABELS.join(', ')}`);
      sentences.push({ text: sentence['text'], label: label as SentenceLabel });
    });
    if (startLine === null || endLine === null) return;
    if (startLine > endLine) return void problems.push(`${what}: startLine ${startLine} is after endLine ${endLine}`);
    windows.push({ startLine, endLine, sentences });
  });

  if (problems.length) fail(problems.join('; '));
  return { source, url, licence, genre: genre as Genre, format, speakers, headings, claims, windows };
}

/** `3-7, 9, 12-13` */
function abbreviate(lines: readonly number[]): string {
  const runs: string[] = [];
  for (let i = 0; i < lines.length; ) {
    let j = i;
    while (j + 1 < lines.length && lines[j + 1] === lines[j]! + 1) j++;
    runs.push(j === i ? `${lines[i]}` : `${lines[i]}-${lines[j]}`);
    i = j + 1;
  }
  return runs.length > 12 ? `${runs.slice(0, 12).join(', ')}, …` : runs.join(', ');
}
