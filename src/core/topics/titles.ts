import type { TextSource } from '../text/chunkedText';
import type { Span } from '../text/positions';
import { CLOSING_QUOTES, countHan, isHan, isHighSurrogate, leadingIconsLength, SENTENCE_END, simplified, skipSpaces } from '../turns/chars';
import { isTimestampOnly } from '../turns/timestamps';
import { isInvertedNameLine } from '../turns/candidates';
import { PHRASING_ELEMENTS, withoutPhrasingTags } from '../turns/visibleText';

/** Longest line that can be a plain title line (UTF-16 units). */
export const MAX_TITLE_LENGTH = 40;
/** Upper-case titles run longer (`CANADIAN INSTITUTES OF HEALTH RESEARCH ACT` in a parliamentary record). */
export const MAX_TITLE_SHAPED_LENGTH = 80;
/**
 * English titles in title case run longer than Chinese ones (`Questions From Lead Counsel to the Inquiry for
 * Module 2A`, `Update on the Human Rights Situation in Myanmar`): ten words of Latin letters.
 */
const MAX_TITLE_CASE_LENGTH = 60;

/** `（一）` / `(一)` numbering a sub-section in Chinese documents. */
export const SUB_SECTION_NUMBER = /^[（(][一二三四五六七八九十]{1,3}[）)][ \t\u3000]*/;
/** `一、` numbering a section in Chinese documents (a list marker when items follow one another). */
export const SECTION_NUMBER = /^[一二三四五六七八九十]{1,3}、[ \t\u3000]*/;

/** Sentence and clause marks and colons: a line with any of these is not a title of its own. Quotes may sit inside (`老黃的「禮物」`). */
const NON_TITLE_MARKS = /[。！？!?；;…．，,：:]/;
const NON_TITLE_START = /^[-*+•·>|#([（【<{「『“"'‘]/;
/** Short replies that stand alone on a line in dialogue; Simplified. */
const INTERJECTIONS = new Set([
  '谢谢', '谢谢你', '谢谢您', '谢谢大家', '好的', '对', '是的', '没错', '嗯', '好', '哈哈', '哈哈哈', '对对对', '是', '不是',
  '不', '没有', '可以', '当然', '再见', '拜拜', '您好', '你好', '大家好', '欢迎', '明白', '了解', '知道了', '真的', '是吗',
  '对吧', '好吧', '嗯嗯', '对的', '行', '没问题',
]);
const MAX_INTERJECTION = 4;
const EN_SMALL_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'of', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'vs', 'vs.', 'from', 'as', 'is']);
const EN_INTERJECTIONS = new Set(['thank you', 'thanks', 'okay', 'ok', 'yes', 'no', 'right', 'sure', 'hello', 'hi', 'bye', 'goodbye', 'yeah', 'mm-hmm', 'uh-huh', 'exactly', 'absolutely', 'great', 'good', 'wow']);

/**
 * `中華民國八十九年八月廿八日`, `二〇二四年五月八日（星期三）`, `十月十日`: a date written in Chinese numerals is made of
 * letters, so the letter count that keeps `114年01月13日` out does not; it is as bare a date all the same. A year
 * alone needs its era (`十年` is a title), a month its day or year (`一月`, like `1月`, may title a section).
 */
const HAN_NUMERAL = '[〇○零一二三四五六七八九十廿卅百千兩两0-9０-９]';
const HAN_NUMERAL_DATE = new RegExp(
  `^(?:(?:中華民國|中华民国|民國|民国|公元|西元)\\s*)?(?:${HAN_NUMERAL}+\\s*年\\s*${HAN_NUMERAL}+\\s*月(?:\\s*${HAN_NUMERAL}+\\s*[日號号])?|${HAN_NUMERAL}+\\s*月\\s*${HAN_NUMERAL}+\\s*[日號号])` +
    `\\s*(?:[(（]?(?:星期|週|周|禮拜|礼拜)[一二三四五六日天][)）]?)?$|^(?:中華民國|中华民国|民國|民国|公元|西元)\\s*${HAN_NUMERAL}+\\s*年$`,
);

/** Whether trimmed words are only a date in Chinese numerals (`二〇二四年五月八日（星期三）`). */
export function isHanNumeralDate(words: string): boolean {
  return HAN_NUMERAL_DATE.test(words);
}

