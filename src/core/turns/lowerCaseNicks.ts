// Scribed minutes (W3C's IRC scribes, a working group's Markdown minutes) write speakers as IRC nicks, often in lower
// case (`mnot: …`, `sk: …`, `alex: …` beside `Alex: …`). Alone, an all-lower-case word before a colon cannot be told
// from a word (`note:`, a YAML key), so the label candidates refuse it (handleNames.ts). The document's structure
// tells: where its plain `Name: text` lines make a scheme of two capitalised names or more, a lower-case word that
// opens lines in the same shape again and again, between other speakers' lines, is one more speaker of it.
// Read after the scheme, from the lines no label took, and kept out of the label candidates, which other readers
// (field blocks, head fields, notes lead-ins) read too.
import type { TextSource } from '../text/chunkedText';
import type { LineIndex } from '../text/positions';
import { isFieldName } from './fieldNames';
import { linePrefix } from './chars';
import type { LabelMatch } from './labels';
import type { LabelLines } from './scheme';

/** `mnot: text`: a nick of letters (digits, `_`, `-` after them) opening the line, a colon, a space and speech. */
const NICK_LINE = /^([a-z][a-z0-9_-]{1,15}):[ \t]+\S/;
/** How much of a line is read for a nick. */
const NICK_PROBE = 24;
/** The shape of a plain `Name: text` label (candidates.ts): the scheme a nick must belong to. */
export const PLAIN_COLON_SHAPE = 'N|:';
/** Capitalised names (each labelling two lines or more) the plain shape needs before a nick may join it. */
const MIN_CAPITALISED_NAMES = 2;
/** Lines a nick must open, in runs apart (another speaker's label between them): `note:` twice is not enough. */
const MIN_NICK_LINES = 3;
const MIN_NICK_RUNS = 2;

/** The nick opening `text` (a line's start) in the scribe's shape, or null; a field of minutes (`date:`) is none. */
export function nickOfLine(text: string): string | null {
  const match = NICK_LINE.exec(text);
  return match && !isFieldName(match[1]!) ? match[1]! : null;
}

/** `Alex: …`: a capitalised word before a colon at a line's start, which may spell a nick the document writes (`alex:`). */
const CAPITALISED_HEAD = /^(\p{Lu}[a-z0-9_-]{1,15})[ \t]*[:：]/u;

/** What the incremental check needs of a document's nicks (read once per document, kept across local edits). */
export interface NickReading {
  /** Every nick some line opens with (outside front matter). */
  readonly nicks: ReadonlySet<string>;
  /**
   * A nick opens MIN_NICK_LINES lines or more, or its capitalised spelling opens a line with a colon: the scheme
   * may take it in, so that any label line's edit may change its reading.
   */
  readonly live: boolean;
}

/** The nicks of `lines` and whether the scheme may take one in (see NickReading). */
export function readNicks(lines: LineIndex, firstLine: number): NickReading {
  const counts = new Map<string, number>();
  const capitalisedHeads = new Set<string>();
  for (let line = firstLine; line < lines.lineCount; line++) {
    const prefix = linePrefix(lines, line, NICK_PROBE);
    const nick = nickOfLine(prefix);
    if (nick !== null) counts.set(nick, (counts.get(nick) ?? 0) + 1);
    else {
      const head = CAPITALISED_HEAD.exec(prefix);
      if (head) capitalisedHeads.add(head[1]!.toLowerCase());
    }
  }
  let live = false;
  for (const [nick, count] of counts) if (count >= MIN_NICK_LINES || capitalisedHeads.has(nick)) live = true;
  return { nicks: new Set(counts.keys()), live };
}

/**
 * Whether an edit's lines (`text`, before or after it) may change the nicks' reading: a line opens with a nick, or with
 * the capitalised spelling of one the document writes (`Alex:` beside `alex:`), or, where the scheme may take a nick
 * in (`reading.live`), a colon (a label line, whose name counts in the scheme and splits a nick's runs).
 */
