// `The Parliamentary Under-Secretary of State for Health (Miss Melanie Johnson):`: Hansard names a minister by the
// office, the person in brackets. Such an office is longer than a name may be, so the candidate reader looks past it
// only where the label ends in a bracketed name and a colon; the scheme then decides as for a short office. The same
// reading serves an office the name rules refuse (`The Minister for Manpower (Dr Tan See Leng):`).
import { MAX_LABEL_ROLE_LENGTH } from './chars';
import { MAX_NAME_LENGTH, parseSpeakerName } from './speakerName';

/** A word of a title-case role: capitalised, or one of the few lower-case words that join such words. */
export const ROLE_WORD = String.raw`(?:\p{Lu}[\p{L}\p{N}'’.&-]*|the|of|and|for|to|on|in|at|de|du|des|la|le|et|&)`;
const LONG_OFFICE = new RegExp(
  String.raw`^(\p{Lu}[\p{L}\p{N}'’.&-]*(?:[ \t]+${ROLE_WORD}){2,15})[ \t]*\(([^()]{1,${MAX_NAME_LENGTH}})\)(?=[ \t]*(?:\*\*|__)?[ \t]*[:：])`,
  'u',
);

/**
 * Where a label's long office and its bracketed name end (past the `)`), with the office, when the text at `start`
 * reads `Office Words (Name):` with a name (no Q/A role) in the brackets; else null. Read where the office is too
 * long for a name, or is no name (`The Minister for Manpower (Dr Tan See Leng):`, `for` reads as prose).
 */
export function longOfficeLabel(s: string, start: number): { office: string; end: number } | null {
  const match = LONG_OFFICE.exec(s.slice(start, start + MAX_LABEL_ROLE_LENGTH + MAX_NAME_LENGTH));
  if (!match) return null;
  const office = match[1]!.replace(/\s+/g, ' ');
  const person = parseSpeakerName(match[2]!);
  return person && !person.isRole && person.verb === null ? { office, end: start + match[0].length } : null;
}
