// Section titles that talk write-ups set as plain short lines between paragraphs, learned from the
// document's own structure: a short line standing alone between blank lines over a long paragraph is a
// title when others in the document stand the same way (they are parallel), even when it holds a comma or
// a colon (`AI最大的推动力：黑科技推动，需求推动`, `Infinity：视觉白回归生成新路线`), which a title found on its own
// shape may not. And the short lines that look like titles but are not: a run of credit fields
// (`作者 | 韩剑` / `审校｜罗燕珊` / `策划 | AICon…`), a caption under a picture only where the document captions its pictures.
import { skipSpaces, trimEnd } from '../turns/chars';
import { recognizeMarkedSpeechLead } from '../turns/speechLeads';
import type { LineIndex } from '../text/positions';
import { Kind, nextNonBlank, previousNonBlank, type Scan } from './lineScan';
import { isSectionNumberLine } from './sectionNumbers';
import { endsSentenceAt, isCaptionOrByline, markupParagraphText, MAX_TITLE_LENGTH } from './titles';
import type { Span } from '../text/positions';

/** Sentence marks inside a line make it a sentence; a pause, colon or dash at its end makes it a lead-in. */
const SENTENCE_MARK = /[。！？!?；;…]/;
const TRAILING_PAUSE = /[，,：:、—]$/;
const CLAUSE_MARK = /[，,：:]/;
const HAN = /\p{Script=Han}/gu;
/** `第一，`, `第四：`, `其次，`: an ordinal and its mark opening a line. */
const ORDINAL_OPENING = /^(?:第[一二三四五六七八九十]{1,3}|首先|其次|再次|最后)[，,：:、]/;
/** A title of a talk's section is a phrase: at most this many clause marks. */
const MAX_CLAUSE_MARKS = 2;
/** A long paragraph below: body text, not another short line. */
const MIN_BODY_LENGTH = 80;

/**
 * `AI最大的推动力：黑科技推动，需求推动`: a short Chinese phrase that a comma or colon splits but no sentence
 * mark ends. It may title a section when the document's other titles stand the same way (parallelPlainTitles).
 * The incremental analyzer treats such a line as never plain text (isPlainTextShaped).
 */
