// Who attended, as the notes themselves list it. Meeting notes name their people once near the top
// (`參與者：Ada、Ivy、孟庭、嘉豪`, `參與者簽到：` over `- ael` / `- 星翰`, `Attendees: Ana, Ben`), then write about
// the meeting. That list tells a person's label from a lead-in of the notes: `嘉豪：預計想要用 AWS + Golang` is
// a speaker however short its value, and in notes whose label lines name none of the people listed, a name
// written once before a colon (`後端：node.js or django?`, `PostgreSQL：有內建強大的地理查詢能力`) heads a note, not
// a turn. Read from the first ATTENDEE_LINES lines alone, so the incremental analyzer compares a bounded key.
import type { LineIndex } from '../text/positions';
import { simplified } from './chars';
import type { LabelLines } from './scheme';

/** The attendee field is looked for among the document's first lines only: the head of the notes. */
export const ATTENDEE_LINES = 400;
/** A list below the field is read at most this far. */
const MAX_LISTED = 60;
/** A list is a list of people with at least this many names. */
const MIN_ATTENDEES = 2;
/** `參與者簽到：`, `**與會者**:`, `- Attendees:`: a short key before a colon, an optional bullet and bold around it. */
const FIELD_KEY = /^[ \t]*(?:[-*+][ \t]+)?(?:\*\*|__)?([^:：*_\n]{2,10}?)[ \t]*(?:\*\*|__)?[ \t]*[:：][ \t]*(?:\*\*|__)?(.*)$/;
/** Keys that list who attended, folded to Simplified and lower case (a prefix: `参与者签到`, `出席人员`). */
const ATTENDEE_KEYS = ['参与者', '与会', '出席', '参加者', '参会', 'attendees', 'attendance', 'participants', 'present'];
/** A bulleted or numbered list item: its text is one name. */
const LIST_ITEM = /^[ \t]*(?:[-*+•]|\d{1,3}[.)])[ \t]+(.*)$/;
/** Separators between names written on one line. */
const NAME_SEPARATORS = /[、,，;；/／|]+/;
/** A name is short: a handle, a given name, a full name with a title (`Dr. Ana Smith`). */
const MAX_NAME_LENGTH = 30;

function nameKey(name: string): string {
  return simplified(name.normalize('NFKC')).toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, '');
}

function isAttendeeKey(key: string): boolean {
  const folded = simplified(key.trim()).toLowerCase();
  return ATTENDEE_KEYS.some((prefix) => folded.startsWith(prefix));
}