/**
 * `這部份請陳部長說明`, `横版全屏视频请见文末`, `請問部長`: a line that asks someone to do something (請, please) is said
 * or written to them, a hand-over or a note, not a title. 請 inside a word is no request (`申請流程`, `邀請函`, `請假規定`).
 */
const REQUEST = /(?<![申邀聘延提報报呈聲声])[請请](?![假願愿求款示託托柬帖])/;

/**
 * Whether a trimmed line has the shape of a section title: short, not a sentence, no quotes or colon,
 * not a bare date or time, not a one-word reply. Neighbours are checked by the outline.
 */
export function isTitleShaped(text: string): boolean {
  // `👦🏻 Koji`: an avatar before a name line counts for no character of the title (emoji only: `►文…` is a byline's pointer).
  const icons = isHighSurrogate(text.charCodeAt(0)) ? leadingIconsLength(text) : 0;
  if (icons > 0) text = text.slice(skipSpaces(text, icons));
  // `（一）专项债`, `(二) 财政政策`: a sub-section number before the title.
  const numbered = SUB_SECTION_NUMBER.exec(text);
  if (numbered && numbered[0].length < text.length) text = text.slice(numbered[0].length);
  if (text.length < 2 || text.length > MAX_TITLE_SHAPED_LENGTH || (text.length > MAX_TITLE_LENGTH && !isUpperCaseLatin(text) && !isLongTitleCase(text))) return false;
  // `Lee, Ann`: a name written surname first is shaped as a name line is; recurring over speech, it is one (outline.ts).
  if (isInvertedNameLine(text.trim())) return true;
  // A title in capitals may name someone and their office (`STATEMENT OF JANE DOE, DIRECTOR`): commas, no sentence.
  if (NON_TITLE_MARKS.test(text.length > 0 && isUpperCaseLatin(text) ? text.replace(/,/g, '') : text) || NON_TITLE_START.test(text)) return false;
  // `WITH SAY THEY PLAN TO STAY.`: captions in capitals break a sentence over lines (`THE END.`, two words, stays a title).
  if (isCapitalsSentence(text) && text.trim().split(/\s+/).length >= 3) return false;
  if (text.includes('://') || /^www\./i.test(text) || isTimestampOnly(text)) return false;
  // Dates, figures, codes; emphasis marks (`_** 1. 国际活动重启 **_`) style the words and are not counted.
  if (letterCount(text) * 2 < text.length - emphasisMarkCount(text) || HAN_NUMERAL_DATE.test(text)) return false;
  if (isCaptionOrByline(text) || REQUEST.test(text)) return false;
  const han = countHan(text);
  if (han > 0) return han >= 2 && !(text.length <= MAX_INTERJECTION && INTERJECTIONS.has(simplified(text))) && !BROKEN_OFF.test(text);
  return isEnglishTitle(text);
}

/**
 * `和她谈了谈事关14亿人的`: a line ending in the particle 的 or the conjunction 与, which need words after them,
 * is a sentence broken over short lines (a lead written like verse), not a title. Words that end in the
 * same character (`目的`, `参与`) are left out.
 */
const BROKEN_OFF = /(?<!目)的$|(?<![参給给赋賦])[与與]$/;

/** `准备铺设的管片（左）和…工人（右）`, `(left)`: a picture's parts are named by where they stand. */
const PICTURE_POSITION = /[（(](?:左|右|左[一二三]|右[一二三]|from left|left|right)[）)]/i;
/** `图为…`, `资料图`, `新华社发`, `Photo by …`, `记者张三摄`: words that only a picture's caption or credit uses. */
const PICTURE_WORDS = /^(?:图为|圖為|图片|圖片|图源|圖源|配图|配圖)|资料图|資料圖|\bphoto(?:graph)? by\b|新华社发|新華社發|记者\S{2,4}摄|記者\S{2,4}攝/i;
/** `文｜张三`, `►文观察者网周远方` (the unseparated form only after a pointer mark: `文化社区建设` is a title): who wrote the piece. */
const BYLINE = /^(?:[►▶▷→]?\s*(?:文|图|圖|文字|撰文|作者|记者|記者|编辑|編輯|责编|責編|撰稿|来源|來源)\s*[｜|/／丨]|[►▶▷→]\s*文\s*\S{1,12}?(?:网|網|报|報|社|台|杂志|雜誌)\S{2,4}$)/;

