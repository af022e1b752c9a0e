import { parseSpeakerName } from '../turns/speakerName';
import type { LineIndex } from '../text/positions';
import { Kind, type Scan } from './lineScan';

/**
 * A participants list at the head of a call transcript (`Amy Giuffre – Director of Investor Relations`,
 * ` Colette Kress - EVP & CFO`, `Jerry Faulkner - RJ Faulkner and Company`): a name, a dash between spaces,
 * then a role or a firm. The document names each speaker there before the name stands alone over their
 * speech, so the list is the evidence that a name line speaking once is a speaker's.
 */
const ROSTER_LINE = /^(\S.{0,58}?)\s+(?:--?|–|—)\s+\S/;
/** Every list line holds one of these dashes; most lines hold none, so the pattern runs on few. */
const ROSTER_DASH = /\s(?:--?|–|—)\s/;
/** Longer lines are prose, not list entries. */
const MAX_ROSTER_LINE = 160;
/** A list has at least this many entries: one `Name - Title` line is a title or a credit. */
const MIN_ROSTER_ENTRIES = 2;
/** How many lines may stand between two entries of one list (blank lines, `Analysts` between the two halves). */
const ROSTER_GAP = 3;

/** The name a participants-list line opens with (`Amy Giuffre` of `Amy Giuffre – Director …`), or null. */
export function rosterLineName(line: string): string | null {
  const trimmed = line.trim();
  if (trimmed.length > MAX_ROSTER_LINE || !ROSTER_DASH.test(trimmed)) return null;
  const match = ROSTER_LINE.exec(trimmed);
  if (!match) return null;
  const name = match[1]!;
  return !/[.!?,:;]$/.test(name) && parseSpeakerName(name) !== null ? name : null;
}

/**
 * The names of the participants lists above line `before`, each with the line that first lists it: runs of at
 * least MIN_ROSTER_ENTRIES list lines, each within ROSTER_GAP lines of the previous one.
 */
export function rosterNamesAbove(scan: Scan, before: number): Map<string, number> {
  const names = new Map<string, number>();
  let run: [string, number][] = [];
  const flush = (): void => {
    if (run.length >= MIN_ROSTER_ENTRIES) for (const [name, line] of run) if (!names.has(name)) names.set(name, line);
    run = [];
  };
  for (let line = 0; line < before && line < scan.kinds.length; line++) {
    if (scan.kinds[line] === Kind.Blank) continue;
    const name = rosterLineName(scan.lines.source.slice(scan.table.starts[line], scan.table.ends[line]));
    if (name === null) continue;
    const previous = run[run.length - 1];
    if (previous && line - previous[1] > ROSTER_GAP) flush();
    run.push([name, line]);
  }
  flush();
  return names;
}

/**
 * Whether an edit of lines `first`..`last` may change how a call's labels read: a participants list's line
 * within ROSTER_GAP of it (lists are read from their lines together), or a line of a name and its office
 * (read with the blank line above it and the speech under it).
 */
export function callLabelWithinReach(lines: LineIndex, first: number, last: number): boolean {
  for (let line = Math.max(0, first - ROSTER_GAP); line <= last + ROSTER_GAP && line < lines.lineCount; line++) {
    const text = lines.lineText(line);
    if (rosterLineName(text) !== null || isNameAndRoleLine(text)) return true;
  }
  return false;
}

/** Whether a name line reading `title` may be a speaker's by a participants list: `Operator`, or a name some list line gives. */
export function mayBeRosterNamed(lines: LineIndex, title: string): boolean {
  if (title === OPERATOR_LINE) return true;
  const text = lines.text;
  for (let at = text.indexOf(title); at >= 0; at = text.indexOf(title, at + 1)) {
    if (rosterLineName(lines.lineText(lines.lineAt(at))) === title) return true;
  }
  return false;
}

/** A call's operator, alone on a line over its announcements: named so in every call transcript, never listed. */
export const OPERATOR_LINE = 'Operator';

/**
 * A name with its role on one line (`Mark Zuckerberg, CEO`, `Rebecca Shen -- Director of Investor Relations`,
 * `Benno O. Dorer - The Clorox Company - Chairman & CEO`): a name, a comma or a dash, then words naming an office.
 */
const NAME_AND_ROLE = /^(\S.{0,58}?)(?:,|\s(?:--?|–|—))\s+(\S.*)$/;
/** Words that name an office in a company or at a bank: what the part after the name must hold. */
const OFFICE_WORD = /\b(?:CEO|CFO|COO|CTO|EVP|SVP|VP|IR|Chief|Officer|President|Director|Chairman|Chairwoman|Chair|Head|Analyst|Manager|Treasurer|Secretary|Controller|Counsel|Founder|Partner|Relations)\b/;
/** Longer lines are prose. */
const MAX_NAME_AND_ROLE = 120;

/** Whether a line reads as a name with its office (NAME_AND_ROLE with an OFFICE_WORD after the name). */
export function isNameAndRoleLine(line: string): boolean {
  const trimmed = line.trim();
  if (trimmed.length > MAX_NAME_AND_ROLE || /[.!?:;]$/.test(trimmed)) return false;
  const match = NAME_AND_ROLE.exec(trimmed);
  if (!match || !OFFICE_WORD.test(match[2]!)) return false;
  const name = match[1]!;
  return !/[.!?,:;]$/.test(name) && !SENTENCE_END_INSIDE.test(name) && parseSpeakerName(name) !== null;
}
/** `Mr. Bejar. Chairman Durbin`: a word ending a sentence inside the name (initials and `Mr.` end none). */
const SENTENCE_END_INSIDE = /(?<!\b(?:Mr|Mrs|Ms|Dr|Jr|Sr|St|Prof|Rev|Hon))(?<=\p{Ll}{2})\.\s/u;