export function isClauseTitleShape(text: string): boolean {
  if (text.length < 4 || text.length > MAX_TITLE_LENGTH || !CLAUSE_MARK.test(text)) return false;
  if (SENTENCE_MARK.test(text) || TRAILING_PAUSE.test(text) || /^[-*+>#|<[!(（【「『“"']/.test(text) || text.includes('://')) return false;
  // `第二，快速的周期，低成本进行试验，以提供证据`: the mark after an ordinal numbers the title, it splits no clause.
  const clauses = ORDINAL_OPENING.test(text) ? text.slice(text.search(/[，,：:、]/) + 1) : text;
  if ((clauses.match(/[，,：:]/g)?.length ?? 0) > MAX_CLAUSE_MARKS) return false;
  if ((text.match(HAN)?.length ?? 0) < 4 || isCaptionOrByline(text) || recognizeMarkedSpeechLead(text)) return false;
  return true;
}

/** A line's trimmed text, bounded. */
function lineWords(scan: Scan, line: number): string {
  const start = scan.table.firsts[line]!;
  return scan.lines.source.slice(start, Math.min(scan.table.lasts[line]!, start + MAX_TITLE_LENGTH * 4));
}

/** What follows a title: a paragraph (long, or ending a sentence), looking past a picture line. */
function bodyFollows(scan: Scan, line: number): boolean {
  const { lines, kinds } = scan;
  let next = nextNonBlank(kinds, line, 1);
  if (next >= 0 && isImageLine(lineWords(scan, next))) next = nextNonBlank(kinds, next, 1);
  if (next < 0 || kinds[next] !== Kind.Text) return false;
  const start = skipSpaces(lines.source, lines.lineStart(next), lines.lineEnd(next));
  const end = trimEnd(lines.source, start, lines.lineEnd(next));
  if (end - start > MIN_BODY_LENGTH || endsSentenceAt(lines.source, lines.lineStart(next), end)) return true;
  // `今天将从…四个关键领域，你必须很好地去规划：` over a list: a paragraph that hands over to the list below.
  return end - start > MAX_TITLE_LENGTH && /[：:]$/.test(lines.source.slice(start, end).replace(CLOSING_TAGS, ''));
}

/** A line closing a saved page's list. */
const LIST_CLOSE = /^<\/(?:ul|ol)>$/i;

/** Closing tags at the end of a saved page's paragraph (`…规划：</p>`). */
const CLOSING_TAGS = /(?:<\/[a-z]{1,10}>\s*)+$/i;

/**
 * What precedes a title: the start, a heading, a paragraph that is long, ends a sentence or hands over with a
 * colon, or a picture with its caption. A short unfinished line above is the previous item of a list
 * (`第一波：…` / `第二波：…`).
 */
function afterParagraph(scan: Scan, line: number): boolean {
  const { lines, kinds } = scan;
  const previous = previousNonBlank(kinds, line, 1);
  if (previous < 0 || kinds[previous] === Kind.Heading || kinds[previous] === Kind.Code) return true;
  // `![…](…)` / `《太阳照常升起》剧照` / the title: in a document that captions its pictures, the caption closes
  // the picture's block as a paragraph's end does.
  if ((kinds[previous] === Kind.Text || kinds[previous] === Kind.TitleShaped) && underPicture(scan, previous) && lineWords(scan, previous).length <= MAX_TITLE_LENGTH && readsUnderPictureAsCaption(scan)) return true;
  if (kinds[previous] !== Kind.Text) return false;
  const start = skipSpaces(lines.source, lines.lineStart(previous), lines.lineEnd(previous));
  const end = trimEnd(lines.source, start, lines.lineEnd(previous));
  const last = lines.source.charAt(end - 1);
  // `</ul>`, `</ol>`: a saved page's list closes above it, as a paragraph would.
  if (last === '>' && LIST_CLOSE.test(lines.source.slice(start, end))) return true;
  return end - start > MAX_TITLE_LENGTH || last === '：' || last === ':' || endsSentenceAt(lines.source, lines.lineStart(previous), end);
}

function underPicture(scan: Scan, line: number): boolean {
  const above = previousNonBlank(scan.kinds, line, 1);
  return above >= 0 && scan.kinds[above] === Kind.Text && isImageLine(lineWords(scan, above));
}

/** Blank lines on both sides: a paragraph of its own. */
function standsAlone(scan: Scan, line: number): boolean {
  const { kinds } = scan;
  return line > 0 && kinds[line - 1] === Kind.Blank && line + 1 < kinds.length && kinds[line + 1] === Kind.Blank;
}

/** This many headings show that a document marks its sections as headings. */
const MIN_SECTION_HEADINGS = 2;
/** Parallel plain titles count only when at least this many stand the same way in one document. */
const MIN_PARALLEL_PLAIN_TITLES = 3;

/**
 * Plain short lines (title-shaped lines without markup, and clause-shaped text lines) that stand alone
 * between blank lines over a paragraph or a labelled speaker's turn, none of them a speaker's label. When at least three do, the
 * clause-shaped ones among them title sections too: the document titles its sections with such lines.
 * A label whose name labels no other line counts as such a line (`Infinity：…`: the title's own colon).
 * Returns the clause-shaped lines to read as titles.
 */
export function parallelClauseTitles(scan: Scan, sectionHeadings: number): Map<number, Span> {
  const { lines, kinds } = scan;
  // A document that marks its sections as headings (`## …`, `<h2>`) does not title them with plain lines.
  if (sectionHeadings >= MIN_SECTION_HEADINGS) return new Map<number, Span>();
  const labelCounts = new Map<string, number>();
  if (scan.labels) for (let line = 0; line < lines.lineCount; line++) {
    const name = scan.labels.get(line)?.speaker;
    if (name !== undefined) labelCounts.set(name, (labelCounts.get(name) ?? 0) + 1);
  }
  const speaksAgain = (line: number): boolean => {
    const name = scan.labels?.get(line)?.speaker;
    return name !== undefined && (labelCounts.get(name) ?? 0) > 1;
  };
  // `每写一篇，都是在抵御某种失去` / `三联生活周刊：书中你详细记述了…？`: in a labelled dialogue a section opens on
  // the next question, which is a turn of a speaker the document labels again, however short.
  const questionFollows = (line: number): boolean => {
    const next = nextNonBlank(kinds, line, 1);
    return next >= 0 && speaksAgain(next);
  };
  const clauseLines = new Map<number, Span>();
  let members = 0;
  for (let line = 1; line + 1 < lines.lineCount; line++) {
    const kind = kinds[line];
    if ((kind !== Kind.Text && kind !== Kind.TitleShaped) || speaksAgain(line)) continue;
    // A saved page's paragraph (`<p>第一，这是从愿景到行动的逆向工程设计</p>`) stands alone by its markup.
    const paragraph = lines.source.charCodeAt(skipSpaces(lines.source, lines.lineStart(line), lines.lineEnd(line))) === 60 /* < */ ? markupClauseTitle(scan, line) : null;
    if (!paragraph && (!standsAlone(scan, line) || scan.markupTitles.has(line))) continue;
    const start = paragraph ? paragraph.start : skipSpaces(lines.source, lines.lineStart(line), lines.lineEnd(line));
    const end = paragraph ? paragraph.end : trimEnd(lines.source, start, lines.lineEnd(line));
    if (end - start > MAX_TITLE_LENGTH || (kind === Kind.Text && !isClauseTitleShape(lines.source.slice(start, end)))) continue;
    if (!(bodyFollows(scan, line) || questionFollows(line)) || !afterParagraph(scan, line) || (underPicture(scan, line) && readsUnderPictureAsCaption(scan))) continue;
    members++;
    if (kind === Kind.Text) clauseLines.set(line, { start, end });
  }
  return members >= MIN_PARALLEL_PLAIN_TITLES ? clauseLines : new Map<number, Span>();
}

/**
 * The text of a saved page's paragraph line that is a title already (`<p>举个例子</p>`) or clause-shaped
 * (`<p>创业营销，你必须做好规划</p>`), or null.
 */
function markupClauseTitle(scan: Scan, line: number): Span | null {
  const title = scan.markupTitles.get(line);
  if (title) return title;
  const { lines } = scan;
  const start = skipSpaces(lines.source, lines.lineStart(line), lines.lineEnd(line));
  const inner = markupParagraphText(lines.source, start, trimEnd(lines.source, start, lines.lineEnd(line)));
  return inner && isClauseTitleShape(lines.source.slice(inner.start, inner.end)) ? inner : null;
}

/**
 * `作者 | 韩剑`, `审校｜罗燕珊`, `策划 | AICon 全球人工智能开发与应用大会`: a short key, a bar, a value. In bold too
 * (`**出品｜AI闹**`), and with the bar escaped as Markdown tables need it (`**编辑 \| 石 丁**`).
 */
const FIELD_LINE = /^[^\s|｜丨]{1,6}\s*\\?[|｜丨]\s*\S/;

/**
 * A run of credit fields in one shape: the line and its nearest non-blank neighbour above or below
 * (across blank lines) are both `key | value` lines, plain or bold. A single such line may be a title (`对话｜…`).
 */
export function isInFieldRun(scan: Scan, line: number): boolean {
  if (!FIELD_LINE.test(lineWords(scan, line))) return false;
  const { kinds } = scan;
  for (const neighbour of [previousNonBlank(kinds, line, 2), nextNonBlank(kinds, line, 2)]) if (neighbour >= 0 && FIELD_LINE.test(lineWords(scan, neighbour))) return true;
  return false;
}

/** `![…](…)`, `<img …>`, a paragraph holding only an image. */
const IMAGE_LINE = /^(?:!\[[^\]]*\]\(|<img\s|<p[^<>]*>\s*(?:<[a-z]+[^<>]*>\s*)*<img\s)/i;

export function isImageLine(text: string): boolean {
  return IMAGE_LINE.test(text);
}

/** Per document: whether a short line under a picture is its caption. */
const captionReading = new WeakMap<Scan, boolean>();
const MIN_PICTURES_FOR_HABIT = 3;
/** Plain title lines, not under a picture, that show a document titles its sections that way. */
const MIN_PLAIN_TITLES_ELSEWHERE = 2;

/**
 * Whether a short line right under a picture is the picture's caption. It is unless the document shows
 * otherwise by its own structure: it captions few of its pictures (under a quarter of its picture blocks,
 * consecutive pictures counting as one, with three blocks or more), and titles its sections elsewhere
 * with plain lines standing alone over paragraphs (two or more not under a picture). Articles clipped
 * from WeChat put a picture between most paragraphs and caption none: there a short line after a
 * picture is the next section's title.
 */
export function readsUnderPictureAsCaption(scan: Scan): boolean {
  const known = captionReading.get(scan);
  if (known !== undefined) return known;
  const { lines, kinds } = scan;
  let blocks = 0;
  let captioned = 0;
  let titlesElsewhere = 0;
  let previousWasPicture = false;
  for (let line = 0; line < lines.lineCount; line++) {
    const kind = kinds[line];
    if (kind === Kind.Blank) continue;
    const first = lines.source.charCodeAt(scan.table.firsts[line]!);
    const picture = kind === Kind.Text && (first === 33 /* ! */ || first === 60) /* < */ && isImageLine(lineWords(scan, line));
    if (picture) {
      if (!previousWasPicture) blocks++;
    } else if (kind === Kind.TitleShaped && !scan.markupTitles.has(line)) {
      if (previousWasPicture) captioned++;
      else if (standsAlone(scan, line) && bodyFollows(scan, line)) titlesElsewhere++;
    }
    previousWasPicture = picture;
  }
  const reading = blocks < MIN_PICTURES_FOR_HABIT || captioned * 4 >= blocks || titlesElsewhere < MIN_PLAIN_TITLES_ELSEWHERE;
  captionReading.set(scan, reading);
  return reading;
}

/** How far from an edit the incremental analyzer looks for lines these rules read together. */
const PARALLEL_REACH = 4;

/**
 * Whether lines `first`..`last` or those within reach of them include a line these rules read with its
 * neighbours: a clause-shaped line standing between blank lines, a picture line, a credit field, or a section
 * number (`01`). An
 * edit there may change a title, a caption or a credit run elsewhere: the incremental analyzer falls back.
 * `edited` is the edited line's new text, when one line is edited in place.
 */
export function parallelShapeWithinReach(lines: LineIndex, first: number, last: number, edited?: string): boolean {
  const from = Math.max(0, first - PARALLEL_REACH);
  const to = Math.min(lines.lineCount - 1, last + PARALLEL_REACH);
  const blank = (line: number): boolean => line < 0 || line >= lines.lineCount || lines.lineText(line).trim() === '';
  const shaped = (words: string, line: number): boolean => {
    if (words === '') return false;
    // `01` names the line below it (and a title's second line) a section title: sectionNumbers.ts.
    if (isImageLine(words) || FIELD_LINE.test(words) || isSectionNumberLine(words)) return true;
    // A saved page's clause-shaped paragraph is read with its neighbours whatever the lines around it.
    if (words.charCodeAt(0) === 60 /* < */) {
      const inner = markupParagraphText(words, 0, words.length);
      if (inner && isClauseTitleShape(words.slice(inner.start, inner.end))) return true;
    }
    return words.length <= MAX_TITLE_LENGTH && blank(line - 1) && blank(line + 1) && isClauseTitleShape(words);
  };
  if (edited !== undefined && (shaped(edited.trim().slice(0, MAX_TITLE_LENGTH * 4), first) || inFieldRunAt(lines, first, edited))) return true;
  for (let line = from; line <= to; line++) {
    if (inFieldRunAt(lines, line)) return true;
    const start = lines.lineStart(line);
    if (shaped(lines.source.slice(start, Math.min(lines.lineEnd(line), start + MAX_TITLE_LENGTH * 4)).trim(), line)) return true;
  }
  return false;
}

/**
 * `時間：20190918`, `地點：地球公民基金會北辦`, `* 本日花費: 0元`: a key, a colon and a short value that ends no
 * sentence (a list marker allowed before it). Links are left out of the value first.
 */
const FIELD_COLON_LINE = /^(?:[-*+]\s+)?([^\s：:][^：:]{0,11}?)\s*[：:]\s*(\S.{0,79})$/;
const VALUE_SENTENCE_MARK = /[。！？!?；;]|\.$/;

/** The longest line FIELD_COLON_LINE can match: a marker, a key, a colon and a value. */
const MAX_FIELD_LINE = 100;

export function isColonField(words: string): boolean {
  if (words.length > MAX_FIELD_LINE) return false;
  const match = FIELD_COLON_LINE.exec(words);
  if (!match) return false;
  const value = match[2]!.includes('://') ? match[2]!.replace(/\S*:\/\/\S*/g, '') : match[2]!;
  return !VALUE_SENTENCE_MARK.test(value.trim());
}

/** Chinese minutes name their fields in Chinese: most keys of a block hold Han characters. */
function mostKeysHan(scan: Scan, run: readonly number[]): boolean {
  let han = 0;
  for (const line of run) if (/\p{Script=Han}/u.test(FIELD_COLON_LINE.exec(lineWords(scan, line))?.[1] ?? '')) han++;
  return han * 2 >= run.length;
}

/** How far into a line a field's colon may sit (a list marker, spaces and a twelve-character key). */
const FIELD_KEY_REACH = 20;
/** A metadata block has at least this many field lines in a row. */
const MIN_FIELD_RUN = 3;

/**
 * Lines of metadata blocks (three or more `key：value` lines in a row, no blank line between) whose key
 * labels no other line of the document: minutes' time, place and attendance, a tally of sums. Such a
 * key is a field's name, not a speaker: the outline drops its label.
 */
export function metadataFieldLines(scan: Scan): number[] {
  const { lines, kinds } = scan;
  if (!scan.labels) return [];
  const found: number[] = [];
  let run: number[] = [];
  const flush = (): void => {
    if (run.length >= MIN_FIELD_RUN && mostKeysHan(scan, run)) found.push(...run);
    run = [];
  };
  const text = lines.source;
  const { starts, ends } = scan.table;
  for (let line = 0; line < lines.lineCount; line++) {
    // The key is short: a colon must sit within its first characters (cheap test before the pattern).
    const start = starts[line]!;
    const head = Math.min(ends[line]!, start + FIELD_KEY_REACH);
    let colon = false;
    for (let i = start; i < head && !colon; i++) colon = text.charCodeAt(i) === 0xff1a || text.charCodeAt(i) === 58;
    if (colon && kinds[line] !== Kind.Blank && kinds[line] !== Kind.Code && isColonField(lineWords(scan, line))) run.push(line);
    else flush();
  }
  flush();
  if (!found.length) return found;
  const counts = new Map<string, number>();
  for (let line = 0; line < lines.lineCount; line++) {
    const name = scan.labels.get(line)?.speaker;
    if (name !== undefined) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return found.filter((line) => {
    const name = scan.labels!.get(line)?.speaker;
    return name !== undefined && counts.get(name) === 1;
  });
}

/** Whether `line` is in a run of field lines as metadataFieldLines reads them (for the incremental analyzer). */
function inFieldRunAt(lines: LineIndex, line: number, edited?: string): boolean {
  const field = (l: number): boolean => {
    if (l < 0 || l >= lines.lineCount) return false;
    const start = lines.lineStart(l);
    const words = l === line && edited !== undefined ? edited : lines.source.slice(start, Math.min(lines.lineEnd(l), start + MAX_TITLE_LENGTH * 4));
    return isColonField(words.trim());
  };
  if (!field(line)) return false;
  let before = 0;
  while (before < MIN_FIELD_RUN && field(line - before - 1)) before++;
  let after = 0;
  while (after < MIN_FIELD_RUN && field(line + after + 1)) after++;
  return before + after + 1 >= MIN_FIELD_RUN;
}