/**
 * `September 18, 2009, 12:00 p.m.`, `2017年2月28日(星期二)`, `THURSDAY, 2ND JUNE, 2016` (an ordinal's suffix is the
 * date's): what is left of a dateline once its date words go.
 */
const DATE_WORDS = /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tues?(?:day)?|wed(?:nesday)?|thu(?:rs(?:day)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|noon|[ECMP][SD]?T|UTC|GMT|delivered|posted|published|updated|released|issued|dated)\b|\b[ap]\.?m\b\.?|星期[一二三四五六日天]|週[一二三四五六日]|周[一二三四五六日]|[年月日時时分]|[上下]午|(?<=\d)(?:st|nd|rd|th)\b/gi;
/**
 * `行政長官於行政會議前會見傳媒開場發言及答問內容(附短片)`: a page's title with a bracketed note and no sentence
 * inside. Its closing bracket is no sentence end: such a line is the page's title, not the body of a line above.
 */
const BRACKET_NOTED_TITLE = /^[^。！？!?．.；;，,：:、]{12,60}[(（][^()（）]{1,12}[)）]$/u;
/** At most this long: a dateline is a line of its own, not a sentence that opens with a date. */
const MAX_DATELINE = 48;

/**
 * A line no title stands over as its body: page furniture with no letter or digit (`:::`, `•`), a page's
 * title with a bracketed note, or a dateline (`September 18, 2009, 12:00 p.m.`, `114年01月13日`), whose full
 * stop belongs to `p.m.`, not to a sentence. A briefing page's masthead or title over its date titles no section.
 */
export function isFurnitureOrDateline(words: string): boolean {
  if (!/[\p{L}\p{N}]/u.test(words)) return true;
  if (BRACKET_NOTED_TITLE.test(words)) return true;
  if (words.length > MAX_DATELINE || !/\d/.test(words)) return false;
  return !/[\p{L}]/u.test(words.replace(DATE_WORDS, ''));
}

/**
 * `THURSDAY, 2ND JUNE, 2016`, `October 26th, 2022`: a bare line in Latin script that is only a date. It dates the
 * record (a sitting's day) and titles no section, though it still ends the turn above it as a title would.
 */
export function isLatinDateline(title: string): boolean {
  return /\d/.test(title) && !/\p{Script=Han}/u.test(title) && isFurnitureOrDateline(title);
}

/** A caption under a picture or a byline: short and title-shaped, but it names no section. */
export function isCaptionOrByline(text: string): boolean {
  return PICTURE_POSITION.test(text) || PICTURE_WORDS.test(text) || BYLINE.test(text) || REPORTER_BYLINE.test(text) || FILED_BYLINE.test(text) || CREDIT_PAIRS.test(text);
}

/**
 * `主持/黃崇凱 記錄整理.圖/劉小玲`, `文｜张三\u3000摄影｜李四`: two or more credits on one line, each a short role (or roles joined by
 * a dot) and a name after a slash or a bar. The repeated pair is the evidence, whatever the roles are called.
 */
const CREDIT_ROLE = String.raw`\p{Script=Han}{1,4}(?:[.．·・、]\p{Script=Han}{1,4})*`;
const CREDIT_PAIR = String.raw`${CREDIT_ROLE}\s*[/／｜|丨]\s*[\p{Script=Han}·・]{2,5}`;
const CREDIT_PAIRS = new RegExp(String.raw`^${CREDIT_PAIR}(?:(?:[\s\u3000]+|[\s\u3000]*[.．·・、；;][\s\u3000]*)${CREDIT_PAIR})+$`, 'u');

/**
 * `記者黎冠志、林楷鈞/台北報導`, `〔記者林惠琴/台北報導〕`, `◎記者王小明／台北報導` (a print page's mark before it),
 * `记者 张三 报道`: the reporters and the place of a news report,
 * names set off by a slash or spaces (`記者會的報導` is a title).
 */
const REPORTER_BYLINE = /^(?:[◎●○◆◇■□▲△★☆※]\s*)?[〔【[(（]?(?:記者|记者)\s*[^。，,！？!?：:\s/／]{1,24}(?:\s+|\s*[/／]\s*)[^。，,！？!?：:\s]{0,8}\s*(?:報導|报道|報道)[〕】\])）]?$/;

