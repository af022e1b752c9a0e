// A record's questions and answers written `Q So, the training…` / `A Yes, we…`: the role's letter, one space and the
// speech, no colon (a PDF copy that collapsed the spaces after `Q`, a court opinion quoting the transcript, `“Q So,…`).
// Alone, `A Yes` cannot be told from a sentence opening with the article (`A man came in.`), so the label readers
// refuse it (labels.ts reads `Q    …` with two spaces or a tab, and `Q. …`). The document's structure tells: where
// lines opening `Q ` and lines opening `A ` take turns through it, each is the question's or the answer's line.
// Read after the scheme, from the text alone (which lines open so), and set on the lines no label took.
import type { LineIndex } from '../text/positions';
import { linePrefix } from './chars';
import type { LabelMatch } from './labels';
import type { LabelLines } from './scheme';

/**
 * `Q So, the training…`, `“A Yes, we…`, indented or not: the letter, one space, then speech opening with a capital
 * letter or a digit (`A 1998, I think.`), perhaps after a quotation mark. Two spaces or a tab are labels.ts's shape.
 */
const ROLE_LINE = /^[ \t]*[“"]?([QA]) (?=[“"‘']?[\p{Lu}\d])/u;
/** How much of a line is read for the role. */
const ROLE_PROBE = 12;
/** Times a question's line must be followed by an answer's (the next role line) before the document is read so. */
const MIN_QUESTION_ANSWERS = 2;

/** The role (`Q` or `A`) opening a line's start `prefix` in the single-space shape, with where its letter stands; or null. */
export function singleSpaceRoleOf(prefix: string): { role: 'Q' | 'A'; at: number } | null {
  const match = ROLE_LINE.exec(prefix);
  if (!match) return null;
  return { role: match[1] as 'Q' | 'A', at: match[0].length - 2 };
}

/** Whether any line of `text` (a few lines around an edit) opens with a role in the single-space shape. */
export function holdsSingleSpaceRole(text: string): boolean {
  for (const line of text.split(/\r\n|\n|\r/)) if (singleSpaceRoleOf(line.slice(0, ROLE_PROBE)) !== null) return true;
  return false;
}

/**
 * Adds `Q` and `A` labels on the lines no label took that open in the single-space shape, where a question's line is
 * followed by an answer's (the next such line) MIN_QUESTION_ANSWERS times or more; from the first question on (an `A`
 * line above it is a sentence's article). Which lines open so is read from the text alone, so an edit changes the
 * reading only on such a line (the incremental check, singleSpaceRoleChecks.ts).
 */
export function addSingleSpaceRoleLabels(lines: LineIndex, labels: LabelLines, skipLine: (line: number) => boolean): void {
  const found: { line: number; role: 'Q' | 'A'; at: number }[] = [];
  let questionAnswers = 0;
  for (let line = 0; line < lines.lineCount; line++) {
    const read = singleSpaceRoleOf(linePrefix(lines, line, ROLE_PROBE));
    if (read === null) continue;
    if (read.role === 'A' && found.length > 0 && found[found.length - 1]!.role === 'Q') questionAnswers++;
    if (read.role === 'Q' || found.length > 0) found.push({ line, ...read });
  }
  if (questionAnswers < MIN_QUESTION_ANSWERS) return;
  for (const { line, role, at } of found) {
    if (labels.has(line) || skipLine(line)) continue;
    const label: LabelMatch = { speaker: role, labelStart: at, labelEnd: at + 1, textStart: at + 2, source: 'label', timestamp: null, verb: null };
    labels.set(line, label);
  }
}