export function mayTouchNickReading(text: string, reading: NickReading): boolean {
  if (reading.live && (text.includes(':') || text.includes('：'))) return true;
  for (const line of text.split('\n')) {
    const prefix = line.slice(0, NICK_PROBE);
    if (nickOfLine(prefix) !== null) return true;
    const head = CAPITALISED_HEAD.exec(prefix);
    if (head && reading.nicks.has(head[1]!.toLowerCase())) return true;
  }
  return false;
}

function capitalised(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/**
 * Adds the labels of lower-case nicks to `labels`: where the document's plain shape (`plainNames`, its names and
 * how many lines each labels, null where the shape is no scheme) holds two capitalised names or more, each twice or
 * more, a nick is a speaker where it opens three lines or more in two runs or more (another speaker's label between
 * them), or where its capitalised spelling labels two lines or more (`alex:` beside `Alex:`, one person).
 */
export function addNickLabels(lines: LineIndex, labels: LabelLines, plainNames: ReadonlyMap<string, number> | null, skipLine: (line: number) => boolean): void {
  if (!plainNames) return;
  let capitalisedNames = 0;
  for (const [name, count] of plainNames) if (count >= 2 && /^\p{Lu}/u.test(name)) capitalisedNames++;
  if (capitalisedNames < MIN_CAPITALISED_NAMES) return;
  const text: TextSource = lines.source;
  const byNick = new Map<string, number[]>();
  for (let line = 0; line < lines.lineCount; line++) {
    if (labels.has(line) || skipLine(line)) continue;
    const nick = nickOfLine(linePrefix(lines, line, NICK_PROBE));
    if (nick === null) continue;
    let found = byNick.get(nick);
    if (!found) byNick.set(nick, (found = []));
    found.push(line);
  }
  // Label lines above each line, counted before any nick is added: the runs are split by the scheme's own speakers.
  let labelsAbove: Int32Array | undefined;
  const accepted: [string, number[], string][] = [];
  for (const [nick, nickLines] of byNick) {
    const spelt = (plainNames.get(capitalised(nick)) ?? 0) >= 2;
    if (!spelt && (nickLines.length < MIN_NICK_LINES || runsApart((labelsAbove ??= countLabelsAbove(labels, lines.lineCount)), nickLines) < MIN_NICK_RUNS)) continue;
    // `alex:` beside `Alex:`: one person, named as the scheme spells them.
    accepted.push([nick, nickLines, spelt ? capitalised(nick) : nick]);
  }
  for (const [nick, nickLines, speaker] of accepted) {
    for (const line of nickLines) {
      const start = lines.lineStart(line);
      const colon = start + nick.length;
      let textStart = colon + 1;
      while (textStart < lines.lineEnd(line) && (text.charCodeAt(textStart) === 32 || text.charCodeAt(textStart) === 9)) textStart++;
      const label: LabelMatch = { speaker, labelStart: 0, labelEnd: nick.length + 1, textStart: textStart - start, source: 'label', timestamp: null, verb: null };
      labels.set(line, label);
    }
  }
}

/** For each line, how many lines above it a label opens (and one more entry for the end). */
function countLabelsAbove(labels: LabelLines, lineCount: number): Int32Array {
  const above = new Int32Array(lineCount + 1);
  for (let line = 0; line < lineCount; line++) above[line + 1] = above[line]! + (labels.has(line) ? 1 : 0);
  return above;
}

/** How many runs `nickLines` (in order) make, split by the lines between them a label opens. */
function runsApart(labelsAbove: Int32Array, nickLines: readonly number[]): number {
  let runs = 1;
  for (let i = 1; i < nickLines.length; i++) if (labelsAbove[nickLines[i]!]! > labelsAbove[nickLines[i - 1]! + 1]!) runs++;
  return runs;
}