/**
 * The bylines REPORTER_BYLINE leaves, with no `報導` at the end: `记者 李晓燕 发自上海`, `本报记者 王强`. A reporter word
 * (after 本报/新华社/…) and a name after a space, or a name and where it was filed from (`记者李晓燕发自上海`):
 * `记者手记` (a reporter's notes) and `記者會的報導` stay titles.
 */
const FILED_BYLINE = /^[(（]?(?:本报|本報|本刊|新华社|新華社|中新社|中央社)?(?:特约|特約|实习|實習)?(?:记者|記者|通讯员|通訊員)(?:\s+[\p{Script=Han}·・、\s]{2,24}?|[\p{Script=Han}·・、\s]{2,24}?\s*(?:发自|發自)\S{0,8})[)）]?$/u;

/**
 * `也談議事規則修訂 文:冼樂石`, `採訪技巧與文稿整理   《宇宙光雜誌》主編/邵正宏`, `政策解讀｜記者 王小明`: a title with who wrote it
 * set after a gap or a bar on the same line. The writer's word (`文`, `主編`, `記者` …), a colon, a slash, a bar or a space,
 * then a name of two to six Han characters ending the line; a publication in 《》 may stand before the word.
 */
const TRAILING_BYLINE = /(?:[ \t\u3000]+|[ \t\u3000]*[｜|丨][ \t\u3000]*)(?:《[^《》]{1,16}》[ \t\u3000]*)?(?:文|撰文|作者|主編|主编|編輯|编辑|記者|记者|採訪|采访|整理)[ \t\u3000]*(?:[:：/／｜|丨][ \t\u3000]*|[ \t\u3000]+)[\p{Script=Han}·]{2,6}$/u;
/** The title before a byline holds no sentence or clause: `我們說好了，文：…` is speech. */
const TITLE_BEFORE_BYLINE_MARKS = /[。．！？!?；;，,…]/;
const MIN_TITLE_HAN = 4;

/**
 * The length of a title line's words before the byline it carries (`也談議事規則修訂 文:冼樂石` → the length of
 * `也談議事規則修訂`), or -1 when the line carries none: the title part is what names the topic.
 */
export function titleLengthBeforeByline(words: string): number {
  const byline = TRAILING_BYLINE.exec(words);
  if (byline === null) return -1;
  const title = words.slice(0, byline.index).trimEnd();
  if (title.length > MAX_TITLE_LENGTH || countHan(title) < MIN_TITLE_HAN || TITLE_BEFORE_BYLINE_MARKS.test(title)) return -1;
  return title.length;
}

/** A title line's words without the byline it carries (`也談議事規則修訂 文:冼樂石` → `也談議事規則修訂`). */
export function withoutTrailingByline(words: string): string {
  const length = titleLengthBeforeByline(words);
  return length >= 0 ? words.slice(0, length) : words;
}

function isEnglishTitle(text: string): boolean {
  // `We have the Heart Institute.`: a sentence, not a title.
  if (/[a-z]\.$/.test(text) || isCapitalsSentence(text)) return false;
  const words = text.split(/\s+/);
  if (words.length > 10 || EN_INTERJECTIONS.has(text.toLowerCase())) return false;
  if (!/^[A-Z0-9]/.test(words[0]!)) return false;
  const content = words.filter((w) => !EN_SMALL_WORDS.has(w.toLowerCase()));
  // `REPORT “A” OF THE`: a word in quotes or brackets is capitalised by its first letter.
  const capitalised = content.filter((w) => /^[“"‘'(]?[A-Z0-9]/.test(w)).length;
  return content.length > 0 && capitalised * 10 >= content.length * 7;
}

/**
 * `APPROVAL OF THE AGENDA.`, `ONE OTHER ITEM ON THE AGENDA.`: caption feeds of council and committee meetings write all
 * speech in capitals, so a short sentence of theirs looks like a title but for its full stop. A line in capitals ends a
 * sentence when a word of three letters or more closes it with a full stop; titles in capitals end in none (`ORDERS OF
 * THE DAY`). A one-word line (`SUPPLY.`), a closing abbreviation (`ESQ.`, `INC.`) or initials (`U.S.`) are no sentence.
 */
function isCapitalsSentence(text: string): boolean {
  return CAPITALS_SENTENCE_END.test(text) && !/[a-z]/.test(text) && !CLOSING_ABBREVIATION.test(text);
}
const CAPITALS_SENTENCE_END = /\s[A-Z]{3,}\.$/;
const CLOSING_ABBREVIATION = /\b(?:INC|LTD|ESQ|CORP|BROS|DEPT|GOVT|ETC)\.$/;

/**
 * The comparison key of a title or summary item: lower-case, letters and digits only. A summary and its
 * sections share one script, so no folding (keys are computed for many lines).
 */
export function titleKey(text: string): string {
  return text.toLowerCase().replace(NOT_LETTER_OR_DIGIT, '');
}
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/gu;

/** Letters, counting a surrogate pair (an Extension B ideograph) as two so it weighs like its length. */
function letterCount(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 0xd800 && code <= 0xdfff) || isHan(code)) count++;
    else if (code > 127 && /\p{L}/u.test(text[i]!)) count++;
  }
  return count;
}

