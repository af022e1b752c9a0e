// The document's own title, read from its layout rather than its wording: the first substantial line, standing
// apart from what follows (a blank line under it, or text that goes on in sentences where the title does not), over
// at most a few short front lines (a subtitle, a byline, a date, source links) and then the body, whose paragraphs
// run longer than the title. A headline may part its phrases with a colon, a bracket or a dash, ask or exclaim
// (`中評深度專訪:劉佩瓊論…`, `W 形走势,回暖或延后一年(中芯国际 3Q23 电话会)`, `…有問必答!蔡英文親上火線「拆彈」…`), which
// `documentHeadline.ts` does not take. A first line that ends a sentence or a clause, or holds a sentence, is the body.
import { recognizeMarkedSpeechLead } from '../turns/speechLeads';
import { isCaptionOrByline, withoutTrailingByline } from './titles';
import { MAX_LEADING_BLANKS, openingLine } from './documentHeadline';
import { holdsDate, sharedPieces } from './datedHeadline';

/** A title line runs up to a headline with a bracketed source note (`needs專欄【…】(整理自…)`). */
const MAX_TITLE_LENGTH = 72;
const MIN_TITLE_LENGTH = 4;
/** Short lines between the title and its body: a subtitle, a byline, a date, a link to the source. */
const MAX_FRONT_LINES = 3;
/** A front line is no paragraph: at most this long, or a link. */
const MAX_FRONT_LENGTH = 40;
/** How far below the title its body's first long paragraph is looked for. */
const DOCUMENT_TITLE_REACH = 10;
/** How far under the first line the title below a site's line may stand (blank lines between them). */
const UNDER_SITE_LINE = MAX_LEADING_BLANKS + 2;
/** A line this long is a paragraph however it ends (an excerpt may cut it), as the outline reads body text. */
const MAX_BODYLESS_LENGTH = 80;
/** The body's paragraph runs well past the title: half as long again at least, and a sentence's length. */
const MIN_BODY_LENGTH = 24;
const BODY_TO_TITLE = 1.5;
/**
 * Chinese script only: in the English half the labels leave a transcript's own title line unlabelled (`Full Transcript:
 * …`, `CDC Media Telebriefing Transcript: …`, `State Department Noon Briefing, …`), as `titleBlock.ts` does.
 */
