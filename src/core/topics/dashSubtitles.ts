// A speech or lecture printed under its title and a subtitle naming the occasion, set off by a dash:
// `在热爱中追寻成长的意义` / `——在2020年本科生毕业典礼上的发言`, `全球化與中國社會科學的“知識轉型”` /
// `——在常熟理工學院“東吳講堂”上的講演`. The dash line says what the line above it is: a title, however it is worded
// (a comma, a quotation, no blank line under it), and wherever the page puts it (under site furniture, printed twice).
import { recognizeMarkedSpeechLead } from '../turns/speechLeads';
import { isCaptionOrByline } from './titles';

/**
 * A subtitle opens with a dash of two characters (`——`, `──`, `--`, `－－`) and names an occasion in six characters or
 * more, no sentence: an epigraph's attribution (`——鲁迅`) is shorter.
 */
const DASH_SUBTITLE = /^(?:——|──|--|－－)\s*[^\s—─\-－].{5}/;
/** Cheap test on the untrimmed line before anything is allocated. */
const DASH_START = /^\s*(?:——|──|--|－－)/;
const MAX_SUBTITLE_LENGTH = 64;
/** A title runs up to two long phrases. */
const MAX_TITLE_LENGTH = 64;
const MIN_TITLE_LENGTH = 4;
/** Blank lines allowed between the title and its subtitle. */
const MAX_BLANKS_BETWEEN = 1;
/** How far above its subtitle the title's line, and the blank line above that, may be. */
export const DASH_TITLE_REACH = MAX_BLANKS_BETWEEN + 2;
/** The byline under a subtitle: a few short lines, read no further down than this. */
const MAX_BYLINE_LINES = 3;
const MAX_BYLINE_LENGTH = 40;
const BYLINE_REACH = 6;
const HAN = /\p{Script=Han}/u;
/** A sentence or a lead-in: a full stop inside a subtitle; a full stop, clause or colon at a title's end. */
const SENTENCE_INSIDE = /[。；;]/;
const TITLE_END = /[。．.；;，,、:：]$/;
/** Markup, a list item, a quote, a table row or a link is read by the rules for those. */
const MARKUP_START = /^(?:[#<>|*_=`~\-—─]|!\[|\[)/;

/** Whether a line's trimmed words are a dash subtitle (`——在…上的讲话`). */
export function isDashSubtitle(words: string): boolean {
  return words.length <= MAX_SUBTITLE_LENGTH && DASH_SUBTITLE.test(words) && HAN.test(words) && !SENTENCE_INSIDE.test(words) && !words.includes('://');
}

/** A quotation from end to end (`“…”`, `「…」`) is an epigraph over its attribution, not a title. */
const QUOTATION = /^[“「『"‘].*[”」』"’]$/;

/** Whether a line's trimmed words may be the title over a dash subtitle. */
function readsAsTitleOverSubtitle(words: string): boolean {
  if (words.length < MIN_TITLE_LENGTH || words.length > MAX_TITLE_LENGTH || !HAN.test(words) || QUOTATION.test(words)) return false;
  if (TITLE_END.test(words) || MARKUP_START.test(words) || words.includes('://')) return false;
  return !isCaptionOrByline(words) && !recognizeMarkedSpeechLead(words);
}

/**
 * The lines titled by a dash subtitle under them (at most one blank line between), each with a blank line or the
 * document's start above it: the title stands apart from what precedes it. `lineText` gives a line's text.
 */
export function titlesOverDashSubtitles(lineCount: number, lineText: (line: number) => string): number[] {
  return dashSubtitlePairs(lineCount, lineText).map((pair) => pair.title);
}

/**
 * `南开校长 龚克`, `毕业生代表、人文学院2016级本科生  袁舒`: the short lines between a dash subtitle and the speech (at
 * most MAX_BYLINE_LINES, within BYLINE_REACH lines) name the speaker or caption a lost picture; none titles a section.
 */
export function bylinesUnderDashSubtitles(pairs: readonly DashSubtitlePair[], lineCount: number, lineText: (line: number) => string): Set<number> {
  const found = new Set<number>();
  for (const { subtitle } of pairs) {
    let count = 0;
    for (let line = subtitle + 1; line <= subtitle + BYLINE_REACH && line < lineCount && count < MAX_BYLINE_LINES; line++) {
      const words = lineText(line).trim();
      if (words === '') continue;
      if (words.length > MAX_BYLINE_LENGTH || TITLE_END.test(words)) break;
      found.add(line);
      count++;
    }
  }
  return found;
}

/** A title line and the dash subtitle line under it. */
export interface DashSubtitlePair {
  readonly title: number;
  readonly subtitle: number;
}

/** Every title over a dash subtitle (see titlesOverDashSubtitles), with its subtitle's line. */
export function dashSubtitlePairs(lineCount: number, lineText: (line: number) => string): DashSubtitlePair[] {
  const found: DashSubtitlePair[] = [];
  for (let line = 1; line < lineCount; line++) {
    const text = lineText(line);
    if (!DASH_START.test(text) || !isDashSubtitle(text.trim())) continue;
    let title = line - 1;
    while (title >= 0 && line - title - 1 < MAX_BLANKS_BETWEEN && lineText(title).trim() === '') title--;
    if (title < 0 || lineText(title).trim() === '') continue;
    if (title > 0 && lineText(title - 1).trim() !== '') continue;
    if (readsAsTitleOverSubtitle(lineText(title).trim())) found.push({ title, subtitle: line });
  }
  return found;
}

/**
 * Whether an edit of lines `first`..`last` may change what a dash subtitle reads: a subtitle stands on or up to
 * DASH_TITLE_REACH lines under the edit (its title, the blank lines between and the blank line above are read), or up
 * to BYLINE_REACH lines above it (its byline). Asked on the lines before the edit and after it.
 */
export function dashSubtitleWithinReach(lineCount: number, lineText: (line: number) => string, first: number, last: number): boolean {
  for (let line = Math.max(0, first - BYLINE_REACH); line <= last + DASH_TITLE_REACH && line < lineCount; line++) {
    const text = lineText(line);
    if (DASH_START.test(text) && isDashSubtitle(text.trim())) return true;
  }
  return false;
}