/** How many `*` and `_` a line holds: Markdown emphasis, which holds no words. */
function emphasisMarkCount(text: string): number {
  let count = 0;
  for (let i = text.indexOf('*') < 0 && text.indexOf('_') < 0 ? text.length : 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 42 /* * */ || code === 95 /* _ */) count++;
  }
  return count;
}

/** Latin script only and at most MAX_TITLE_CASE_LENGTH long: isEnglishTitle then asks for title case. */
function isLongTitleCase(text: string): boolean {
  return text.length <= MAX_TITLE_CASE_LENGTH && !/[^\t -\u024f\u2018\u2019\u2013\u2014]/.test(text);
}

function isUpperCaseLatin(text: string): boolean {
  return /[A-Z]/.test(text) && !/[a-z]/.test(text) && countHan(text) === 0 && /\s/.test(text);
}

/** A saved page's paragraph (`<p>`, an indent, `女性投资上更有耐心和细心</p>`) longer than this is read as body text. */
export const MAX_MARKUP_TITLE_LINE = 400;
const PARAGRAPH_OPEN = /^<(?:p|center)(?:\s[^<>]{0,120})?>/i;
/**
 * Phrasing markup before the title (`<font …>`, `<span class="…">`, `<NOBR>`), a line break, and an empty anchor
 * (`<a name="Page01"></a>`, a page's jump target): markup that holds no words of its own.
 */
const INLINE_OPEN = new RegExp(`^(?:<(?:${PHRASING_ELEMENTS})(?:\\s[^<>]{0,120})?>|<br\\s*\\/?>|<a\\s+name="[^"<>]{0,40}"\\s*><\\/a>)`, 'i');
const CLOSING_TAG = new RegExp(`<\\/(?:${PHRASING_ELEMENTS}|p|center|blockquote)>$`, 'i');
const BLOCK_CLOSE = /<\/(?:blockquote|center|table|div|ul|ol)>$/i;
const BLOCK_CLOSE_LINE = /^\s*(?:<\/(?:blockquote|center|table|div|ul|ol)>\s*)+$/i;
const MAX_BLOCK_CLOSE_LINE = 64;

/**
 * The text inside a saved page's paragraph on one line, `text[start, end)` being the trimmed line:
 * `<p …>`, then any `<font …>`, `<strong>`, `<b>`, `<span …>` and indent spaces, up to the matching closing
 * tags. Null when the line is no such paragraph or holds other markup inside.
 */
export function markupParagraphText(text: TextSource, start: number, end: number): Span | null {
  const paragraph = markupParagraph(text, start, end);
  // Read as written by its callers: a paragraph with phrasing tags inside is left to markupParagraphTitle.
  return paragraph && paragraph.words.length === paragraph.inner.end - paragraph.inner.start ? paragraph.inner : null;
}