const HAN = /\p{Script=Han}/u;
/** Closing marks of a sentence, a clause or a lead-in: a line ending in one goes on as text. */
const GOES_ON = /[。．.；;，,、：:…—]$/;
/** A sentence or a clause inside the line. */
const SENTENCE_MARK = /[。；;]/;
const CLAUSE_MARK = /[，,、]/g;
/** A sentence's end, a question or a lead-in: how a body paragraph ends. */
const BODY_END = /[。．.！？!?；;…：:][」”"’』）)]*$/;
/** A breadcrumb or a menu row (`长安讲坛 -> 2016年长安讲坛`, `十一月 2024 |`): the site's line, not the text's title. */
const NAVIGATION = /->|›|»|\s>\s|[|｜>]$/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** Marks a site's section line never holds: a sentence, a clause, a lead-in. */
const SITE_LINE_MARKS = /[。．.；;，,、：:！？!?…]/;
/** A header field: a short key and a colon (`時間:95/03/02`, `主題:…`). */
const FIELD = /^[^\s:：]{1,6}[:：]/;
const DIGIT_COMMA = /(?<=\d)[,，](?=\d)/g;
/** A colon after a field's key, not one inside a time (`15:00`). */
const FIELD_COLON = /(?<!\d)[:：]/g;
/** Markup, a list item, a quote, a table row, a link or a subtitle cue is read by the rules for those. */
const MARKUP_START = /^(?:[#<>|*_=`~\-—─+]|!\[|\[|\d+$|WEBVTT)/;

/** Whether a first line's trimmed words may be the document's title, from the words alone. */
export function readsAsDocumentTitle(words: string): boolean {
  if (words.length < MIN_TITLE_LENGTH || words.length > MAX_TITLE_LENGTH || !HAN.test(words)) return false;
  if (MARKUP_START.test(words) || words.includes('://') || words.includes('-->') || GOES_ON.test(words) || NAVIGATION.test(words)) return false;
  // A sentence, or two clause marks anywhere, brackets included (`…會議（2014/12/22，本院…，主席：…）`, a record's opening
  // line of fields): the text's own opening, not its title. A comma between digits is a date's (`(2015,12,16)`).
  const marks = words.replace(DIGIT_COMMA, '');
  if (SENTENCE_MARK.test(marks) || (marks.match(CLAUSE_MARK)?.length ?? 0) > 1) return false;
  // `来源 :南方人物周刊 | 被引量 : 0次 | 上传用户:…`: a row of the site's fields, each a key and a colon; a title parts its
  // phrases with one colon at most (`中評深度專訪:劉佩瓊論…`), a byline after it aside (`…的得失 文:李大同`).
  if ((withoutTrailingByline(words).match(FIELD_COLON)?.length ?? 0) > 1) return false;
  return !isCaptionOrByline(words) && !recognizeMarkedSpeechLead(words);
}

/**
 * The line a title may be on: the first non-blank line, with only a few blank lines above it; or -1. When a blank line
 * sets it off over a longer line that also reads as a title, it is the site's (`精彩文章` over `我专访了杨利伟———…漫谈`,
 * `跳至主要内容` over a release's title) and the longer line is the candidate, read as the first line would be (front
 * lines, then a body paragraph well past its length). A line right under the title, no blank between, is its subtitle.
 */
function titleCandidateLine(lineCount: number, lineText: (line: number) => string, isOtherwiseRead: (line: number) => boolean): number {
  const candidate = openingLine(lineCount, lineText);
  if (candidate < 0 || candidate + 1 >= lineCount || lineText(candidate + 1).trim() !== '') return candidate;
  let below = candidate + 2;
  while (below < lineCount && below <= candidate + 1 + MAX_LEADING_BLANKS && lineText(below).trim() === '') below++;
  if (below >= lineCount || isOtherwiseRead(below)) return candidate;
  const words = lineText(below).trim();
  const first = lineText(candidate).trim();
  if (words.length <= first.length || !readsAsDocumentTitle(words)) return candidate;
  // The first line names the site's section (no sentence or clause in it) and the longer one is no dateline: the title.
  return SITE_LINE_MARKS.test(first) || holdsDate(words) ? -1 : below;
}

/**
 * The document's title line, or -1. `isOtherwiseRead(line)` is the outline's: a label, a speaker's name line, a
 * heading or code, which the title line may not be (the label scheme wins). A label line may be the body.
 */
export function documentTitleLine(lineCount: number, lineText: (line: number) => string, isOtherwiseRead: (line: number) => boolean): number {
  const title = titleCandidateLine(lineCount, lineText, isOtherwiseRead);
  if (title < 0 || isOtherwiseRead(title)) return -1;
  const words = lineText(title).trim();
  if (!readsAsDocumentTitle(words)) return -1;
  const reach = Math.min(lineCount, title + 1 + DOCUMENT_TITLE_REACH);
  let front = 0;
  let firstFront = -1;
  let blankSeen = false;
  for (let line = title + 1; line < reach; line++) {
    const text = lineText(line).trim();
    if (text === '') {
      blankSeen = true;
      continue;
    }
    // A rule or the site's furniture under the line (`****`, `:::`) sets it off as the page's header, not the text's title.
    if (!LETTER_OR_DIGIT.test(text)) return -1;
    // `主題:…` right over `時間:…`: one field of the record's header block, whatever its key says.
    if (line === title + 1 && FIELD.test(words) && FIELD.test(text)) return -1;
    const goesOn = GOES_ON.test(text) || BODY_END.test(text);
    // Right under the title, a line that goes on as text is where the body starts; one that stops as the title does
    // (a subtitle, a byline) is a front line. Either way the title stands apart from it.
    if (!goesOn && (text.length <= MAX_FRONT_LENGTH || text.includes('://'))) {
      if (++front > MAX_FRONT_LINES) return -1;
      if (firstFront < 0) firstFront = line;
      continue;
    }
    if (!blankSeen && front === 0 && !goesOn) return -1;
    // A paragraph that ends a sentence or a lead-in, or runs on as a long one, well past the title's length.
    if ((BODY_END.test(text) || text.length > MAX_BODYLESS_LENGTH) && text.length >= Math.max(MIN_BODY_LENGTH, words.length * BODY_TO_TITLE)) return sectionLineOverTitle(words, firstFront, lineText, text) ? firstFront : title;
  }
  return -1;
}

/** Two-character pieces of a line that its body's first paragraph must repeat for the line to be the page's title. */
const MIN_PIECES_REPEATED = 3;

/**
 * `新知講堂/出版教室` over `採訪技巧與文稿整理 …主編/邵正宏` over `採訪技巧與文稿整理 不論…`, `重要演辭、資料及新聞稿` over
 * `抗疫記者會答問內容` over `…舉行記者會。…以下是記者會答問內容:`: the first line is the site's section and the first front
 * line the page's title when the body's first paragraph repeats the front line's words and none of the first line's.
 */
function sectionLineOverTitle(words: string, firstFront: number, lineText: (line: number) => string, body: string): boolean {
  if (firstFront < 0 || sharedPieces(words, body) > 0) return false;
  const front = lineText(firstFront).trim();
  return readsAsDocumentTitle(front) && sharedPieces(front, body) >= MIN_PIECES_REPEATED;
}

/**
 * Whether an edit from line `first` on may change the title reading: a title may be read (before or after the edit; the
 * incremental analyzer asks both) and the edit reaches its line, the site's line test under it or the lines its body is
 * read from.
 */
export function documentTitleWithinReach(lineCount: number, lineText: (line: number) => string, first: number): boolean {
  if (first > MAX_LEADING_BLANKS + UNDER_SITE_LINE + 1 + DOCUMENT_TITLE_REACH) return false;
  const line = openingLine(lineCount, lineText);
  if (line < 0) return false;
  // The title may be the longer line under the site's line (titleCandidateLine), its body read that much lower. With no
  // line otherwise read, the candidate is the lowest any labelling gives; the lines it is chosen from are within reach.
  const candidate = titleCandidateLine(lineCount, lineText, () => false);
  if (first > Math.max(line, candidate) + 1 + DOCUMENT_TITLE_REACH) return false;
  // The outline's labels and headings are not known here. The reading asks them of the first line and of the site's
  // line test under it only: when neither way of answering finds a title, no labelling does, and the edit leaves none.
  return documentTitleLine(lineCount, lineText, () => false) >= 0 || documentTitleLine(lineCount, lineText, (other) => other !== line) >= 0;
}

/** `line` when a rule found one, else what `otherwise` finds: the headline rules are tried in order. */
export function orElse(line: number, otherwise: () => number): number {
  return line >= 0 ? line : otherwise();
}
