// A page that prints its title twice at the top: the page's own title, then the article's (`三、蔡主委年終記者會全文` /
// blank / `三、蔡主委年終記者會全文`, mac.gov.tw; dailyview.tw's and tfc-taiwan's headlines alike). The line said
// twice is the document's title, however it is worded (a headline may ask, exclaim or quote someone), and the short
// lines above it (`跳到主要內容區塊`) are the site's, not titles of their own.

/** The repeated title is looked for in the document's first lines only. */
export const MAX_REPEATED_TITLE_LINE = 8;
/** At most this many blank lines between the two copies. */
const MAX_BLANKS_BETWEEN = 2;
/** Site furniture above the title: a few short lines (a skip link, a breadcrumb). */
const MAX_LINES_ABOVE = 3;
const MAX_FURNITURE_LENGTH = 24;
/** A headline runs up to two long phrases; a repeated paragraph is no title, nor a greeting said twice (`謝謝大家`). */
const MAX_REPEATED_TITLE_LENGTH = 120;
const MIN_REPEATED_TITLE_LENGTH = 6;
/** Chinese pages only: the evidence is Chinese (mac.gov.tw, dailyview.tw, tfc-taiwan), as for the first-line headline. */
const HAN = /\p{Script=Han}/u;
/** A full stop or a clause comma inside, or a full stop, clause or label mark at the end: a sentence said twice, not a title (a headline may ask or exclaim). */
const SENTENCE_INSIDE = /[。．，,；;]/;
const SENTENCE_END = /[.…:：;；,，、]$/;
/**
 * Markup, a list item, a quote, a table row or a link: read by the rules for those. A bracketed tag before the words
 * (`[活動紀錄] 2013/05/15 …`, a blog's category) is part of the title.
 */
const MARKUP_START = /^(?:[#<>|*_=`~-]|!\[|\[[^\]]*\]\()/;

/** Whether a line's trimmed words may be a title printed twice. */
function readsAsRepeatedTitle(words: string): boolean {
  if (words.length < MIN_REPEATED_TITLE_LENGTH || words.length > MAX_REPEATED_TITLE_LENGTH || !HAN.test(words)) return false;
  if (SENTENCE_INSIDE.test(words) || SENTENCE_END.test(words) || MARKUP_START.test(words)) return false;
  return !words.includes('://');
}

/**
 * The two lines of a title printed twice at the top of the document, or null: the same words on two lines with at
 * most MAX_BLANKS_BETWEEN blank lines between, within the first MAX_REPEATED_TITLE_LINE lines, under at most a few
 * short lines. `lineText` gives a line's text (an edited line's too), so the incremental analyzer can ask before
 * and after an edit.
 */
export function repeatedOpeningTitle(lineCount: number, lineText: (line: number) => string): readonly [number, number] | null {
  const reach = Math.min(lineCount, MAX_REPEATED_TITLE_LINE + MAX_BLANKS_BETWEEN + 1);
  let previous = -1;
  let previousWords = '';
  let above = 0;
  for (let line = 0; line < reach; line++) {
    const words = lineText(line).trim();
    if (!words) continue;
    if (previous >= 0 && words === previousWords && line - previous - 1 <= MAX_BLANKS_BETWEEN && readsAsRepeatedTitle(words)) return [previous, line];
    if (line > MAX_REPEATED_TITLE_LINE) return null;
    if (previous >= 0) {
      // The line before this one was no title's first copy: it is furniture above the title, if short.
      above++;
      if (above > MAX_LINES_ABOVE || previousWords.length > MAX_FURNITURE_LENGTH) return null;
    }
    previous = line;
    previousWords = words;
  }
  return null;
}

/**
 * Whether an edit from line `first` on may change the repeated title's reading: a repeated title is there and the
 * edit reaches its second copy or a line above it (the reading stops there). Checked on the lines before the edit
 * and after it: an edit that makes a repetition reaches the new second copy.
 */
export function repeatedTitleWithinReach(lineCount: number, lineText: (line: number) => string, first: number): boolean {
  if (first > MAX_REPEATED_TITLE_LINE + MAX_BLANKS_BETWEEN + 1) return false;
  const title = repeatedOpeningTitle(lineCount, lineText);
  return title !== null && first <= title[1];
}
