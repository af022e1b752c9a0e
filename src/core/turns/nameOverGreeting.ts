// `Operator` / `Benno O. Dorer - The Clorox Company - Chairman & CEO` alone on a line, then a paragraph that opens by
// addressing the audience (`Good morning. Thank you all for joining us…`): the line names who speaks below, as a
// label would. A section title over a speech reads the same way (`Opening Remarks`, `Introduction`), so the line must
// show it names a person: a role after the name (`- Chairman & CEO`) or a name the text just above hands over to
// (`…over to your speaker today, Mr. Steve Filton.`). A role alone (`Operator`) is left to participant lists
// (topics/participantRoster.ts), which decided that without a list a single name line stays a title.
import type { LineIndex } from '../text/positions';
import { isPlausibleName } from './speakerName';
import { EN_TITLES } from './words';

/** A name line is short: a name, perhaps its company and role after dashes. */
const MAX_NAME_LINE = 60;
/** Blank lines that may stand between the name and the paragraph it speaks (saved pages double them). */
const MAX_BLANKS = 3;
/** What a line that is a name neither starts with (markup, a number) nor ends with (a sentence or clause mark). */
const NOT_A_NAME_LINE = /^[#*>[<|_\-•\d]|[.!?。！？:：,，;；…)"”']$/;
/** `Name - Company - Role`: the name is the first part. */
const ROLE_DASH = /\s+[-–—]\s+/;
/** How far above the name line the words handing over to it may stand (a field line such as `speaker` between). */
const HAND_OVER_REACH = MAX_BLANKS + 2;

/** A paragraph of speech, not a one-line reply (`Thank you, Mayor.`), opens under the name. */
const MIN_GREETING_PARAGRAPH = 40;
/** The speaker's first words to the audience. */
const GREETING = /^(?:good (?:morning|afternoon|evening|day)|thank you|thanks|hello|hi|ladies and gentlemen|welcome)\b/i;

/** Whether `trimmed` is a line that may name a speaker on its own: short, no sentence, a name before any dash. */
export function isNameLine(trimmed: string): boolean {
  return hasNameLineShape(trimmed) && isPlausibleName(trimmed.split(ROLE_DASH)[0]!);
}

function hasNameLineShape(trimmed: string): boolean {
  return trimmed.length >= 2 && trimmed.length <= MAX_NAME_LINE && !NOT_A_NAME_LINE.test(trimmed);
}

/** Whether a paragraph opens by greeting or thanking its listeners. */
export function opensWithGreeting(trimmed: string): boolean {
  return trimmed.length >= MIN_GREETING_PARAGRAPH && GREETING.test(trimmed);
}

/**
 * Whether `line` is a name line that shows it names a person (see above) and whose next line of text (MAX_BLANKS blank
 * lines between at most) opens with a greeting.
 */
export function isNameOverGreeting(lines: LineIndex, line: number): boolean {
  const trimmed = lines.lineText(line).trim();
  // The greeting below before the name and the person: few short lines stand over one, and those read more.
  return hasNameLineShape(trimmed) && greetingUnder(lines, line) && namesPerson(lines, line, trimmed);
}

/** Whether the next line of text under `line` (MAX_BLANKS blank lines between at most) opens with a greeting. */
function greetingUnder(lines: LineIndex, line: number): boolean {
  for (let below = line + 1; below < lines.lineCount && below <= line + MAX_BLANKS + 1; below++) {
    const text = lines.lineText(below).trim();
    if (text !== '') return opensWithGreeting(text);
  }
  return false;
}

/** Whether the name line `trimmed` (its shape already read) names a person: a plausible name, with a role after it or handed over to above. */
function namesPerson(lines: LineIndex, line: number, trimmed: string): boolean {
  const [name, ...card] = trimmed.split(ROLE_DASH);
  if (!isPlausibleName(name!)) return false;
  if (card.some((part) => part.toLowerCase().split(/[\s&,/]+/).some((word) => EN_TITLES.has(word)))) return true;
  for (let above = line - 1; above >= 0 && above >= line - HAND_OVER_REACH; above--) {
    if (namesWord(lines.lineText(above), name!)) return true;
  }
  return false;
}

/** Whether `text` holds `name` as whole words (`Amy Chen`, not `Amy Chenia`). */
function namesWord(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    if (!/[\p{L}\p{N}]/u.test(text[at - 1] ?? ' ') && !/[\p{L}\p{N}]/u.test(text[at + name.length] ?? ' ')) return true;
  }
  return false;
}

/**
 * Whether an edit of lines `first`..`last` may change what isNameOverGreeting reads: a name line within reach above or
 * in the edit, over a greeting in the edit or within reach below it. Read from the text alone, before and after the
 * edit, so the incremental analyzer falls back then (an edit that makes or unmakes a greeting changes the line's
 * reading, speechIntroductionReading).
 */
export function nameOverGreetingNear(lineAt: (line: number) => string, lineCount: number, first: number, last: number): boolean {
  // A name line reads the HAND_OVER_REACH lines above it and the MAX_BLANKS + 1 below it.
  let name = false;
  for (let line = Math.max(0, first - MAX_BLANKS - 1); line < lineCount && line <= last + HAND_OVER_REACH + MAX_BLANKS + 1; line++) {
    const text = lineAt(line).trim();
    if (name && line >= first && opensWithGreeting(text)) return true;
    if (line <= last + HAND_OVER_REACH && isNameLine(text)) name = true;
  }
  return false;
}

/**
 * Whether a greeting stands within reach below `line` (the lines a name line on `line`, between a name line and its
 * greeting, or handing over to a name line below reads): a one-line edit of `line` may then change who speaks, whatever
 * the line held before. Lines below a one-line edit are the same before and after it. For the incremental analyzer.
 */
export function greetingBelow(lineAt: (line: number) => string, lineCount: number, line: number): boolean {
  for (let below = line + 1; below < lineCount && below <= line + HAND_OVER_REACH + MAX_BLANKS + 1; below++) {
    if (opensWithGreeting(lineAt(below).trimStart())) return true;
  }
  return false;
}