function markupParagraph(text: TextSource, start: number, end: number): { inner: Span; centered: boolean; words: string } | null {
  if (text.charCodeAt(start) !== 60 /* < */ || end - start > MAX_MARKUP_TITLE_LINE) return null;
  const line = text.slice(start, end);
  const open = PARAGRAPH_OPEN.exec(line);
  if (!open) return null;
  let from = skipSpaces(line, open[0].length);
  for (let tag = INLINE_OPEN.exec(line.slice(from)); tag; tag = INLINE_OPEN.exec(line.slice(from))) from = skipSpaces(line, from + tag[0].length);
  let to = line.length;
  for (let tag = CLOSING_TAG.exec(line.slice(from, to)); tag; tag = CLOSING_TAG.exec(line.slice(from, to))) to = trimEndOf(line, from, to - tag[0].length);
  const centered = CENTERED.test(open[0]);
  // `<center>OPENING ARGUMENT OF …,<br>`: a centred title may go on over the next line.
  const lineBreak = centered ? TRAILING_BREAK.exec(line.slice(from, to)) : null;
  if (lineBreak) to = trimEndOf(line, from, to - lineBreak[0].length);
  if (to <= from) return null;
  // Phrasing markup inside the title (`CONSIDERATION OF <NOBR>BY-LAWS</NOBR>`) is seen through; any other tag (a link,
  // a picture) makes the paragraph something else.
  const words = withoutPhrasingTags(line.slice(from, to));
  if (words.includes('<')) return null;
  return { inner: { start: start + from, end: start + to }, centered, words };
}

/**
 * The title inside a saved page's paragraph line, when the paragraph holds nothing but a title-shaped text.
 * A centred paragraph in capitals is a title even with commas: court records centre `ORAL ARGUMENT OF
 * JOHN DOE, ESQ.,` over the argument.
 */
export function markupParagraphTitle(text: TextSource, start: number, end: number): Span | null {
  const paragraph = markupParagraph(text, start, end);
  if (!paragraph) return null;
  const { centered, words: title } = paragraph;
  if (title.length > MAX_TITLE_SHAPED_LENGTH) return null;
  return isTitleShaped(title) || (centered && isUpperCaseLatin(title) && letterCount(title) * 2 >= title.length) ? paragraph.inner : null;
}