function namesOf(value: string): string[] {
  return value
    .replace(/\*\*|__|`/g, '')
    .split(NAME_SEPARATORS)
    .map((part) => part.trim())
    .filter((part) => part !== '' && part.length <= MAX_NAME_LENGTH)
    .map(nameKey)
    .filter((key) => key !== '');
}

/** How much of a line is read for a field. */
const FIELD_SCAN = 400;

function attendeeField(lineHead: string): RegExpExecArray | null {
  const match = FIELD_KEY.exec(lineHead);
  return match && isAttendeeKey(match[1]!) ? match : null;
}

/** Whether a line's text reads as an attendee field (readAttendees reads no other line unless it is one). */
export function isAttendeeFieldLine(lineText: string): boolean {
  return attendeeField(lineText.slice(0, FIELD_SCAN)) !== null;
}

/** The lines among the first ATTENDEE_LINES that read as attendee fields, ascending. */
export function attendeeFieldLines(lines: LineIndex): number[] {
  const found: number[] = [];
  const limit = Math.min(lines.lineCount, ATTENDEE_LINES);
  for (let line = 0; line < limit; line++) {
    const start = lines.lineStart(line);
    if (attendeeField(lines.source.slice(start, Math.min(lines.lineEnd(line), start + FIELD_SCAN)))) found.push(line);
  }
  return found;
}

/**
 * Whether an edit of line `line` alone may change what readAttendees reads, given the field lines before it
 * (attendeeFieldLines) and its text after: it is one before or after, or may be an item of a list under one.
 */
export function attendeeLineMatters(fieldLines: readonly number[], line: number, newText: string): boolean {
  return fieldLines.some((field) => field <= line && line <= field + MAX_LISTED) || isAttendeeFieldLine(newText);
}

/**
 * The name keys the document lists as its attendees (empty when it lists fewer than two), read from its first
 * ATTENDEE_LINES lines: the first attendee field's value, or the list right under it when the value is empty.
 */
export function readAttendees(lines: LineIndex): string[] {
  const limit = Math.min(lines.lineCount, ATTENDEE_LINES);
  for (let line = 0; line < limit; line++) {
    const start = lines.lineStart(line);
    const match = attendeeField(lines.source.slice(start, Math.min(lines.lineEnd(line), start + FIELD_SCAN)));
    if (!match) continue;
    let names = namesOf(match[2]!);
    if (names.length === 0) {
      for (let item = line + 1; item < limit && item <= line + MAX_LISTED; item++) {
        const listed = LIST_ITEM.exec(lines.lineText(item));
        if (!listed) break;
        names.push(...namesOf(listed[1]!));
      }
    }
    names = [...new Set(names)];
    if (names.length >= MIN_ATTENDEES) return names;
  }
  return [];
}

/** A key for the incremental analyzer: what readAttendees reads from `lines` ('' for no list); the head's lines suffice. */
export function attendeeKeyOf(lines: LineIndex): string {
  const names = readAttendees(lines);
  return names.length ? JSON.stringify(names) : '';
}

/** Whether a label's name is one of the attendees: the same name, or one holding the other (`孟庭` in `孟庭（記錄）`). */
export function namesAttendee(speaker: string, attendees: readonly string[]): boolean {
  const key = nameKey(speaker);
  if (key.length < 2) return attendees.includes(key);
  return attendees.some((name) => name === key || (name.length >= 2 && (key.includes(name) || name.includes(key))));
}

/**
 * In notes that list their attendees and whose label lines name none of them, the labels whose name labels no
 * other line are lead-ins of the notes (`後端：…`, `PostgreSQL：…`), ascending. Q/A letters stay an exchange.
 */
export function leadInsBesideAttendees(lineCount: number, labels: LabelLines, attendees: readonly string[]): number[] {
  if (attendees.length === 0) return [];
  const counts = new Map<string, number>();
  const labelled: number[] = [];
  for (let line = 0; line < lineCount; line++) {
    const label = labels.get(line);
    if (!label) continue;
    if (namesAttendee(label.speaker, attendees)) return [];
    counts.set(label.speaker, (counts.get(label.speaker) ?? 0) + 1);
    labelled.push(line);
  }
  return labelled.filter((line) => {
    const label = labels.get(line)!;
    return label.source !== 'qa' && counts.get(label.speaker) === 1;
  });
}

/** A value's opening read for an attendee's name: a full name is a few words. */
const OPENING_LENGTH = 40;

/** Whether `value` opens with a listed attendee's name, not said to them (`Raj Patel to request…`, not `Raj, could you…`). */
export function opensWithAttendee(value: string, attendees: readonly string[]): boolean {
  const opening = value.trimStart().slice(0, OPENING_LENGTH);
  return attendees.some((name) => {
    if (name.length < 2) return false;
    let key = '';
    for (let i = 0; i < opening.length; i++) {
      key = nameKey(opening.slice(0, i + 1));
      if (key === name) return !/^[\s]*[,，:：]/.test(opening.slice(i + 1));
      if (!name.startsWith(key)) return false;
    }
    return false;
  });
}

/**
 * `Action: Raj Patel to request a second quote…` in minutes that list Raj Patel: a label that names no attendee,
 * labels two lines or more and opens every one of them with a listed person's name is a field of the notes (an action,
 * an owner), written about the people, not said by them. Its lines, ascending.
 */
export function fieldsNamingAttendees(lines: LineIndex, labels: LabelLines, attendees: readonly string[]): number[] {
  if (attendees.length === 0) return [];
  const bySpeaker = new Map<string, number[]>();
  const refused = new Set<string>();
  for (let line = 0; line < lines.lineCount; line++) {
    const label = labels.get(line);
    if (!label || refused.has(label.speaker)) continue;
    const value = lines.source.slice(lines.lineStart(line) + label.textStart, lines.lineEnd(line));
    if (label.source === 'qa' || namesAttendee(label.speaker, attendees) || !opensWithAttendee(value, attendees)) {
      refused.add(label.speaker);
      bySpeaker.delete(label.speaker);
      continue;
    }
    const found = bySpeaker.get(label.speaker);
    if (found) found.push(line);
    else bySpeaker.set(label.speaker, [line]);
  }
  return [...bySpeaker.values()].filter((found) => found.length >= 2).flat().sort((a, b) => a - b);
}

/** Whether a line mentions a listed attendee anywhere: an edit there may make a label's value open with one. */
export function mentionsAttendee(text: string, attendees: readonly string[]): boolean {
  const key = nameKey(text);
  return attendees.some((name) => name.length >= 2 && key.includes(name));
}
