import { CLAUSE_BREAK, simplified } from './chars';
import type { LabelMatch } from './labels';
import { isPlausibleName } from './speakerName';

/** Roles that head a byline. Hosts and interviewers are left out: `Host: Welcome` is speech. */
const REPORTER_ROLES = new Set(['记者', 'reporter', '采访', '采写', '文字记者']);
/** Sides of a Q&A: `Q：一条` / `A：杨燕绥` over the interview is its legend, saying who asks and who answers. */
const LEGEND_ROLES = new Set(['q', 'a', '问', '答']);
const MAX_CREDITED_NAME = 12;

/**
 * `記者：林雅婷` at the top of an article credits the reporter, and `Q：一条` over an interview names the
 * side; neither is anyone speaking.
 * The caller only asks before the first turn, so `記者：好的` later in an interview stays a turn.
 */
export function isCreditLine(label: LabelMatch, rest: string): boolean {
  const role = simplified(label.speaker).toLowerCase();
  if (!REPORTER_ROLES.has(role) && !LEGEND_ROLES.has(role)) return false;
  const name = rest.replace(/^[*_\s]+|[*_\s]+$/g, '');
  if (!name || name.length > MAX_CREDITED_NAME || /[.。!！?？…]$/.test(name)) return false;
  // A legend may name a publication (`Q：一条`) rather than a person: a few ideographs without punctuation.
  if (LEGEND_ROLES.has(role) && LEGEND_NAME.test(name)) return true;
  return name.split(/[ 、,，/]+/).every((part) => isPlausibleName(part));
}

const LEGEND_NAME = /^\p{Script=Han}{2,6}$/u;

/**
 * `第二個問題是:` / `The second question:`: the narrator introduces a question, so the answer before it
 * has ended, but no speaker is named.
 */
export function isQuestionLeadIn(tail: string): boolean {
  let start = tail.length - 1;
  while (start > 0 && !CLAUSE_BREAK.has(tail[start - 1]!)) start--;
  const clause = simplified(tail.slice(start)).toLowerCase();
  return clause.includes('问题') || clause.includes('question');
}

/** How much of a line isClosingLine reads. */
export const CLOSING_LINE_SCAN = 64;
/** `END  2:47 P.M. EDT`, `（完）`, `-30-`, `###`: the transcript or article ends here. */
const END_MARK = /^[(（【[]?\s*(?:END|End of transcript|全文完|本文完|完|-30-|#{3})\s*[)）】\]]?(?:\s+\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,4})?)?$/;
/** Transcription services sign off the export (`Transcribed by https://otter.ai`). */
const SERVICE_CREDIT = /^(?:Transcribed|Transcription|Transcript) (?:by|powered by)\b/i;

/** A line that ends whatever turn is open: an end mark or a transcription service's credit. */
export function isClosingLine(prefix: string): boolean {
  return END_MARK.test(prefix.trim()) || SERVICE_CREDIT.test(prefix);
}

/** Marks that end a sentence or a quote: speech ends with one, a headline does not. */
const SENTENCE_CLOSE = /[。．.！!？?…」』”"’)）~～]$/;

/**
 * `国家统计局：上半年GDP同比增长5.3%` heading an article is a headline, not the bureau speaking: the first
 * line of the document, a label whose text does not end like a sentence, set apart by a blank line and
 * followed by unlabelled prose. (The caller checks the neighbours.)
 */
export function readsAsHeadline(rest: string): boolean {
  const text = rest.trim();
  return text.length > 0 && !SENTENCE_CLOSE.test(text);
}