const CENTERED = /^<center\b|\balign\s*=\s*["']?center\b/i;
const TRAILING_BREAK = /<br\s*\/?>$/i;

/**
 * Whether the trimmed line ending at `trimmedEnd` finishes a sentence, looking through the closing tags
 * of a saved page's paragraph (`…更有耐心。</p>`): what lets a title line follow it.
 */
export function endsSentenceAt(text: TextSource, lineStart: number, trimmedEnd: number): boolean {
  // `</TABLE>` or `</DIV>` alone on its line (a converted record's running page header closes): a block ends there.
  if (trimmedEnd - lineStart <= MAX_BLOCK_CLOSE_LINE && text.charCodeAt(trimmedEnd - 1) === 62 /* > */ && BLOCK_CLOSE_LINE.test(text.slice(lineStart, trimmedEnd))) return true;
  let end = trimmedEnd;
  if (text.charCodeAt(end - 1) === 62 /* > */) {
    const from = Math.max(lineStart, end - MAX_MARKUP_TITLE_LINE);
    const line = text.slice(from, end);
    let to = line.length;
    for (let tag = CLOSING_TAG.exec(line.slice(0, to)); tag; tag = CLOSING_TAG.exec(line.slice(0, to))) to = trimEndOf(line, 0, to - tag[0].length);
    end = from + to;
  }
  // `</blockquote>`, `</center>`: a block of the page closes there.
  if (end < trimmedEnd && BLOCK_CLOSE.test(text.slice(Math.max(lineStart, trimmedEnd - 16), trimmedEnd))) return true;
  const last = text.charAt(end - 1);
  // `[*3]`: a page number or a bracketed note ends what came before it.
  return SENTENCE_END.has(last) || CLOSING_QUOTES.has(last) || last === '.' || last === ')' || last === '）' || last === ']';
}

function trimEndOf(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end;
}

/**
 * What the outline's bold-question rule reads from one line (`**What got you started?**`): whether it
 * opens or closes bold, ends a question in bold, and how many bold marks it holds. An edit that changes
 * it may make or unmake a title, so the incremental analyzer compares it before and after.
 */
export function boldMarkReading(text: TextSource, start: number, trimmedEnd: number): string {
  const line = text.slice(start, trimmedEnd);
  if (!line.includes('**') && !line.includes('__')) return '';
  const marks = (line.match(/\*\*|__/g) ?? []).length;
  const opens = /^(?:\*\*(?!\*)|__(?!_))/.test(line);
  const closes = /(?:\*\*|__)$/.test(line);
  const asks = /[?？](?:\*\*|__)$/.test(line);
  // A bold question needs words somewhere in it (`**???**` is none).
  const words = /\p{L}/u.test(line);
  return `${opens}|${closes}|${asks}|${marks}|${boldTitleInner(text, start, trimmedEnd) !== null}|${words}`;
}

const MARKDOWN_BOLD_LINE = /^(\*\*|__)(?![*_])([^*_]+)\1$/;

/**
 * `**建设背景**`: a line set in Markdown bold from end to end around a title-shaped text, the inner span;
 * null otherwise. Whether such lines title sections (two or more, between paragraphs) is the outline's to check.
 */
export function boldTitleInner(text: TextSource, start: number, trimmedEnd: number): Span | null {
  const first = text.charCodeAt(start);
  if ((first !== 42 && first !== 95) || trimmedEnd - start > MAX_TITLE_LENGTH + 4) return null;
  const bold = MARKDOWN_BOLD_LINE.exec(text.slice(start, trimmedEnd));
  if (!bold) return null;
  const inner = bold[2]!.trim();
  return inner === bold[2] && isTitleShaped(inner) ? { start: start + 2, end: trimmedEnd - 2 } : null;
}

/** A numbered bold paragraph's text may run this long: write-ups number their questions (`一、…？`). */
export const MAX_NUMBERED_PARAGRAPH_TITLE = 300;
const BOLD_MARKUP = /strong-bold|<(?:b|strong)[\s>]|font-weight\s*:\s*(?:bold|[6-9]00)/i;
const MARKDOWN_BOLD_NUMBERED = /^(\*\*|__)(?![*_])(.+)\1$/;

/**
 * A paragraph set in bold from end to end that opens with a section number: `<p …><font … strong-Bold>一、…</font></p>`
 * or `**一、…**`. Its number's value, the text inside the bold and where the number ends, or null. Press write-ups number their
 * questions this way; whether the numbers run in sequence is the outline's to check.
 */
export function boldNumberedParagraph(text: TextSource, start: number, end: number): { value: number; inner: Span; numberEnd: number } | null {
  if (end - start > MAX_MARKUP_TITLE_LINE) return null;
  let inner: Span | null = null;
  if (text.charCodeAt(start) === 60 /* < */) {
    const paragraph = markupParagraph(text, start, end);
    if (paragraph && BOLD_MARKUP.test(text.slice(start, paragraph.inner.start))) inner = paragraph.inner;
  } else if (text.charCodeAt(start) === 42 /* * */ || text.charCodeAt(start) === 95 /* _ */) {
    const bold = MARKDOWN_BOLD_NUMBERED.exec(text.slice(start, end));
    if (bold && !bold[2]!.includes(bold[1]!)) inner = { start: start + 2, end: end - 2 };
  }
  if (!inner || inner.end - inner.start > MAX_NUMBERED_PARAGRAPH_TITLE) return null;
  const number = SECTION_NUMBER.exec(text.slice(inner.start, Math.min(inner.end, inner.start + 8)));
  if (!number || number[0].length >= inner.end - inner.start) return null;
  const value = chineseNumeralValue(number[0].slice(0, number[0].indexOf('、')));
  return value > 0 ? { value, inner, numberEnd: inner.start + number[0].length } : null;
}

const CHINESE_DIGITS = '一二三四五六七八九';

/** `七` → 7, `十二` → 12, `二十` → 20; 0 when the numeral is not one (`十十`). */
export function chineseNumeralValue(numeral: string): number {
  const digit = (ch: string | undefined): number => (ch === undefined ? -1 : CHINESE_DIGITS.indexOf(ch) + 1);
  const ten = numeral.indexOf('十');
  if (ten < 0) return numeral.length === 1 ? Math.max(0, digit(numeral)) : 0;
  if (numeral.indexOf('十', ten + 1) >= 0) return 0;
  const tens = ten === 0 ? 1 : ten === 1 ? digit(numeral[0]) : -1;
  const ones = ten === numeral.length - 1 ? 0 : ten === numeral.length - 2 ? digit(numeral[ten + 1]) : -1;
  return tens > 0 && ones >= 0 ? tens * 10 + ones : 0;
}
