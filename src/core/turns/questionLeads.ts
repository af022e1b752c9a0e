import { parseSpeakerName } from './speakerName';

/**
 * The lead of an oral question in a Westminster-style record: its number, the asking member (a seat or party in
 * brackets after the name), `to the` and the office asked, a colon, then the question:
 * `6. JANE ROE (Labour—Eastfield) to the Minister of Transport: When will…`, `11.   Mr Tane to the Minister for Lands:`.
 * The member asks, so the line is theirs; the number and the addressee are the record's own frame.
 */
const QUESTION_LEAD = /^(\s*\d{1,3}\.\s+)([^():：.!?]{2,40}?)(\s*\([^()]{1,60}\))?\s+to the \p{Lu}[^:：]{1,80}?\s*[:：]\s*/u;

export interface QuestionLead {
  readonly name: string;
  readonly written: string;
  readonly labelStart: number;
  readonly labelEnd: number;
  readonly textStart: number;
}

/** Reads a numbered question's lead at the start of `prefix`, or null. */
export function readQuestionLead(prefix: string): QuestionLead | null {
  const match = QUESTION_LEAD.exec(prefix);
  if (!match) return null;
  const parsed = parseSpeakerName(match[2]!.trim());
  if (!parsed || parsed.verb || parsed.isRole) return null;
  // The label runs from the question's number, as a line-numbered label does (`12  MR. SMITH:`).
  const labelStart = match[1]!.length - match[1]!.trimStart().length;
  const colon = match[0].search(/[:：]\s*$/);
  // The seat in brackets is the lead's, like the number and the addressee: the member's own labels below go bare.
  return { name: parsed.name, written: parsed.name, labelStart, labelEnd: colon + 1, textStart: match[0].length };
}
