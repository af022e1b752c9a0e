// A speaker key at a transcript's head (`Speaker key:` over `TJ Tarik Jasarevic` / `TAG Dr Tedros Adhanom Ghebreyesus`,
// or the entries on the key's own line), then each turn as the speaker's initials, a run of spaces and the speech
// (`TAG        Thank you, Tarik.`). Alone, initials that speak once, or that are words (`TAG`, `HE`), are no labels: two
// spaces after a short phrase are common in prose. The key says they are: the document names its speakers' initials
// itself. Read after the scheme, from the text alone (the key in the head, which lines open with its initials).
import type { LineIndex } from '../text/positions';
import { isBlankLine, linePrefix } from './chars';
import type { LabelMatch } from './labels';
import type { LabelLines } from './scheme';

/** The key sits in the document's first lines (under a title and a date). */
export const SPEAKER_KEY_HEAD_LINES = 40;
/** A key lists at most this many entries under its line: the head read for a key ends there (speakerKeyChecks.ts). */
export const MAX_KEY_ENTRY_LINES = 20;
/** How much of a line is read for the key's line or an entry. */
const KEY_LINE_PROBE = 400;
/** `Speaker key:`, `Speakers:`, `Key:`, with the entries perhaps after it on the same line. */
const KEY_LINE = /^[ \t]*(?:speaker[ \t]+key|speakers|key)[ \t]*:[ \t]*(.*)$/iu;
/** Initials: two to four capitals. */
const INITIALS = /^\p{Lu}{2,4}$/u;
/** A key entry on a line of its own: `TJ Tarik Jasarevic`, `TAG Dr Tedros Adhanom Ghebreyesus`. */
const ENTRY_LINE = /^[ \t]*(\p{Lu}{2,4})[ \t]+(\p{Lu}[\p{L}.'’-]*(?:[ \t]+[\p{L}.'’-]+){0,6})[ \t]*$/u;
/** A name word: capitalised, not initials. */
const NAME_WORD = /^\p{Lu}[\p{Ll}.'’-][\p{L}.'’-]*$|^\p{Lu}\.?$/u;
/** A keyed line: the initials at the line's start, a run of two spaces or more (or a tab), the speech. */
const KEYED_LINE = /^(\p{Lu}{2,4})(?:[ ]{2,}|[ ]*\t[ \t]*)(?=\S)/u;
/** How much of a line is read for its initials. */
const KEYED_PROBE = 24;
/** A key names at least this many speakers. */
const MIN_KEY_ENTRIES = 2;

export interface SpeakerKey {
  /** Initials → the name the key gives them. */
  readonly names: ReadonlyMap<string, string>;
  /** The key's first and last lines (its line and its entries'). */
  readonly firstLine: number;
  readonly lastLine: number;
}

/** Whether `initials` could stand for `name`: its first letter opens one of the name's words (`HE` Helen, `MK` Maria Van Kerkhove). */
function initialsFit(initials: string, name: string): boolean {
  return name.split(/\s+/).some((word) => word.startsWith(initials[0]!));
}

/** `TJ Tarik Jasarevic TAG Dr Tedros Adhanom Ghebreyesus`: the entries written on the key's own line. */
function inlineEntries(rest: string, into: Map<string, string>): boolean {
  const words = rest.split(/[ \t]+/).filter((word) => word.length > 0);
  let initials: string | null = null;
  let name: string[] = [];
  const close = (): boolean => {
    if (initials === null) return true;
    if (name.length === 0 || !initialsFit(initials, name.join(' '))) return false;
    into.set(initials, name.join(' '));
    return true;
  };
  for (const word of words) {
    if (INITIALS.test(word) && (initials === null || name.length > 0)) {
      if (!close()) return false;
      initials = word;
      name = [];
    } else if (initials !== null && NAME_WORD.test(word)) name.push(word);
    else return false;
  }
  return close();
}

/** The speaker key in the first SPEAKER_KEY_HEAD_LINES lines, or null. */
export function readSpeakerKey(lines: LineIndex): SpeakerKey | null {
  const head = Math.min(lines.lineCount, SPEAKER_KEY_HEAD_LINES);
  for (let line = 0; line < head; line++) {
    const key = KEY_LINE.exec(linePrefix(lines, line, KEY_LINE_PROBE));
    if (!key) continue;
    const names = new Map<string, string>();
    let lastLine = line;
    if (key[1]!.trim().length > 0) {
      if (!inlineEntries(key[1]!.trim(), names)) continue;
    } else {
      const last = Math.min(lines.lineCount - 1, line + MAX_KEY_ENTRY_LINES);
      for (let next = line + 1; next <= last; next++) {
        if (isBlankLine(lines, next)) {
          if (names.size === 0 && next === line + 1) continue;
          break;
        }
        const entry = ENTRY_LINE.exec(linePrefix(lines, next, KEY_LINE_PROBE));
        if (!entry || !initialsFit(entry[1]!, entry[2]!)) break;
        names.set(entry[1]!, entry[2]!);
        lastLine = next;
      }
    }
    if (names.size >= MIN_KEY_ENTRIES) return { names, firstLine: line, lastLine };
  }
  return null;
}

/** The initials opening a keyed line's start `prefix`, and where its speech starts; or null. */
export function keyedInitialsOf(prefix: string): { initials: string; textStart: number } | null {
  const match = KEYED_LINE.exec(prefix);
  return match ? { initials: match[1]!, textStart: match[0].length } : null;
}

/** Whether any line of `text` (a few lines around an edit) opens with initials in the keyed shape. */
export function holdsKeyedLine(text: string): boolean {
  for (const line of text.split(/\r\n|\n|\r/)) if (keyedInitialsOf(line.slice(0, KEYED_PROBE)) !== null) return true;
  return false;
}

/** Whether two keys name the same initials the same way (where they stand is read with the lines). */
export function sameSpeakerKey(a: SpeakerKey | null, b: SpeakerKey | null): boolean {
  if (a === null || b === null) return a === b;
  if (a.names.size !== b.names.size) return false;
  for (const [initials, name] of a.names) if (b.names.get(initials) !== name) return false;
  return true;
}

/**
 * Labels each line below the key that opens with one of its initials in the keyed shape, as those initials (the
 * alias feature renames): the key's word overrides the scheme's on such a line, so the reading depends on the key
 * and the line alone (the incremental check, speakerKeyChecks.ts). The key's own line (`Key: AB Anna Berg CD Carl
 * Dahl`, `Speakers:` over its entries) heads a list of names, used or not: it is no turn of a speaker `Key`.
 */
export function addSpeakerKeyLabels(lines: LineIndex, labels: LabelLines, skipLine: (line: number) => boolean): void {
  const key = readSpeakerKey(lines);
  if (key === null) return;
  if (!labels.get(key.firstLine)?.fromUserPattern) labels.delete(key.firstLine);
  for (let line = key.lastLine + 1; line < lines.lineCount; line++) {
    const keyed = keyedInitialsOf(linePrefix(lines, line, KEYED_PROBE));
    if (keyed === null || !key.names.has(keyed.initials) || skipLine(line) || labels.get(line)?.fromUserPattern) continue;
    const label: LabelMatch = { speaker: keyed.initials, labelStart: 0, labelEnd: keyed.initials.length, textStart: keyed.textStart, source: 'label', timestamp: null, verb: null };
    labels.set(line, label);
  }
}
